"""The trained classifier as data: logistic-regression coefficients in a JSON file.

The format cannot run code on load (no pickle, no joblib): it is numbers and names, with a
schema version and a SHA-256 checksum of its canonical form, both checked at load.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

import numpy as np

from relate.errors import ModelError
from relate.features import FEATURES
from relate.score import DIMENSIONS, Dimension

FORMAT = "relate-model"
VERSION = 1
FILENAME = "relate-model.json"


def canonical_json(payload: dict[str, Any]) -> str:
    """The one byte-exact JSON form of a model payload (what the checksum covers)."""
    return json.dumps(payload, sort_keys=True, indent=1, ensure_ascii=True, allow_nan=False)


def checksum(payload: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(payload).encode("ascii")).hexdigest()


@dataclass(frozen=True)
class Model:
    """Four linear classifiers over the same standardised features.

    For dimension ``d``: ``score = sigmoid(intercept[d] + coef[d] @ (x - mean) / scale)``,
    the probability that a careful reader would rate the post 2 or 3 (of 0-3) on ``d``.
    """

    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray  # (4, n_features), in DIMENSIONS order
    intercept: np.ndarray  # (4,)
    metadata: dict[str, Any]

    @property
    def weights(self) -> np.ndarray:
        """Coefficients per raw (unstandardised) feature unit: ``coef / scale``."""
        weights: np.ndarray = self.coef / self.scale
        return weights

    @property
    def bias(self) -> np.ndarray:
        """Log-odds of a post whose every feature is zero."""
        bias: np.ndarray = self.intercept - self.weights @ self.mean
        return bias

    def predict(self, values: np.ndarray) -> np.ndarray:
        """Scores for a (n_posts, n_features) matrix: an (n_posts, 4) array in 0..1."""
        logits = values @ self.weights.T + self.bias
        scores: np.ndarray = 1.0 / (1.0 + np.exp(-logits))
        return scores

    def to_payload(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "features": list(self.features),
            "mean": [float(v) for v in self.mean],
            "scale": [float(v) for v in self.scale],
            "dimensions": {
                d: {"coef": [float(v) for v in self.coef[i]], "intercept": float(self.intercept[i])}
                for i, d in enumerate(DIMENSIONS)
            },
            "metadata": self.metadata,
        }

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the model with its checksum; the same model always gives the same bytes."""
        payload = self.to_payload()
        document = {"sha256": checksum(payload), "model": payload}
        Path(path).write_text(canonical_json(document) + "\n", encoding="ascii")

    @classmethod
    def load(cls, path: str | os.PathLike[str] | None = None) -> Model:
        """Load and verify a model file (by default, the one shipped with relate)."""
        where = Path(path) if path is not None else default_model_path()
        try:
            raw = where.read_text(encoding="ascii")
        except FileNotFoundError:
            raise ModelError(
                f"model file {where} is missing; reinstall relate, or run "
                "'relate train' in a checkout to rebuild it"
            ) from None
        except (OSError, UnicodeDecodeError) as error:
            raise ModelError(f"model file {where} cannot be read: {error}") from None
        try:
            # Python's json reads NaN and Infinity, which a model must never hold.
            document = json.loads(raw, parse_constant=_refuse_constant)
            payload = document["model"]
            stated = document["sha256"]
        except _NonFinite as error:
            raise ModelError(f"model file {where} is corrupt: {error}") from None
        except (ValueError, KeyError, TypeError):
            raise ModelError(f"model file {where} is corrupt: not a relate model JSON") from None
        if not isinstance(payload, dict) or payload.get("format") != FORMAT:
            raise ModelError(f"model file {where} is not a relate model")
        if payload.get("version") != VERSION:
            raise ModelError(
                f"model file {where} has format version {payload.get('version')!r}; this "
                f"relate reads version {VERSION}: install the matching relate or retrain"
            )
        try:
            actual = checksum(payload)
        except ValueError:  # out-of-range numbers such as 1e999, read as infinity
            raise ModelError(
                f"model file {where} is corrupt: it holds a number that is not finite"
            ) from None
        if actual != stated:
            raise ModelError(f"model file {where} is corrupt: its checksum does not match")
        try:
            return cls._from_payload(payload)
        except KeyError as error:
            raise ModelError(f"model file {where} is corrupt: {error} is missing") from None
        except (TypeError, ValueError, OverflowError) as error:
            raise ModelError(f"model file {where} is corrupt: {error}") from None

    @classmethod
    def _from_payload(cls, payload: dict[str, Any]) -> Model:
        features = tuple(payload["features"])
        if features != FEATURES:
            raise ValueError(
                "its features do not match this relate's features; retrain with 'relate train'"
            )
        n = len(features)
        dims: dict[Dimension, Any] = payload["dimensions"]
        coef = np.vstack([_numbers(dims[d]["coef"], f"{d} coef", n) for d in DIMENSIONS])
        intercept = np.array(
            [_numbers([dims[d]["intercept"]], f"{d} intercept", 1)[0] for d in DIMENSIONS]
        )
        mean = _numbers(payload["mean"], "mean", n)
        scale = _numbers(payload["scale"], "scale", n)
        if not (scale > 0).all():
            raise ValueError("scales must be positive")
        metadata = payload.get("metadata", {})
        if not isinstance(metadata, dict):
            raise TypeError("metadata must be an object")
        return cls(features, mean, scale, coef, intercept, dict(metadata))


class _NonFinite(ValueError):
    """NaN or Infinity in a model file."""


def _refuse_constant(name: str) -> float:
    raise _NonFinite(f"it holds {name}, and every number in a model must be finite")


def _numbers(values: Any, name: str, size: int) -> np.ndarray:
    """``values`` as a float array if it is a list of ``size`` finite numbers, or say why.

    Checked by hand because numpy would accept "1.5", true, or a nested list, and turn a
    wrong shape into an unreadable broadcasting error at scoring time.
    """
    if not isinstance(values, list) or len(values) != size:
        got = f"{len(values)} values" if isinstance(values, list) else type(values).__name__
        raise ValueError(f"{name} must be a list of {size} numbers, got {got}")
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
        raise ValueError(f"{name} must hold only numbers")
    array = np.array(values, dtype=np.float64)
    if not np.isfinite(array).all():
        raise ValueError(f"{name} must hold only finite numbers")
    return array


def default_model_path() -> Path:
    """The shipped model: inside the installed package, or ``models/`` of a checkout."""
    packaged = Path(str(files("relate").joinpath("models", FILENAME)))
    if packaged.exists():
        return packaged
    return Path(__file__).resolve().parents[2] / "models" / FILENAME
