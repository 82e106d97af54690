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
            document = json.loads(raw)
            payload = document["model"]
            stated = document["sha256"]
        except (ValueError, KeyError, TypeError):
            raise ModelError(f"model file {where} is corrupt: not a relate model JSON") from None
        if not isinstance(payload, dict) or payload.get("format") != FORMAT:
            raise ModelError(f"model file {where} is not a relate model")
        if payload.get("version") != VERSION:
            raise ModelError(
                f"model file {where} has format version {payload.get('version')!r}; this "
                f"relate reads version {VERSION}: install the matching relate or retrain"
            )
        if checksum(payload) != stated:
            raise ModelError(f"model file {where} is corrupt: its checksum does not match")
        try:
            return cls._from_payload(payload)
        except (KeyError, TypeError, ValueError) as error:
            raise ModelError(f"model file {where} is corrupt: {error}") from None

    @classmethod
    def _from_payload(cls, payload: dict[str, Any]) -> Model:
        features = tuple(payload["features"])
        if features != FEATURES:
            raise ValueError(
                "its features do not match this relate's features; retrain with 'relate train'"
            )
        dims: dict[Dimension, Any] = payload["dimensions"]
        coef = np.array([dims[d]["coef"] for d in DIMENSIONS], dtype=np.float64)
        intercept = np.array([dims[d]["intercept"] for d in DIMENSIONS], dtype=np.float64)
        mean = np.array(payload["mean"], dtype=np.float64)
        scale = np.array(payload["scale"], dtype=np.float64)
        n = len(features)
        if coef.shape != (4, n) or mean.shape != (n,) or scale.shape != (n,):
            raise ValueError("array shapes do not match the feature list")
        if not (np.isfinite(coef).all() and np.isfinite(mean).all() and (scale > 0).all()):
            raise ValueError("coefficients must be finite and scales positive")
        return cls(features, mean, scale, coef, intercept, dict(payload.get("metadata", {})))


def default_model_path() -> Path:
    """The shipped model: inside the installed package, or ``models/`` of a checkout."""
    packaged = Path(str(files("relate").joinpath("models", FILENAME)))
    if packaged.exists():
        return packaged
    return Path(__file__).resolve().parents[2] / "models" / FILENAME
