"""Generic tables: CSV, JSON Lines and Parquet (a file or a folder of files) with a named
text column and optional id and time columns."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from relate.archives._items import post_or_error
from relate.archives._json import MAX_ITEM_CHARS, odd_value
from relate.archives._open import Archive
from relate.archives._text import (
    from_iso,
    from_unix,
    hashtags_in,
    links_in,
    mentions_in,
    utc,
)
from relate.archives.post import Post
from relate.errors import ArchiveError

if TYPE_CHECKING:
    import pyarrow.parquet as pq

FORMATS = ("csv", "jsonl", "parquet")
_PARQUET_MAGIC = b"PAR1"
# Files a Parquet writer leaves beside its data (Spark's _SUCCESS, Hadoop's .crc).
_NOT_DATA = ("_", ".")


@dataclass(frozen=True, slots=True)
class Columns:
    """Which columns hold the text, the id and the time."""

    text: str = "text"
    id: str | None = None
    time: str | None = None


def _parquet_files(archive: Archive) -> list[str]:
    names = [n for n in archive.names() if not n.rsplit("/", 1)[-1].startswith(_NOT_DATA)]
    if archive.path.is_file() and names:
        return names if archive.head(names[0], 4) == _PARQUET_MAGIC else []
    files = [n for n in names if n.endswith(".parquet")]
    return files if files and len(files) == len(names) else []


def sniff(archive: Archive) -> str | None:
    """``csv``, ``jsonl`` or ``parquet`` when the contents look like one, else None. Text
    that is plainly not UTF-8 (UTF-16, Latin-1) raises ArchiveError saying so."""
    if _parquet_files(archive):
        return "parquet"
    if not archive.path.is_file() or len(archive.names()) != 1:
        return None
    name = archive.names()[0]
    head, whole = _first_line(archive, name)
    _check_utf8(archive.label(name), head)
    try:
        sample = head.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        sample = head[: error.start].decode("utf-8-sig", "ignore")
    first = sample.lstrip().split("\n", 1)[0].strip()
    if first.startswith("{"):
        if not whole:  # one line past the sniffing cap: read_jsonl says what is wrong with it
            return "jsonl"
        try:
            return "jsonl" if isinstance(json.loads(first), dict) else None
        except (ValueError, RecursionError):
            return None
    if first and first[0] not in "[<" and ("," in first or archive.path.suffix.lower() == ".csv"):
        return "csv"
    return None


_SNIFF_BYTES = 64 * 1024
_CONTENT = re.compile(rb"[^ \t\r\n]")
_UTF8_BOM = b"\xef\xbb\xbf"


def _first_line(archive: Archive, name: str) -> tuple[bytes, bool]:
    """The file's start, through its first line that is not blank, and whether that line
    ends within what was read. A line starting with ``{`` (a JSON Lines record, which may
    hold one long post) is read up to MAX_ITEM_CHARS bytes; anything else up to 64 KiB."""
    data = bytearray()
    content = -1
    cap = _SNIFF_BYTES
    with archive.open_binary(name) as stream:
        while len(data) < cap:
            chunk = stream.read(min(max(_SNIFF_BYTES, len(data)), cap - len(data)))
            if not chunk:
                return bytes(data), True
            begin = len(data)
            data += chunk
            if content < 0:
                start = max(begin, len(_UTF8_BOM) if data.startswith(_UTF8_BOM) else 0)
                found = _CONTENT.search(data, start)
                if found is None:
                    continue
                content = found.start()
                if data[content : content + 1] == b"{":
                    cap = MAX_ITEM_CHARS
            if data.find(b"\n", max(begin, content)) >= 0:
                return bytes(data), True
    return bytes(data), False


def _check_utf8(label: str, head: bytes) -> None:
    """Refuse text in another encoding with a message that says so, rather than "not an
    export relate recognises": a UTF-16 or UTF-32 byte-order mark, NULs between the
    characters (UTF-16 without a mark), or a byte that cannot be UTF-8 in text."""
    sample = head[:4096]
    utf16 = sample.startswith((b"\xff\xfe", b"\xfe\xff"))
    if not utf16 and len(sample) >= 16:
        even, odd = sample[0::2], sample[1::2]
        utf16 = any(
            part.count(0) >= 0.9 * len(part) and other.count(0) <= 0.1 * len(other)
            for part, other in ((even, odd), (odd, even))
        )
    if utf16:
        raise ArchiveError(
            f"{label}: not UTF-8 text (it looks like UTF-16); save it as UTF-8 and run again"
        )
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        cut_off = error.end == len(head) and error.reason == "unexpected end of data"
        if not cut_off and b"\0" not in sample:  # text, not a binary file
            raise ArchiveError(
                f"{label}: not UTF-8 text (byte {head[error.start : error.end]!r} at byte "
                f"{error.start:,}); save it as UTF-8 and run again"
            ) from None


def _missing(label: str, column: str, have: list[str], option: str) -> ArchiveError:
    return ArchiveError(
        f"{label}: no column {column!r} (columns: {', '.join(have) or 'none'}); name the "
        f"right one with {option}"
    )


def _check(label: str, have: list[str], columns: Columns) -> None:
    for column, option in (
        (columns.text, "--text-column"),
        (columns.id, "--id-column"),
        (columns.time, "--time-column"),
    ):
        if column is not None and column not in have:
            raise _missing(label, column, have, option)


def _time(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return utc(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return from_unix(value)
    if isinstance(value, str):
        stripped = value.strip()
        return from_unix(stripped) if stripped.replace(".", "", 1).isdigit() else from_iso(stripped)
    return None


def _post(record: Mapping[str, Any], columns: Columns, row: int, platform: str) -> Post:
    value = record.get(columns.text)
    # A number, list or object is not text: scoring its Python repr would be nonsense.
    if value is not None and not isinstance(value, str):
        raise TypeError(f"the {columns.text!r} value is a {type(value).__name__}, not text")
    text = value or ""
    ident = record.get(columns.id) if columns.id else None
    return Post(
        id=str(row) if ident is None or ident == "" else str(ident),
        platform=platform,
        created_at=_time(record.get(columns.time)) if columns.time else None,
        text=text,
        hashtags=hashtags_in(text),
        mentions=mentions_in(text),
        links=links_in(text),
    )


#: The longest CSV field read, in characters. Python's csv module stops at 131,072 by
#: default, which one long post (a Facebook essay, a pasted article) passes.
MAX_CSV_FIELD = 16 * 2**20


def allow_long_csv_fields() -> None:
    """Raise the csv module's field limit (process-wide; never lowered) to MAX_CSV_FIELD."""
    if csv.field_size_limit() < MAX_CSV_FIELD:
        csv.field_size_limit(MAX_CSV_FIELD)


def read_csv(archive: Archive, columns: Columns) -> Iterator[Post]:
    allow_long_csv_fields()
    for name in archive.names():
        label = archive.label(name)
        with archive.open_text(name, newline="") as text:
            # strict: a quote never closed (a cut-off file) is an error, not one huge field.
            reader = csv.DictReader(text, strict=True)
            try:
                _check(label, list(reader.fieldnames or []), columns)
                for row, record in enumerate(reader, 1):
                    yield post_or_error(
                        "csv", f"row {row}", _post, record, columns, row, "csv", id=str(row)
                    )
            except csv.Error as error:
                raise ArchiveError(
                    f"{label}: not a readable CSV file ({error}); check the file"
                ) from None


def read_jsonl(archive: Archive, columns: Columns) -> Iterator[Post]:
    row = 0
    for name in archive.names():
        label = archive.label(name)
        with archive.open_text(name) as text:
            while line := text.readline(MAX_ITEM_CHARS):
                if len(line) == MAX_ITEM_CHARS and not line.endswith("\n"):
                    raise ArchiveError(
                        f"{label}: a line after row {row:,} is over {MAX_ITEM_CHARS:,} "
                        "characters, relate's cap for one item (one post); remove that line, "
                        "or check that this is JSON Lines"
                    )
                if not line.strip():
                    continue
                row += 1
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as error:
                    yield Post(
                        str(row), "jsonl", None, "", error=f"row {row}: invalid JSON ({error.msg})"
                    )
                    continue
                except (ValueError, RecursionError) as error:
                    yield Post(str(row), "jsonl", None, "", error=f"row {row}: {odd_value(error)}")
                    continue
                if not isinstance(record, dict):
                    yield Post(str(row), "jsonl", None, "", error=f"row {row}: not a JSON object")
                    continue
                yield post_or_error(
                    "jsonl", f"row {row}", _post, record, columns, row, "jsonl", id=str(row)
                )


def _parquet() -> Any:
    try:
        import pyarrow.parquet
    except ImportError:
        raise ArchiveError("reading Parquet needs pyarrow: pip install 'relate[parquet]'") from None
    return pyarrow.parquet


def read_parquet(archive: Archive, columns: Columns) -> Iterator[Post]:
    """Rows batch by batch, file by file in name order: a dataset larger than memory
    streams through."""
    parquet: pq = _parquet()
    import pyarrow as pa

    files = _parquet_files(archive)
    if not files:
        raise ArchiveError(
            f"{archive.path}: no Parquet files; pass a .parquet file or a folder of them"
        )
    row = 0
    for name in files:
        local: Path | None = archive.local_path(name)
        label = archive.label(name)
        if local is None:
            raise ArchiveError(
                f"{label}: Parquet inside a zip or tar; unpack it and pass the folder"
            )
        try:
            table = parquet.ParquetFile(local)
            _check(label, table.schema_arrow.names, columns)
            _check_text_type(label, table.schema_arrow.field(columns.text), pa)
            wanted = list(dict.fromkeys(c for c in (columns.text, columns.id, columns.time) if c))
            for batch in table.iter_batches(batch_size=8192, columns=wanted):
                for record in _records(batch):
                    row += 1
                    yield post_or_error(
                        "parquet", f"row {row}", _post, record, columns, row, "parquet", id=str(row)
                    )
        except (pa.ArrowException, OSError) as error:
            raise ArchiveError(
                f"{label}: not a readable Parquet file ({error}); check the file"
            ) from None


def _check_text_type(label: str, field: Any, pa: Any) -> None:
    """Refuse a text column of bytes, lists or structs: every row of it would be an error."""
    kind = field.type
    if pa.types.is_dictionary(kind):  # categorical strings
        kind = kind.value_type
    is_view = getattr(pa.types, "is_string_view", lambda _: False)
    if not (
        pa.types.is_string(kind)
        or pa.types.is_large_string(kind)
        or is_view(kind)
        or pa.types.is_null(kind)
    ):
        raise ArchiveError(
            f"{label}: column {field.name!r} is {field.type}, not text; name the text column "
            "with --text-column"
        )


def _records(batch: Any) -> list[dict[str, Any]]:
    """A record batch as dicts; a value Python cannot hold (a timestamp past year 9999)
    becomes None instead of failing the whole batch."""
    try:
        return batch.to_pylist()  # type: ignore[no-any-return]
    except (ValueError, OverflowError):
        columns = {name: [_scalar(v) for v in batch.column(name)] for name in batch.schema.names}
        return [
            dict(zip(columns, values, strict=True))
            for values in zip(*columns.values(), strict=True)
        ]


def _scalar(value: Any) -> Any:
    try:
        return value.as_py()
    except (ValueError, OverflowError):
        return None
