"""Where relate's time goes: the profile behind the throughput and cold-start numbers.

    python benchmarks/hotspots.py [--posts 10000] [--out benchmarks/results]

Profiles ``relate.score_many`` on the corpus test split (one process) with pyinstrument's
sampling profiler, adds the garbage collector's share (which a profiler attributes to
whatever allocated last), and breaks a cold start into imports (``-X importtime``) and
the first score. Writes ``hotspots.md`` and the full call tree, ``hotspots-tree.txt``.
"""

from __future__ import annotations

import argparse
import gc
import json
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from inputs import POST_280, load_corpus
from latency import COLD_COMMANDS

HERE = Path(__file__).resolve().parent


class _GcClock:
    """CPU time spent in garbage collection, per generation."""

    def __init__(self) -> None:
        self.seconds: dict[int, float] = defaultdict(float)
        self.runs: dict[int, int] = defaultdict(int)
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.process_time()
        else:
            self.seconds[info["generation"]] += time.process_time() - self._started
            self.runs[info["generation"]] += 1


def _self_times(root: Any) -> tuple[dict[str, float], dict[str, float]]:
    """Self and inclusive seconds per function over a pyinstrument frame tree (inclusive
    time counts a function once per call path, so recursion is not counted twice)."""
    own: dict[str, float] = defaultdict(float)
    inclusive: dict[str, float] = defaultdict(float)

    def name(frame: Any) -> str:
        if frame.file_path_short == "<string>":  # code that dataclasses generate
            return f"dataclass {frame.function} (Score, Evidence, Features)"
        return f"{frame.function} ({frame.file_path_short}:{frame.line_no})"

    def counted(frame: Any) -> bool:
        # The thread and this script's own frames hold everything: not hot spots.
        path = frame.file_path_short or ""
        return not (frame.is_synthetic or path.startswith("<thread>") or "hotspots" in path)

    def walk(frame: Any, above: frozenset[str]) -> None:
        key = name(frame)
        if counted(frame):
            own[key] += frame.total_self_time
            if key not in above:
                inclusive[key] += frame.time
        for child in frame.children:
            walk(child, above | {key})

    walk(root, frozenset())
    return own, inclusive


def profile_scoring(posts: int) -> tuple[dict[str, Any], str]:
    """Hot spots of ``score_many`` over ``posts`` posts, and pyinstrument's text tree."""
    from pyinstrument import Profiler

    import relate

    texts = load_corpus().repeated(posts)
    list(relate.score_many(texts[:256]))  # load and warm up outside the profile
    # First without the profiler, which slows Python code but not the collector: the
    # speed and the collector's share as they are.
    clock = _GcClock()
    gc.callbacks.append(clock)
    started = time.perf_counter()
    evidence = sum(len(s.evidence) for s in relate.score_many(texts))
    elapsed = time.perf_counter() - started
    gc.callbacks.remove(clock)
    profiler = Profiler(interval=0.0005)
    profiler.start()
    # Evidence is worked out on first access: profile the whole explanation too.
    explained = sum(len(s.evidence) for s in relate.score_many(texts))
    assert explained == evidence
    profiler.stop()
    root = profiler.last_session.root_frame() if profiler.last_session else None
    if root is None:
        raise RuntimeError("pyinstrument recorded nothing")
    own, inclusive = _self_times(root)
    per_thousand = 1000 / posts

    def top(table: dict[str, float], n: int) -> list[dict[str, Any]]:
        ranked = sorted(table.items(), key=lambda kv: -kv[1])[:n]
        return [
            {
                "function": key,
                "seconds": round(value, 3),
                "share": round(value / root.time, 3),
                "ms_per_1000_posts": round(1000 * value * per_thousand, 1),
            }
            for key, value in ranked
        ]

    result = {
        "posts": posts,
        "seconds": round(elapsed, 2),
        "posts_per_second": round(posts / elapsed),
        "evidence_per_post": round(evidence / posts, 1),
        "gc": {
            "share_of_cpu": round(sum(clock.seconds.values()) / elapsed, 3),
            "by_generation": {
                str(g): {"runs": clock.runs[g], "seconds": round(clock.seconds[g], 3)}
                for g in sorted(clock.runs)
            },
        },
        "top_self": top(own, 20),
        "top_inclusive": top(inclusive, 25),
    }
    return result, profiler.output_text(unicode=False, color=False)


