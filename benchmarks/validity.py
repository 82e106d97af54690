"""Real-world validity: each score's ROC AUC on posts labelled by strangers, beside simple
baselines measured in the same run.

    python benchmarks/validity.py [--realdata ../shared/realdata] [--out benchmarks/results]

The data sets are read from ``../shared/realdata`` (beside the checkout) and never copied
into the project; without them this script says so and exits 0. Nothing here trains or
tunes on them. Baselines are given their better orientation (max(AUC, 1 - AUC)), so the
comparison is as hard on relate as it can be.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score

import relate

_FIRST_PERSON = re.compile(r"\b(?:i|me|my|mine|myself|i'm|im|i've|i'll|i'd)\b", re.IGNORECASE)
_WORD = re.compile(r"\w+")


def first_person_rate(text: str) -> float:
    return len(_FIRST_PERSON.findall(text)) / max(len(_WORD.findall(text)), 1)


def baselines(texts: list[str]) -> dict[str, np.ndarray]:
    from textblob import TextBlob
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    vader = SentimentIntensityAnalyzer()
    return {
        "first_person_rate": np.array([first_person_rate(t) for t in texts]),
        "question_mark": np.array([float("?" in t) for t in texts]),
        "textblob_subjectivity": np.array([TextBlob(t).sentiment.subjectivity for t in texts]),
        "vader_compound": np.array([vader.polarity_scores(t)["compound"] for t in texts]),
        "vader_abs_compound": np.array([abs(vader.polarity_scores(t)["compound"]) for t in texts]),
    }


def tasks(root: Path) -> list[tuple[str, str, list[str], np.ndarray]]:
    """(task name, relate score, texts, 0/1 labels) for every mapping in the README."""
    out = []
    corporate = pd.read_csv(root / "corporate-messaging.csv", encoding="latin-1")
    corporate = corporate[corporate["category"] != "Exclude"]
    texts = corporate["text"].astype(str).tolist()
    out.append(
        (
            "corporate: Dialogue vs rest",
            "dialog",
            texts,
            (corporate["category"] == "Dialogue").to_numpy(int),
        )
    )
    out.append(
        (
            "corporate: Action vs rest",
            "promotional",
            texts,
            (corporate["category"] == "Action").to_numpy(int),
        )
    )

    chest = pd.read_csv(root / "offmychest-test.csv")
    chest = chest[chest["full_text"].map(lambda t: isinstance(t, str) and t.strip() != "")]
    disclose = (chest["Information_disclosure"] == 1) | (chest["Emotional_disclosure"] == 1)
    support = (chest["Emo_support"] == 1) | (chest["Info_support"] == 1)
    self_part = chest[(disclose & ~support) | (support & ~disclose)]
    out.append(
        (
            "offmychest: disclosure vs support",
            "self_focus",
            self_part["full_text"].tolist(),
            (
                self_part["Information_disclosure"].eq(1) | self_part["Emotional_disclosure"].eq(1)
            ).to_numpy(int),
        )
    )
    out.append(
        (
            "offmychest: emotional disclosure vs rest",
            "personal_voice",
            chest["full_text"].tolist(),
            chest["Emotional_disclosure"].eq(1).to_numpy(int),
        )
    )
    return out


def run(root: Path) -> dict[str, object]:
    results = []
    for name, dimension, texts, y in tasks(root):
        started = time.perf_counter()
        scores = np.array([getattr(s, dimension) for s in relate.score_many(texts)])
        elapsed = time.perf_counter() - started
        ours = float(roc_auc_score(y, scores))
        base = {}
        for bname, values in baselines(texts).items():
            auc = float(roc_auc_score(y, values))
            base[bname] = {"auc": round(auc, 3), "best_orientation": round(max(auc, 1 - auc), 3)}
        best_name = max(base, key=lambda b: base[b]["best_orientation"])
        results.append(
            {
                "task": name,
                "score": dimension,
                "posts": len(texts),
                "positives": int(y.sum()),
                "relate_auc": round(ours, 3),
                "baselines": base,
                "best_baseline": best_name,
                "margin_over_best": round(ours - base[best_name]["best_orientation"], 3),
                "seconds": round(elapsed, 2),
            }
        )
    return {
        "tasks": results,
        "all_beat_best_baseline": all(r["margin_over_best"] > 0 for r in results),
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    here = Path(__file__).resolve().parent
    parser.add_argument("--realdata", type=Path, default=here.parent.parent / "shared" / "realdata")
    parser.add_argument("--out", type=Path, default=None, help="also write JSON here (a folder)")
    args = parser.parse_args()
    if not (args.realdata / "corporate-messaging.csv").exists():
        print(
            f"skipped: no real data at {args.realdata} (it lives beside the checkout, in shared/realdata)"
        )
        return 0
    result = run(args.realdata)
    for r in result["tasks"]:
        print(
            f"{r['task']:45s} {r['score']:15s} relate {r['relate_auc']:.3f}  best baseline "
            f"{r['best_baseline']} {r['baselines'][r['best_baseline']]['best_orientation']:.3f}  "
            f"margin {r['margin_over_best']:+.3f}"
        )
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "validity.json").write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
