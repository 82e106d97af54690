"""Threads posts and replies, from the Instagram (or Threads) "Download your information"."""

from __future__ import annotations

from collections.abc import Iterator

from relate.archives._meta import read_items
from relate.archives._open import Archive
from relate.archives.instagram import media_post
from relate.archives.post import Post

NAME = "threads"
FILES = r"threads_and_replies(_\d+)?\.json"


def matches(archive: Archive) -> bool:
    return bool(archive.find(FILES))


def read(archive: Archive) -> Iterator[Post]:
    return read_items(
        archive,
        NAME,
        FILES,
        ("text_post_app_text_posts",),
        _post,
        missing="no threads_and_replies.json; download your information from Threads > "
        "Settings > Account > Download your information, with Format: JSON",
        lone=False,
    )


def _is_reply(item: object) -> bool:
    """Replies are flagged (without their target) at post or media level."""
    if not isinstance(item, dict):
        return False
    holders = [item, *[m for m in item.get("media") or [] if isinstance(m, dict)]]
    for holder in holders:
        flags = holder.get("text_app_post")
        if isinstance(flags, dict) and flags.get("is_reply") is True:
            return True
    return False


def _post(item: object, where: str) -> Post:
    return media_post(item, where, NAME, _is_reply(item))
