"""Links, money, capitals and emoji are read by regular expressions that run only over
the texts of a batch that can hold a match (cheap byte and array checks pick them). Those
checks may only skip work: with them off, every text scores the same."""

from __future__ import annotations

import re
import sys
from functools import cache
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relate import marks
from relate.scorer import Scorer

# Each piece is near a case the checks must not miss: Unicode digits and spaces before a
# currency word, characters that case-insensitive patterns read as ASCII letters ("ſ",
# the Kelvin sign), a "?" of the text beside characters beyond ASCII, capitals with
# apostrophes, links in any case.
PIECES = [
    "5 usd", "5usd", "٥ usd", "५ dollars", "5\u00a0usd", "5 uſd", "10 bucKs", "3 BUCKS",
    "4 eur", "7gbp", "9 dollars", "5", "٥", "$5", "5$", "$ 5", "€5", "5€", "£ 3", "¥9",
    "20%", "٢٠%", "20 %", "5?usd", "?usd", "5 ?", "free", "FREE", "FrEe", "freedom",
    "ﬀree", "code SAVE20", "CODE ab12", "codes", "code  XY9", "I'M", "DON'T", "A'B",
    "OK", "WOW!", "AMAZING", "ÉTÉ", "http://x.co/a", "HTTPS://X.CO", "hTTp://y.z",
    "httpſ://a.b", "www.example.com", "WwW.x.y", "w.x", "://", "😀", "🙈🏽", "☀️", "K",
    "İ", "ı", "?", "¿", "é", "日本語", "@bob", "#tag", "x", "\n", "  ",
]  # fmt: skip

posts = st.lists(st.sampled_from(PIECES), max_size=12).map(" ".join)


def _every_text(monkeypatch: pytest.MonkeyPatch) -> None:
    scan = marks._Batch.scan

    def scan_all(self: marks._Batch, pattern: re.Pattern[str], texts: Any = None) -> Any:
        return scan(self, pattern, None)

    monkeypatch.setattr(marks._Batch, "scan", scan_all)


@cache
def _scorer() -> Scorer:
    return Scorer()


def _scores(texts: list[str]) -> tuple[list[dict[str, Any]], np.ndarray]:
    scorer = _scorer()
    docs = [scorer.nlp.make_doc(t) for t in texts]
    values = scorer.featurizer.batch(docs, texts).values
    return [s.to_dict() for s in scorer.score_many(texts)], values


def _same(
    a: tuple[list[dict[str, Any]], np.ndarray], b: tuple[list[dict[str, Any]], np.ndarray]
) -> bool:
    return a[0] == b[0] and np.array_equal(a[1], b[1])


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(posts, min_size=1, max_size=10))
def test_the_checks_skip_only_texts_without_a_match(texts: list[str]) -> None:
    picked = _scores(texts)
    with pytest.MonkeyPatch.context() as patch:
        _every_text(patch)
        assert _same(_scores(texts), picked)


def test_a_check_that_misses_a_text_is_noticed(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["costs 5 usd, code SAVE20 at http://x.co", "no match here"]
    picked = _scores(texts)
    monkeypatch.setattr(marks._Batch, "holding", lambda self, needles: [])
    assert not _same(_scores(texts), picked)


def test_no_needle_letter_is_matched_by_a_character_beyond_ascii() -> None:
    # The checks look for needles among the texts' lower-cased ASCII characters; a
    # letter that some other character matches case-insensitively ("ſ" matches "s",
    # the Kelvin sign "k") would let a text with a match slip through.
    everything = "".join(
        chr(c) for c in range(0x80, sys.maxunicode + 1) if not 0xD800 <= c < 0xE000
    )
    needles = b"".join([*marks.NEEDS_LINK, *marks.NEEDS_FREE, marks.NEEDS_CURRENCY]).decode()
    letters = {c for c in needles.lower() if c.isalpha()}
    folding = {c for c in letters if re.search(f"(?i){c}", everything)}
    assert letters and not folding
    assert re.search("(?i)s", everything)  # the check sees such characters
