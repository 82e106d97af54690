"""Instagram "Download your information" in JSON: ``posts_N.json``, carousels included."""

from __future__ import annotations

from collections.abc import Iterator

from relate.archives._meta import read_items
from relate.archives._open import Archive
from relate.archives._text import from_unix, hashtags_in, links_in, mentions_in
from relate.archives.post import Post

NAME = "instagram"
# 2025+: your_instagram_activity/media/posts_1.json; 2024: .../content/posts_1.json;
# about 2021-2023: content/posts_1.json.
FILES = r"posts_\d+\.json"


def matches(archive: Archive) -> bool:
    return bool(archive.find(FILES))


def read(archive: Archive) -> Iterator[Post]:
    return read_items(
        archive,
        NAME,
        FILES,
        ("ig_posts",),
        _post,
        missing="no posts_1.json; download your information again from Instagram > Settings "
        "> Accounts Center > Your information and permissions > Download your information, "
        "with Format: JSON",
    )


def media_post(item: object, where: str, platform: str, is_reply: bool = False) -> Post:
    """A Post from an item of Instagram's shape (Threads uses it too)."""
    if not isinstance(item, dict):
        return Post(where, platform, None, "", error=f"{where}: not a post object")
    media = [m for m in item.get("media") or [] if isinstance(m, dict)]
    # Carousels put caption and time at post level, single posts on their medium; the
    # same caption can be at both levels and is taken once.
    title = item.get("title")
    text = title if isinstance(title, str) and title else ""
    if not text:
        text = next(
            (m["title"] for m in media if isinstance(m.get("title"), str) and m["title"]), ""
        )
    created = from_unix(item.get("creation_timestamp"))
    if created is None:
        created = next((t for m in media if (t := from_unix(m.get("creation_timestamp")))), None)
    return Post(
        id=where,
        platform=platform,
        created_at=created,
        text=text,
        kind="reply" if is_reply else "post",
        hashtags=hashtags_in(text),
        mentions=mentions_in(text),
        links=links_in(text),
    )


def _post(item: object, where: str) -> Post:
    return media_post(item, where, NAME)
