from __future__ import annotations

from pathlib import Path

import pytest

import relate

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def scorer() -> relate.Scorer:
    return relate.default_scorer()


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT
