"""A Score as HTML, for Jupyter (``Score._repr_html_``)."""

from __future__ import annotations

from html import escape

from relate.score import DIMENSIONS, Score
from relate.views.terminal import COLOURS, MEANING, strongest_spans

# One bar per row: label, track, value, meaning. The label is never narrower than its text
# (so no label is cut) and at least as wide as "personal_voice" in a wide sans (DejaVu Sans
# bold: 8.4em), so the tracks line up. A track is up to 200px long; in a narrow card the
# meaning moves to a line of its own rather than squeeze the track. Every row of a card is
# sized alike, whatever its text, so the four tracks are always the same width.
_ROW = "display:flex;flex-wrap:wrap;align-items:center;gap:2px 8px;margin:2px 0"
_LABEL = "flex:none;min-width:8.5em;white-space:nowrap;font-weight:600"
_TRACK = (
    "flex:1 1 100px;min-width:40px;max-width:200px;height:10px;background:#8884;border-radius:5px"
)
_VALUE = "flex:none;min-width:36px"
_MEANING = "flex:1 1 8em;min-width:0;opacity:.7"


def score_html(score: Score) -> str:
    """Self-contained HTML: the text with evidence highlighted, four bars, the overall
    score and the suggestions. Colours are chosen to read on light and dark themes."""
    pieces: list[str] = []
    at = 0
    for start, end, dim, weight in strongest_spans(score):
        if weight <= 0:
            continue
        pieces.append(escape(score.text[at:start]))
        pieces.append(
            f'<mark class="relate-ev" data-dimension="{dim}" title="{dim} {weight:+.2f}" '
            f'style="background:{COLOURS[dim]}33;color:inherit;border-bottom:2px solid '
            f'{COLOURS[dim]};padding:0 1px">{escape(score.text[start:end])}</mark>'
        )
        at = end
    pieces.append(escape(score.text[at:]))
    bars = []
    for d in DIMENSIONS:
        value = getattr(score, d)
        low, high = MEANING[d]
        bars.append(
            f'<div class="relate-bar" data-dimension="{d}" style="{_ROW}">'
            f'<span class="relate-label" style="{_LABEL};color:{COLOURS[d]}">{d}</span>'
            f'<span style="{_TRACK}">'
            f'<span style="display:block;width:{value * 100:.0f}%;height:100%;background:{COLOURS[d]};border-radius:5px"></span></span>'
            f'<span style="{_VALUE}">{value:.2f}</span>'
            f'<span style="{_MEANING}">{escape(high if value >= 0.5 else low)}</span></div>'
        )
    legend = " ".join(
        f'<span style="border-bottom:2px solid {COLOURS[d]};margin-right:8px">{d.replace("_", " ")}</span>'
        for d in DIMENSIONS
    )
    notes = "".join(f'<li class="relate-warning">⚠ {escape(w)}</li>' for w in score.warnings)
    notes += "".join(f'<li class="relate-suggestion">{escape(s)}</li>' for s in score.suggestions)
    return (
        '<div class="relate-score" style="font-family:system-ui,sans-serif;line-height:1.5;'
        'max-width:760px;overflow-wrap:break-word;border:1px solid #8886;border-radius:8px;padding:12px">'
        f'<div class="relate-text" style="white-space:pre-wrap;margin-bottom:8px">{"".join(pieces)}</div>'
        f'<div style="font-size:12px;opacity:.8;margin-bottom:6px">highlights: {legend}</div>'
        f"{''.join(bars)}"
        f'<div class="relate-overall" style="font-weight:700;margin-top:6px">overall {score.overall:.0f}/100</div>'
        f'<ul style="margin:6px 0 0 18px;padding:0">{notes}</ul></div>'
    )
