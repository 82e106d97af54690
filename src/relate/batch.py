"""``relate score INPUT -o OUTPUT``: score every post of an export or table.

Rows stream from the reader through the scorer into a journal beside the output
(``.OUTPUT.partial.jsonl``, one JSON row per line, flushed per batch). Only when every
post has its row is the journal turned into the requested format, in a temporary file
renamed onto OUTPUT: a run that stops early leaves no output that looks complete, and
``--resume`` goes on from the journal without scoring a post twice. A lock beside the
output (``.OUTPUT.lock``) keeps a second run from writing the same journal.

"""

from __future__ import annotations

import argparse
import contextlib
import csv
import errno
import json
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import IO, Any, Literal

import relate
from relate.archives import FORMATS
from relate.archives._read import open_posts
from relate.archives._rows import COLUMNS, LIST_COLUMNS, post_row, score_posts
from relate.archives.post import Post
from relate.archives.tables import Columns
from relate.errors import ArchiveError
from relate.model import checksum

OutputKind = Literal["csv", "jsonl", "parquet", "parquet-folder"]
_SUFFIXES: dict[str, OutputKind] = {
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
}
_JOURNAL_VERSION = 1
# A Parquet row group (and the rows held to build it) ends at whichever comes first: the
# rows are held as Python objects, several times their JSON size, so bytes bound memory
# when posts are long and rows when they are short.
_ROW_GROUP_ROWS = 16_384
_ROW_GROUP_BYTES = 8 * 1024**2
# Journal rows buffered before a write: a batch, or fewer when posts are long.
_BUFFER_BYTES = 4 * 1024**2
# The journal is fsynced at most this often (seconds): a crash loses at most this much work.
_FSYNC_EVERY = 2.0
# Files beside the output are opened without following a symbolic link (where the OS can).
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


class _UsageError(Exception):
    pass


class _Failed(Exception):
    """An error whose message already says what to do; exit status 1."""


