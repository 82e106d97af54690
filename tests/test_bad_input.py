"""Bad input: a clear error or a flagged result, never a crash."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import relate
from relate import DIMENSIONS


@pytest.mark.parametrize("value", [None, 42, b"bytes", ["a list"], 3.5])
def test_non_strings_raise_type_error_naming_the_type(value: object) -> None:
    with pytest.raises(TypeError, match=type(value).__name__):
        relate.score(value)  # type: ignore[arg-type]


def test_non_string_inside_score_many_names_the_type() -> None:
    with pytest.raises(TypeError, match="NoneType"):
        list(relate.score_many(["fine", None]))  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("text", "warning"),
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("https://example.com/a https://example.com/b", "only links"),
        ("🔥🔥🔥 😂", "only emoji"),
    ],
)
def test_empty_and_wordless_posts_are_flagged(text: str, warning: str) -> None:
    s = relate.score(text)
    assert any(warning in w for w in s.warnings)
    assert all(0.0 <= getattr(s, d) <= 1.0 for d in DIMENSIONS)
    assert s.suggestions


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hoy estamos muy contentos de presentar nuestro nuevo producto para toda la familia.",
            "es",
        ),
        (
            "Nous sommes très heureux de vous présenter notre nouvelle collection pour cet été.",
            "fr",
        ),
        ("Wir freuen uns sehr, dass wir heute mit euch unser neues Projekt teilen können.", "de"),
        ("Сегодня мы рады представить вам наш новый продукт для всей семьи.", "und-Cyrl"),
        ("今日は新しい製品を発表できることをとても嬉しく思います。", "und-Jpan"),
    ],
)
def test_clearly_non_english_text_is_flagged(text: str, language: str) -> None:
    s = relate.score(text)
    assert s.language == language
    assert any("not English" in w for w in s.warnings)


def test_english_with_a_foreign_phrase_stays_english() -> None:
    s = relate.score(
        "Had the best tapas in Madrid, muchas gracias to our host! Where should we eat next?"
    )
    assert s.language == "en" and s.warnings == ()


def test_very_long_input_is_scored_in_bounded_time_with_a_warning() -> None:
    text = "I love talking with you all about gardening, what do you grow? " * 1600  # ~100k chars
    s = relate.score(text)
    assert any("first 20,000" in w for w in s.warnings)
    assert all(text[e.start : e.end] == e.text for e in s.evidence)


@pytest.mark.parametrize("run", ["!" * 100_000, "a." * 50_000, "#" * 30_000 + " hello?"])
def test_long_runs_without_spaces_are_scored(run: str) -> None:
    # spaCy's tokenizer is quadratic on such runs; relate cuts them (see relate.tokens).
    s = relate.score(run)
    assert all(run[e.start : e.end] == e.text for e in s.evidence)
    assert s == relate.score(run)


@pytest.mark.parametrize(
    ("styled", "plain"),
    [
        (
            "I’m so grateful for you all, what’s yours?",
            "I'm so grateful for you all, what's yours?",
        ),
        ("𝐁𝐮𝐲 𝐧𝐨𝐰 𝐚𝐧𝐝 𝐬𝐚𝐯𝐞 𝟓𝟎%", "Buy now and save 50%"),
        ("What do you think？", "What do you think?"),
        ("\ufeffI love my team", " I love my team"),
        ("Ⓖⓡⓔⓐⓣ ⓓⓔⓐⓛ ⓣⓞⓓⓐⓨ", "Great deal today"),
    ],
)
def test_lookalike_characters_read_as_what_they_look_like(styled: str, plain: str) -> None:
    a, b = relate.score(styled), relate.score(plain)
    assert a.scores() == b.scores()
    # Offsets still point into what the user wrote.
    assert all(styled[e.start : e.end] == e.text for e in a.evidence)
    assert [(e.start, e.end, e.feature) for e in a.evidence] == [
        (e.start, e.end, e.feature) for e in b.evidence
    ]


@pytest.mark.parametrize(
    "text",
    [
        "\ud800 lone surrogate",
        "control\x00chars\x07\x1b[31m",
        "mixed Ελληνικά English 中文 עברית",
        "\u200b\u200d\ufeff",
    ],
)
def test_odd_characters_do_not_crash(text: str) -> None:
    s = relate.score(text)
    assert all(text[e.start : e.end] == e.text for e in s.evidence)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_text_gives_a_valid_deterministic_score(text: str) -> None:
    s = relate.score(text)
    assert all(0.0 <= getattr(s, d) <= 1.0 for d in DIMENSIONS)
    assert 0.0 <= s.overall <= 100.0
    assert all(text[e.start : e.end] == e.text for e in s.evidence)
    assert relate.score(text) == s


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(["!" * 150, "ab" * 80, " ", "\n", "you?", "I’m", "𝐁𝐮𝐲"]), max_size=12)
)
def test_long_runs_and_lookalikes_keep_offsets(parts: list[str]) -> None:
    text = "".join(parts)
    s = relate.score(text)
    assert all(text[e.start : e.end] == e.text for e in s.evidence)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "I",
                "you",
                "we",
                "?",
                "!",
                "@ana",
                "#tag",
                "https://x.co/a",
                "buy",
                "now",
                "😂",
                "\n",
                "thanks",
                "love",
            ]
        ),
        max_size=40,
    )
)
def test_post_shaped_text_gives_valid_evidence(words: list[str]) -> None:
    text = " ".join(words)
    s = relate.score(text)
    assert all(text[e.start : e.end] == e.text for e in s.evidence)
