"""Posts per second: relate beside tokenisation alone, spacytextblob and VADER, and relate
on one process beside two.

Every tool runs in its own process over the same posts, in rounds whose order rotates;
the headline ratios are medians of per-round ratios, so the machine's drift cancels.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from contextlib import ExitStack
from typing import Any

from workers import Tool, Worker

#: relate first: the others are what it is compared with.
TOOLS: tuple[Tool, ...] = ("relate", "relate_scores", "spacy_blank", "spacytextblob", "vader")
BASELINES: dict[Tool, str] = {
    "spacy_blank": 'spacy.blank("en").pipe: tokenisation only, the floor',
    "spacytextblob": "spacytextblob on a blank pipeline: polarity and subjectivity",
    "vader": "VADER polarity_scores",
}


def _rotated(tools: tuple[Tool, ...], by: int) -> tuple[Tool, ...]:
    by %= len(tools)
    return tools[by:] + tools[:by]


def measure_tools(texts: list[str], rounds: int, min_seconds: float) -> dict[str, Any]:
    """Throughput of every tool on ``texts``, one process each, ``rounds`` times."""
    runs: dict[Tool, list[dict[str, float]]] = {tool: [] for tool in TOOLS}
    with ExitStack() as stack:
        workers = {tool: stack.enter_context(Worker(tool)) for tool in TOOLS}
        for worker in workers.values():
            worker.ask("texts", texts)
        for r in range(rounds):
            for tool in _rotated(TOOLS, r):
                runs[tool].append(workers[tool].ask("run", {"min_seconds": min_seconds}))
    rates = {tool: [run["posts_per_second"] for run in runs[tool]] for tool in TOOLS}
    ratios = {
        f"relate_vs_{tool}": statistics.median(
            ours / theirs for ours, theirs in zip(rates["relate"], rates[tool], strict=True)
        )
        for tool in BASELINES
    }
    ratios |= {
        f"relate_scores_vs_{tool}": statistics.median(
            ours / theirs for ours, theirs in zip(rates["relate_scores"], rates[tool], strict=True)
        )
        for tool in BASELINES
    }
    return {
        "posts": len(texts),
        "rounds": rounds,
        "min_seconds_per_run": min_seconds,
        "posts_per_second": {tool: round(statistics.median(rates[tool])) for tool in TOOLS},
        "posts_per_second_by_round": {tool: [round(r) for r in rates[tool]] for tool in TOOLS},
        "cpu_ms_per_post": {
            tool: round(statistics.median(r["cpu_ms_per_post"] for r in runs[tool]), 4)
            for tool in TOOLS
        },
        "ratios": {name: round(value, 3) for name, value in ratios.items()},
        "relate_evidence_per_post": round(runs["relate"][-1]["evidence_per_post"], 1),
        "baselines": BASELINES,
    }


def _together(workers: tuple[Worker, Worker], posts: int) -> float:
    """Posts per second of two one-process scorers running at once, half the posts each."""
    started = time.perf_counter()
    for worker in workers:
        worker.send("run", {"n_process": 1, "limit": posts // 2})
    done: int = sum(worker.receive()["posts"] for worker in workers)
    return done / (time.perf_counter() - started)


def measure_processes(texts: list[str], rounds: int, component_posts: int | None) -> dict[str, Any]:
    """``score_many`` with ``n_process=2`` beside 1, and what two independent one-process
    scorers reach together: the most two processes can give on this machine at that
    moment (other work on a shared machine lowers it). Each round runs all three, in a
    rotating order. With ``component_posts``, also spaCy's own ``n_process`` on the relate
    component, for comparison."""
    one: list[dict[str, float]] = []
    two: list[dict[str, float]] = []
    both: list[float] = []
    # Numbers only: what batch scoring (relate score, score_frame, dask) asks of workers.
    with Worker("relate_scores") as first, Worker("relate_scores") as second:
        first.ask("texts", texts)
        second.ask("texts", texts)
        steps: dict[str, Callable[[], None]] = {
            "one": lambda: one.append(first.ask("run", {"n_process": 1})),
            "two": lambda: two.append(first.ask("run", {"n_process": 2})),
            "both": lambda: both.append(_together((first, second), len(texts))),
        }
        order = tuple(steps)
        for r in range(rounds):
            for step in order[r % 3 :] + order[: r % 3]:
                steps[step]()
    singles = [run["posts_per_second"] for run in one]
    speedups = [b["posts_per_second"] / a for a, b in zip(singles, two, strict=True)]
    ceilings = [rate / single for rate, single in zip(both, singles, strict=True)]
    speedup = statistics.median(speedups)
    ceiling = statistics.median(ceilings)
    result: dict[str, Any] = {
        "posts": len(texts),
        "rounds": rounds,
        "posts_per_second": {
            "n_process=1": round(statistics.median(singles)),
            "n_process=2": round(statistics.median(run["posts_per_second"] for run in two)),
        },
        "speedup": round(speedup, 3),
        "speedup_by_round": [round(s, 3) for s in speedups],
        "cpu_ms_per_post": {
            "n_process=1": round(statistics.median(r["cpu_ms_per_post"] for r in one), 4),
            "n_process=2": round(statistics.median(r["cpu_ms_per_post"] for r in two), 4),
        },
        "machine_ceiling": round(ceiling, 3),
        "machine_ceiling_by_round": [round(c, 3) for c in ceilings],
        "share_of_ceiling": round(
            statistics.median(s / c for s, c in zip(speedups, ceilings, strict=True)), 3
        ),
    }
    result["with_evidence"] = _with_evidence(texts, rounds)
    if component_posts:
        result["spacy_component"] = _spacy_n_process(texts[:component_posts])
    return result


def _with_evidence(texts: list[str], rounds: int) -> dict[str, Any]:
    """The same speedup when every Score's evidence is read as it arrives: workers send
    evidence rows, and this process turns them into records."""
    speedups = []
    with Worker("relate") as worker:
        worker.ask("texts", texts)
        for _ in range(rounds):
            one = worker.ask("run", {"n_process": 1})["posts_per_second"]
            two = worker.ask("run", {"n_process": 2})["posts_per_second"]
            speedups.append(two / one)
    return {"speedup": round(statistics.median(speedups), 3), "rounds": rounds}


def _spacy_n_process(texts: list[str]) -> dict[str, Any]:
    """``nlp.pipe(n_process=...)`` with the relate component: spaCy ships Docs between
    processes, which is why ``score_many`` does not use it."""
    with Worker("relate_component") as worker:
        worker.ask("texts", texts)
        rates = {n: worker.ask("run", {"n_process": n})["posts_per_second"] for n in (1, 2)}
    return {
        "posts": len(texts),
        "posts_per_second": {f"n_process={n}": round(rate) for n, rate in rates.items()},
        "speedup": round(rates[2] / rates[1], 3),
    }
