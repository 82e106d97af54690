"""Word lists and phrase patterns, shipped as package data in ``relate/lexicons/``."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def load(category: str) -> tuple[str, ...]:
    """The entries of ``lexicons/<category>.txt``, lower-cased, comments dropped."""
    text = files("relate").joinpath(f"lexicons/{category}.txt").read_text("utf-8")
    entries = (line.strip().lower() for line in text.splitlines())
    return tuple(e for e in entries if e and not e.startswith("#"))


@cache
def describe(category: str) -> str:
    """The first comment line of ``lexicons/<category>.txt``: what the list holds."""
    text = files("relate").joinpath(f"lexicons/{category}.txt").read_text("utf-8")
    first = text.splitlines()[0] if text else ""
    return first.lstrip("# ").rstrip(".") if first.startswith("#") else category
