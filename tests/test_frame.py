"""relate.score_frame: one row out per row in, in order, whatever the index and cells."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import relate
from relate import DIMENSIONS

COLUMNS = [*DIMENSIONS, "overall"]
QUESTION = "Anyone else finding it hard to switch off after work? How do you do it?"
PITCH = "Just launched my new course! Link in bio. #growth #success #coach"
THANKS = "Thank you all for the kind words yesterday, it meant a lot to me."


def expected(text: object) -> list[float]:
    """What one row's score columns must hold: the text's own scores, or NaN if missing."""
    if not isinstance(text, str):
        return [math.nan] * len(COLUMNS)
    s = relate.score(text)
    return [getattr(s, c) for c in COLUMNS]


def assert_rows_scored(df: pd.DataFrame, out: pd.DataFrame, text: str = "text") -> None:
    assert out.index.equals(df.index)
    assert list(out.columns) == [*df.columns, *COLUMNS]
    want = np.array([expected(t) for t in df[text]], dtype=np.float64).reshape(
        len(df), len(COLUMNS)
    )
    np.testing.assert_array_equal(out[COLUMNS].to_numpy(dtype=np.float64), want)


@pytest.mark.parametrize(
    "index",
    [
        pd.Index([0, 0, 1]),  # used to copy row 0's scores into the missing row
        pd.Index([0, 1, 0]),  # used to crash: "cannot reindex on an axis with duplicate labels"
        pd.Index(["b", "a", "b"]),
        pd.MultiIndex.from_tuples([("x", 2), ("x", 1), ("x", 2)]),
    ],
)
def test_duplicate_and_non_default_indexes_keep_each_rows_own_scores(index: pd.Index) -> None:
    df = pd.DataFrame({"text": [QUESTION, None, PITCH]}, index=index)
    out = relate.score_frame(df)
    assert_rows_scored(df, out)


def test_details_follow_rows_on_a_duplicate_index() -> None:
    df = pd.DataFrame({"text": [None, "Hoy estamos muy contentos de estar aquí con todos."]})
    df.index = [7, 7]
    out = relate.score_frame(df, details=True)
    assert out["language"].isna().tolist() == [True, False]
    assert out["language"].iloc[1] == "es" and "not English" in out["warnings"].iloc[1]


@pytest.mark.parametrize("missing", [None, float("nan"), np.nan, pd.NA])
def test_missing_cells_get_nan_scores(missing: object) -> None:
    df = pd.DataFrame({"text": [QUESTION, missing]}, dtype=object)
    assert_rows_scored(df, relate.score_frame(df))


def test_missing_cells_of_a_string_column_get_nan_scores() -> None:
    df = pd.DataFrame({"text": pd.array([None, THANKS], dtype="string")}, index=[5, 5])
    assert_rows_scored(df, relate.score_frame(df))


@pytest.mark.parametrize("value", [12, 3.5, True, b"bytes", ["a", "list"], {"a": 1}])
def test_non_str_cells_raise_naming_column_row_and_type(value: object) -> None:
    df = pd.DataFrame({"body": [QUESTION, QUESTION]}, index=["first", "second"], dtype=object)
    df.at["second", "body"] = value
    with pytest.raises(TypeError, match=rf"'body'.*'second'.*{type(value).__name__}"):
        relate.score_frame(df, text="body")


def test_a_repeated_text_column_is_refused() -> None:
    df = pd.DataFrame([[QUESTION, PITCH]], columns=["text", "text"])
    with pytest.raises(ValueError, match="2 columns named 'text'"):
        relate.score_frame(df)


def test_batches_and_keywords_reach_score_many() -> None:
    df = pd.DataFrame({"text": [QUESTION, None, PITCH, THANKS]}, index=[1, 1, 1, 1])
    assert_rows_scored(df, relate.score_frame(df, batch_size=1, n_process=1))
    with pytest.raises(ValueError, match="batch_size"):
        relate.score_frame(df, batch_size=0)


def test_an_empty_frame_gets_empty_score_columns() -> None:
    out = relate.score_frame(pd.DataFrame({"text": pd.Series([], dtype=object)}))
    assert list(out.columns) == ["text", *COLUMNS] and len(out) == 0


cells = st.one_of(st.sampled_from([QUESTION, PITCH, THANKS, "", None, math.nan]), st.text())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(
        st.tuples(st.one_of(st.integers(0, 2), st.sampled_from(["a", "b"])), cells), max_size=8
    )
)
def test_any_index_and_cells_give_one_row_per_row_in_order(
    rows: list[tuple[object, object]],
) -> None:
    df = pd.DataFrame(
        {"text": pd.Series([t for _, t in rows], dtype=object)},
        index=pd.Index([i for i, _ in rows], dtype=object),
    )
    out = relate.score_frame(df, batch_size=3)
    assert_rows_scored(df, out)
    assert out["text"].equals(df["text"])  # the caller's columns are untouched
