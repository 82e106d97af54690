"""Text clean-up shared by the readers: HTML to text, Meta's mojibake, dates, tags."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any

_HASHTAG = re.compile(r"(?<![\w&])#(\w+)")
_MENTION = re.compile(r"(?<![\w@])@([A-Za-z0-9_.]+[A-Za-z0-9_])")
_LINK = re.compile(r"https?://[^\s<>\"']+")
# Times outside this range are taken as unreadable: no post is that old or new, and pandas
# (nanosecond timestamps: 1677-2262) could not hold them in ``to_frame``.
_EARLIEST = datetime(1700, 1, 1, tzinfo=UTC)
_LATEST = datetime(2200, 1, 1, tzinfo=UTC)


def mapping(value: object) -> dict[str, Any]:
    """``value`` if it is a JSON object, else an empty one (exports omit and vary fields)."""
    return value if isinstance(value, dict) else {}


def hashtags_in(text: str) -> tuple[str, ...]:
    return tuple(_HASHTAG.findall(text))


def mentions_in(text: str) -> tuple[str, ...]:
    return tuple(_MENTION.findall(text))


def links_in(text: str) -> tuple[str, ...]:
    return tuple(link.rstrip(".,;:!?)") for link in _LINK.findall(text))


def unmojibake(value: Any) -> Any:
    """Undo Meta's encoding: every non-ASCII character arrives as its UTF-8 bytes, each
    written as a ``\\u00XX`` escape. Repairs strings anywhere in the value, keys too."""
    if isinstance(value, str):
        try:
            return value.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return value
    if isinstance(value, list):
        return [unmojibake(v) for v in value]
    if isinstance(value, dict):
        return {unmojibake(k): unmojibake(v) for k, v in value.items()}
    return value


def utc(value: datetime) -> datetime | None:
    """``value`` in UTC (a naive time is taken as UTC), or None when it is out of range."""
    try:
        value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    except (OverflowError, ValueError):  # year 1 or 9999 moved across the date line
        return None
    return value if _EARLIEST <= value < _LATEST else None


def from_unix(value: object) -> datetime | None:
    """A Unix time in seconds (a number or a numeric string) as a UTC datetime."""
    try:
        return utc(datetime.fromtimestamp(float(value), UTC))  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def from_iso(value: object) -> datetime | None:
    """An ISO 8601 / RFC 3339 time as a UTC datetime (naive times are taken as UTC)."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return utc(datetime.fromisoformat(value.strip()))
    except ValueError:
        return None


class _TextExtractor(HTMLParser):
    """Mastodon's HTML as a reader sees it: paragraphs and line breaks kept, each link
    shown as its full address, ``invisible`` spans of link text dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str] = []
        self._anchor: list[tuple[str | None, bool]] = []  # (href, is a mention or tag)
        self._paragraphs = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "br":
            self.parts.append("\n")
        elif tag == "p":
            if self._paragraphs:
                self.parts.append("\n\n")
            self._paragraphs += 1
        elif tag == "a":
            classes = (attributes.get("class") or "").split()
            tagged = "mention" in classes or "hashtag" in classes or "u-url" in classes
            tagged = tagged or attributes.get("rel") == "tag"
            href = attributes.get("href")
            self._anchor.append((href, tagged))
            if href and not tagged:
                self.links.append(href)
                self.parts.append(href)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._anchor:
            self._anchor.pop()

    def handle_data(self, data: str) -> None:
        if self._anchor and self._anchor[-1][0] and not self._anchor[-1][1]:
            return  # the full href is already in the text
        self.parts.append(data)


def html_to_text(html: str) -> tuple[str, tuple[str, ...]]:
    """Plain text of a post's HTML and the links in it (mentions and hashtags excluded)."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts).strip(), tuple(parser.links)
