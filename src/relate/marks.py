"""Features read off the characters of a batch of texts, with regular expressions run
once over the joined texts: links, mentions, hashtags, emoji, exclamation marks, money,
capitals, line breaks, replies and reposts."""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from relate.columns import Span, SpanColumns, inside, log1p_counts
from relate.feature_names import INDEX

# Each pattern opens with a character class (lookbehinds come after it) so that the
# regular expression engine skips, in C, the positions where no match can start: a
# pattern opening with a lookaround is tried at every character of the text.
_URL = re.compile(r"[hHwW](?:(?<=[hH])(?i:ttps?://)|(?<=[wW])(?i:ww\.))\S+")
_BANGS = re.compile(r"!!*")  # not "!+": a literal first is searched for much faster
_MENTION = re.compile(r"@(?<![\w@/.]@)[A-Za-z0-9_](?:[\w.-]*\w)?(?:@[\w-]+(?:\.[\w-]+)+)?")
_HASHTAG = re.compile(r"#(?<![\w&/#]#)\w*[^\W\d_]\w*")
_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff\u3030\u303d\u3297\u3299]"
    "[\ufe0f\u200d\U0001f3fb-\U0001f3ff]*"
)
# Prices, percentages and discounts: what _MONEY_NUMBERS and _MONEY_WORDS find together,
# used as it is for the rare text where their matches overlap.
_MONEY = re.compile(
    r"(?=[$€£¥\dfc])(?:[$€£¥]\s?\d|\d\s?[$€£]|\b\d+(?:[.,]\d+)?\s?%|\b\d+\s?(?:usd|eur|gbp|dollars|bucks)\b"
    r"|\bfree\b|\bcode\s+[A-Z0-9]{3,})",
    re.IGNORECASE,
)
_MONEY_NUMBERS = re.compile(
    r"[$€£¥\d](?:(?<=[$€£¥])\s?\d|(?<=\d)(?:\s?[$€£]|(?<!\w\d)\d*(?:[.,]\d+)?\s?%"
    r"|(?<!\w\d)\d*\s?(?i:usd|eur|gbp|dollars|bucks)\b))"
)
_MONEY_WORDS = re.compile(
    r"[fFcC](?:(?<=[fF])(?<!\w[fF])(?i:ree)\b|(?<=[cC])(?<!\w[cC])(?i:ode)\s+(?i:[A-Z0-9]){3,})"
)
_CAPS = re.compile(r"[A-Z](?<![\w#@][A-Z])[A-Z']{2,}\b")
_LEADING = re.compile(r"\s*\.?")
_RT = re.compile(r"(?:^|\s)(RT|MT)\s*:?\s*@", re.IGNORECASE)

# Between texts when a batch is scanned as one string: no pattern below matches across a
# line break followed by NUL, so no match spans two texts. (_Batch.scan also reads single
# texts, up to their end: see there what that asks of the patterns.)
_SEP = "\n\x00\n"


@dataclass(frozen=True, slots=True)
class Marks:
    """What the token pass needs from :func:`read_marks` (offsets into the joined texts)."""

    offsets: np.ndarray  # where each text starts in the joined batch
    blocked: tuple[np.ndarray, np.ndarray]  # links and mentions: starts, ends
    trailing: tuple[np.ndarray, np.ndarray]  # hashtags and emoji
    urls: list[int]  # links per text
    emoji: list[int]  # emoji per text


def _scan(pattern: re.Pattern[str], text: str) -> np.ndarray:
    return np.array([m.span() for m in pattern.finditer(text)], dtype=np.int64).reshape(-1, 2)