def profile_cold_start() -> dict[str, Any]:
    """Imports that cost most in ``import relate`` (self and cumulative), and how the cold
    start splits into importing and the first score."""
    code = COLD_COMMANDS["relate_first_score"]
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)  # warm caches
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code], check=True, capture_output=True, text=True
    )
    rows = []  # (module, depth in the import tree, self us, cumulative us)
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and "self [us]" not in line:
            own, cumulative, field = line.removeprefix("import time:").split("|")
            depth = (len(field) - len(field.lstrip()) - 1) // 2
            rows.append((field.strip(), depth, int(own), int(cumulative)))
    split = subprocess.run(
        [
            sys.executable,
            "-c",
            "import time, json; t = time.perf_counter(); import relate; i = time.perf_counter(); "
            "s = relate.default_scorer(); l = time.perf_counter(); "
            f"relate.score({POST_280!r}); f = time.perf_counter(); "
            "print(json.dumps({'import_relate': i - t, 'load_scorer': l - i, 'first_score': f - l}))",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return {
        "seconds": {k: round(v, 3) for k, v in json.loads(split.stdout).items()},
        "top_self_ms": [
            {"module": m, "ms": round(o / 1000, 1)}
            for m, _, o, _ in sorted(rows, key=lambda r: -r[2])[:12]
        ],
        # Depth 0 is relate itself; 1 to 3 show which of its imports bring in what.
        "top_cumulative_ms": [
            {"module": m, "depth": d, "ms": round(c / 1000, 1)}
            for m, d, _, c in sorted((r for r in rows if r[1] <= 3), key=lambda r: -r[3])[:15]
        ],
    }


def markdown(scoring: dict[str, Any], cold: dict[str, Any]) -> str:
    lines = [
        f"Profile of `relate.score_many`, one process, {scoring['posts']:,} corpus test posts: "
        f"{scoring['posts_per_second']:,} posts/s unprofiled, {scoring['evidence_per_post']} "
        f"Evidence per post. Garbage collection: {scoring['gc']['share_of_cpu']:.0%} of the "
        f"unprofiled time ({scoring['gc']['by_generation']}). Shares below are of the "
        "profiled run (pyinstrument, 0.5 ms samples), which slows Python code more than C.",
        "",
        "| function (self time) | share | ms per 1,000 posts |",
        "|---|---|---|",
    ]
    lines += [
        f"| `{r['function']}` | {r['share']:.1%} | {r['ms_per_1000_posts']} |"
        for r in scoring["top_self"]
    ]
    lines += ["", "| function (inclusive time) | share | ms per 1,000 posts |", "|---|---|---|"]
    lines += [
        f"| `{r['function']}` | {r['share']:.1%} | {r['ms_per_1000_posts']} |"
        for r in scoring["top_inclusive"]
    ]
    s = cold["seconds"]
    lines += [
        "",
        f"Cold start: `import relate` {s['import_relate']} s, loading the scorer "
        f"{s['load_scorer']} s, first score {s['first_score']} s.",
        "",
        "| import (self) | ms |",
        "|---|---|",
    ]
    lines += [f"| {r['module']} | {r['ms']} |" for r in cold["top_self_ms"]]
    lines += ["", "| import (cumulative, depth <= 3) | ms |", "|---|---|"]
    lines += [
        f"| {'. ' * r['depth']}{r['module']} | {r['ms']} |" for r in cold["top_cumulative_ms"]
    ]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=HERE / "results")
    args = parser.parse_args()
    scoring, tree = profile_scoring(args.posts)
    cold = profile_cold_start()
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "hotspots.json").write_text(
        json.dumps({"scoring": scoring, "cold_start": cold}, indent=2) + "\n", encoding="utf-8"
    )
    (args.out / "hotspots-tree.txt").write_text(tree, encoding="utf-8")
    summary = markdown(scoring, cold)
    (args.out / "hotspots.md").write_text(summary, encoding="utf-8")
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
