"""What a person sees: the terminal report, the notebook HTML, the live checker."""

from __future__ import annotations

import io
import json
import re
from html import unescape
from pathlib import Path

import numpy as np
import pytest
from rich.console import Console

import relate
from relate.score import DIMENSIONS
from relate.views.terminal import COLOURS, render

from .browser import dump_dom, has_colour, pixels, screenshot

POST = "Just launched my new course! Link in bio. What would you want to learn? #growth"
THEMES = {"light": ("#ffffff", "#111111"), "dark": ("#111111", "#eeeeee")}


def test_plain_repr_is_one_line() -> None:
    assert "\n" not in repr(relate.score(POST))


def test_terminal_report_shows_scores_text_and_suggestions() -> None:
    buffer = io.StringIO()
    render(relate.score(POST), Console(file=buffer, width=100, color_system=None))
    out = buffer.getvalue()
    for word in ("self_focus", "dialog", "overall", "Link in bio", "→"):
        assert word in out


def test_html_has_highlights_bars_and_suggestions() -> None:
    html = relate.score(POST)._repr_html_()
    assert html.count('class="relate-bar"') == 4
    assert 'class="relate-ev"' in html and "Link in bio" in html
    assert "relate-suggestion" in html and "overall" in html


def test_html_escapes_the_post() -> None:
    html = relate.score("<script>alert(1)</script> what do you think?")._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html


# Run in the page: per card, whether it overflows, and per bar its label's box, the box of
# the label's text, the bar's track and whether the row overflows; JSON in <body data-cards>.
MEASURE_CARDS = """<script>
const box = e => e.getBoundingClientRect();
document.body.dataset.cards = JSON.stringify([...document.querySelectorAll(".relate-score")].map(card => ({
  fits: card.scrollWidth <= card.clientWidth,
  rows: [...card.querySelectorAll(".relate-bar")].map(row => {
    const label = row.children[0], track = row.children[1], text = document.createRange();
    text.selectNodeContents(label);
    return {dimension: row.dataset.dimension, label: label.textContent, scrollWidth: label.scrollWidth,
            clientWidth: label.clientWidth, right: box(label).right, textRight: box(text).right,
            trackLeft: box(track).left, trackWidth: box(track).width, fits: row.scrollWidth <= row.clientWidth};
  }),
})));
</script>"""


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_html_renders_in_chromium_in_light_and_dark_themes(theme: str, tmp_path: Path) -> None:
    background, foreground = THEMES[theme]
    score = relate.score(POST)
    card = score._repr_html_()
    page = tmp_path / f"{theme}.html"
    # The card at full width, as narrow as the report's side-by-side posts, and as narrow as
    # a column of relate.compare.
    page.write_text(
        f"<!doctype html><meta charset='utf-8'><body style='background:{background};color:{foreground}'>"
        f"{card}<div style='width:420px'>{card}</div><div style='width:280px'>{card}</div>"
        f"{MEASURE_CARDS}</body>",
        encoding="utf-8",
    )
    dom, _ = dump_dom(page)
    assert dom.count("relate-bar") >= 4 and "relate-ev" in dom
    measured = re.search(r'data-cards="([^"]*)"', dom)
    assert measured, "the measuring script did not run"
    cards = json.loads(unescape(measured.group(1)))
    assert len(cards) == 3
    for measures in cards:
        rows = measures["rows"]
        assert measures["fits"] and [x["dimension"] for x in rows] == list(DIMENSIONS)
        for x in rows:  # every label, personal_voice the longest, is drawn whole
            assert x["label"] == x["dimension"] and x["fits"], x
            assert x["scrollWidth"] <= x["clientWidth"], x
            assert x["textRight"] <= x["right"] + 0.5 and x["right"] <= x["trackLeft"], x
        # The four tracks line up and have one length, so the bars compare at a glance.
        assert len({(round(x["trackLeft"]), round(x["trackWidth"])) for x in rows}) == 1, rows
    png = screenshot(page, tmp_path / f"{theme}.png")
    for dimension in ("self_focus", "dialog", "promotional"):  # every non-empty bar is drawn
        if getattr(score, dimension) > 0.05:
            assert has_colour(png, COLOURS[dimension]), dimension
    # The post's text is drawn in the theme's text colour, so it stays legible.
    assert has_colour(png, foreground, tolerance=30)
    assert len(np.unique(pixels(png), axis=0)) > 20


def test_live_checker_rescores_on_edit() -> None:
    pytest.importorskip("ipywidgets")
    checker = relate.widget("hello", delay=0)
    checker.input.value = "Anyone else struggling to switch off after work? How do you do it?"
    shown = re.sub(r"<[^>]+>", "", checker.output.value)
    assert "relate-bar" in checker.output.value and "switch off after work" in shown
    checker.input.value = "   "
    assert checker.output.value == ""


def test_compare_explains_what_changed() -> None:
    comparison = relate.compare(
        "Just launched my new course! Link in bio. #growth",
        "I spent a year learning to teach online and made every mistake. What was hardest for you?",
    )
    (moved,) = comparison.changes()
    assert moved["dialog"] > 0 and moved["promotional"] < 0 and moved["overall"] > 0
    reasons = comparison.reasons(1)
    assert any(r.dimension == "dialog" and r.change > 0 and "?" in r.words for r in reasons)
    assert len(comparison.to_frame()) == 2
    html = comparison._repr_html_()
    assert html.count("relate-score") == 2 and "relate-why" in html
    with pytest.raises(ValueError, match="two drafts"):
        relate.compare("only one")
