"""The report's input: a scored frame, from a DataFrame, a file ``relate score`` wrote, or
an archive scored on the way in."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from relate.errors import ArchiveError
from relate.frame import SCORE_COLUMNS
from relate.score import DIMENSIONS, RAISES

if TYPE_CHECKING:
    import pandas as pd

_TABLES = {".csv", ".jsonl", ".ndjson", ".parquet"}
# Columns the report reads, with what a row gets when a hand-made frame lacks them.
_DEFAULTS: dict[str, Any] = {
    "platform": "unknown",
    "kind": "post",
    "url": None,
    "skipped": None,
    "error": None,
}


def load(source: str | os.PathLike[str] | pd.DataFrame, **reader: Any) -> pd.DataFrame:
    """A scored frame with the columns the report reads.

    ``source`` is a scored DataFrame; a ``.csv``, ``.jsonl`` or ``.parquet`` file (or
    folder of Parquet files) that already has the score columns, as ``relate score``
    writes; or anything else ``relate.archives`` reads, which is then scored. ``reader``
    goes to :func:`relate.archives.to_frame` (``format``, ``text_column``, ...).
    """
    import pandas as pd

    if isinstance(source, pd.DataFrame):
        return _normalise(source, "the DataFrame")
    path = Path(source)
    if _has_scores(path):
        return _normalise(_read_table(path), str(path))
    from relate.archives import to_frame

    return _normalise(to_frame(path, score=True, **reader), str(path))


def _parquet_files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(path.glob("*.parquet"))
    return [path] if path.suffix.lower() == ".parquet" else []


def _columns(path: Path) -> list[str]:
    """The column names of a table file, read without loading its rows."""
    import pandas as pd

    suffix = path.suffix.lower()
    if suffix == ".csv":
        return list(pd.read_csv(path, nrows=0).columns)
    if suffix in {".jsonl", ".ndjson"}:
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    first = json.loads(line)
                    return list(first) if isinstance(first, dict) else []
        return []
    files = _parquet_files(path)
    if not files:
        return []
    import pyarrow.parquet as pq

    return list(pq.read_schema(files[0]).names)


def _has_scores(path: Path) -> bool:
    """Whether ``path`` is a table that already holds every score column."""
    is_table = path.suffix.lower() in _TABLES or bool(path.is_dir() and _parquet_files(path))
    if not is_table or not path.exists():
        return False
    try:
        names = set(_columns(path))
    except (ValueError, OSError, ImportError):
        # Not a table we can read here: the archive readers give the better message.
        return False
    return {"text", *DIMENSIONS} <= names


def _read_table(path: Path) -> pd.DataFrame:
    import pandas as pd

    suffix = path.suffix.lower()
    # Ids stay text: X's 19-digit ids do not survive a round trip through floats.
    if suffix == ".csv":
        return pd.read_csv(path, dtype={"id": str, "reply_to": str}, keep_default_na=True)
    if suffix in {".jsonl", ".ndjson"}:
        return pd.read_json(path, lines=True, dtype=False)
    return pd.read_parquet(path)


def _normalise(frame: pd.DataFrame, source: str) -> pd.DataFrame:
    """A copy with typed score and time columns and every column the report reads."""
    import pandas as pd

    missing = [c for c in ("text", *DIMENSIONS) if c not in frame.columns]
    if missing:
        raise ArchiveError(
            f"{source} has no {', '.join(missing)} column; score it first "
            "(relate score INPUT -o scored.csv, or relate.score_frame(df))"
        )
    out = frame.copy().reset_index(drop=True)
    for column in SCORE_COLUMNS:
        if column in out.columns:
            out[column] = pd.to_numeric(out[column], errors="coerce").astype("float64")
    if "overall" not in out.columns:
        # The same formula as relate.score.overall_from, on whole columns.
        turned = [out[d] if RAISES[d] else 1 - out[d] for d in DIMENSIONS]
        out["overall"] = (100 * sum(turned) / len(turned)).round(1)
    if "id" not in out.columns:
        out["id"] = [str(i) for i in range(len(out))]
    out["id"] = out["id"].astype(str)
    for column, default in _DEFAULTS.items():
        if column not in out.columns:
            out[column] = default
    out["platform"] = out["platform"].fillna("unknown").astype(str)
    out["kind"] = out["kind"].fillna("post").astype(str)
    out["text"] = out["text"].fillna("").astype(str)
    created = out["created_at"] if "created_at" in out.columns else pd.Series(pd.NaT, out.index)
    out["created_at"] = pd.to_datetime(created, utc=True, format="ISO8601", errors="coerce")
    return out
