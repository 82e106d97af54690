"""LinkedIn "Get a copy of your data": ``Shares.csv`` (posts) and ``Comments.csv``."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import unquote

from relate.archives._items import post_or_error
from relate.archives._open import Archive
from relate.archives._text import hashtags_in, links_in, mentions_in, utc
from relate.archives.post import Kind, Post
from relate.archives.tables import allow_long_csv_fields
from relate.errors import ArchiveError

NAME = "linkedin"
_SHARES = r"Shares\.csv"
_COMMENTS = r"Comments\.csv"
_URN = re.compile(r"urn:li:[A-Za-z]+:[\w-]+")
_HASHTAG_MARKUP = re.compile(r"\{hashtag\|\\?#\|([^}]*)\}")
_MENTION_MARKUP = re.compile(r"@\[([^\]]*)\]\(urn:li:[^)]*\)")


def matches(archive: Archive) -> bool:
    return bool(archive.find(_SHARES) or archive.find(_COMMENTS))


def read(archive: Archive) -> Iterator[Post]:
    shares, comments = archive.find(_SHARES), archive.find(_COMMENTS)
    if not shares and not comments:
        raise ArchiveError(
            f"{archive.path}: no Shares.csv or Comments.csv; request the data again from "
            "Settings > Data privacy > Get a copy of your data, with Posts and Comments ticked"
        )
    for name in shares:
        yield from _rows(archive, name, "post")
    for name in comments:
        yield from _rows(archive, name, "comment")


def clean(text: str) -> str:
    """LinkedIn's markup as a reader sees it: ``{hashtag|\\#|x}`` -> ``#x``, and
    ``@[Name](urn:li:person:...)`` -> ``Name``."""
    return _MENTION_MARKUP.sub(r"\1", _HASHTAG_MARKUP.sub(r"#\1", text))


def _time(value: str | None) -> datetime | None:
    try:
        # Dates have no zone; LinkedIn's own pages show them as UTC.
        return utc(datetime.strptime((value or "").strip(), "%Y-%m-%d %H:%M:%S"))
    except ValueError:
        return None


def _rows(archive: Archive, name: str, kind: Kind) -> Iterator[Post]:
    label = archive.label(name)
    base = name.rsplit("/", 1)[-1]
    # Comments.csv escapes quotes as \" where Shares.csv doubles them.
    escape = "\\" if kind == "comment" else None
    allow_long_csv_fields()
    with archive.open_text(name, newline="") as text:
        reader = csv.DictReader(text, escapechar=escape)
        try:
            for index, row in enumerate(reader):
                where = f"{base}#{index}"
                yield post_or_error(NAME, where, _post, row, kind, where)
        except csv.Error as error:
            raise ArchiveError(
                f"{label}: not a readable CSV file ({error}); download the data again"
            ) from None


def _post(row: dict[str | None, str | None], kind: Kind, where: str) -> Post:
    def get(column: str) -> str:
        value = row.get(column)
        return value.strip() if isinstance(value, str) else ""

    if kind == "comment":
        text, link = clean(get("Message")), get("Link")
        return Post(
            id=where,
            platform=NAME,
            created_at=_time(get("Date")),
            text=text,
            kind="comment",
            reply_to=link or None,
            hashtags=hashtags_in(text),
            mentions=mentions_in(text),
            links=links_in(text),
        )
    share_link, shared = get("ShareLink"), get("SharedUrl")
    text = clean(get("ShareCommentary"))
    urn = _URN.search(unquote(share_link))
    links = [*links_in(text), *([shared] if shared else [])]
    return Post(
        id=urn.group(0) if urn else where,
        platform=NAME,
        created_at=_time(get("Date")),
        text=text,
        # A share with no words of its own is a plain reshare of someone else's post.
        kind="repost" if not text and shared else "post",
        url=share_link or None,
        hashtags=hashtags_in(text),
        mentions=mentions_in(text),
        links=tuple(dict.fromkeys(links)),
        visibility=get("Visibility").lower() or None,
    )
