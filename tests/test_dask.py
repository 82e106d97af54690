"""Scoring on a dask.distributed cluster of two worker processes."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from typing import Any

import pandas as pd
import pytest

import relate

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

import relate.dask  # noqa: E402  (after the importorskip guards)

POSTS = [
    "Just launched my new course! Link in bio. #growth",
    "Anyone else finding it hard to switch off after work? How do you do it?",
    "@lina That's a fair point, I hadn't thought about rural schools.",
    "Acme Corp is pleased to announce a strategic partnership with Globex.",
    "",
    "I cried in the car after my dad's diagnosis today.",
]


def frame(n: int) -> pd.DataFrame:
    return pd.DataFrame(
        {"id": range(n), "text": [f"{POSTS[i % len(POSTS)]} {i}" for i in range(n)]}
    )


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def test_scores_equal_single_process_scores(client: Any) -> None:
    df = frame(300)
    ddf = dd.from_pandas(df, npartitions=6)
    result = relate.dask.score(ddf).compute().sort_values("id")
    expected = relate.score_frame(df)
    assert result["id"].tolist() == expected["id"].tolist()
    assert result["text"].tolist() == expected["text"].tolist()
    columns = [*relate.DIMENSIONS, "overall"]
    pd.testing.assert_frame_equal(
        result[columns].reset_index(drop=True), expected[columns].reset_index(drop=True)
    )


def test_declares_output_columns_and_dtypes() -> None:
    ddf = dd.from_pandas(frame(10), npartitions=2)
    scored = relate.dask.score(ddf, details=True)
    assert list(scored.columns) == [
        "id",
        "text",
        *relate.DIMENSIONS,
        "overall",
        "language",
        "warnings",
    ]
    assert all(scored.dtypes[c] == "float64" for c in (*relate.DIMENSIONS, "overall"))


def test_names_a_missing_text_column() -> None:
    with pytest.raises(KeyError, match="'body'"):
        relate.dask.score(dd.from_pandas(frame(4), npartitions=1), text="body")


def _slow_partition(part: pd.DataFrame) -> pd.DataFrame:
    time.sleep(0.2)
    return part


def test_a_killed_worker_loses_and_duplicates_nothing(client: Any) -> None:
    df = frame(2000)
    ddf = dd.from_pandas(df, npartitions=20).map_partitions(_slow_partition, meta=df.iloc[:0])
    future = client.compute(relate.dask.score(ddf))
    time.sleep(1.0)  # let both workers start on partitions
    pids = client.run(os.getpid)
    victim = sorted(pids)[0]
    os.kill(pids[victim], signal.SIGKILL)
    result = future.result(timeout=180)
    assert len(result) == len(df)
    assert sorted(result["id"]) == list(range(len(df)))
    expected = relate.score_frame(df).set_index("id")
    got = result.set_index("id").sort_index()
    pd.testing.assert_series_equal(got["overall"], expected["overall"])
