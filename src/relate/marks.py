"""Features read off the characters of a batch of texts, with regular expressions run
once over the joined texts: links, mentions, hashtags, emoji, exclamation marks, money,
capitals, line breaks, replies and reposts."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

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
# line break followed by NUL, so no match spans two texts.
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


def read_marks(texts: Sequence[str], values: np.ndarray, spans: SpanColumns) -> Marks:
    """Fill in the features read off the characters of ``texts`` (links, mentions,
    hashtags, emoji, exclamation marks, money, capitals, line breaks, replies and reposts):
    their columns of ``values`` (one row per text) and their spans."""
    n_docs = len(texts)
    joined = _SEP.join(texts)
    lengths = np.fromiter(map(len, texts), np.int64, n_docs)
    offsets = np.cumsum(lengths + len(_SEP)) - lengths - len(_SEP)

    def owner(found: np.ndarray) -> np.ndarray:
        doc: np.ndarray = np.searchsorted(offsets, found[:, 0], side="right") - 1
        return doc

    def outside(found: np.ndarray, blocks: np.ndarray) -> np.ndarray:
        kept: np.ndarray = found[~inside(found[:, 0], found[:, 1], blocks[:, 0], blocks[:, 1])]
        return kept

    urls = _scan(_URL, joined)
    mentions = outside(_scan(_MENTION, joined), urls) if "@" in joined else _scan(_MENTION, "")
    near = np.concatenate((urls, mentions))
    found = {
        "url": urls,
        "hashtag": outside(_scan(_HASHTAG, joined), urls),
        "emoji": _scan(_EMOJI, "" if joined.isascii() else joined),
        "exclamation": outside(_scan(_BANGS, joined), urls),
        "money": outside(_money(joined, texts, offsets), near),
        "all_caps": outside(_scan(_CAPS, joined), near),
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


def _money(joined: str, texts: Sequence[str], offsets: np.ndarray) -> np.ndarray:
    """What _MONEY finds in each text, from two faster scans; their matches overlap only in
    odd texts ("code AB1 $5"), which _MONEY reads again."""
    found = np.concatenate((_scan(_MONEY_NUMBERS, joined), _scan(_MONEY_WORDS, joined)))
    found = found[np.argsort(found[:, 0], kind="stable")]
    clash = found[1:, 0] < found[:-1, 1]
    if not clash.any():
        return found
    docs = np.unique(np.searchsorted(offsets, found[1:][clash, 0], side="right") - 1)
    owner = np.searchsorted(offsets, found[:, 0], side="right") - 1
    again = [
        (offsets[d] + s, offsets[d] + e)
        for d in docs.tolist()
        for s, e in (m.span() for m in _MONEY.finditer(texts[d]))
    ]
    kept = np.concatenate((found[~np.isin(owner, docs)], np.array(again, np.int64).reshape(-1, 2)))
    return kept[np.argsort(kept[:, 0], kind="stable")]


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