class _Batch:
    """The joined texts of a batch, and what tells cheaply which texts a pattern can
    match in: the regular expression engine tests a character class at every position
    (about 3 ns a character), while ``bytes.find`` and numpy pass over a text many times
    faster. A pattern whose match needs a certain string or characters then runs only
    over the texts that hold them (a tenth of them, typically)."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self.joined = _SEP.join(texts)
        lengths = np.fromiter(map(len, texts), np.int64, len(texts))
        self.offsets = np.cumsum(lengths + len(_SEP)) - lengths - len(_SEP)
        self.starts = self.offsets.tolist()
        self.ends = (self.offsets + lengths).tolist()
        # One byte per character, so offsets hold. Characters beyond ASCII become "?" (a
        # "?" of the text becomes \x01, so "?" marks exactly them). No needle below holds
        # a letter that a character beyond ASCII matches case-insensitively (as "ſ"
        # matches "s"), so none is missed that way (a test checks).
        self.beyond_ascii = not self.joined.isascii()
        if self.beyond_ascii:
            self.ascii = self.joined.replace("?", "\x01").encode("ascii", "replace")
        else:
            self.ascii = self.joined.encode("ascii")
        self.lowered = self.ascii.lower()

    def owners(self, at: list[int]) -> list[int]:
        """The texts holding these offsets of the joined texts, in order, once each."""
        found = np.searchsorted(self.offsets, np.asarray(at, dtype=np.int64), side="right") - 1
        return np.unique(found).tolist()  # type: ignore[no-any-return]

    def holding(self, needles: Sequence[bytes]) -> list[int]:
        """The texts whose lower-cased characters hold any of ``needles``."""
        return self._holding(self.lowered, needles)

    def holding_chars(self, chars: str) -> list[int]:
        """The texts holding any of ``chars``."""
        return self._holding(self.joined, chars)

    def _holding(self, haystack: Any, needles: Iterable[Any]) -> list[int]:
        # Past a hit the search goes on after that text's end: one hit per text at most,
        # however many times a text repeats a needle.
        starts, ends, found = self.starts, self.ends, set()
        for needle in needles:
            i = haystack.find(needle)
            while i >= 0:
                text = bisect_right(starts, i) - 1
                found.add(text)
                i = haystack.find(needle, ends[text])
        return sorted(found)

    def scan(self, pattern: re.Pattern[str], texts: Iterable[int] | None = None) -> np.ndarray:
        """``pattern``'s matches (offsets into the joined texts), over ``texts`` only if
        given. The same matches as over the whole: no pattern matches across _SEP, a
        search from ``pos`` to ``endpos`` still sees the characters before ``pos``, and no
        pattern looks at the character after a match except through ``\\b``, for which a
        text's end and the "\\n" that follows it agree (a lookahead such as ``(?=\\s)``
        would not)."""
        if texts is None:
            return _scan(pattern, self.joined)
        joined, starts, ends = self.joined, self.starts, self.ends
        found = [m.span() for d in texts for m in pattern.finditer(joined, starts[d], ends[d])]
        return np.array(found, dtype=np.int64).reshape(-1, 2)


# What a match needs: a link "://" or "www."; a discount word "free" or "code"; a price
# or percentage a sign (beyond ASCII: "€£¥") or a currency word after a digit, which
# starts with one of NEEDS_CURRENCY.
NEEDS_LINK = (b"://", b"www.")
NEEDS_FREE = (b"free", b"code")
NEEDS_PRICE = (b"$", b"%")
NEEDS_CURRENCY = b"uegdb"


def read_marks(texts: Sequence[str], values: np.ndarray, spans: SpanColumns) -> Marks:
    """Fill in the features read off the characters of ``texts`` (links, mentions,
    hashtags, emoji, exclamation marks, money, capitals, line breaks, replies and reposts):
    their columns of ``values`` (one row per text) and their spans."""
    n_docs = len(texts)
    batch = _Batch(texts)
    joined, offsets = batch.joined, batch.offsets

    def owner(found: np.ndarray) -> np.ndarray:
        doc: np.ndarray = np.searchsorted(offsets, found[:, 0], side="right") - 1
        return doc

    def outside(found: np.ndarray, blocks: np.ndarray) -> np.ndarray:
        kept: np.ndarray = found[~inside(found[:, 0], found[:, 1], blocks[:, 0], blocks[:, 1])]
        return kept

    urls = batch.scan(_URL, batch.holding(NEEDS_LINK))
    mentions = outside(batch.scan(_MENTION), urls) if "@" in joined else _scan(_MENTION, "")
    near = np.concatenate((urls, mentions))
    found = {
        "url": urls,
        "hashtag": outside(batch.scan(_HASHTAG), urls),
        "emoji": batch.scan(
            _EMOJI,
            [d for d, t in enumerate(texts) if not t.isascii()] if batch.beyond_ascii else [],
        ),
        "exclamation": outside(batch.scan(_BANGS), urls),
        "money": outside(_money(batch), near),
        "all_caps": outside(batch.scan(_CAPS, _capitals(batch)), near),
    }
    counts = {}
    for name, marks in found.items():
        doc = owner(marks)
        counts[name] = count = np.bincount(doc, minlength=n_docs)
        values[:, INDEX[name]] = log1p_counts(count)
        spans.add_arrays(doc, INDEX[name], marks[:, 0] - offsets[doc], marks[:, 1] - offsets[doc])
    wall = counts["hashtag"] >= 4
    if wall.any():
        values[:, INDEX["hashtag_wall"]] = wall
        doc = owner(found["hashtag"])
        pick = wall[doc]
        start, end = (
            found["hashtag"][pick, 0] - offsets[doc[pick]],
            found["hashtag"][pick, 1] - offsets[doc[pick]],
        )
        spans.add_arrays(doc[pick], INDEX["hashtag_wall"], start, end)
    values[:, INDEX["lines"]] = log1p_counts(
        np.fromiter((t.count("\n") for t in texts), np.int64, n_docs)
    )

    # Replies (a text opening with @mentions), other mentions and RT-style reposts: only
    # texts with an "@", one by one.
    by_doc: dict[int, list[Span]] = {}
    doc = owner(mentions)
    for d, s, e in zip(
        doc.tolist(),
        (mentions[:, 0] - offsets[doc]).tolist(),
        (mentions[:, 1] - offsets[doc]).tolist(),
        strict=True,
    ):
        by_doc.setdefault(d, []).append((s, e))
    for d, text in enumerate(texts):
        if "@" in text:
            _at_signs(d, text, by_doc.get(d, []), values[d], spans)
    trailing = np.concatenate((found["hashtag"], found["emoji"]))
    return Marks(
        offsets,
        (near[:, 0], near[:, 1]),
        (trailing[:, 0], trailing[:, 1]),
        counts["url"].tolist(),
        counts["emoji"].tolist(),
    )


def _money(batch: _Batch) -> np.ndarray:
    """What _MONEY finds in each text, from two faster scans; their matches overlap only in
    odd texts ("code AB1 $5"), which _MONEY reads again."""
    numbers = {*batch.holding(NEEDS_PRICE), *_currency_words(batch)}
    if batch.beyond_ascii:
        numbers.update(batch.holding_chars("€£¥"))
    found = np.concatenate(
        (
            batch.scan(_MONEY_NUMBERS, sorted(numbers)),
            batch.scan(_MONEY_WORDS, batch.holding(NEEDS_FREE)),
        )
    )
    found = found[np.argsort(found[:, 0], kind="stable")]
    clash = found[1:, 0] < found[:-1, 1]
    if not clash.any():
        return found
    offsets, texts = batch.offsets, batch.texts
    docs = np.unique(np.searchsorted(offsets, found[1:][clash, 0], side="right") - 1)
    owner = np.searchsorted(offsets, found[:, 0], side="right") - 1
    again = [
        (offsets[d] + s, offsets[d] + e)
        for d in docs.tolist()
        for s, e in (m.span() for m in _MONEY.finditer(texts[d]))
    ]
    kept = np.concatenate((found[~np.isin(owner, docs)], np.array(again, np.int64).reshape(-1, 2)))
    return kept[np.argsort(kept[:, 0], kind="stable")]


def _currency_words(batch: _Batch) -> list[int]:
    """The texts where a digit is followed, straight away or after one other character,
    by the first letter of a currency word (what _MONEY_NUMBERS needs for "5 usd"; one
    pass for digits instead of one search per word)."""
    codes = np.frombuffer(batch.lowered, dtype=np.uint8)
    head = codes[:-2]

    def then_currency(at: np.ndarray) -> list[int]:
        kept = at[_CURRENCY_FIRST[codes[at + 1]] | _CURRENCY_FIRST[codes[at + 2]]]
        return kept.tolist()  # type: ignore[no-any-return]

    found = batch.owners(then_currency(np.flatnonzero((head >= ord("0")) & (head <= ord("9")))))
    if not batch.beyond_ascii:
        return found
    # A character beyond ASCII may be a digit too ("٥ usd"): the other texts where one
    # comes before such a letter are read with a pattern (at most once per text).
    maybe = set(batch.owners(then_currency(np.flatnonzero(head == ord("?")))))
    maybe.difference_update(found)
    joined, starts, ends = batch.joined, batch.starts, batch.ends
    more = [d for d in maybe if _DIGIT_THEN_CURRENCY.search(joined, starts[d], ends[d])]
    return sorted({*found, *more})


_CURRENCY_FIRST = np.zeros(256, dtype=bool)
_CURRENCY_FIRST[list(NEEDS_CURRENCY)] = True
_DIGIT_THEN_CURRENCY = re.compile(
    rf"\d.?[{NEEDS_CURRENCY.decode()}{NEEDS_CURRENCY.upper().decode()}]", re.DOTALL
)


def _capitals(batch: _Batch) -> list[int]:
    """The texts where _CAPS can match: a capital letter, then two capitals or
    apostrophes."""
    codes = np.frombuffer(batch.ascii, dtype=np.uint8)
    capital = (codes >= ord("A")) & (codes <= ord("Z"))
    word = capital | (codes == ord("'"))
    at = np.flatnonzero(capital[:-2] & word[1:-1] & word[2:])
    return batch.owners(at.tolist())


def _at_signs(
    d: int, text: str, mentions: list[Span], values: np.ndarray, spans: SpanColumns
) -> None:
    if mentions:
        lead = _LEADING.match(text)
        lead_end = lead.end() if lead else 0
        leading: list[Span] = []
        for span in mentions:
            if span[0] != lead_end:
                break
            leading.append(span)
            lead_end = span[1] + len(text[span[1] :]) - len(text[span[1] :].lstrip())
        if leading:
            values[INDEX["reply"]] = 1.0
            spans.add(d, INDEX["reply"], leading[:1])
        others = [s for s in mentions if s not in leading]
        spans.add(d, INDEX["mention"], others)
        values[INDEX["mention"]] = math.log1p(len(others))
    rt = _RT.search(text)
    if rt and rt.group(1).isupper():
        if any(c.isalpha() for c in text[: rt.start(1)]):
            values[INDEX["quote_comment"]] = 1.0
            spans.add(d, INDEX["quote_comment"], [(0, len(text[: rt.start(1)].rstrip()))])
        else:
            values[INDEX["repost"]] = 1.0
            spans.add(d, INDEX["repost"], [rt.span(1)])
