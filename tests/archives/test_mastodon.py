from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from builders import FOLLOWERS, PUBLIC, create, outbox, pack

from relate import ArchiveError, archives

HTML = (
    '<p>hi <span class="h-card"><a href="https://social.example/@sam" class="u-url mention">@<span>sam</span></a></span>'
    ' tea &amp; code at <a href="https://social.example/tags/python" class="mention hashtag" rel="tag">#<span>python</span></a></p>'
    '<p>slides: <a href="https://example.org/slides/2024" rel="nofollow noopener" target="_blank">'
    '<span class="invisible">https://</span><span class="">example.org/slides/2024</span><span class="invisible"></span></a>'
    "<br>see you</p>"
)
TAGS = [{"type": "Hashtag", "name": "#python"}, {"type": "Mention", "name": "@sam@social.example"}]


def activities() -> list[dict[str, object]]:
    return [
        create(113, HTML, tag=TAGS),
        {
            "id": "https://social.example/users/ana/statuses/114/activity",
            "type": "Announce",
            "published": "2024-05-02T10:00:00Z",
            "to": [PUBLIC],
            "cc": [FOLLOWERS],
            "object": "https://other.example/users/bo/statuses/9",
        },
        create(
            115,
            "<p>agreed!</p>",
            to=[FOLLOWERS],
            cc=["https://other.example/users/bo"],
            inReplyTo="https://other.example/users/bo/statuses/8",
        ),
        create(116, "<p>psst</p>", to=["https://other.example/users/bo"], cc=[]),
        create(117, "<p>quiet one</p>", to=[FOLLOWERS], cc=[PUBLIC], summary="food"),
        create(118, None, contentMap={"de": "<p>Hallo zusammen</p>"}, content=None),
    ]


@pytest.mark.parametrize("kind", ["zip", "tar.gz", "folder"])
def test_outbox_in_every_container(tmp_path: Path, kind: str) -> None:
    files = {
        "outbox.json": outbox(activities()),
        "actor.json": "{}",
        "media_attachments/files/1.png": b"\x89PNG",
    }
    path = pack(tmp_path / f"archive-20240501-abc.{kind}", files, kind)
    assert archives.detect(path) == "mastodon"
    post, boost, reply, direct, unlisted, german = archives.read(path)

    assert post.id == "113"
    assert post.created_at == datetime(2024, 5, 1, 10, tzinfo=UTC)
    assert (
        post.text
        == "hi @sam tea & code at #python\n\nslides: https://example.org/slides/2024\nsee you"
    )
    assert (post.kind, post.visibility) == ("post", "public")
    assert post.hashtags == ("python",)
    assert post.mentions == ("sam@social.example",)
    assert post.links == ("https://example.org/slides/2024",)
    assert post.url == "https://social.example/@ana/113"

    assert (boost.kind, boost.id, boost.text) == ("repost", "114", "")
    assert boost.url == "https://other.example/users/bo/statuses/9"

    assert (reply.kind, reply.reply_to, reply.visibility) == (
        "reply",
        "https://other.example/users/bo/statuses/8",
        "followers",
    )
    assert reply.private
    assert (direct.visibility, direct.private) == ("direct", True)
    # A content warning is what a reader sees first.
    assert (unlisted.visibility, unlisted.text) == ("unlisted", "food\n\nquiet one")
    assert (german.text, german.language) == ("Hallo zusammen", "de")


def test_outbox_without_items_is_refused(tmp_path: Path) -> None:
    path = pack(tmp_path / "m", {"outbox.json": '{"type": "OrderedCollection"}'}, "folder")
    with pytest.raises(ArchiveError, match="orderedItems"):
        list(archives.read(path))
