"""Read members of an untrusted archive (zip, tar, folder or single file) in place.

Nothing is ever extracted: members are streamed straight out of the zip or tar, which
keeps a hostile entry name from writing anywhere. Every size a member claims is checked
against the caps below before a byte of it is read, and while it is read.
"""

from __future__ import annotations

import io
import lzma
import os
import re
import struct
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import IO

from relate.errors import ArchiveError

#: An entry that expands past this many bytes is refused (a zip bomb, or not an export).
MAX_ENTRY_BYTES = 4 * 1024**3
#: A compressed entry over 1 MiB that expands more than this many times is refused: JSON
#: and CSV compress 5-20 times, bombs a thousand times and more.
MAX_RATIO = 200
#: Files read whole rather than streamed (a Bluesky CAR file, X's note-tweet.js).
MAX_WHOLE_BYTES = 1024**3
#: An archive with more entries than this is refused (the central directory is read at once).
MAX_ENTRIES = 1_000_000
#: A tar's members may add up to MAX_RATIO times the compressed file, but never less than
#: this: a tar.gz is one compressed stream, so the ratio is checked on the whole archive.
MIN_TAR_TOTAL = 1024**3

# NotImplementedError and RuntimeError: zipfile on an unknown method, version or flag.
_DAMAGED = (
    zipfile.BadZipFile,
    tarfile.TarError,
    zlib.error,
    lzma.LZMAError,
    EOFError,
    OSError,
    NotImplementedError,
    RuntimeError,
)


def _check_name(archive: Path, name: str) -> str:
    """The member's name, or an error if it could point outside the archive."""
    posix = name.replace("\\", "/")
    parts = PurePosixPath(posix).parts
    if posix.startswith("/") or re.match(r"^[A-Za-z]:", posix) or ".." in parts:
        raise ArchiveError(
            f"{archive}: entry {name!r} has an absolute or '..' path; relate refuses such "
            "archives: download the archive again from the platform"
        )
    return posix


def natural_key(name: str) -> tuple[object, ...]:
    """Sort key putting ``part2`` before ``part10``."""
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", name))


class _Capped(io.RawIOBase):
    """A member stream that stops at ``cap`` bytes and turns damage into ArchiveError."""

    def __init__(self, raw: IO[bytes], label: str, cap: int) -> None:
        self._raw = raw
        self._label = label
        self._left = cap

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        try:
            data = self._raw.read(min(len(buffer), self._left + 1))
        except _DAMAGED as error:
            raise ArchiveError(
                f"{self._label}: cannot be read ({error}); the archive is truncated or "
                "corrupt: download it again"
            ) from None
        self._left -= len(data)
        if self._left < 0:
            raise ArchiveError(
                f"{self._label}: expands past {MAX_ENTRY_BYTES:,} bytes, relate's size cap "
                "for one entry; is this really an export from the platform?"
            )
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._raw.close()
        super().close()


