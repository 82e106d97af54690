"""Reading a batch at once gives what reading each text alone gives.

relate featurizes a batch of texts column by column (one set of arrays for all their
tokens, regular expressions over the joined texts), so nothing about a text may leak
into its neighbours' scores or evidence.
"""

from __future__ import annotations

import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import relate
from relate import tokens

# Pieces that exercise every feature and the places where texts meet in a batch: a link
# or a number at a text's end, "!" runs, look-alike characters, line breaks, phrases of
# several tokens that overlap ("let me know" / "me know"), negations and intensifiers.
PIECES = [
    "I", "i", "I'm", "you", "we", "our", "me", "my", "they", "?", "!", "!!", ".", "…",
    "\n", "\n\n", "  ", "\t", "not", "never", "really", "very", "good", "bad", "happy",
    "sad", "love", "feel", "thank you", "thanks", "let me know", "me know what you think",
    "what do you think?", "link in bio", "buy now", "sign up", "DM me", "free", "FREE",
    "code SAVE20", "code AB1 $5", "$5", "5$", "20%", "10 dollars", "@bob", "@a@b.co",
    "RT @x:", "MT @y", "#tag", "#1a", "http://x.co/a", "www.example.com", "😀", "🙈",
    ":)", ":(", "(!)", "ＦＲＥＥ", "’", "“", "”", "𝐛𝐨𝐥𝐝", "\ufeff", "\u200b", "İ",
    "日本語", "Привет", "x" * 120, "GREAT", "AMAZING", "e", "'m", "n't", "you guys",
]  # fmt: skip

posts = st.lists(st.sampled_from(PIECES), max_size=25).map(" ".join)


def _same(a: relate.Score, b: relate.Score) -> bool:
    return a.to_dict() == b.to_dict()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(posts, min_size=1, max_size=8), st.integers(1, 5))
def test_a_batch_scores_each_text_as_if_alone(texts: list[str], batch_size: int) -> None:
    together = list(relate.score_many(texts, batch_size=batch_size))
    alone = [relate.score(t) for t in texts]
    assert all(_same(a, b) for a, b in zip(together, alone, strict=True))


# Neighbours that would run into each other if texts were simply joined.
NEIGHBOURS = [
    ["it costs 5", "$ off today"],
    ["it costs 5", "% off today"],
    ["use code", "SAVE20 now"],
    ["see http://x.co/a", "b c"],
    ["hi @bob", "@carol hi"],
    ["so #", "tag"],
    ["WOW", "AMAZING"],
    ["yes!", "!!"],
    ["I feel", "great"],
    ["not", "good"],
    ["let me", "know what you think"],
    ["😀", "️"],
    ["10", "dollars"],
    ["RT", "@x: hello"],
]


@pytest.mark.parametrize("pair", NEIGHBOURS)
def test_nothing_runs_from_one_text_into_the_next(pair: list[str]) -> None:
    together = list(relate.score_many(pair))
    assert all(_same(a, relate.score(t)) for a, t in zip(together, pair, strict=True))


def test_a_long_run_in_a_batch_is_cut_as_when_alone() -> None:
    texts = ["hello there", "!" * 5000 + " ok?", "plain words, you know?"]
    together = list(relate.score_many(texts))
    assert all(_same(a, relate.score(t)) for a, t in zip(together, texts, strict=True))


def test_whitespace_table_is_what_str_isspace_says() -> None:
    table = tokens.whitespace()
    assert [c for c in range(0x10000) if table[c]] == [
        c for c in range(0x10000) if chr(c).isspace()
    ]
    # Nothing beyond the Basic Multilingual Plane is whitespace (the table stops there).
    assert not any(chr(c).isspace() for c in range(0x10000, sys.maxunicode + 1))


lookalike_text = st.text(
    alphabet=st.sampled_from(
        [chr(c) for c in list(tokens._LOOKALIKES)[::7]] + list("ab ’“é😀") + ["\ud800"]
    ),
    max_size=30,
)


@given(lookalike_text)
def test_readable_replaces_each_lookalike_by_its_plain_character(text: str) -> None:
    expected = "".join(
        "\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else tokens._LOOKALIKES.get(ord(c), c) for c in text
    )
    assert tokens.readable(text) == expected
