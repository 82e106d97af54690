"""How fast ``relate.archives.read`` turns an X ``tweets.js`` and a Mastodon
``outbox.json`` into Posts, unpacked and zipped, each read in a new process (so its peak
memory is its own).

    python benchmarks/archive_rate.py PATH     # the child: read PATH, print JSON
"""

from __future__ import annotations

import json
import shutil
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import psutil
from children import run_measured
from inputs import Corpus, write_mastodon_archive, write_x_archive

# A fixed time inside the zip, so the same posts give the same bytes.
_ZIP_TIME = (2024, 1, 1, 0, 0, 0)


def unavailable() -> str | None:
    """Why the archive readers cannot be measured, or None when they can."""
    try:
        from relate import archives
    except ImportError as error:
        return f"relate.archives cannot be imported: {error}"
    if not callable(getattr(archives, "read", None)):
        return "relate.archives has no read() yet"
    return None


def _zip(folder: Path) -> Path:
    target = folder.with_suffix(".zip")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(str(path.relative_to(folder.parent)), _ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, path.read_bytes())
    return target


def measure(corpus: Corpus, posts: int, work: Path) -> dict[str, Any]:
    """Posts per second and megabytes per second of each archive, unpacked and zipped."""
    folders = {
        "x tweets.js": write_x_archive(corpus, posts, work / "x-archive"),
        "mastodon outbox.json": write_mastodon_archive(corpus, posts, work / "mastodon-archive"),
    }
    try:
        return _measure_each(folders, posts, work)
    finally:
        for folder in folders.values():
            shutil.rmtree(folder, ignore_errors=True)
            folder.with_suffix(".zip").unlink(missing_ok=True)


def _measure_each(folders: dict[str, Path], posts: int, work: Path) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for name, folder in folders.items():
        main_file = next(folder.rglob("tweets.js"), None) or folder / "outbox.json"
        megabytes = main_file.stat().st_size / 2**20
        for label, path in ((f"{name} (folder)", folder), (f"{name} (zip)", _zip(folder))):
            report = work / "read-result.json"
            child = run_measured(
                [sys.executable, __file__, str(path)], work / "peak-rss", stdout=report
            )
            if child.returncode != 0:
                tail = " | ".join(child.stderr.strip().splitlines()[-3:])
                raise RuntimeError(f"reading {label} exited {child.returncode}: {tail}")
            read = json.loads(report.read_text(encoding="utf-8"))
            results[label] = {
                "items": posts,
                "megabytes": round(megabytes, 1),
                "posts_read": read["posts"],
                "kinds": read["kinds"],
                "errors": read["errors"],
                "seconds": round(read["seconds"], 3),
                "posts_per_second": round(read["posts"] / read["seconds"]),
                "megabytes_per_second": round(megabytes / read["seconds"], 1),
                "peak_rss_mb": round(child.peak_rss_mb, 1),
                "rss_mb_before_reading": round(read["rss_mb_before_reading"], 1),
                "rss_mb_while_reading": round(read["rss_mb_while_reading"], 1),
            }
    return results


def _read(path: Path) -> dict[str, Any]:
    from relate import archives

    # Resident memory after the imports, then at every 1,000th post: what reading adds.
    process = psutil.Process()
    before = highest = process.memory_info().rss
    kinds: Counter[str] = Counter()
    errors = 0
    started = time.perf_counter()
    for count, post in enumerate(archives.read(path)):
        kinds[post.kind] += 1
        errors += post.error is not None
        if count % 1000 == 0:
            highest = max(highest, process.memory_info().rss)
    seconds = time.perf_counter() - started
    return {
        "posts": sum(kinds.values()),
        "kinds": dict(kinds),
        "errors": errors,
        "rss_mb_before_reading": before / 2**20,
        "rss_mb_while_reading": highest / 2**20,
        "seconds": seconds,
    }


if __name__ == "__main__":
    print(json.dumps(_read(Path(sys.argv[1]))))
