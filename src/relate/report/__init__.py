"""The pattern of an account's posts, as one self-contained HTML page and as tables.

>>> from relate import report
>>> summary = report.build("twitter-2024-05-01.zip", "report.html")   # doctest: +SKIP
>>> summary.verdict                                                     # doctest: +SKIP
>>> report.summarize(report.load("scored.csv")).monthly                 # doctest: +SKIP
"""

from __future__ import annotations

from relate.report.build import build, main
from relate.report.load import load
from relate.report.summary import Summary, summarize

__all__ = ["Summary", "build", "load", "main", "summarize"]
