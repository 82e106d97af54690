"""Mastodon account archive: ``outbox.json`` (in a zip, a tar.gz or a folder)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from relate.archives._items import post_or_error
from relate.archives._json import JsonStream
from relate.archives._open import Archive
from relate.archives._text import from_iso, html_to_text
from relate.archives.post import Kind, Post
from relate.errors import ArchiveError

NAME = "mastodon"
_PUBLIC = {
    "https://www.w3.org/ns/activitystreams#Public",
    "as:Public",
    "Public",
}


def matches(archive: Archive) -> bool:
    return bool(archive.find(r"outbox\.json"))


def read(archive: Archive) -> Iterator[Post]:
    outboxes = archive.find(r"outbox\.json")
    if not outboxes:
        raise ArchiveError(
            f"{archive.path}: no outbox.json; is this the archive from Preferences > "
            "Import and export > Request your archive?"
        )
    for name in outboxes:
        with archive.open_text(name) as text:
            stream = JsonStream(text, archive.label(name))
            for index, activity in enumerate(stream.items(("orderedItems",), lone=False)):
                where = f"{name}#{index}"
                yield post_or_error(NAME, where, _post, activity, where)


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def visibility(to: object, cc: object) -> str:
    """Public in ``to``: public; in ``cc``: unlisted; only followers: followers; else direct."""
    to_list, cc_list = _strings(to), _strings(cc)
    if any(a in _PUBLIC for a in to_list):
        return "public"
    if any(a in _PUBLIC for a in cc_list):
        return "unlisted"
    if any(a.endswith("/followers") for a in to_list + cc_list):
        return "followers"
    return "direct"


def _post(activity: object, where: str) -> Post:
    if not isinstance(activity, dict):
        return Post(where, NAME, None, "", error=f"{where}: not an activity object")
    kind_name = activity.get("type")
    obj = activity.get("object")
    shown = visibility(activity.get("to"), activity.get("cc"))
    published = from_iso(activity.get("published"))
    if kind_name == "Announce":
        target = obj.get("id") if isinstance(obj, dict) else obj
        target = target if isinstance(target, str) else None
        activity_id = activity.get("id")
        return Post(
            id=_last_segment(activity_id if isinstance(activity_id, str) else where),
            platform=NAME,
            created_at=published,
            text="",
            kind="repost",
            url=target,
            links=(target,) if target else (),
            visibility=shown,
        )
    if not isinstance(obj, dict):
        return Post(
            where, NAME, published, "", error=f"{where}: a {kind_name} activity without an object"
        )
    content = obj.get("content")
    if not isinstance(content, str):
        content_map = obj.get("contentMap")
        content = next(iter(content_map.values()), "") if isinstance(content_map, dict) else ""
    text, links = html_to_text(content if isinstance(content, str) else "")
    warning = obj.get("summary")
    if isinstance(warning, str) and warning.strip():
        text = f"{warning.strip()}\n\n{text}"
    tags = (
        [t for t in obj.get("tag", []) if isinstance(t, dict)]
        if isinstance(obj.get("tag"), list)
        else []
    )
    reply_to = obj.get("inReplyTo")
    quote = obj.get("quote") or obj.get("quoteUri") or obj.get("_misskey_quote")
    kind: Kind = (
        "reply" if isinstance(reply_to, str) else "quote" if isinstance(quote, str) else "post"
    )
    object_id = obj["id"] if isinstance(obj.get("id"), str) else where
    language = None
    if isinstance(obj.get("contentMap"), dict) and obj["contentMap"]:
        language = str(next(iter(obj["contentMap"])))
    url = obj.get("url")
    return Post(
        id=_last_segment(object_id),
        platform=NAME,
        created_at=from_iso(obj.get("published")) or published,
        text=text,
        kind=kind,
        reply_to=reply_to if isinstance(reply_to, str) else None,
        language=language,
        url=url if isinstance(url, str) else object_id,
        hashtags=tuple(_tag_names(tags, "Hashtag", "#")),
        mentions=tuple(_tag_names(tags, "Mention", "@")),
        links=tuple(dict.fromkeys([*links, *([quote] if isinstance(quote, str) else [])])),
        visibility=visibility(obj.get("to", activity.get("to")), obj.get("cc", activity.get("cc"))),
    )


def _tag_names(tags: list[dict[str, Any]], kind: str, sign: str) -> Iterator[str]:
    for tag in tags:
        name = tag.get("name")
        if tag.get("type") == kind and isinstance(name, str):
            yield name.removeprefix(sign)


def _last_segment(uri: str) -> str:
    """A status URI's numeric id (``.../statuses/113`` -> ``113``); other ids unchanged."""
    tail = uri.rstrip("/").rsplit("/", 1)[-1]
    if tail == "activity":
        tail = uri.rstrip("/").rsplit("/", 2)[-2]
    return tail if tail.isdigit() else uri
