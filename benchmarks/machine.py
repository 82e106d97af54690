"""What a result was measured on: the machine, the software versions and the code."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path
from typing import Any

import psutil

PACKAGES = ("relate", "spacy", "spacytextblob", "textblob", "vaderSentiment", "numpy", "psutil")


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def busy_percent(seconds: float = 1.0) -> float:
    """CPU in use over ``seconds`` while this process waits: other work on the machine,
    which slows every measure and makes two processes gain less than twice."""
    return float(psutil.cpu_percent(interval=seconds))


def wait_idle(limit: float, busy: float) -> bool:
    """Wait until under ``busy`` percent of the CPUs are in use, for at most ``limit``
    seconds; whether they became idle."""
    deadline = time.monotonic() + limit
    while busy_percent(2.0) > busy:
        if time.monotonic() > deadline:
            return False
    return True


def describe() -> dict[str, Any]:
    """The machine as it is now, including how busy it is (other work skews timings)."""
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "cpu": _cpu_model(),
        "cpus": os.cpu_count(),
        "cpus_usable": usable,
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "os": platform.platform(),
        "python": sys.version.split()[0],
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "busy_percent": busy_percent(),
    }


def versions() -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for name in PACKAGES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = None
    return found


def code(root: Path) -> dict[str, Any]:
    """The commit measured and the source files changed since it."""

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True)
        return done.stdout if done.returncode == 0 else ""

    # Porcelain lines are "XY path": two status letters (either may be a space), a space.
    changed = [line[3:] for line in git("status", "--porcelain", "--", "src").splitlines()]
    return {"commit": git("rev-parse", "HEAD").strip() or None, "src_changed_since_commit": changed}
