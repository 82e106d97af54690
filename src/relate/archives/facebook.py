"""Facebook "Download your information" in JSON: every layout of ``your_posts*.json``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from relate.archives._meta import read_items
from relate.archives._open import Archive
from relate.archives._text import from_unix, hashtags_in, links_in, mentions_in
from relate.archives.post import Post

NAME = "facebook"
# 2024+: your_posts__check_ins__photos_and_videos_1.json; 2019-2023: your_posts_1.json;
# about 2018: your_posts.json.
FILES = r"your_posts(__check_ins__photos_and_videos)?(_\d+)?\.json"


def matches(archive: Archive) -> bool:
    return bool(archive.find(FILES))


def read(archive: Archive) -> Iterator[Post]:
    return read_items(
        archive,
        NAME,
        FILES,
        ("status_updates",),
        _post,
        missing="no your_posts_1.json; download your information again from Settings > "
        "Accounts Center > Your information and permissions > Download your information, "
        "with Format: JSON",
    )


def _post(item: object, where: str) -> Post:
    if not isinstance(item, dict):
        return Post(where, NAME, None, "", error=f"{where}: not a post object")
    data = [d for d in item.get("data") or [] if isinstance(d, dict)]
    text = next((d["post"] for d in data if isinstance(d.get("post"), str)), "")
    links = list(links_in(text))
    for attachment in item.get("attachments") or []:
        for entry in attachment.get("data") or [] if isinstance(attachment, dict) else []:
            links.extend(_attachment_links(entry))
    return Post(
        id=where,
        platform=NAME,
        created_at=from_unix(item.get("timestamp")),
        text=text,
        hashtags=hashtags_in(text),
        mentions=mentions_in(text),
        links=tuple(dict.fromkeys(links)),
    )


def _attachment_links(entry: Any) -> list[str]:
    if not isinstance(entry, dict):
        return []
    context = entry.get("external_context")
    url = context.get("url") if isinstance(context, dict) else None
    return [url] if isinstance(url, str) and url else []