class Archive:
    """The members of an export, whatever it came in; names use ``/`` and are relative."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._zip: zipfile.ZipFile | None = None
        self._tar: tarfile.TarFile | None = None
        self._members: dict[str, zipfile.ZipInfo | tarfile.TarInfo | Path] = {}
        self._folder = False
        try:
            self._load()
        except ArchiveError:
            self.close()
            raise
        except _DAMAGED as error:
            self.close()
            raise ArchiveError(
                f"{path}: not a readable archive ({error}); it may be truncated or corrupt: "
                "download it again"
            ) from None

    def _load(self) -> None:
        path = self.path
        if path.is_dir():
            self._folder = True
            for file in sorted(self._folder_files()):
                self._add(file.relative_to(path).as_posix(), file)
        elif zipfile.is_zipfile(path):
            # zipfile builds every entry at once: refuse a huge count before it does.
            if (_zip_entry_count(path) or 0) > MAX_ENTRIES:
                raise self._too_many()
            self._zip = zipfile.ZipFile(path)
            for info in self._zip.infolist():
                self._check_zip_entry(info)
                if not info.is_dir():
                    self._add(_check_name(path, info.filename), info)
        elif _is_tar(path):
            self._tar = tarfile.open(path, "r:*")  # noqa: SIM115 (closed by close())
            # Directories and other non-file members count too: each costs a TarInfo.
            total_cap = max(MIN_TAR_TOTAL, MAX_RATIO * path.stat().st_size)
            total = 0
            for count, member in enumerate(self._tar, 1):
                if count > MAX_ENTRIES:
                    raise self._too_many()
                _check_name(path, member.name)
                if member.issym() or member.islnk() or member.isdev():
                    raise ArchiveError(
                        f"{path}: entry {member.name!r} is a link or device; relate refuses "
                        "such archives: download the archive again from the platform"
                    )
                if member.isfile():
                    if member.size > MAX_ENTRY_BYTES:
                        raise self._too_big(member.name)
                    total += member.size
                    if total > total_cap:
                        raise ArchiveError(
                            f"{path}: its entries expand past {total_cap:,} bytes ({MAX_RATIO} "
                            "times the archive, at least 1 GiB); relate refuses a likely tar bomb"
                        )
                    self._add(_check_name(path, member.name), member)
        elif path.is_file():
            with open(path, "rb") as f:
                magic = f.read(4)
            if magic.startswith((b"PK\x03\x04", b"\x1f\x8b")):
                kind = "zip" if magic.startswith(b"PK") else "tar.gz"
                raise ArchiveError(
                    f"{path}: a {kind} that cannot be opened (truncated or corrupt); "
                    "download it again"
                )
            self._add(path.name, path)
        else:
            raise ArchiveError(f"{path}: no such file or folder; check the path")

    def _folder_files(self) -> Iterator[Path]:
        """The folder's regular files. Links are not followed: one pointing out of the folder
        could make relate read (and write into its output) any file the user can read, so
        it is refused; one pointing inside is skipped, its target being read under its own name."""
        root = self.path.resolve()

        def fail(error: OSError) -> None:
            raise error

        for folder, dirs, files in os.walk(self.path, onerror=fail):
            for name in [*dirs, *files]:
                entry = Path(folder, name)
                if entry.is_symlink():
                    target = entry.resolve()
                    if not target.is_relative_to(root):
                        raise ArchiveError(
                            f"{self.path}: {entry.relative_to(self.path).as_posix()!r} is a "
                            f"link to {target}, outside the folder; relate does not follow "
                            "links out of an export: copy what it points to into the folder, "
                            "or delete the link"
                        )
                elif name in files and entry.is_file():
                    yield entry

    def _add(self, name: str, member: zipfile.ZipInfo | tarfile.TarInfo | Path) -> None:
        if len(self._members) >= MAX_ENTRIES:
            raise self._too_many()
        # Two entries under one name: only one could be read, and posts would vanish.
        if name in self._members:
            raise ArchiveError(
                f"{self.path}: two entries named {name!r}; download the archive again"
            )
        self._members[name] = member

    def _too_many(self) -> ArchiveError:
        return ArchiveError(
            f"{self.path}: more than {MAX_ENTRIES:,} entries; is this really an export?"
        )

    def _check_zip_entry(self, info: zipfile.ZipInfo) -> None:
        if info.file_size > MAX_ENTRY_BYTES:
            raise self._too_big(info.filename)
        if info.file_size > 1024**2 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ArchiveError(
                f"{self.path}: entry {info.filename!r} expands {info.file_size // max(info.compress_size, 1):,} "
                f"times (cap: {MAX_RATIO}); relate refuses a likely zip bomb"
            )

    def _too_big(self, name: str) -> ArchiveError:
        return ArchiveError(
            f"{self.path}: entry {name!r} expands past {MAX_ENTRY_BYTES:,} bytes, relate's "
            "size cap for one entry; is this really an export from the platform?"
        )

    @property
    def is_folder_or_file(self) -> bool:
        """Whether the members are plain files on disk (which pyarrow can read itself)."""
        return self._zip is None and self._tar is None

    def names(self) -> list[str]:
        return list(self._members)

    def find(self, pattern: str) -> list[str]:
        """Members whose base name fully matches ``pattern``, in natural order."""
        regex = re.compile(pattern, re.IGNORECASE)
        found = [n for n in self._members if regex.fullmatch(n.rsplit("/", 1)[-1])]
        return sorted(found, key=natural_key)

    def local_path(self, name: str) -> Path | None:
        member = self._members[name]
        return member if isinstance(member, Path) else None

    def label(self, name: str) -> str:
        """How to name a member in a message."""
        if self.path.is_file() and not self._zip and not self._tar:
            return str(self.path)
        return f"{self.path}: {name}"

    @contextmanager
    def open_binary(self, name: str) -> Iterator[IO[bytes]]:
        member = self._members[name]
        label = self.label(name)
        try:
            if isinstance(member, Path):
                # In a folder, a file swapped for a link since it was listed is not followed.
                opener = _no_follow if self._folder else None
                raw: IO[bytes] = open(member, "rb", opener=opener)  # noqa: SIM115 (closed by _Capped)
                cap = max(MAX_ENTRY_BYTES, os.fstat(raw.fileno()).st_size)
            elif isinstance(member, zipfile.ZipInfo):
                assert self._zip is not None
                raw = self._zip.open(member)
                cap = MAX_ENTRY_BYTES
            else:
                assert self._tar is not None
                extracted = self._tar.extractfile(member)
                if extracted is None:
                    raise ArchiveError(f"{label}: not a regular file")
                raw = extracted
                cap = MAX_ENTRY_BYTES
        except _DAMAGED as error:
            raise ArchiveError(
                f"{label}: cannot be read ({error}); the archive is truncated or corrupt: "
                "download it again"
            ) from None
        with io.BufferedReader(_Capped(raw, label, cap), 256 * 1024) as stream:
            yield stream

    @contextmanager
    def open_text(self, name: str, newline: str | None = None) -> Iterator[IO[str]]:
        """The member as UTF-8 text; a byte that is not UTF-8 raises ArchiveError."""
        with self.open_binary(name) as binary:
            text = io.TextIOWrapper(binary, encoding="utf-8-sig", newline=newline)
            try:
                yield text
            except UnicodeDecodeError as error:
                raise ArchiveError(
                    f"{self.label(name)}: not UTF-8 text (byte {error.object[error.start : error.end]!r}); "
                    "re-save it as UTF-8 or download the export again"
                ) from None
            finally:
                text.detach()

    def read_bytes(self, name: str, cap: int = MAX_WHOLE_BYTES) -> bytes:
        """A whole member, refused if it is larger than ``cap``."""
        with self.open_binary(name) as stream:
            data = stream.read(cap + 1)
        if len(data) > cap:
            raise ArchiveError(
                f"{self.label(name)}: larger than {cap:,} bytes, relate's cap for a file it "
                "must read whole"
            )
        return data

    def head(self, name: str, size: int = 4096) -> bytes:
        """The first bytes of a member, for telling formats apart."""
        with self.open_binary(name) as stream:
            return stream.read(size)

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
        if self._tar is not None:
            self._tar.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _no_follow(path: str, flags: int) -> int:
    return os.open(path, flags | getattr(os, "O_NOFOLLOW", 0))


def _zip_entry_count(path: Path) -> int | None:
    """The entry count a zip's end-of-central-directory record claims (zip64's if it has
    one), or None if it cannot be found; zipfile itself checks the record later."""
    with open(path, "rb") as f:
        size = f.seek(0, os.SEEK_END)
        tail_start = max(0, size - (65535 + 22))
        f.seek(tail_start)
        tail = f.read()
        end = tail.rfind(b"PK\x05\x06")
        if end < 0 or len(tail) < end + 22:
            return None
        (count,) = struct.unpack_from("<H", tail, end + 10)
        locator = end - 20
        if count != 0xFFFF or locator < 0 or tail[locator : locator + 4] != b"PK\x06\x07":
            return int(count)
        (offset,) = struct.unpack_from("<Q", tail, locator + 8)
        f.seek(min(offset, size))
        record = f.read(56)
        if len(record) < 40 or not record.startswith(b"PK\x06\x06"):
            return None
        (count64,) = struct.unpack_from("<Q", record, 32)
        return int(count64)


def _is_tar(path: Path) -> bool:
    if not path.is_file():
        return False
    try:
        return tarfile.is_tarfile(path)
    except _DAMAGED:
        return False
