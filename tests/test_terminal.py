"""The terminal report highlights exactly the evidence words, whatever line breaks and
control characters the post holds, and never passes the post's escapes to the terminal."""

from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console

import relate
from relate.views.terminal import display_text, highlighted, render, strongest_spans

LINES = ["Just launched my new course!", "Link in bio.", "What would you want to learn?"]


def check_highlights(text: str) -> None:
    """The terminal shows the post character for character (same offsets), and underlines
    exactly the characters of the evidence spans that raise a score."""
    score = relate.score(text)
    console = Console(file=io.StringIO(), width=10_000, color_system="truecolor")
    shown, underlined = "", set[int]()
    for segment in console.render(highlighted(score)):
        if segment.style and segment.style.underline:
            underlined.update(range(len(shown), len(shown) + len(segment.text)))
        shown += segment.text
    assert shown == display_text(text) + "\n" and len(display_text(text)) == len(text)
    spans = [(s, e) for s, e, _, w in strongest_spans(score) if w > 0]
    assert underlined == {i for s, e in spans for i in range(s, e)}
    for s, e in spans:
        assert shown[s:e] == display_text(score.text[s:e])


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n", "\t", " \x0b ", "\x0c", "\x07 "])
def test_highlights_are_the_evidence_words_whatever_the_line_breaks(newline: str) -> None:
    text = newline.join(LINES)
    assert any(e.weight > 0 and e.start > len(LINES[0]) for e in relate.score(text).evidence)
    check_highlights(text)


def test_the_posts_escape_codes_never_reach_the_terminal() -> None:
    buffer = io.StringIO()
    text = "Buy now\x1b[2J\x1b]0;owned\x07 \u202eevil\u202c! What do you think?"
    render(relate.score(text), Console(file=buffer, width=100, color_system=None))
    out = buffer.getvalue()
    assert "\x1b" not in out and "\u202e" not in out and "What do you think" in out


separators = st.sampled_from(["\r\n", "\r", "\n", "\t", " ", "\x00", "\x1b", "\x7f", "\x85"])
words = st.sampled_from(["I", "you", "my", "launched", "new", "Link in bio", "thanks", "?", "!"])


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(words, separators), max_size=12))
def test_any_mix_of_control_characters_keeps_highlights_on_the_evidence(
    parts: list[tuple[str, str]],
) -> None:
    check_highlights("".join(word + sep for word, sep in parts))
