"""The labelled corpus in ``data/``: building it from the writers' files, checking it,
and measuring how far two labellers agree.

Run from a checkout: ``python -m relate.corpus build|stats|agreement``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from relate.score import DIMENSIONS

PLATFORMS = ("x", "linkedin", "facebook", "instagram", "mastodon", "bluesky", "threads")
REGISTERS = (
    "private",
    "creator",
    "small_business",
    "brand",
    "nonprofit",
    "politician",
    "employee",
    "professional",
)
#: Every post whose id hashes into this many fifths is in the test split (20%).
TEST_FIFTHS = 1
#: Posts this similar (cosine of word 1-2 gram TF-IDF) count as near-duplicates.
NEAR_DUPLICATE = 0.8

DATA = Path("data")
CORPUS = DATA / "corpus.jsonl"


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except ValueError as error:
                    raise SystemExit(f"{path}:{number}: invalid JSON: {error}") from None


def _normal(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _post_id(text: str) -> str:
    return "p" + hashlib.sha256(_normal(text).encode("utf-8")).hexdigest()[:12]


def validate(row: dict[str, Any]) -> list[str]:
    """What is wrong with one corpus row (empty when nothing is)."""
    problems = []
    if not isinstance(row.get("text"), str) or not row["text"].strip():
        problems.append("text must be a non-empty string")
    if row.get("platform") not in PLATFORMS:
        problems.append(f"platform {row.get('platform')!r} is not one of {PLATFORMS}")
    if row.get("register") not in REGISTERS:
        problems.append(f"register {row.get('register')!r} is not one of {REGISTERS}")
    for dimension in DIMENSIONS:
        if row.get(dimension) not in (0, 1, 2, 3):
            problems.append(f"{dimension} must be an integer 0-3, got {row.get(dimension)!r}")
    return problems


_REPLY = re.compile(r"\s*\.?@\w")


def apply_guide_revisions(row: dict[str, Any]) -> bool:
    """Bring a row labelled under an earlier guide up to the current one (see "Revisions"
    in docs/annotation-guide.md); return whether a label changed."""
    if _REPLY.match(row["text"]) and row["dialog"] == 1:
        row["dialog"] = 2
        return True
    return False


def build(raw_dir: Path, out: Path) -> dict[str, int]:
    """Merge the writers' files into one corpus with ids and a fixed split.

    Exact duplicates (after Unicode and white-space normalisation) keep their first copy;
    near-duplicates keep the first of each group. The split is a hash of the id, so a post
    never moves between train and test when others are added.
    """
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    dropped = Counter[str]()
    for path in sorted(raw_dir.glob("*.jsonl")):
        for row in read_jsonl(path):
            if validate(row):
                dropped["invalid"] += 1
                continue
            key = _post_id(row["text"])
            if key in seen:
                dropped["exact duplicate"] += 1
                continue
            seen.add(key)
            if apply_guide_revisions(row):
                dropped["relabelled (guide v2)"] += 1
            fifth = int(key[1:], 16) % 5
            rows.append(
                {
                    "id": key,
                    "text": row["text"],
                    "platform": row["platform"],
                    "register": row["register"],
                    "topic": row.get("topic", ""),
                    "hard_case": row.get("hard_case"),
                    **{d: row[d] for d in DIMENSIONS},
                    "writer": row.get("writer", path.stem),
                    "split": "test" if fifth < TEST_FIFTHS else "train",
                }
            )
    near = near_duplicate_groups([r["text"] for r in rows])
    drop = {i for group in near for i in group[1:]}
    dropped["near duplicate"] = len(drop)
    rows = [r for i, r in enumerate(rows) if i not in drop]
    rows.sort(key=lambda r: r["id"])
    with out.open("w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
    return {"kept": len(rows), **dropped}


def _similarities(texts: Sequence[str]) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectors = TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True).fit_transform(
        [_normal(t) for t in texts]
    )
    return (vectors @ vectors.T).tocoo()


def near_duplicate_groups(
    texts: Sequence[str], threshold: float = NEAR_DUPLICATE
) -> list[list[int]]:
    """Groups of indices whose texts are at least ``threshold`` similar, first index first."""
    sim = _similarities(texts)
    parent = list(range(len(texts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j, value in zip(sim.row, sim.col, sim.data, strict=True):
        if i < j and value >= threshold:
            parent[find(j)] = find(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(texts)):
        groups.setdefault(find(i), []).append(i)
    return [sorted(g) for g in groups.values() if len(g) > 1]


def stats(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Coverage and balance figures the annotation guide promises."""
    n = len(rows)
    lengths = [len(r["text"]) for r in rows]
    sim = _similarities([r["text"] for r in rows])
    pairs = n * (n - 1) // 2
    near_pairs = int(((sim.row < sim.col) & (sim.data >= NEAR_DUPLICATE)).sum())
    max_sim = float(sim.data[sim.row < sim.col].max()) if pairs else 0.0
    return {
        "posts": n,
        "split": dict(Counter(r["split"] for r in rows)),
        "platform_share": {
            k: round(v / n, 3) for k, v in Counter(r["platform"] for r in rows).most_common()
        },
        "register_share": {
            k: round(v / n, 3) for k, v in Counter(r["register"] for r in rows).most_common()
        },
        "topics": len({r["topic"].strip().lower() for r in rows}),
        "hard_case_share": round(sum(1 for r in rows if r.get("hard_case")) / n, 3),
        "hard_cases": dict(
            Counter(r["hard_case"] for r in rows if r.get("hard_case")).most_common()
        ),
        "level_share": {
            d: [round(sum(r[d] == k for r in rows) / n, 3) for k in range(4)] for d in DIMENSIONS
        },
        "length_chars": {
            "min": min(lengths),
            "median": sorted(lengths)[n // 2],
            "max": max(lengths),
        },
        "words_min": min(len(r["text"].split()) for r in rows),
        "exact_duplicates": n - len({_post_id(r["text"]) for r in rows}),
        "near_duplicate_pairs": near_pairs,
        "near_duplicate_pair_share": near_pairs / pairs if pairs else 0.0,
        "near_duplicate_threshold": NEAR_DUPLICATE,
        "max_pair_similarity": round(max_sim, 3),
        "writers": dict(Counter(r["writer"] for r in rows).most_common()),
    }


def agreement(first: list[dict[str, Any]], second: list[dict[str, Any]]) -> dict[str, Any]:
    """Quadratic-weighted Cohen's kappa per score between two labellings of the same posts."""
    from sklearn.metrics import cohen_kappa_score

    by_id = {r["id"]: r for r in first}
    shared = [r for r in second if r["id"] in by_id]
    result: dict[str, Any] = {"posts": len(shared)}
    for d in DIMENSIONS:
        a = [by_id[r["id"]][d] for r in shared]
        b = [r[d] for r in shared]
        result[d] = {
            "quadratic_kappa": round(float(cohen_kappa_score(a, b, weights="quadratic")), 3),
            "exact_agreement": round(sum(x == y for x, y in zip(a, b, strict=True)) / len(a), 3),
        }
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m relate.corpus", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="merge data/raw/*.jsonl into data/corpus.jsonl")
    b.add_argument("--raw", type=Path, default=DATA / "raw")
    b.add_argument("--out", type=Path, default=CORPUS)
    s = sub.add_parser("stats", help="coverage, balance and duplicate figures")
    s.add_argument("--corpus", type=Path, default=CORPUS)
    a = sub.add_parser("agreement", help="kappa between the corpus and a second labelling")
    a.add_argument("--corpus", type=Path, default=CORPUS)
    a.add_argument("--second", type=Path, default=DATA / "agreement" / "second-labels.jsonl")
    args = parser.parse_args(argv)
    if args.command == "build":
        result: dict[str, Any] = build(args.raw, args.out)
    elif args.command == "stats":
        result = stats(list(read_jsonl(args.corpus)))
    else:
        result = agreement(list(read_jsonl(args.corpus)), list(read_jsonl(args.second)))
    json.dump(result, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
