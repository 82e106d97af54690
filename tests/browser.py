"""Headless Chromium for tests that look at what relate shows a person."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import numpy as np
import pytest

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    pytest.skip("headless Chromium is not installed (.ci/run installs Debian's chromium)")


def _run(page: Path, *args: str) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [chromium(), *FLAGS, f"--user-data-dir={profile}", *args, page.resolve().as_uri()],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )


def dump_dom(page: Path) -> tuple[str, str]:
    """The DOM after scripts ran, and what Chromium logged (console errors show there)."""
    out = _run(page, "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000", "--dump-dom")
    return out.stdout, out.stderr


def screenshot(page: Path, png: Path, width: int = 1000, height: int = 800) -> Path:
    _run(
        page, f"--window-size={width},{height}", "--virtual-time-budget=5000", f"--screenshot={png}"
    )
    assert png.exists() and png.stat().st_size > 1000, f"no screenshot of {page}"
    return png


def pixels(png: Path) -> np.ndarray:
    """The screenshot as an (n, 3) array of RGB values."""
    from PIL import Image

    with Image.open(png) as image:
        return np.asarray(image.convert("RGB"), dtype=np.int16).reshape(-1, 3)


def has_colour(png: Path, hex_colour: str, tolerance: int = 40) -> bool:
    target = np.array([int(hex_colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)])
    return bool((np.abs(pixels(png) - target) <= tolerance).all(axis=1).any())
