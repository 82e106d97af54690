"""Suggestions: example questions built from real words of the post, and no English
rewrite advice for text that is not English or has no words."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import relate

EXAMPLE = re.compile(r'e\.g\. "What has your experience with (.+) been\?"')
EDGE = "\"'“”‘’«»()[]{}<>.,;:!?…*_~"


def topic(text: str) -> str | None:
    """The topic quoted in the example question of ``text``'s suggestions, if any."""
    for tip in relate.score(text).suggestions:
        if found := EXAMPLE.search(tip):
            return found.group(1)
    return None


def assert_is_a_plain_word_of(word: str, text: str) -> None:
    assert re.fullmatch(r"[A-Za-z]+(?:['’-][A-Za-z]+)*", word), word
    assert len(word) <= 30
    tokens = {t.strip(EDGE).lstrip("#").lower() for t in text.split()}
    assert word.lower() in tokens, (word, text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # The old word scan read "productivity-dashboard-launch" out of a bare link.
        ("Our new dashboard is live at example.com/productivity-dashboard-launch", "dashboard"),
        ("Thanks @someverylonghandlename for the workshop on gardening", "gardening"),
        ("Mail hello@examplecompanyname.com about the beekeeping meetup", "beekeeping"),
        ("Slides: https://talks.example.org/keynote-presentation-on-compilers compilers", None),
        # The first hashtag names the topic, unless it only labels the post.
        ("#sponsored Trying the trail shoes on mountain routes", "mountain"),
        ("Trying the trail shoes on mountain routes #hiking", "hiking"),
    ],
)
def test_topic_is_a_plain_word_never_a_link_handle_or_label(text: str, want: str | None) -> None:
    found = topic(text)
    if want is not None:
        assert found == want
    if found is not None:
        assert_is_a_plain_word_of(found, text)


def test_a_huge_token_is_never_quoted_whole() -> None:
    text = "Spent the weekend gardening " + "supercalifragilistic" * 250
    assert topic(text) == "gardening"
    assert all(len(tip) < 400 for tip in relate.score(text).suggestions)


def test_long_evidence_is_quoted_short() -> None:
    text = "Just launched my new course! Sign up at https://example.com/" + "a" * 3000
    tips = relate.score(text).suggestions
    assert all(len(tip) < 400 for tip in tips) and any("…'" in tip for tip in tips)


@pytest.mark.parametrize(
    "text",
    [
        "Hoy estamos muy contentos de presentar nuestro nuevo producto para toda la familia.",
        "Nous sommes très heureux de vous présenter notre nouvelle collection pour cet été.",
        "今日は新しい本を読みました。とても面白かったです。",  # no word tokens at all
        "Новый выпуск подкаста уже доступен: https://podcast.example.com/episodes/2024/new",
        "วันนี้เราเปิดตัวสินค้าใหม่ ทุกคนคิดอย่างไรบ้าง",
    ],
)
def test_non_english_text_gets_one_plain_note(text: str) -> None:
    (note,) = relate.score(text).suggestions
    assert "English" in note and "'" not in note  # quotes none of the post's words


@pytest.mark.parametrize(
    "text", ["", "  \n ", "https://example.com/a https://example.com/b", "🔥🔥🔥 😂", "123 456"]
)
def test_text_without_words_gets_one_note(text: str) -> None:
    (note,) = relate.score(text).suggestions
    assert "Add a few words" in note


def test_english_still_gets_tips() -> None:
    tips = relate.score("Just launched my new course! Link in bio. #growth #success #coach")
    assert len(tips.suggestions) >= 2
    assert 'e.g. "What has your experience with growth been?"' in " ".join(tips.suggestions)


tokens = st.sampled_from(
    [
        "https://example.com/some-long-path",
        "www.example.org/gardening",
        "example.com/launch-day",
        "@ana_banana",
        "me@example.com",
        "#ad",
        "#growth2024",
        "#photography",
        "Zürich",
        "soooooo",
        "camera",
        "gardening",
        "we",
        "launched",
        "today",
        "!",
        "🔥",
        "don’t",
        "well-being",
        "x" * 40,
    ]
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(tokens, st.text(max_size=12)), max_size=15))
def test_any_quoted_topic_is_a_short_whole_word_of_the_post(words: list[str]) -> None:
    text = " ".join(words)
    found = topic(text)
    if found is not None:
        assert_is_a_plain_word_of(found, text)
