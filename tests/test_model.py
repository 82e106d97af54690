"""The model file: safe format, checked at load, rebuilt byte-for-byte from data/."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import relate
from relate import Model, ModelError
from relate.features import FEATURES
from relate.model import checksum, default_model_path


@pytest.fixture()
def model_copy(tmp_path: Path) -> Path:
    path = tmp_path / "relate-model.json"
    shutil.copy(default_model_path(), path)
    return path


def test_shipped_model_loads_and_scores(model_copy: Path) -> None:
    scorer = relate.Scorer(model=model_copy)
    assert scorer.score("What do you think?") == relate.score("What do you think?")


def test_missing_model_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match=r"nope\.json.*missing"):
        Model.load(tmp_path / "nope.json")


def test_corrupt_model_is_refused(model_copy: Path) -> None:
    model_copy.write_text(model_copy.read_text()[:200])
    with pytest.raises(ModelError, match="corrupt"):
        Model.load(model_copy)


def test_tampered_model_fails_its_checksum(model_copy: Path) -> None:
    document = json.loads(model_copy.read_text())
    document["model"]["dimensions"]["dialog"]["intercept"] += 1.0
    model_copy.write_text(json.dumps(document))
    with pytest.raises(ModelError, match="checksum"):
        Model.load(model_copy)


def test_other_version_is_refused_with_advice(model_copy: Path) -> None:
    document = json.loads(model_copy.read_text())
    document["model"]["version"] = 99
    model_copy.write_text(json.dumps(document))
    with pytest.raises(ModelError, match="version 99"):
        Model.load(model_copy)


def test_not_json_at_all(model_copy: Path) -> None:
    model_copy.write_bytes(b"\x80\x04\x95 pickled?")
    with pytest.raises(ModelError):
        Model.load(model_copy)


def test_training_rebuilds_the_shipped_model_byte_for_byte(root: Path, tmp_path: Path) -> None:
    from relate.train import train

    corpus = root / "data" / "corpus.jsonl"
    if not corpus.exists():
        pytest.skip("no data/corpus.jsonl: not a checkout")
    train(corpus, tmp_path)
    shipped = root / "models" / "relate-model.json"
    assert (tmp_path / "relate-model.json").read_bytes() == shipped.read_bytes()
    assert (tmp_path / "metrics.json").read_bytes() == (
        root / "models" / "metrics.json"
    ).read_bytes()


def _write(path: Path, edit: Callable[[dict[str, Any]], None], *, rechecksum: bool) -> None:
    """Edit the model payload; with ``rechecksum`` the checksum is made to match, as a
    careless hand edit or a buggy exporter would, so only the content check can catch it."""
    document = json.loads(path.read_text())
    edit(document["model"])
    if rechecksum:
        document["sha256"] = checksum(document["model"])
    path.write_text(json.dumps(document))  # Python writes NaN/Infinity unless told not to


def _set(*keys: str | int, value: object) -> Callable[[dict[str, Any]], None]:
    def edit(payload: dict[str, Any]) -> None:
        target: Any = payload
        for key in keys[:-1]:
            target = target[key]
        target[keys[-1]] = value

    return edit


@pytest.mark.parametrize(
    ("edit", "says"),
    [
        (_set("dimensions", "dialog", "coef", 0, value=float("nan")), "NaN"),
        (_set("dimensions", "dialog", "intercept", value=float("inf")), "Infinity"),
        (_set("mean", 3, value=float("-inf")), "-Infinity"),
        (_set("scale", 0, value=float("nan")), "NaN"),
    ],
)
def test_non_finite_numbers_are_refused_naming_the_file(
    model_copy: Path, edit: Callable[[dict[str, Any]], None], says: str
) -> None:
    _write(model_copy, edit, rechecksum=False)
    with pytest.raises(ModelError, match=rf"{model_copy.name}.*corrupt.*{says}.*finite"):
        Model.load(model_copy)


def test_an_out_of_range_number_is_refused_naming_the_file(model_copy: Path) -> None:
    # Not NaN or Infinity but a literal json reads as infinity all the same.
    raw = model_copy.read_text()
    model_copy.write_text(re.sub(r'("intercept": )[-0-9.e]+', r"\g<1>1e999", raw, count=1))
    with pytest.raises(ModelError, match=rf"{model_copy.name} is corrupt: .*not finite"):
        Model.load(model_copy)


N = len(FEATURES)


@pytest.mark.parametrize(
    ("edit", "says"),
    [
        (_set("dimensions", "dialog", "coef", value=[0.1] * (N - 1)), "dialog coef"),
        (_set("dimensions", "dialog", "coef", value=[[0.1] * N]), "dialog coef"),
        (_set("dimensions", "dialog", "coef", value=["0.1"] * N), "dialog coef"),
        (_set("dimensions", "dialog", "coef", value=[True] * N), "dialog coef"),
        (_set("dimensions", "dialog", "intercept", value=[0.1, 0.2]), "dialog intercept"),
        (_set("dimensions", "dialog", "intercept", value=None), "dialog intercept"),
        (_set("mean", value=[0.0] * (N + 1)), "mean"),
        (_set("scale", value={"a": 1}), "scale"),
        (_set("scale", 0, value=0.0), "positive"),
        (_set("scale", 0, value=10**400), "too large"),
        (_set("dimensions", "dialog", value={"coef": [0.0] * N}), "'intercept' is missing"),
        (_set("metadata", value=[1, 2]), "metadata"),
    ],
)
def test_wrong_shapes_and_types_are_refused_naming_the_file(
    model_copy: Path, edit: Callable[[dict[str, Any]], None], says: str
) -> None:
    _write(model_copy, edit, rechecksum=True)
    with pytest.raises(ModelError, match=rf"{model_copy.name} is corrupt: .*{says}"):
        Model.load(model_copy)
