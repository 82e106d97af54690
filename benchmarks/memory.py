"""Peak memory of ``relate score`` over JSON Lines tables of growing length: it must stay
under a limit and must not grow with the input (the command streams)."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from children import relate_command, run_measured
from inputs import Corpus, write_jsonl

COMMAND = "relate score posts.jsonl -o scored.jsonl --text-column text"


def unavailable() -> str | None:
    """Why ``relate score`` cannot be measured, or None when it can."""
    try:
        done = subprocess.run(
            [*relate_command(), "score", "--help"], capture_output=True, text=True, timeout=120
        )
    except OSError as error:
        return f"cannot run relate: {error}"
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        return f"'relate score --help' failed: {last}"
    if "--text-column" not in done.stdout:
        return "'relate score' has no --text-column option yet"
    return None


def _run(corpus: Corpus, posts: int, n_process: int, work: Path) -> dict[str, Any]:
    table = write_jsonl(corpus, posts, work / f"posts-{posts}.jsonl")
    output = work / f"scored-{posts}.jsonl"
    for stale in work.glob(f".{output.name}*"):  # what an interrupted run left behind
        stale.unlink()
    command = [*relate_command(), "score", str(table), "-o", str(output), "--text-column", "text"]
    if n_process > 1:
        command += ["--n-process", str(n_process)]
    try:
        child = run_measured(command, work / "peak-rss")
        if child.returncode != 0:
            tail = " | ".join(child.stderr.strip().splitlines()[-3:])
            raise RuntimeError(f"relate score on {posts:,} posts exited {child.returncode}: {tail}")
        with open(output, "rb") as f:
            rows = sum(1 for _ in f)
    finally:
        output.unlink(missing_ok=True)
        table.unlink(missing_ok=True)
    return {
        "posts": posts,
        "n_process": n_process,
        "rows_written": rows,
        "seconds": round(child.seconds, 1),
        "posts_per_second": round(posts / child.seconds),
        # The kernel's count for the largest single process, and the sampled memory of
        # all of them together (workers run at the same time); the peak is the larger.
        "process_peak_rss_mb": round(child.peak_rss_mb, 1),
        "tree_peak_mb": round(child.peak_tree_mb, 1),
        "peak_mb": round(max(child.peak_rss_mb, child.peak_tree_mb), 1),
        "tree_mb_by_quarter": child.tree_mb_by_quarter(),
    }


def measure(corpus: Corpus, runs: list[tuple[int, int]], work: Path) -> dict[str, Any]:
    """:data:`COMMAND` (plus ``--n-process``) for each (posts, n_process); growth is the
    largest input's peak over the smallest's, among runs with the same n_process."""
    results = [_run(corpus, posts, n_process, work) for posts, n_process in runs]
    growth: dict[str, float] = {}
    for n in sorted({r["n_process"] for r in results}):
        same = sorted((r for r in results if r["n_process"] == n), key=lambda r: r["posts"])
        if len(same) > 1:
            growth[f"n_process={n}"] = round(same[-1]["peak_mb"] / same[0]["peak_mb"], 3)
    return {
        "command": COMMAND,
        "runs": results,
        "largest_peak_mb": max(r["peak_mb"] for r in results),
        "growth": growth,
        "largest_growth": max(growth.values(), default=None),
    }
