"""Scoring dask DataFrames, for tables that outgrow one machine (extra ``[dask]``).

``relate.dask.score(ddf, text="text")`` maps relate over the partitions. Each worker
process loads the model once (the default scorer is cached per process) and scoring is a
pure function of the text, so a partition recomputed after a worker dies gives the same
rows again: nothing is lost and nothing is counted twice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from relate.frame import SCORE_COLUMNS, check_columns

if TYPE_CHECKING:
    import dask.dataframe as dd
    import pandas as pd

__all__ = ["score"]


def _score_partition(part: pd.DataFrame, text: str, details: bool) -> pd.DataFrame:
    from relate import default_scorer
    from relate.frame import score_frame

    return score_frame(default_scorer(), part, text=text, details=details)


def score(ddf: dd.DataFrame, text: str = "text", *, details: bool = False) -> dd.DataFrame:
    """A dask DataFrame with the four scores and ``overall`` added (plus ``language`` and
    ``warnings`` with ``details=True``), computed lazily per partition."""
    import pandas as pd

    check_columns(ddf.columns, text)
    meta: Any = ddf._meta.copy()
    for name in SCORE_COLUMNS:
        meta[name] = pd.Series(dtype="float64")
    if details:
        meta["language"] = pd.Series(dtype="object")
        meta["warnings"] = pd.Series(dtype="object")
    scored: dd.DataFrame = ddf.map_partitions(  # type: ignore[no-untyped-call]
        _score_partition, text, details, meta=meta
    )
    return scored
