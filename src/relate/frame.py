"""Scores as pandas columns."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import numpy as np

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
    if names.count(text) > 1:
        # df[text] would be a DataFrame, and which column holds the posts is a guess.
        raise ValueError(f"the DataFrame has {names.count(text)} columns named {text!r}")
    taken = [c for c in SCORE_COLUMNS if c in names]
    if taken:
        raise ValueError(f"the DataFrame already has columns {taken}; rename them first")


def _is_missing(value: object) -> bool:
    """None, NaN (float or numpy), pandas NA/NaT: a post that is not there."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return True
    import pandas as pd

    return value is pd.NA or value is pd.NaT


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

    ``text`` names the column with the posts; ``batch_size`` and ``n_process`` are passed
    to :meth:`Scorer.score_many`. Rows keep their order and index, whatever the index
    (duplicates, strings, a MultiIndex). Missing texts (None, NaN, ``pd.NA``) get NaN
    scores rather than an error, so no row is lost; any other non-str cell raises
    ``TypeError`` naming the column, the row label and the type, as ``relate.score`` does.
    """
    check_columns(df.columns, text)
    column = df[text]
    cells = column.to_numpy(dtype=object)
    # Validate every cell before scoring, so a bad row fails fast instead of after a
    # long run; remember positions, not labels, because labels may repeat.
    positions: list[int] = []
    for position, value in enumerate(cells):
        if isinstance(value, str):
            positions.append(position)
        elif not _is_missing(value):
            raise TypeError(
                f"relate.score_frame expects str cells (or None/NaN for a missing post); "
                f"column {text!r}, row {column.index[position]!r} holds {type(value).__name__}"
            )
    texts: list[str] = [cells[p] for p in positions]
    scores = list(
        scorer.score_many(texts, batch_size=batch_size, n_process=n_process, explain=False)
    )
    out = df.copy()
    # Plain arrays, filled by position, are assigned without index alignment: aligning on
    # a duplicate index would fail or, worse, copy one row's scores into another.
    for name in SCORE_COLUMNS:
        values = np.full(len(df), np.nan, dtype=np.float64)
        values[positions] = [getattr(s, name) for s in scores]
        out[name] = values
    if details:
        language = _objects(len(df), positions, [s.language for s in scores])
        warnings = _objects(len(df), positions, ["; ".join(s.warnings) for s in scores])
        out["language"] = language
        out["warnings"] = warnings
    return out


def _objects(size: int, positions: list[int], values: list[Any]) -> np.ndarray:
    """An object column with NaN for missing rows, as pandas itself fills them."""
    column = np.full(size, np.nan, dtype=object)
    for position, value in zip(positions, values, strict=True):
        column[position] = value
    return column
