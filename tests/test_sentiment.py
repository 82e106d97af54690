"""relate's TextBlob polarity/subjectivity equal TextBlob's own on the same tokens."""

from __future__ import annotations

import json

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from relate.sentiment import sentiment

textblob_en = pytest.importorskip("textblob.en")
NLP = spacy.blank("en")

WORDS = [
    "not",
    "never",
    "really",
    "very",
    "good",
    "bad",
    "happy",
    "sad",
    "!",
    ":)",
    ":-(",
    "<3",
    "terribly",
    "a",
    "the",
    "movie",
    "is",
    "n't",
    "no",
    "(!)",
    "xD",
    "great",
    "awful",
    "quite",
    "so",
]


def reference(tokens: list[str]) -> tuple[float, float]:
    polarity, subjectivity = textblob_en.sentiment(tokens)
    return polarity, subjectivity


@pytest.mark.parametrize(
    "text",
    [
        "This is a really good movie!",
        "not bad at all",
        "I am so sad and lonely today :( but you made me smile :)",
        "We are pleased to announce our innovative new product",
        "I really don't think this is not terribly good",
        "",
    ],
)
def test_examples_match_textblob(text: str) -> None:
    tokens = [t.lower_ for t in NLP(text) if not t.is_space]
    ours = sentiment(tokens)
    assert (ours.polarity, ours.subjectivity) == pytest.approx(reference(tokens))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30))
def test_any_token_sequence_matches_textblob(tokens: list[str]) -> None:
    ours = sentiment(tokens)
    assert (ours.polarity, ours.subjectivity) == pytest.approx(reference(tokens))


def test_corpus_matches_textblob(root: object) -> None:
    from pathlib import Path

    corpus = Path(str(root)) / "data" / "corpus.jsonl"
    if not corpus.exists():
        pytest.skip("no corpus in this checkout")
    with corpus.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines][:400]
    for text in texts:
        tokens = [t.lower_ for t in NLP(text) if not t.is_space]
        ours = sentiment(tokens)
        assert (ours.polarity, ours.subjectivity) == pytest.approx(reference(tokens)), text
