"""Which reader an export needs, told from its contents, and the one entry point."""

from __future__ import annotations

import os
from collections.abc import Generator, Iterator
from pathlib import Path
from types import ModuleType

from relate.archives import (
    bluesky,
    facebook,
    instagram,
    linkedin,
    mastodon,
    tables,
    threads,
    twitter,
)
from relate.archives._open import Archive
from relate.archives.post import Post
from relate.errors import ArchiveError

# Order matters where one export holds several: an Instagram export also has Threads.
_PLATFORMS: dict[str, ModuleType] = {
    m.NAME: m for m in (twitter, mastodon, bluesky, facebook, instagram, threads, linkedin)
}
#: Every format ``read`` knows, for ``format=`` and ``--format``.
FORMATS: tuple[str, ...] = (*_PLATFORMS, *tables.FORMATS)
_TABLE_READERS = {
    "csv": tables.read_csv,
    "jsonl": tables.read_jsonl,
    "parquet": tables.read_parquet,
}
_HTML_EXPORT = (
    r"(your_posts.*|posts_\d+|threads_and_replies|start_here|your_activity_across_facebook)\.html"
)


def _detect(archive: Archive) -> str:
    for name, module in _PLATFORMS.items():
        if module.matches(archive):
            return name
    table = tables.sniff(archive)
    if table is not None:
        return table
    if archive.find(_HTML_EXPORT):
        raise ArchiveError(
            f"{archive.path}: an HTML-format export, which relate cannot read; download your "
            "information again with Format: JSON"
        )
    raise ArchiveError(
        f"{archive.path}: not an export relate recognises (looked for data/tweets.js, "
        "outbox.json, a Bluesky CAR file, your_posts_1.json, posts_1.json, "
        "threads_and_replies.json, Shares.csv, or a CSV/JSON Lines/Parquet table); pass "
        f"--format with one of: {', '.join(FORMATS)}"
    )


def detect(path: str | os.PathLike[str]) -> str:
    """The format of an export or table (one of :data:`FORMATS`), told from its contents."""
    with Archive(Path(path)) as archive:
        return _detect(archive)


def read(
    path: str | os.PathLike[str],
    format: str | None = None,
    *,
    text_column: str = "text",
    id_column: str | None = None,
    time_column: str | None = None,
) -> PostStream:
    """Every post of an export (zip, tar.gz, folder or file), one :class:`Post` per item,
    in a stable order. ``format`` forces a reader; by default it is told from the contents.
    The columns name a table's text, id and time; exports ignore them.

    The archive is opened and checked now, so a bad one raises ArchiveError here. It is
    closed when the posts run out; ``with archives.read(path) as posts:`` closes it on
    leaving the block too, read or not.
    """
    return open_posts(path, format, tables.Columns(text_column, id_column, time_column))[1]


class PostStream(Iterator[Post]):
    """The posts of an opened archive. The archive is closed when they run out, on
    ``close()``, or on leaving a ``with`` block, even if none was read."""

    def __init__(self, archive: Archive, format: str, columns: tables.Columns) -> None:
        self._archive = archive
        self._posts = _posts(archive, format, columns)

    def __next__(self) -> Post:
        return next(self._posts)

    def close(self) -> None:
        self._posts.close()
        self._archive.close()  # the reader never started: its own ``with`` never ran

    def __enter__(self) -> PostStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_posts(
    path: str | os.PathLike[str], format: str | None, columns: tables.Columns
) -> tuple[str, PostStream]:
    """The format (given or detected) and the posts, opening the archive only once."""
    if format is not None and format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; choose one of: {', '.join(FORMATS)}")
    archive = Archive(Path(path))
    try:
        chosen = format or _detect(archive)
    except BaseException:
        archive.close()
        raise
    return chosen, PostStream(archive, chosen, columns)


def _posts(archive: Archive, format: str, columns: tables.Columns) -> Generator[Post, None, None]:
    with archive:
        if format in _TABLE_READERS:
            yield from _TABLE_READERS[format](archive, columns)
        else:
            yield from _PLATFORMS[format].read(archive)
