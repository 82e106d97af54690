"""The pre-publish report in a terminal, drawn with rich."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from relate.score import DIMENSIONS, Score

#: One colour per score, shared by the terminal and HTML views.
COLOURS = {
    "self_focus": "#d9480f",
    "personal_voice": "#2b8a3e",
    "dialog": "#1971c2",
    "promotional": "#9c36b5",
}

#: What a high value means, for labels beside the bars.
MEANING = {
    "self_focus": ("about your readers", "about you"),
    "personal_voice": ("brand voice", "a person speaking"),
    "dialog": ("broadcast", "conversation"),
    "promotional": ("conversation", "marketing"),
}


def strongest_spans(score: Score) -> list[tuple[int, int, str, float]]:
    """Non-overlapping evidence spans, each with the score it moved most and how much."""
    best: dict[tuple[int, int], tuple[str, float]] = {}
    for e in score.evidence:
        key = (e.start, e.end)
        total = best.get(key, (e.dimension, 0.0))
        if key not in best or abs(e.weight) > abs(total[1]):
            best[key] = (e.dimension, e.weight)
    chosen: list[tuple[int, int, str, float]] = []
    for (start, end), (dim, weight) in sorted(best.items(), key=lambda kv: -abs(kv[1][1])):
        if all(end <= s or start >= e for s, e, _, _ in chosen):
            chosen.append((start, end, dim, weight))
    return sorted(chosen)


# Characters a terminal would not draw as one cell, or rich would drop: rich removes \r,
# \b, \v, \f and \a (so every later span would land on the wrong words), expands tabs,
# and passes ESC through, which lets a post recolour or rewrite the terminal. Bidi
# overrides and isolates reorder what is shown. Each becomes exactly one character, so
# evidence offsets into the post stay valid.
_DRAWABLE: dict[int, str] = {
    **{c: chr(0x2400 + c) for c in range(0x20)},  # the Control Pictures: ␀ … ␟
    0x09: " ",
    0x0A: "\n",
    0x0D: "\n",  # a lone \r is an old Mac line break
    0x7F: "␡",
    **{c: "\ufffd" for c in (*range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A))},
}


def display_text(text: str) -> str:
    """``text`` as the terminal shows it: same length, every character drawable."""
    return text.replace("\r\n", " \n").translate(_DRAWABLE)


def highlighted(score: Score) -> Text:
    text = Text(display_text(score.text))
    for start, end, dim, weight in strongest_spans(score):
        if weight > 0:
            text.stylize(f"bold {COLOURS[dim]} underline", start, end)
    return text


def bar(value: float, width: int = 24) -> str:
    filled = round(value * width)
    return "█" * filled + "░" * (width - filled)


def render(score: Score, console: Console | None = None) -> None:
    console = console or Console()
    table = Table.grid(padding=(0, 1))
    for d in DIMENSIONS:
        low, high = MEANING[d]
        value = getattr(score, d)
        table.add_row(
            Text(d, style=f"bold {COLOURS[d]}"),
            Text(bar(value), style=COLOURS[d]),
            f"{value:.2f}",
            Text(high if value >= 0.5 else low, style="dim"),
        )
    parts: list[Text | Table] = [highlighted(score), Text(""), table]
    parts.append(Text(f"\noverall {score.overall:.0f}/100", style="bold"))
    legend = Text("highlights: ")
    for d in DIMENSIONS:
        legend.append(d.replace("_", " "), style=f"{COLOURS[d]} underline")
        legend.append("  ")
    parts.append(legend)
    for warning in score.warnings:
        parts.append(Text(f"⚠ {display_text(warning)}", style="yellow"))
    for tip in score.suggestions:  # tips quote the post's words
        parts.append(Text(f"→ {display_text(tip)}"))
    console.print(Panel(Group(*parts), title="relate: pre-publish check", expand=False))
