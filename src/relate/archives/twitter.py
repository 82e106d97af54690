"""X / Twitter "Your archive": ``data/tweets.js`` (older: ``tweet.js``), its parts,
long posts from ``note-tweet.js``, and the pre-2019 Grailbird month files."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from relate.archives._items import post_or_error
from relate.archives._json import BadItem, JsonStream
from relate.archives._open import Archive
from relate.archives._text import from_iso, from_unix, mapping, utc
from relate.archives.post import Kind, Post
from relate.errors import ArchiveError

NAME = "twitter"
_PARTS = r"tweets?(-part\d+)?\.js"
_GRAILBIRD = r"\d{4}_\d{2}\.js"
_STATUS = re.compile(r"https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/\w+/status(?:es)?/(\d+)")
_TIME_FORMATS = ("%a %b %d %H:%M:%S %z %Y", "%Y-%m-%d %H:%M:%S %z")
_TWITTER_EPOCH_MS = 1288834974657
# How far apart a long post's tweet and its note-tweet entry may be stamped.
_NOTE_WINDOW_SECONDS = 10
_NOTE_PREFIX = 40
# How much of a text is normalised to find its first _NOTE_PREFIX characters.
_NOTE_SCAN = 4096
_URL = re.compile(r"https?://\S+")


def _parts(archive: Archive) -> list[str]:
    """tweets.js, then tweets-part1.js, tweets-part2.js ... (tweet.js likewise)."""

    def order(name: str) -> tuple[str, int]:
        base, _, part = name.removesuffix(".js").partition("-part")
        return base, int(part) if part.isdigit() else 0

    return sorted(archive.find(_PARTS), key=order)


def _grailbird(archive: Archive) -> list[str]:
    return [n for n in archive.find(_GRAILBIRD) if "js/tweets/" in n]


def matches(archive: Archive) -> bool:
    return bool(_parts(archive) or _grailbird(archive))


def read(archive: Archive) -> Iterator[Post]:
    parts = _parts(archive) or _grailbird(archive)
    if not parts:
        raise ArchiveError(
            f"{archive.path}: X's archive has no data/tweets.js; is this the zip you downloaded "
            "from Settings > Your account > Download an archive of your data?"
        )
    username = _username(archive)
    notes = _Notes(archive)
    for part in parts:
        label = archive.label(part)
        with archive.open_text(part) as text:
            stream = JsonStream(text, label)
            stream.skip_assignment()
            for index, item in enumerate(stream.array()):
                where = f"{part}#{index}"
                yield post_or_error(NAME, where, _post, item, username, notes, where)
            stream.end()
    yield from notes.unmatched()


def _objects(
    archive: Archive, pattern: str, key: str, bad: list[tuple[str, BadItem]] | None = None
) -> Iterator[dict[str, Any]]:
    """The ``{key: {...}}`` items of small ``window.YTD`` files such as account.js; items
    that cannot be decoded go to ``bad`` (with where they are) when it is given."""
    for name in archive.find(pattern):
        with archive.open_text(name) as text:
            stream = JsonStream(text, archive.label(name))
            stream.skip_assignment()
            for index, item in enumerate(stream.array()):
                if isinstance(item, BadItem) and bad is not None:
                    bad.append((f"{name}#{index}", item))
                elif isinstance(item, dict) and isinstance(item.get(key), dict):
                    yield item[key]
            stream.end()


def _username(archive: Archive) -> str | None:
    for account in _objects(archive, r"account\.js", "account"):
        name = account.get("username")
        if isinstance(name, str) and name:
            return name
    return None


def _parse_time(value: object, tweet_id: str) -> datetime | None:
    """The tweet's time, else the one in its (snowflake) id, else None: an absurd time or
    id in an untrusted archive gives no time rather than an error."""
    if isinstance(value, str):
        for fmt in _TIME_FORMATS:
            try:
                parsed = utc(datetime.strptime(value, fmt))
            except ValueError:
                continue
            if parsed is not None:
                return parsed
    # Snowflake ids carry their own time in milliseconds; 20 digits is 64 bits.
    if tweet_id.isascii() and tweet_id.isdigit() and len(tweet_id) <= 20 and int(tweet_id) > 2**32:
        return from_unix(((int(tweet_id) >> 22) + _TWITTER_EPOCH_MS) / 1000)
    return None


def _list(value: object) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _post(item: object, username: str | None, notes: _Notes, where: str) -> Post:
    tweet = item.get("tweet", item) if isinstance(item, dict) else None
    if not isinstance(tweet, dict) or not isinstance(
        tweet.get("full_text", tweet.get("text")), str
    ):
        return Post(where, NAME, None, "", error=f"{where}: not a tweet (no id_str/full_text)")
    tweet_id = str(tweet.get("id_str") or tweet.get("id") or where)
    created = _parse_time(tweet.get("created_at"), tweet_id)
    entities = mapping(tweet.get("entities"))
    extended = mapping(tweet.get("extended_entities"))
    text = html.unescape(str(tweet.get("full_text", tweet.get("text", ""))))
    links: list[str] = []
    swaps: dict[str, str] = {}
    for url in _list(entities.get("urls")):
        short, target = url.get("url"), url.get("expanded_url")
        if isinstance(short, str) and short and isinstance(target, str) and target:
            swaps.setdefault(short, target)
            links.append(target)
    for media in _list(entities.get("media")) + _list(extended.get("media")):
        short = media.get("url")
        if isinstance(short, str) and short:
            swaps.setdefault(short, "")
    text = _swap(text, swaps).strip()
    hashtags = tuple(str(h["text"]) for h in _list(entities.get("hashtags")) if "text" in h)
    mentions = tuple(
        str(m["screen_name"]) for m in _list(entities.get("user_mentions")) if "screen_name" in m
    )
    reply_to = tweet.get("in_reply_to_status_id_str") or None
    kind: Kind = "post"
    if text.startswith("RT @") or "retweeted_status" in tweet:
        kind, reply_to = "repost", None
    elif reply_to:
        kind = "reply"
    elif any(_STATUS.match(link) for link in links):
        kind = "quote"
    if kind != "repost" and created is not None:
        text = notes.full_text(created, text)
    language = tweet.get("lang")
    return Post(
        id=tweet_id,
        platform=NAME,
        created_at=created,
        text=text,
        kind=kind,
        reply_to=str(reply_to) if reply_to else None,
        language=language if isinstance(language, str) and language != "und" else None,
        url=f"https://x.com/{username or 'i/web'}/status/{tweet_id}",
        hashtags=hashtags,
        mentions=mentions,
        links=tuple(dict.fromkeys(links)),
    )


def _normal(text: str) -> str:
    return " ".join(_URL.sub("", html.unescape(text)).split()).rstrip("…").strip()


class _Notes:
    """Long posts: ``note-tweet.js`` holds their full text, keyed by no tweet id, so a
    tweet is matched to its note by time (within seconds) and the start of its text."""

    def __init__(self, archive: Archive) -> None:
        self._by_second: dict[int, list[tuple[str, datetime, str]]] = {}
        self._used: set[str] = set()
        self._all: list[tuple[str, datetime | None, str, dict[str, Any]]] = []
        # Notes that cannot be decoded: each still gets its (error) row, as a tweet would.
        self._bad: list[tuple[str, BadItem]] = []
        for note in _objects(archive, r"note-tweet(-part\d+)?\.js", "noteTweet", self._bad):
            core = mapping(note.get("core"))
            body = core.get("text")
            if not isinstance(body, str):
                continue
            note_id = str(note.get("noteTweetId") or f"note{len(self._all)}")
            created = _from_note_time(note.get("createdAt"))
            text = _expand_note(html.unescape(body), core)
            self._all.append((note_id, created, text, core))
            if created is not None:
                self._by_second.setdefault(int(created.timestamp()), []).append(
                    (note_id, created, text)
                )

    def full_text(self, created: datetime, text: str) -> str:
        if not self._by_second:
            return text
        # Only the start is compared: normalising a whole huge post would copy it 3 times.
        prefix = _normal(text[:_NOTE_SCAN])[:_NOTE_PREFIX]
        if not prefix:
            return text
        second = int(created.timestamp())
        for near in range(second - _NOTE_WINDOW_SECONDS, second + _NOTE_WINDOW_SECONDS + 1):
            for note_id, _, body in self._by_second.get(near, ()):
                if note_id not in self._used and _normal(body[:_NOTE_SCAN]).startswith(prefix):
                    self._used.add(note_id)
                    return body
        return text

    def unmatched(self) -> Iterator[Post]:
        """Notes no tweet claimed: still posts, so still rows; so are notes that cannot be read."""
        for where, item in self._bad:
            yield post_or_error(NAME, where, _post, item, None, self, where)
        for note_id, created, text, core in self._all:
            if note_id in self._used:
                continue
            yield Post(
                id=f"note-{note_id}",
                platform=NAME,
                created_at=created,
                text=text,
                hashtags=tuple(str(h["text"]) for h in _list(core.get("hashtags")) if "text" in h),
                mentions=tuple(
                    str(m.get("screenName") or m.get("screen_name"))
                    for m in _list(core.get("mentions"))
                    if m.get("screenName") or m.get("screen_name")
                ),
            )


def _from_note_time(value: object) -> datetime | None:
    return from_iso(value.replace("Z", "+00:00")) if isinstance(value, str) else None


def _expand_note(text: str, core: dict[str, Any]) -> str:
    swaps: dict[str, str] = {}
    for url in _list(core.get("urls")):
        short = url.get("shortUrl") or url.get("url")
        target = url.get("expandedUrl") or url.get("expanded_url")
        if isinstance(short, str) and short and isinstance(target, str) and target:
            swaps.setdefault(short, target)
    return _swap(text, swaps).strip()


def _swap(text: str, swaps: dict[str, str]) -> str:
    """Replace every short link in one pass over the original text, so a target that
    contains its own short link cannot make the text grow with each replacement."""
    if not swaps:
        return text
    # Leftmost match first, the longest at one position, no overlaps: what an alternation
    # of the links would do, without compiling a pattern per post (which cost half the
    # reading time of an archive).
    hits: list[tuple[int, int, str]] = []
    for short in swaps:
        start = text.find(short)
        while start != -1:
            hits.append((start, -len(short), short))
            start = text.find(short, start + 1)
    hits.sort()
    out: list[str] = []
    pos = 0
    for start, _, short in hits:
        if start >= pos:
            out += (text[pos:start], swaps[short])
            pos = start + len(short)
    out.append(text[pos:])
    return "".join(out)
