"""Scores as pandas columns."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from relate.score import DIMENSIONS

if TYPE_CHECKING:
    import pandas as pd

    from relate.scorer import Scorer

#: The columns :func:`score_frame` adds, in order.
SCORE_COLUMNS: tuple[str, ...] = (*DIMENSIONS, "overall")


def check_columns(columns: Iterable[object], text: str) -> None:
    """Refuse a frame without the text column, or one that would lose columns to scores."""
    names = list(columns)
    if text not in names:
        raise KeyError(
            f"no column {text!r} in the DataFrame; pass text=<the column with the posts>"
        )
    taken = [c for c in SCORE_COLUMNS if c in names]
    if taken:
        raise ValueError(f"the DataFrame already has columns {taken}; rename them first")


def score_frame(
    scorer: Scorer,
    df: pd.DataFrame,
    text: str = "text",
    *,
    batch_size: int = 512,
    n_process: int = 1,
    details: bool = False,
) -> pd.DataFrame:
    """A copy of ``df`` with ``self_focus, personal_voice, dialog, promotional, overall``
    added (and ``language`` and ``warnings`` when ``details=True``).

    Missing texts (None/NaN) get empty scores (NaN) rather than an error, so no row is lost.
    """
    import pandas as pd

    check_columns(df.columns, text)
    column = df[text]
    present = column.map(lambda v: isinstance(v, str))
    texts = column[present].tolist()
    out = df.copy()
    scores = list(scorer.score_many(texts, batch_size=batch_size, n_process=n_process))
    index = column.index[present.to_numpy()]
    for name in SCORE_COLUMNS:
        out[name] = pd.Series([getattr(s, name) for s in scores], index=index, dtype="float64")
    if details:
        out["language"] = pd.Series([s.language for s in scores], index=index, dtype="object")
        out["warnings"] = pd.Series(
            ["; ".join(s.warnings) for s in scores], index=index, dtype="object"
        )
    return out
