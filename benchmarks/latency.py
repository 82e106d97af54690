"""Time to score one post: warm (``relate.score`` in a loaded process) and cold (a new
Python process importing relate and scoring its first post)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from typing import Any

from inputs import POST_280
from workers import Worker

#: What each cold process runs. ``spacy.blank("en")`` is the reference: relate needs a
#: tokenizer, so nothing built on spaCy starts faster.
COLD_COMMANDS: dict[str, str] = {
    "python": "pass",
    "spacy_blank": 'import spacy; spacy.blank("en")',
    "relate_first_score": f"import relate; relate.score({POST_280!r})",
}


def measure_warm(warmup: int, calls: int) -> dict[str, Any]:
    """Percentiles of ``relate.score`` on the 280-character post, in a fresh process."""
    with Worker("relate") as worker:
        result: dict[str, Any] = worker.ask(
            "latency", {"post": POST_280, "warmup": warmup, "calls": calls}
        )
    return {"post_chars": len(POST_280), "warmup_calls": warmup} | {
        k: round(v, 4) if isinstance(v, float) else v for k, v in result.items()
    }


def _cold_environment() -> dict[str, str]:
    # Bytecode is written as after an install (a wheel compiles it), so a cold start is
    # a user's second run: warm file cache, compiled modules, new process.
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _seconds(code: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=env, capture_output=True)
    return time.perf_counter() - started


def measure_cold(repeats: int) -> dict[str, Any]:
    """Wall time of a new process for each of :data:`COLD_COMMANDS`, interleaved, after
    one untimed run each; medians, and relate's as a ratio to spaCy's."""
    env = _cold_environment()
    for code in COLD_COMMANDS.values():
        _seconds(code, env)
    times: dict[str, list[float]] = {name: [] for name in COLD_COMMANDS}
    for _ in range(repeats):
        for name, code in COLD_COMMANDS.items():
            times[name].append(_seconds(code, env))
    medians = {name: statistics.median(values) for name, values in times.items()}
    python = medians["python"]
    return {
        "repeats": repeats,
        "median_seconds": {name: round(value, 3) for name, value in medians.items()},
        "ratio_to_spacy_blank": round(medians["relate_first_score"] / medians["spacy_blank"], 3),
        "ratio_without_interpreter_start": round(
            (medians["relate_first_score"] - python) / (medians["spacy_blank"] - python), 3
        ),
    }
