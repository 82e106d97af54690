"""Facebook, Instagram and Threads: Meta's layouts and its mojibake."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from builders import mojibake, pack

from relate import ArchiveError, archives


def fb_post(
    text: str | None, timestamp: int = 1700000000, url: str | None = None
) -> dict[str, object]:
    data: list[dict[str, object]] = [{"post": mojibake(text)}] if text is not None else []
    data.append({"update_timestamp": timestamp + 100})
    post: dict[str, object] = {
        "timestamp": timestamp,
        "title": mojibake("Alex Ex shared a link."),
        "data": data,
    }
    if url:
        post["attachments"] = [
            {"data": [{"external_context": {"url": url}}, {"media": {"uri": "photos/1.jpg"}}]}
        ]
    return post


FB_LAYOUTS = {
    "2024": ("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json", list),
    "2019-2023": ("posts/your_posts_1.json", list),
    "2018": ("posts/your_posts.json", lambda items: {"status_updates": items}),
}


@pytest.mark.parametrize("era", FB_LAYOUTS)
def test_facebook_every_layout_with_mojibake_repaired(tmp_path: Path, era: str) -> None:
    name, wrap = FB_LAYOUTS[era]
    items = [
        fb_post("Café night 🎶 #live", url="https://example.org/gig"),
        fb_post(None, 1700000500),
    ]
    path = pack(
        tmp_path / "facebook-alex.zip", {name: json.dumps(wrap(items)), "index.html": "<html>"}
    )
    assert archives.detect(path) == "facebook"
    first, empty = archives.read(path)
    assert first.text == "Café night 🎶 #live"
    assert first.created_at == datetime.fromtimestamp(1700000000, UTC)
    assert first.hashtags == ("live",)
    assert first.links == ("https://example.org/gig",)
    assert (first.platform, first.language) == ("facebook", None)
    assert empty.text == ""
    assert first.id != empty.id


def test_facebook_parts_in_order_and_a_lone_object(tmp_path: Path) -> None:
    files = {
        "posts/your_posts_2.json": json.dumps([fb_post("two")]),
        "posts/your_posts_10.json": json.dumps(fb_post("ten")),
        "posts/your_posts_1.json": json.dumps([fb_post("one")]),
    }
    path = pack(tmp_path / "fb", files, "folder")
    assert [p.text for p in archives.read(path)] == ["one", "two", "ten"]


def test_facebook_html_export_asks_for_json(tmp_path: Path) -> None:
    path = pack(
        tmp_path / "fb.zip",
        {
            "your_facebook_activity/posts/your_posts_1.html": "<html></html>",
            "start_here.html": "<html>",
        },
    )
    with pytest.raises(ArchiveError, match=r"HTML-format export.*Format: JSON") as caught:
        archives.read(path)
    assert "fb.zip" in str(caught.value)
    assert "\n" not in str(caught.value)


IG_LAYOUTS = [
    "your_instagram_activity/media/posts_1.json",
    "your_instagram_activity/content/posts_1.json",
    "content/posts_1.json",
]


@pytest.mark.parametrize("name", IG_LAYOUTS)
def test_instagram_single_posts_and_carousels(tmp_path: Path, name: str) -> None:
    items = [
        {
            "media": [
                {
                    "uri": "media/posts/202405/111.jpg",
                    "creation_timestamp": 1715000000,
                    "title": mojibake("lake day ☀️ #nofilter @sam.ex"),
                }
            ]
        },
        {
            "title": "two views",
            "creation_timestamp": 1715100000,
            "media": [
                {"uri": "a.jpg", "creation_timestamp": 1715100000, "title": ""},
                {"uri": "b.jpg", "title": ""},
            ],
        },
        {
            "title": "same",
            "creation_timestamp": 1715200000,
            "media": [{"uri": "c.jpg", "title": "same"}],
        },
    ]
    path = pack(tmp_path / "instagram.zip", {name: json.dumps(items)})
    assert archives.detect(path) == "instagram"
    single, carousel, both = archives.read(path)
    assert single.text == "lake day ☀️ #nofilter @sam.ex"
    assert (single.hashtags, single.mentions) == (("nofilter",), ("sam.ex",))
    assert single.created_at == datetime.fromtimestamp(1715000000, UTC)
    assert (carousel.text, carousel.created_at) == (
        "two views",
        datetime.fromtimestamp(1715100000, UTC),
    )
    assert both.text == "same"


THREADS = {
    "text_post_app_text_posts": [
        {"media": [{"uri": "", "creation_timestamp": 1754466859, "title": mojibake("agreed, see you @pine.marten 🙂"),
                    "text_app_post": {"reply_control": "everyone", "is_reply": True}}]},
        {"title": "a thought", "creation_timestamp": 1754466900, "media": [{"uri": "", "title": "a thought"}],
         "text_app_post": {"reply_control": "everyone"}},
    ]
}  # fmt: skip


def test_threads_posts_and_replies(tmp_path: Path) -> None:
    path = pack(
        tmp_path / "threads.zip",
        {"your_instagram_activity/threads/threads_and_replies.json": json.dumps(THREADS)},
    )
    assert archives.detect(path) == "threads"
    reply, post = archives.read(path)
    assert (reply.kind, reply.text, reply.reply_to) == (
        "reply",
        "agreed, see you @pine.marten 🙂",
        None,
    )
    assert (post.kind, post.text, post.platform) == ("post", "a thought", "threads")


def test_an_instagram_export_with_threads_reads_either(tmp_path: Path) -> None:
    files = {
        "your_instagram_activity/threads/threads_and_replies.json": json.dumps(THREADS),
        "your_instagram_activity/media/posts_1.json": json.dumps(
            [{"title": "pic", "creation_timestamp": 1, "media": []}]
        ),
    }
    path = pack(tmp_path / "ig", files, "folder")
    assert archives.detect(path) == "instagram"
    assert [p.text for p in archives.read(path)] == ["pic"]
    assert len(list(archives.read(path, "threads"))) == 2
