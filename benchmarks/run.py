"""relate's benchmark suite: one command, every measure, one set of posts.

    python benchmarks/run.py            # about 10 minutes on 2 cores; updates results/latest.*
    python benchmarks/run.py --quick    # under 2 minutes, smaller inputs; results/latest-quick.*
    python benchmarks/run.py --only throughput,latency   # some measures; results in work/

Measures: throughput beside spaCy tokenisation, spacytextblob and VADER; n_process=2
beside 1; warm latency and cold start; peak memory of ``relate score``; archive reading
rate; validity on real data (``validity.py``). A measure whose code is missing is
reported as skipped with the reason; one that fails is reported as failed and the run
goes on (exit status 1). Timing targets are reported, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import archive_rate
import latency
import machine
import memory
import report
import throughput
from inputs import ROOT, WORK, Corpus, load_corpus

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"


@dataclass(frozen=True)
class Plan:
    """How much of each input a run uses."""

    throughput_posts: int
    throughput_rounds: int
    min_seconds: float
    process_posts: int
    process_rounds: int
    component_posts: int | None
    latency_warmup: int
    latency_calls: int
    cold_repeats: int
    memory_runs: list[tuple[int, int]]
    """(posts, n_process) for each ``relate score`` run"""
    archive_posts: int


FULL = Plan(
    throughput_posts=20_000,
    throughput_rounds=3,
    min_seconds=3.0,
    process_posts=20_000,
    process_rounds=3,
    component_posts=5_000,
    latency_warmup=300,
    latency_calls=3_000,
    cold_repeats=7,
    # One process would take about 9 minutes over a million posts; two take about 6. Both
    # sizes use two, so the growth compares like with like (--quick uses one).
    memory_runs=[(100_000, 2), (1_000_000, 2)],
    archive_posts=100_000,
)
QUICK = Plan(
    throughput_posts=4_000,
    throughput_rounds=1,
    min_seconds=1.0,
    process_posts=20_000,
    process_rounds=1,
    component_posts=None,
    latency_warmup=100,
    latency_calls=1_000,
    cold_repeats=3,
    memory_runs=[(5_000, 1), (50_000, 1)],
    archive_posts=20_000,
)
#: Above this share of CPU in use before the run, the results carry a warning.
_BUSY = 10.0
#: Posts of at most this many characters are the "short posts" of the n_process measure.
SHORT = 280


def _validity(work: Path) -> dict[str, Any]:
    """``validity.py`` as its own process; its JSON, or why it was skipped."""
    out = work / "validity"
    found = out / "validity.json"
    found.unlink(missing_ok=True)
    done = subprocess.run(
        [sys.executable, str(HERE / "validity.py"), "--out", str(out)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise RuntimeError(" | ".join(done.stderr.strip().splitlines()[-3:]))
    if not found.exists():
        message = done.stdout.strip().removeprefix("skipped: ")
        return {"status": "skipped", "reason": message or "validity.py wrote no results"}
    result: dict[str, Any] = json.loads(found.read_text(encoding="utf-8"))
    return result


def _sections(plan: Plan, corpus: Corpus) -> dict[str, Callable[[], dict[str, Any]]]:
    posts = corpus.repeated(plan.throughput_posts)
    short = corpus.repeated(plan.process_posts, max_chars=SHORT)

    def memory_section() -> dict[str, Any]:
        reason = memory.unavailable()
        if reason:
            return {"status": "skipped", "reason": reason}
        return memory.measure(corpus, plan.memory_runs, WORK)

    def archive_section() -> dict[str, Any]:
        reason = archive_rate.unavailable()
        if reason:
            return {"status": "skipped", "reason": reason}
        return archive_rate.measure(corpus, plan.archive_posts, WORK)

    return {
        "throughput": lambda: throughput.measure_tools(
            posts, plan.throughput_rounds, plan.min_seconds
        ),
        "processes": lambda: throughput.measure_processes(
            short, plan.process_rounds, plan.component_posts
        ),
        "latency": lambda: latency.measure_warm(plan.latency_warmup, plan.latency_calls),
        "cold_start": lambda: latency.measure_cold(plan.cold_repeats),
        "memory": memory_section,
        "archives": archive_section,
        "validity": lambda: _validity(WORK),
    }


def _run_section(name: str, measure: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    print(f"{name} ...", end=" ", flush=True)
    started = time.perf_counter()
    try:
        result = measure()
    except Exception as error:
        traceback.print_exc(file=sys.stderr)
        print(getattr(error, "details", ""), file=sys.stderr)
        result = {"status": "failed", "reason": f"{type(error).__name__}: {error}"}
    result = {"status": "ok", **result}
    result["section_seconds"] = round(time.perf_counter() - started, 1)
    print(
        f"{result['status']} ({result['section_seconds']} s)"
        + (f": {result['reason']}" if "reason" in result else "")
    )
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--quick", action="store_true", help="smaller inputs, one round (under 2 minutes)"
    )
    parser.add_argument("--only", help="comma-separated measures to run (results go to work/)")
    parser.add_argument(
        "--wait-idle",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="on a shared machine, wait up to this long for the CPUs to be idle first",
    )
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    corpus = load_corpus()
    sections = _sections(plan, corpus)
    chosen = list(sections) if not args.only else args.only.split(",")
    unknown = [name for name in chosen if name not in sections]
    if unknown:
        parser.error(f"unknown measures {unknown}; choose from {', '.join(sections)}")
    WORK.mkdir(parents=True, exist_ok=True)
    command = (
        "python benchmarks/run.py"
        + (" --quick" if args.quick else "")
        + (f" --only {args.only}" if args.only else "")
    )
    if args.wait_idle:
        machine.wait_idle(args.wait_idle, _BUSY)
    about = machine.describe()
    if about["busy_percent"] > _BUSY:
        print(
            f"warning: {about['busy_percent']:.0f}% of the CPUs are busy with other work; "
            "timings will be low and n_process=2 will gain less than it can",
            file=sys.stderr,
        )
    started = time.perf_counter()
    result: dict[str, Any] = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": command,
        "quick": args.quick,
        "machine": about,
        "versions": machine.versions(),
        "code": machine.code(ROOT),
        "inputs": corpus.describe(),
        "plan": asdict(plan),
        "sections": {name: _run_section(name, sections[name]) for name in chosen},
    }
    result["machine_at_end"] = {
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "busy_percent": machine.busy_percent(),
    }
    result["total_seconds"] = round(time.perf_counter() - started, 1)
    result["targets"] = report.check_targets(result["sections"])
    if args.only:
        written = report.write(result, WORK, "only", dated=False, readme=None)
    elif args.quick:
        written = report.write(result, RESULTS, "latest-quick", dated=False, readme=None)
    else:
        written = report.write(result, RESULTS, "latest", dated=True, readme=HERE / "README.md")
    print()
    print(report.markdown(result))
    print("wrote " + ", ".join(str(p.relative_to(ROOT)) for p in written))
    failed = [name for name, s in result["sections"].items() if s["status"] == "failed"]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
