"""Running a command as a child process and measuring it: wall time, the peak RSS of its
largest process (from the kernel) and the memory of its whole process tree (workers
included) sampled while it runs."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil

_SAMPLE_EVERY = 0.1
# The command runs under this small Python process, which reports the peak RSS of the
# command's largest process. Asking the kernel from here instead would count this process
# too: a child starts as a copy of its parent, and Linux keeps that copy's peak through
# ``exec``, so every child would seem at least as large as the benchmark itself.
_SHIM = (
    "import resource, subprocess, sys; code = subprocess.call(sys.argv[2:]); "
    "open(sys.argv[1], 'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)); "
    "sys.exit(code)"
)


@dataclass
class ChildRun:
    returncode: int
    seconds: float
    peak_rss_mb: float
    """The peak resident set of the command's largest process, from the kernel."""
    peak_tree_mb: float
    """The largest sampled memory of the child and its descendants together: PSS where the
    system reports it (pages shared by forked workers counted once), else RSS."""
    samples: list[tuple[float, float]] = field(default_factory=list)
    """(seconds since start, tree memory in MB)"""
    stderr: str = ""

    def tree_mb_by_quarter(self) -> list[float]:
        """The largest tree memory in each quarter of the run, in MB: flat means bounded."""
        quarters = [0.0] * 4
        for at, mb in self.samples:
            index = min(int(4 * at / self.seconds), 3) if self.seconds else 0
            quarters[index] = max(quarters[index], mb)
        return [round(q, 1) for q in quarters]


def relate_command() -> list[str]:
    """How to run the ``relate`` command of this interpreter's environment."""
    script = shutil.which("relate", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "relate.cli"]


def _memory(process: psutil.Process) -> int:
    try:
        return int(process.memory_full_info().pss)
    except (AttributeError, psutil.AccessDenied):
        return int(process.memory_info().rss)


def _tree_memory(shim: psutil.Process) -> int:
    total = 0
    for p in shim.children(recursive=True):
        with contextlib.suppress(psutil.NoSuchProcess, psutil.ZombieProcess):
            total += _memory(p)
    return total


def run_measured(command: list[str], peak_file: Path, stdout: Path | None = None) -> ChildRun:
    """Run ``command`` to the end, sampling its memory; stderr is kept for messages.
    ``peak_file`` is where the peak RSS is passed back."""
    out = open(stdout, "wb") if stdout else subprocess.DEVNULL  # noqa: SIM115
    peak_file.unlink(missing_ok=True)
    try:
        started = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-c", _SHIM, str(peak_file), *command],
            stdout=out,
            stderr=subprocess.PIPE,
        )
        assert child.stderr is not None
        os.set_blocking(child.stderr.fileno(), False)
        watched = psutil.Process(child.pid)
        samples: list[tuple[float, float]] = []
        errors: list[bytes] = []
        while child.poll() is None:
            with contextlib.suppress(psutil.NoSuchProcess, psutil.ZombieProcess):
                samples.append((time.perf_counter() - started, _tree_memory(watched) / 2**20))
            chunk = child.stderr.read()
            if chunk:
                errors.append(chunk)
            time.sleep(_SAMPLE_EVERY)
        seconds = time.perf_counter() - started
        errors.append(child.stderr.read() or b"")
        child.stderr.close()
    finally:
        if stdout:
            out.close()  # type: ignore[union-attr]
    return ChildRun(
        returncode=child.returncode,
        seconds=seconds,
        # ru_maxrss is in kilobytes on Linux.
        peak_rss_mb=int(peak_file.read_text() or 0) / 1024 if peak_file.exists() else 0.0,
        peak_tree_mb=max((mb for _, mb in samples), default=0.0),
        samples=samples,
        stderr=b"".join(errors).decode("utf-8", "replace"),
    )