class _Miscount(_Failed):
    """The journal's rows are not one per post: OUTPUT must not be replaced with them."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="relate score",
        description="Score every post of an exported archive or a table; one row per post.",
    )
    parser.add_argument("input", help="the export (zip, tar.gz, folder, CAR file) or table")
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        help="OUTPUT.csv, .jsonl or .parquet; a folder (ending in /) for partitioned Parquet",
    )
    parser.add_argument(
        "--format", choices=FORMATS, help="the input's format (default: told from its contents)"
    )
    parser.add_argument(
        "--text-column", default="text", help="a table's text column (default: text)"
    )
    parser.add_argument("--id-column", help="a table's id column (default: the row number)")
    parser.add_argument("--time-column", help="a table's time column (ISO 8601 or Unix seconds)")
    parser.add_argument(
        "--include-reposts",
        action="store_true",
        help="score reposts too (their text is someone else's)",
    )
    parser.add_argument(
        "--include-private", action="store_true", help="score followers-only and direct posts too"
    )
    parser.add_argument(
        "--resume", action="store_true", help="go on from an interrupted run of the same command"
    )
    parser.add_argument(
        "--batch-size", type=int, default=512, help="posts scored at once (default: 512)"
    )
    parser.add_argument("--n-process", type=int, default=1, help="scoring processes (default: 1)")
    parser.add_argument(
        "--rows-per-file",
        type=int,
        default=1_000_000,
        help="rows per file of partitioned Parquet output (default: 1,000,000)",
    )
    return parser


def main(argv: list[str]) -> int:
    """Run ``relate score``; 0 when every post has its row, 1 on a bad input, an output that
    cannot be written or a bug, 2 on a bad command line, 130 when interrupted (the work so
    far is kept for ``--resume``). Every failure is one line on stderr, never a traceback."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit:  # --help, or argparse's own message for a bad option
        return exit.code if isinstance(exit.code, int) else 2
    try:
        return _run(args)
    except _UsageError as error:
        print(f"relate score: {error}", file=sys.stderr)
        return 2
    except (ArchiveError, OSError, _Failed) as error:
        print(f"relate score: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # before the journal exists: nothing to keep
        print("relate score: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # a bug: one line rather than a traceback
        print(f"relate score: {_unexpected(error)}", file=sys.stderr)
        return 1


def _unexpected(error: BaseException) -> str:
    return (
        f"unexpected error ({type(error).__name__}: {_one_line(str(error))}); please report "
        "it as a bug in relate, with the command and `relate --version`"
    )


def _one_line(text: str, limit: int = 300) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def output_kind(output: str) -> OutputKind:
    """The output format, from OUTPUT's extension (a folder means partitioned Parquet)."""
    if output.endswith(("/", os.sep)) or Path(output).is_dir():
        return "parquet-folder"
    kind = _SUFFIXES.get(Path(output).suffix.lower())
    if kind is None:
        raise _UsageError(
            f"cannot tell the format of {output}: end it in .csv, .jsonl or .parquet, or / for a folder"
        )
    return kind


def journal_path(output: Path) -> Path:
    """Where a run keeps its rows until every post has one."""
    return output.parent / f".{output.name}.partial.jsonl"


def _check_paths(source: Path, output: Path, kind: OutputKind) -> None:
    """Refuse an output that would overwrite or change the input (links resolved)."""
    given, made = source.resolve(), output.resolve()
    if made == given or (output.exists() and source.exists() and os.path.samefile(output, source)):
        raise _UsageError(f"{output} is the input itself; choose another output name")
    if source.is_dir() and made.is_relative_to(given):
        raise _UsageError(
            f"{output} is inside the input folder {source}, so the next run would read it "
            "as input; write it somewhere else"
        )
    if kind == "parquet-folder" and os.path.lexists(output) and not output.is_dir():
        # Found now, not at the rename after all the scoring.
        raise _UsageError(
            f"{output} is a file, not a folder for Parquet parts; choose another output name "
            "(or drop the trailing / to write one file)"
        )
    if output.is_dir() and (kind != "parquet-folder" or _foreign_files(output)):
        raise _UsageError(f"{output} is a folder with other files in it; choose a new output name")
    if kind == "parquet-folder" and given.is_relative_to(made):
        raise _UsageError(
            f"the input {source} is inside {output}, which this run replaces; choose "
            "another output folder"
        )


def _unwritable(folder: Path, why: str = "permission denied") -> str:
    return f"cannot write in {folder} ({why}); choose an OUTPUT in a folder you can write to"


def _run(args: argparse.Namespace) -> int:
    if args.batch_size < 1 or args.n_process < 1 or args.rows_per_file < 1:
        raise _UsageError("--batch-size, --n-process and --rows-per-file must be at least 1")
    kind = output_kind(args.output)
    output = Path(args.output.rstrip("/" + os.sep) or args.output).absolute()
    if not output.parent.is_dir():
        raise _UsageError(f"no folder {output.parent} to write {output.name} into")
    # Found now, not as a bare "Permission denied" on the lock file. (Root passes this check
    # on any folder; a read-only mount is caught where the lock file is made.)
    if not os.access(output.parent, os.W_OK | os.X_OK):
        raise _Failed(_unwritable(output.parent))
    _check_paths(Path(args.input), output, kind)
    with _exclusive(output):
        return _run_locked(args, output, kind)


# Lock files this process holds: POSIX record locks are per process, so a second run in
# the same process would get the lock again, and closing any descriptor of a locked file
# drops its lock. A held path is refused before its file is even opened.
_HELD: set[str] = set()


@contextlib.contextmanager
def _exclusive(output: Path) -> Iterator[None]:
    """Hold OUTPUT's lock for the run: two runs appending to one journal would duplicate
    rows. The OS drops the lock when a process dies, so a run killed with kill -9 never
    blocks the next one; the lock file is removed on the way out."""
    path = output.parent / f".{output.name}.lock"
    busy = _Failed(
        f"another relate score is writing {output}; wait for it to finish, or choose "
        "another output name"
    )
    if str(path) in _HELD:
        raise busy
    while True:
        # Not through a symbolic link: a link planted in a shared folder must not make
        # this run create or lock a file of its choosing.
        try:
            fd = os.open(
                path, os.O_RDWR | os.O_CREAT | _NOFOLLOW | getattr(os, "O_BINARY", 0), 0o666
            )
        except OSError as error:
            if path.is_symlink():
                raise _Failed(
                    f"{path} is a symbolic link, which relate never makes; delete it and run again"
                ) from error
            if isinstance(error, PermissionError):
                raise _Failed(_unwritable(output.parent)) from None
            if error.errno == errno.EROFS:
                raise _Failed(_unwritable(output.parent, "a read-only file system")) from None
            raise
        lock = os.fdopen(fd, "r+b")
        if not _lock(lock):
            lock.close()
            raise busy
        # A run that has just finished removes the file: lock the one now at that path.
        try:
            current = os.stat(path, follow_symlinks=False)
        except FileNotFoundError:
            current = None
        held = os.fstat(lock.fileno())
        if current is not None and (current.st_dev, current.st_ino) == (held.st_dev, held.st_ino):
            break
        lock.close()
    _HELD.add(str(path))
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            path.unlink()
        _HELD.discard(str(path))
        lock.close()


def _lock(f: IO[bytes]) -> bool:
    """Take an exclusive lock on ``f`` without waiting; False when another process has it.
    A file system without locks (some network mounts) runs unlocked, as before locks."""
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            # A POSIX record lock, not flock: flock is shared with forked scoring workers,
            # so a worker left behind by a killed run would hold it for ever; a record
            # lock belongs to this process alone and goes with it.
            fcntl.lockf(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except (BlockingIOError, PermissionError):  # held: EAGAIN or, on some systems, EACCES
        return False
    except OSError:
        return sys.platform != "win32"  # Windows reports a held lock as a plain OSError
    return True


def _run_locked(args: argparse.Namespace, output: Path, kind: OutputKind) -> int:
    columns = Columns(args.text_column, args.id_column, args.time_column)
    chosen, posts = open_posts(args.input, args.format, columns)
    with contextlib.closing(posts):  # the archive is closed however the run ends
        return _run_open(args, output, kind, chosen, posts)


def _run_open(
    args: argparse.Namespace, output: Path, kind: OutputKind, chosen: str, posts: Iterator[Post]
) -> int:
    header = {
        "relate_journal": _JOURNAL_VERSION,
        # Rows scored by another relate or model would not match the rest: a resume after
        # an upgrade starts again.
        "relate_version": relate.__version__,
        "model_sha256": checksum(relate.default_scorer().model.to_payload()),
        "input": str(Path(args.input).absolute()),
        "format": chosen,
        "text_column": args.text_column,
        "id_column": args.id_column,
        "time_column": args.time_column,
        "include_reposts": args.include_reposts,
        "include_private": args.include_private,
    }
    journal = journal_path(output)
    _remove_leftovers(output)
    created_here = not os.path.lexists(journal)
    done = _prepare_journal(journal, header, args.resume)
    try:
        if done:
            _skip_done(posts, journal, done, args.input)
        written = _score_into(journal, posts, args, done)
        rows = _finish(journal, output, kind, args.rows_per_file, written)
    except KeyboardInterrupt:
        saved = _count_rows(journal)
        if created_here and saved == 0:  # nothing to go on from: leave nothing behind
            journal.unlink(missing_ok=True)
            print("relate score: interrupted", file=sys.stderr)
            return 130
        print(
            f"relate score: interrupted; {saved:,} rows kept in {journal}; run the same "
            "command with --resume to go on",
            file=sys.stderr,
        )
        return 130
    except ArchiveError:
        if created_here:
            journal.unlink(missing_ok=True)
        raise
    except _Miscount:
        journal.unlink(missing_ok=True)  # wrong by definition: resuming from it would be too
        raise
    except (_UsageError, OSError):
        raise
    except Exception as error:
        # A bug: the journal holds only whole rows of posts read in order, so it is kept
        # for --resume (which checks it against the input) once the bug is fixed.
        raise _Failed(
            f"{_unexpected(error)}; {_count_rows(journal):,} rows kept in {journal} for --resume"
        ) from error
    journal.unlink()
    if sys.stderr.isatty():
        print(f"relate score: {rows:,} rows in {output}", file=sys.stderr)
    return 0


def _remove_leftovers(output: Path) -> None:
    """Remove what runs killed on their way out left (their temporary output, the old
    output folder being replaced): with the lock held, no other run is using them. Only
    those exact names: a link among them is removed, never followed."""
    leftover = re.compile(rf"\.{re.escape(output.name)}\.(tmp|old)-\w+")
    for entry in os.scandir(output.parent):
        match = leftover.fullmatch(entry.name)
        if match is None:
            continue
        with contextlib.suppress(OSError):
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            elif match.group(1) == "tmp":  # a file, or a link to anything
                os.unlink(entry.path)


def _prepare_journal(journal: Path, header: dict[str, Any], resume: bool) -> int:
    """Rows already in the journal (0 for a fresh one, which this writes the header of)."""
    if os.path.lexists(journal):
        if not resume:
            raise _UsageError(
                f"an interrupted run left {journal}; add --resume to go on from where it "
                "stopped, or delete that file to start again"
            )
        not_ours = _UsageError(f"{journal} is not a relate journal; delete it to start again")
        if journal.is_symlink():  # relate never makes one; someone else's file may be behind it
            raise not_ours
        with open(journal, "rb+", opener=_nofollow) as f:
            # Checked before anything is cut or written: the file may not be ours at all.
            first = f.readline(1024**2)
            try:
                found = json.loads(first)
            except (json.JSONDecodeError, UnicodeDecodeError):
                found = None
            if not (
                first.endswith(b"\n") and isinstance(found, dict) and "relate_journal" in found
            ):
                raise not_ours
            f.truncate(_complete_lines_end(f))
        versions = ("relate_version", "model_sha256")
        if any(found.get(k) != header[k] for k in versions):
            raise _UsageError(
                f"{journal} was written by another relate or model (relate "
                f"{found.get('relate_version', 'older than 0.1.0')}; this is relate "
                f"{header['relate_version']}), whose rows would not match; delete it to start again"
            )
        if found != header:
            raise _UsageError(
                f"{journal} is from a run with another input or other options; run the "
                "same command as before, or delete that file to start again"
            )
        return _count_rows(journal)
    # O_EXCL: a file or link that appeared meanwhile is never written through.
    with open(journal, "x", encoding="utf-8", opener=_nofollow) as f:
        f.write(json.dumps(header) + "\n")
        f.flush()
        os.fsync(f.fileno())
    return 0


def _nofollow(path: str, flags: int) -> int:
    """``open``'s opener for files beside the output: never through a symbolic link."""
    return os.open(path, flags | _NOFOLLOW, 0o666)


def _complete_lines_end(f: IO[bytes]) -> int:
    """The offset just after the journal's last newline: a row cut by a kill is dropped."""
    end = f.seek(0, os.SEEK_END)
    position = end
    while position > 0:
        step = min(65_536, position)
        position -= step
        f.seek(position)
        chunk = f.read(step)
        newline = chunk.rfind(b"\n")
        if newline >= 0:
            return position + newline + 1
    return 0


def _journal_entries(journal: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each row of the journal, as its line and as a row; a line that is not a whole row
    (the file was edited, or damaged on disk) stops the run, saying where."""
    with open(journal, "rb", opener=_nofollow) as f:
        next(f, None)
        for number, raw in enumerate(f, 2):  # line 1 is the header
            try:
                line = raw.decode("utf-8")
                row = json.loads(line)
            except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
                row = None
            if not (isinstance(row, dict) and all(c in row for c in COLUMNS)):
                raise _UsageError(
                    f"{journal} is damaged at line {number:,} (not a row relate wrote); "
                    "delete it to start again"
                )
            yield line, row


def _journal_rows(journal: Path) -> Iterator[dict[str, Any]]:
    return (row for _, row in _journal_entries(journal))


def _count_rows(journal: Path) -> int:
    if not journal.exists():
        return 0
    with open(journal, "rb", opener=_nofollow) as f:
        return max(sum(1 for _ in f) - 1, 0)


def _skip_done(posts: Iterator[Any], journal: Path, done: int, source: str) -> None:
    """Read past the posts the journal has rows for, checking they are the same posts: the
    same id and text as their rows (ids alone are often row numbers)."""
    count = 0
    for row, post in zip(_journal_rows(journal), islice(posts, done), strict=False):
        count += 1
        # As the row was written: lone surrogates cleaned, so such a post still matches.
        now = post_row(post)
        if (row["id"], row["text"]) != (now["id"], now["text"]):
            raise _UsageError(
                f"{source} is not what the interrupted run read (post {count:,} was "
                f"{_brief(row)}, now {_brief(now)}); delete {journal} to start again"
            )
    if count < done:
        raise _UsageError(
            f"{source} has fewer posts than the interrupted run scored; delete {journal} to start again"
        )


def _brief(row: dict[str, Any]) -> str:
    return f"{row['id']!r}: {_one_line(row['text'] or '', 60)!r}"


def _score_into(journal: Path, posts: Iterable[Any], args: argparse.Namespace, done: int) -> int:
    """Append a row per remaining post to the journal; the total number of rows."""
    rows = score_posts(
        posts,
        relate.default_scorer(),
        include_reposts=args.include_reposts,
        include_private=args.include_private,
        batch_size=args.batch_size,
        n_process=args.n_process,
    )
    total = done
    with (
        open(journal, "a", encoding="utf-8", opener=_nofollow) as f,
        _progress(done) as advance,
    ):
        buffer: list[str] = []
        size = 0
        synced = time.monotonic()
        for row in rows:
            buffer.append(json.dumps(row, ensure_ascii=False) + "\n")
            size += len(buffer[-1])
            if len(buffer) >= args.batch_size or size >= _BUFFER_BYTES:
                size = 0
                total += _flush(f, buffer)
                advance(total)
                if time.monotonic() - synced > _FSYNC_EVERY:
                    os.fsync(f.fileno())
                    synced = time.monotonic()
        total += _flush(f, buffer)
        advance(total)
        os.fsync(f.fileno())
    return total


def _flush(f: IO[str], buffer: list[str]) -> int:
    count = len(buffer)
    f.write("".join(buffer))
    f.flush()
    buffer.clear()
    return count


@contextlib.contextmanager
def _progress(done: int) -> Iterator[Any]:
    """A callback taking the rows so far: a progress line on a terminal, else nothing."""
    if not sys.stderr.isatty():
        yield lambda _: None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(
        SpinnerColumn(),
        TextColumn("scoring: {task.completed:,} posts"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as progress:
        task = progress.add_task("score", total=None, completed=done)
        yield lambda n: progress.update(task, completed=n)


def _finish(
    journal: Path, output: Path, kind: OutputKind, rows_per_file: int, expected: int
) -> int:
    """Write the journal's rows as OUTPUT, atomically, once they are checked to be one per
    post (``expected``); the number of rows written."""
    temporary = _temporary(output, folder=kind == "parquet-folder")
    try:
        if kind == "csv":
            rows = _write_csv(journal, temporary)
        elif kind == "jsonl":
            rows = _write_jsonl(journal, temporary)
        elif kind == "parquet":
            rows = _write_parquet(journal, temporary, None)
        else:
            rows = _write_parquet(journal, temporary, rows_per_file)
        if rows != expected:
            raise _Miscount(
                f"{journal} has {rows:,} rows for {expected:,} posts (changed by another "
                f"program?); {output} is left as it was; run again"
            )
        _replace(temporary, output)
    finally:
        if temporary.is_dir():
            shutil.rmtree(temporary, ignore_errors=True)
        else:
            temporary.unlink(missing_ok=True)
    return rows


def _temporary(output: Path, folder: bool) -> Path:
    """A new file (or folder) beside ``output`` at a name no one could have guessed and
    planted a link at; readable as a file written the usual way would be."""
    prefix = f".{output.name}.tmp-"
    if folder:
        made = tempfile.mkdtemp(dir=output.parent, prefix=prefix)
        mode = 0o777
    else:
        fd, made = tempfile.mkstemp(dir=output.parent, prefix=prefix)
        os.close(fd)
        mode = 0o666
    # mkstemp makes it private (0600); the output should get the usual umask permissions,
    # and the umask can only be read by setting it.
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(made, mode & ~umask)
    return Path(made)


def _foreign_files(output: Path) -> list[str]:
    """What in an existing output folder is not an earlier run's Parquet part."""
    return [
        p.name
        for p in output.iterdir()
        if not (p.is_file() and p.name.startswith("part-") and p.suffix == ".parquet")
    ]


def _replace(new: Path, output: Path) -> None:
    if output.is_dir():
        # Only ever replace a folder that holds nothing but an earlier run's Parquet parts:
        # never delete a user's files. (Checked before the run too; again here in case
        # the folder changed meanwhile.)
        foreign = _foreign_files(output)
        if foreign or not new.is_dir():
            shutil.rmtree(new) if new.is_dir() else new.unlink()
            raise ArchiveError(
                f"{output} is a folder with other files in it ({', '.join(sorted(foreign)[:3]) or 'not parquet parts'}); "
                "choose a new output name"
            )
        # An empty folder at a name no one could have guessed; renaming onto an empty
        # folder replaces it.
        old = Path(tempfile.mkdtemp(dir=output.parent, prefix=f".{output.name}.old-"))
        os.replace(output, old)
        os.replace(new, output)
        for part in old.iterdir():
            part.unlink()
        old.rmdir()
    else:
        os.replace(new, output)


def _write_jsonl(journal: Path, target: Path) -> int:
    rows = 0
    with open(target, "w", encoding="utf-8") as f:
        for line, _ in _journal_entries(journal):
            f.write(line)
            rows += 1
        f.flush()
        os.fsync(f.fileno())
    return rows


def _cell(column: str, value: Any) -> Any:
    if value is None:
        return ""
    if column in LIST_COLUMNS:
        return ("; " if column == "warnings" else " ").join(value)
    return value


def _write_csv(journal: Path, target: Path) -> int:
    rows = 0
    with open(target, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(COLUMNS)
        for row in _journal_rows(journal):
            writer.writerow([_cell(c, row[c]) for c in COLUMNS])
            rows += 1
        f.flush()
        os.fsync(f.fileno())
    return rows


def _write_parquet(journal: Path, target: Path, rows_per_file: int | None) -> int:
    """One Parquet file, or (with ``rows_per_file``) a folder of ``part-NNNNN.parquet``."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise _UsageError("writing Parquet needs pyarrow: pip install 'relate[parquet]'") from None
    from relate.score import DIMENSIONS

    text, floats, strings = pa.string(), pa.float64(), pa.list_(pa.string())
    types = {c: text for c in COLUMNS}
    types.update({c: floats for c in (*DIMENSIONS, "overall")})
    types.update({c: strings for c in LIST_COLUMNS})
    types["created_at"] = pa.timestamp("us", tz="UTC")
    schema = pa.schema([(c, types[c]) for c in COLUMNS])
    if rows_per_file is not None:
        target.mkdir(exist_ok=True)  # made empty by _temporary
    rows, writer, in_file, part = 0, None, 0, 0
    lines = _journal_entries(journal)
    try:
        # A row group never spans two part files: it takes at most the rows left in this one.
        while chunk := _chunk(
            lines,
            _ROW_GROUP_ROWS if rows_per_file is None else rows_per_file - in_file % rows_per_file,
        ):
            for row in chunk:
                stamp = row["created_at"]
                row["created_at"] = datetime.fromisoformat(stamp) if stamp else None
            if writer is None or (rows_per_file is not None and in_file >= rows_per_file):
                if writer is not None:
                    writer.close()
                path = target if rows_per_file is None else target / f"part-{part:05d}.parquet"
                writer, in_file, part = pq.ParquetWriter(path, schema), 0, part + 1
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            rows += len(chunk)
            in_file += len(chunk)
            del chunk  # before the next one is read: one chunk in memory at a time
        if writer is None:
            path = target if rows_per_file is None else target / "part-00000.parquet"
            writer = pq.ParquetWriter(path, schema)
    finally:
        if writer is not None:
            writer.close()
    return rows


def _chunk(lines: Iterator[tuple[str, dict[str, Any]]], room: int) -> list[dict[str, Any]]:
    """The rows of the next row group: at most ``room``, and within the row group caps."""
    chunk: list[dict[str, Any]] = []
    size = 0
    for line, row in lines:
        chunk.append(row)
        size += len(line)
        if len(chunk) >= min(room, _ROW_GROUP_ROWS) or size >= _ROW_GROUP_BYTES:
            break
    return chunk
