"""``relate report INPUT -o report.html``, and :func:`build`, the same from Python."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from relate.errors import ArchiveError

if TYPE_CHECKING:
    import pandas as pd

    from relate.report.summary import Summary


def build(
    source: str | os.PathLike[str] | pd.DataFrame,
    out_path: str | os.PathLike[str],
    *,
    title: str | None = None,
    **reader: Any,
) -> Summary:
    """Write the HTML report of ``source`` (see :func:`relate.report.load`) to ``out_path``
    and return the tables it shows. ``reader`` goes to the archive readers."""
    import pandas as pd

    from relate.report.charts import charts
    from relate.report.load import load
    from relate.report.page import explain, render
    from relate.report.summary import summarize

    frame = load(source, **reader)
    summary = summarize(frame)
    drawn = charts(summary)
    if title is None:
        name = "posts" if isinstance(source, pd.DataFrame) else Path(source).name
        title = f"relate report: {name}"
    html = render(summary, drawn, explain(summary.top_posts), title)
    _write(Path(out_path), html)
    return summary


def _write(path: Path, html: str) -> None:
    """Write atomically: a report that failed half way never looks finished."""
    temporary = path.parent / f".{path.name}.tmp-{os.getpid()}"
    try:
        temporary.write_text(html, encoding="utf-8")
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def build_parser() -> argparse.ArgumentParser:
    from relate.archives import FORMATS

    parser = argparse.ArgumentParser(
        prog="relate report",
        description="One self-contained HTML page showing the pattern of an account's posts.",
    )
    parser.add_argument("input", help="an export relate score reads, or a file relate score wrote")
    parser.add_argument("-o", "--output", required=True, help="the HTML file to write")
    parser.add_argument("--title", help="the page's title (default: from INPUT's name)")
    parser.add_argument(
        "--format", choices=FORMATS, help="the input's format (default: told from its contents)"
    )
    parser.add_argument("--text-column", default="text", help="a table's text column")
    parser.add_argument("--id-column", help="a table's id column")
    parser.add_argument("--time-column", help="a table's time column")
    return parser


def main(argv: list[str]) -> int:
    """Run ``relate report``: 0 on success, 1 for an input that cannot be read, 2 for a bad
    command line."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit:  # --help, or argparse's own message
        return exit.code if isinstance(exit.code, int) else 2
    output = Path(args.output)
    if not output.parent.is_dir():
        print(
            f"relate report: no folder {output.parent} to write {output.name} into", file=sys.stderr
        )
        return 2
    reader = {"format": args.format, "text_column": args.text_column, "id_column": args.id_column,
              "time_column": args.time_column}  # fmt: skip
    try:
        build(args.input, output, title=args.title, **reader)
    except (ArchiveError, OSError, ImportError) as error:
        print(f"relate report: {error}", file=sys.stderr)
        return 1
    return 0
