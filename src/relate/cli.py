"""The ``relate`` command: ``check`` a draft, ``score`` an archive, ``report``, ``train``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from importlib import import_module
from typing import cast

from relate import __version__
from relate.errors import RelateError


def _check(args: argparse.Namespace) -> int:
    import relate
    from relate.scorer import Scorer

    if args.file is not None:
        try:
            with open(args.file, encoding="utf-8", errors="surrogateescape") as f:
                text = f.read()
        except OSError as error:
            print(f"relate check: cannot read {args.file}: {error.strerror}", file=sys.stderr)
            return 2
    elif args.text is not None and args.text != "-":
        text = args.text
    elif not sys.stdin.isatty():
        text = sys.stdin.read()
    else:
        print(
            "relate check: give the post as an argument, with --file, or on stdin", file=sys.stderr
        )
        return 2
    scorer = Scorer(model=args.model) if args.model else relate.default_scorer()
    result = scorer.score(text)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=True, indent=2))
    else:
        from relate.views.terminal import render

        render(result)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="relate",
        description="Does a post build a relationship, or only market? Check it before you publish.",
    )
    parser.add_argument("--version", action="version", version=f"relate {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="a pre-publish check of one draft post")
    check.add_argument("text", nargs="?", help="the post; '-' or nothing reads stdin")
    check.add_argument("-f", "--file", help="read the post from this file")
    check.add_argument("--json", action="store_true", help="print the Score as JSON")
    check.add_argument("--model", help="a model file other than the shipped one")
    sub.add_parser("train", help="rebuild models/ from data/ (in a checkout)", add_help=False)
    sub.add_parser("score", help="score every post of an archive or table", add_help=False)
    sub.add_parser("report", help="an HTML report of an account's posts", add_help=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(list(sys.argv[1:] if argv is None else argv))
    except KeyboardInterrupt:
        # Ctrl-C while spaCy loads, or in a command without a handler of its own.
        print("relate: interrupted", file=sys.stderr)
        return 130


def _main(argv: list[str]) -> int:
    # Subcommands with their own parsers get the rest of the line untouched.
    if argv and argv[0] in {"train", "score", "report"}:
        command, rest = argv[0], argv[1:]
        module = {"train": "relate.train", "score": "relate.batch", "report": "relate.report"}
        run = cast(Callable[[list[str]], int], import_module(module[command]).main)
        try:
            return run(rest)
        except RelateError as error:
            print(f"relate {command}: {error}", file=sys.stderr)
            return 1
    args = build_parser().parse_args(argv)
    try:
        return _check(args)
    except RelateError as error:
        print(f"relate {args.command}: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
