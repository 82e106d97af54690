"""Comparing drafts: what each rewrite changed in each score, and which words did it."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from relate.features import DESCRIPTIONS
from relate.score import DIMENSIONS, Score
from relate.scorer import Scorer

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True, slots=True)
class Reason:
    """A feature whose pull on one score changed between the first draft and another."""

    dimension: str
    feature: str
    description: str
    change: float
    """Change in the feature's contribution to the score's log-odds (positive = up)."""
    words: tuple[str, ...]


def _pulls(score: Score) -> dict[tuple[str, str], tuple[float, list[str]]]:
    pulls: dict[tuple[str, str], tuple[float, list[str]]] = {}
    for e in score.evidence:
        total, words = pulls.get((e.dimension, e.feature), (0.0, []))
        if e.text not in words:
            words = [*words, e.text]
        pulls[(e.dimension, e.feature)] = (total + e.weight, words)
    return pulls


@dataclass(frozen=True)
class Comparison:
    """Several drafts of one post, scored; the first is the baseline."""

    drafts: tuple[Score, ...]

    def changes(self) -> list[dict[str, float]]:
        """For each draft after the first: how much each score and ``overall`` moved."""
        base = self.drafts[0]
        return [
            {
                name: round(getattr(d, name) - getattr(base, name), 4)
                for name in (*DIMENSIONS, "overall")
            }
            for d in self.drafts[1:]
        ]

    def reasons(self, draft: int, limit: int = 3) -> list[Reason]:
        """Why draft number ``draft`` (1 = the first rewrite) scores differently from the
        first draft: per score, the features whose pull changed most."""
        if not 1 <= draft < len(self.drafts):
            raise IndexError(f"draft must be between 1 and {len(self.drafts) - 1}, got {draft}")
        before, after = _pulls(self.drafts[0]), _pulls(self.drafts[draft])
        out: list[Reason] = []
        for dimension in DIMENSIONS:
            keys = {k for k in (*before, *after) if k[0] == dimension}
            moved = []
            for key in keys:
                old, old_words = before.get(key, (0.0, []))
                new, new_words = after.get(key, (0.0, []))
                if abs(new - old) >= 0.05:
                    words = new_words if abs(new) >= abs(old) else old_words
                    moved.append(
                        Reason(
                            dimension,
                            key[1],
                            DESCRIPTIONS[key[1]],
                            round(new - old, 3),
                            tuple(words[:4]),
                        )
                    )
            moved.sort(key=lambda r: -abs(r.change))
            out.extend(moved[:limit])
        return out

    def to_frame(self) -> pd.DataFrame:
        """One row per draft: its text, the four scores and overall."""
        import pandas as pd

        return pd.DataFrame(
            [
                {"draft": i, "text": d.text, **d.scores(), "overall": d.overall}
                for i, d in enumerate(self.drafts)
            ]
        ).set_index("draft")

    def __repr__(self) -> str:
        lines = ["Comparison("]
        for i, d in enumerate(self.drafts):
            delta = ""
            if i:
                moved = self.changes()[i - 1]
                delta = "  " + " ".join(
                    f"{k}{v:+.2f}" for k, v in moved.items() if k != "overall" and abs(v) >= 0.05
                )
            lines.append(f"  draft {i}: overall {d.overall:.0f}{delta}  {d.text[:50]!r}")
        return "\n".join([*lines, ")"])

    def _repr_html_(self) -> str:
        from relate.views.html import score_html

        columns = []
        for i, d in enumerate(self.drafts):
            header = "first draft" if i == 0 else f"rewrite {i}"
            changes = ""
            if i:
                moved = self.changes()[i - 1]
                items = "".join(
                    f"<li><b>{escape(k)}</b> {v:+.2f}</li>"
                    for k, v in moved.items()
                    if abs(v) >= 0.01
                )
                why = "".join(
                    f"<li>{escape(r.dimension)}: {escape(r.description)} ({r.change:+.2f}; "
                    f"{escape(', '.join(r.words))})</li>"
                    for r in self.reasons(i)
                )
                changes = (
                    f"<ul class='relate-changes'>{items}</ul><ul class='relate-why'>{why}</ul>"
                )
            columns.append(
                f"<div class='relate-draft' style='flex:1;min-width:280px'><h4>{header}</h4>"
                f"{score_html(d)}{changes}</div>"
            )
        return f"<div class='relate-compare' style='display:flex;gap:16px;flex-wrap:wrap'>{''.join(columns)}</div>"


def compare(*drafts: str, scorer: Scorer | None = None) -> Comparison:
    """Score drafts of one post side by side: ``relate.compare(first, rewrite, ...)``."""
    from relate import default_scorer

    if len(drafts) < 2:
        raise ValueError("compare needs at least two drafts")
    chosen = scorer or default_scorer()
    return Comparison(tuple(chosen.score_batch(list(drafts))))
