"""Rebuild ``models/`` from ``data/``: ``relate train`` or ``python -m relate.train``.

Deterministic by construction: fixed folds, a fixed grid of regularisation strengths, the
lbfgs solver, and a canonical JSON writer. Run twice, it writes byte-identical files.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from relate.corpus import CORPUS, read_jsonl
from relate.features import FEATURES
from relate.model import FILENAME, Model, canonical_json
from relate.score import DIMENSIONS

#: Regularisation strengths tried for each score, by 5-fold cross-validated log-loss.
C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
#: A score is the probability of a label at or above this level (of 0-3).
THRESHOLD = 2


def featurize(texts: Sequence[str]) -> np.ndarray:
    """The feature matrix of ``texts`` as the shipped scorer computes it."""
    import spacy

    from relate.features import Featurizer
    from relate.tokens import readable, tokenize

    nlp = spacy.blank("en")
    featurizer = Featurizer(nlp.vocab, nlp.make_doc)
    seen = [readable(t) for t in texts]
    return np.vstack([featurizer(tokenize(nlp, t), t).values for t in seen])


def fit(
    x: np.ndarray, labels: dict[str, np.ndarray], metadata: dict[str, Any]
) -> tuple[Model, dict[str, float]]:
    """Standardise, pick C per score by cross-validation, fit; return the model and the Cs."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold, cross_val_score

    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    coefs, intercepts = [], []
    chosen: dict[str, float] = {}
    for d in DIMENSIONS:
        stacked, y, groups = _ordinal(z, labels[d])
        folds = list(GroupKFold(n_splits=5).split(stacked, y, groups))
        losses = {
            c: -cross_val_score(
                LogisticRegression(C=c, max_iter=5000), stacked, y, cv=folds, scoring="neg_log_loss"
            ).mean()
            for c in C_GRID
        }
        best = min(C_GRID, key=lambda c: (round(losses[c], 6), c))
        clf = LogisticRegression(C=best, max_iter=5000).fit(stacked, y)
        n = z.shape[1]
        coefs.append(clf.coef_[0][:n])
        # The intercept of the cut between "1 or less" and "2 or more" (see _ordinal).
        intercepts.append(clf.intercept_[0] + clf.coef_[0][n + THRESHOLD - 2])
        chosen[d] = best
    # Rounding to 10 significant digits makes the file independent of last-bit noise in
    # the BLAS the solver ran on.
    model = Model(
        features=FEATURES,
        mean=_round(mean),
        scale=_round(scale),
        coef=_round(np.array(coefs)),
        intercept=_round(np.array(intercepts)),
        metadata={**metadata, "C": chosen, "threshold": THRESHOLD},
    )
    return model, chosen


def _ordinal(z: np.ndarray, levels: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Proportional odds as one logistic regression: each post appears once per cut
    (level >= 1, >= 2, >= 3) with indicator columns for cuts 2 and 3, so all four levels
    shape the shared weights while each cut keeps its own intercept. Groups keep a post's
    copies in the same fold."""
    n = z.shape[0]
    rows, ys = [], []
    for cut in (1, 2, 3):
        indicators = np.zeros((n, 2))
        if cut > 1:
            indicators[:, cut - 2] = 1.0
        rows.append(np.hstack([z, indicators]))
        ys.append((levels >= cut).astype(int))
    groups = np.tile(np.arange(n), 3)
    return np.vstack(rows), np.concatenate(ys), groups


def _round(values: np.ndarray) -> np.ndarray:
    return np.array([float(f"{v:.10g}") for v in values.ravel()]).reshape(values.shape)


def evaluate(
    model: Model, x: np.ndarray, labels: dict[str, np.ndarray]
) -> dict[str, dict[str, float]]:
    """ROC AUC (label >= 2), Spearman against the 0-3 labels, and expected calibration
    error (10 equal-width bins) per score."""
    from scipy.stats import spearmanr
    from sklearn.metrics import roc_auc_score

    p = model.predict(x)
    out: dict[str, dict[str, float]] = {}
    for i, d in enumerate(DIMENSIONS):
        y = labels[d]
        binary = (y >= THRESHOLD).astype(int)
        out[d] = {
            "roc_auc": round(float(roc_auc_score(binary, p[:, i])), 3),
            "spearman": round(float(spearmanr(p[:, i], y).statistic), 3),
            "ece": round(expected_calibration_error(binary, p[:, i]), 3),
            "positive_share": round(float(binary.mean()), 3),
        }
    return out


def expected_calibration_error(y: np.ndarray, p: np.ndarray, bins: int = 10) -> float:
    which = np.minimum((p * bins).astype(int), bins - 1)
    total = 0.0
    for b in range(bins):
        mask = which == b
        if mask.any():
            total += mask.mean() * abs(p[mask].mean() - y[mask].mean())
    return float(total)


def train(corpus: Path = CORPUS, out_dir: Path = Path("models")) -> dict[str, Any]:
    """Train on the corpus's train split, evaluate on its test split, write ``out_dir``."""
    if not corpus.exists():
        raise SystemExit(f"{corpus} not found: run 'relate train' from a relate checkout")
    rows = list(read_jsonl(corpus))
    train_rows = [r for r in rows if r["split"] == "train"]
    test_rows = [r for r in rows if r["split"] == "test"]
    digest = hashlib.sha256(corpus.read_bytes()).hexdigest()
    x_train = featurize([r["text"] for r in train_rows])
    x_test = featurize([r["text"] for r in test_rows])

    def labels_of(part: list[dict[str, Any]]) -> dict[str, np.ndarray]:
        return {d: np.array([r[d] for r in part]) for d in DIMENSIONS}

    metadata = {"corpus": corpus.name, "corpus_sha256": digest, "train_posts": len(train_rows)}
    model, _ = fit(x_train, labels_of(train_rows), metadata)
    out_dir.mkdir(parents=True, exist_ok=True)
    model.save(out_dir / FILENAME)
    metrics = {"test_posts": len(test_rows), "test": evaluate(model, x_test, labels_of(test_rows))}
    (out_dir / "metrics.json").write_text(canonical_json(metrics) + "\n", encoding="ascii")
    return metrics


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="relate train", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="labelled corpus (JSON Lines)")
    parser.add_argument("--out", type=Path, default=Path("models"), help="where to write the model")
    args = parser.parse_args(argv)
    metrics = train(args.corpus, args.out)
    print(json.dumps(metrics, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
