"""The model file: safe format, checked at load, rebuilt byte-for-byte from data/."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import relate
from relate import Model, ModelError
from relate.model import default_model_path


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
