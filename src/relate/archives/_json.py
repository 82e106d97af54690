"""Stream the items of a large JSON array without holding the whole file in memory.

Exports put every post in one JSON array (X's ``tweets.js`` runs to gigabytes for
prolific accounts), so ``json.load`` would hold the file and every parsed post at once.
This reads a chunk at a time and decodes one array item at a time with the standard
library's own decoder.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from relate.errors import ArchiveError

#: One JSON item (one post) larger than this is refused rather than buffered.
MAX_ITEM_CHARS = 64 * 1024**2
_CHUNK = 256 * 1024
_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\r\n]*")
# X's files start `window.YTD.tweets.part0 = [`; Grailbird's `Grailbird.data.tweets_2012_01 =`.
_ASSIGNMENT = re.compile(r"\s*[A-Za-z_$][\w$.]*\s*=\s*")
# What skipping an undecodable item must look at: strings (which may hold brackets) and
# the brackets and commas that delimit items.
_STRUCTURE = re.compile(r'["\[\]{},]')
_STRING_REST = re.compile(r'[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)


@dataclass(frozen=True, slots=True)
class BadItem:
    """An array item that is valid JSON but cannot be decoded (a number of thousands of
    digits, nesting deeper than Python's recursion limit): one bad row, not a failed file."""

    reason: str


class _Undecodable(Exception):
    pass


def odd_value(error: BaseException) -> str:
    """Why a well-formed value cannot be read, in words (not a hint to change Python's limits)."""
    if isinstance(error, RecursionError):
        return "nested too deeply"
    if isinstance(error, ValueError) and "integer string conversion" in str(error):
        return "a number too long to read"
    return f"{type(error).__name__}: {str(error)[:200]}"


class JsonStream:
    """A cursor over JSON text read in chunks; ``label`` names the file in errors."""

    def __init__(self, text: IO[str], label: str) -> None:
        self._text = text
        self._label = label
        self._buf = ""
        self._pos = 0
        self._offset = 0  # characters dropped from the front of _buf so far
        self._eof = False

    def _fill(self) -> bool:
        """Read more, dropping what was consumed. At least as much as is pending is read,
        so a retry that re-scans the pending text (one large item) costs linear time overall."""
        if self._eof:
            return False
        pending = len(self._buf) - self._pos
        if pending >= MAX_ITEM_CHARS:
            # Not damage: one item too large to hold. Say so, rather than "invalid JSON".
            raise ArchiveError(
                f"{self._label}: an item near character {self._offset + self._pos:,} "
                f"is over {MAX_ITEM_CHARS:,} characters, relate's cap for one item (one post); "
                "remove that item, or check that this is the platform's own export"
            )
        chunk = self._text.read(max(_CHUNK, min(pending, MAX_ITEM_CHARS - pending)))
        if not chunk:
            self._eof = True
            return False
        self._offset += self._pos
        self._buf = self._buf[self._pos :] + chunk
        self._pos = 0
        return True

    def error(self, what: str) -> ArchiveError:
        where = self._offset + self._pos
        return ArchiveError(
            f"{self._label}: invalid JSON near character {where:,} ({what}); the file is "
            "truncated or damaged: download the export again"
        )

    def peek(self) -> str:
        """The next character that is not white space, or ``""`` at the end."""
        while True:
            match = _SPACE.match(self._buf, self._pos)
            self._pos = match.end() if match else self._pos
            if self._pos < len(self._buf):
                return self._buf[self._pos]
            if not self._fill():
                return ""

    def skip_assignment(self) -> None:
        """Skip a leading ``name =`` (JavaScript that assigns the JSON to a variable)."""
        if self.peek() in "[{":
            return
        while "=" not in self._buf[self._pos :] and len(self._buf) < 4096 and self._fill():
            pass
        match = _ASSIGNMENT.match(self._buf, self._pos)
        if match is None:
            raise self.error("expected `name = [` at the start")
        self._pos = match.end()

    def expect(self, char: str) -> None:
        found = self.peek()
        if found != char:
            raise self.error(f"expected {char!r}, found {found or 'the end of the file'!r}")
        self._pos += 1

    def end(self) -> None:
        """Refuse anything after the top-level value but white space and a JavaScript ``;``:
        text there means a damaged or altered file, whose posts may be missing."""
        if self.peek() == ";":
            self._pos += 1
        found = self.peek()
        if found:
            raise self.error(f"unexpected {found!r} after the end of the JSON")

    def value(self) -> Any:
        """Decode the next JSON value."""
        try:
            return self._decode()
        except _Undecodable as error:
            raise self.error(str(error)) from None

    def _decode(self) -> Any:
        self.peek()
        while True:
            try:
                obj, end = _DECODER.raw_decode(self._buf, self._pos)
            except json.JSONDecodeError as error:
                # Only an error at the end of the buffer can be cured by reading more.
                near_end = error.pos >= len(self._buf) - 16 or error.msg.startswith("Unterminated")
                if near_end and self._fill():
                    continue
                raise self.error(error.msg) from None
            except (ValueError, RecursionError) as error:
                raise _Undecodable(odd_value(error)) from None
            if end == len(self._buf) and self._fill():
                continue  # a number at the end of a chunk may go on in the next one
            self._pos = end
            return obj

    def _skip(self) -> None:
        """Move past one well-formed value without decoding it (its syntax is not checked)."""
        depth = 0
        while True:
            match = _STRUCTURE.search(self._buf, self._pos)
            if match is None:
                self._pos = len(self._buf)
                if not self._fill():
                    raise self.error("the file ends inside an item")
                continue
            char = match.group()
            if char == '"':
                self._pos = match.start()
                while (rest := _STRING_REST.match(self._buf, self._pos + 1)) is None:
                    if not self._fill():
                        raise self.error("the file ends inside a string")
                self._pos = rest.end()
            elif char in "[{":
                depth += 1
                self._pos = match.end()
            elif depth == 0:  # the `,` or `]` after a bare value
                self._pos = match.start()
                return
            else:
                self._pos = match.end()
                if char != ",":
                    depth -= 1
            if depth == 0:
                return

    def array(self) -> Iterator[Any]:
        """The items of the JSON array that starts here, one at a time; an item that is
        valid JSON but cannot be decoded comes as a :class:`BadItem`."""
        self.expect("[")
        if self.peek() == "]":
            self._pos += 1
            return
        while True:
            try:
                item = self._decode()
            except _Undecodable as error:
                self._skip()
                item = BadItem(str(error))
            yield item
            found = self.peek()
            self._pos += 1
            if found == "]":
                return
            if found != ",":
                self._pos -= 1
                raise self.error(f"expected ',' or ']', found {found or 'the end of the file'!r}")

    def items(self, keys: tuple[str, ...] = (), *, lone: bool = True) -> Iterator[Any]:
        """Items of a top-level array, or of the array under one of ``keys`` of a top-level
        object; an object without such a key is one item itself when ``lone``."""
        first = self.peek()
        if first == "[":
            yield from self.array()
            self.end()
            return
        if first != "{":
            raise self.error("expected a JSON array or object")
        self._pos += 1
        rest: dict[str, Any] = {}
        found = False
        while self.peek() != "}":
            key = self.value()
            if not isinstance(key, str):
                raise self.error("expected a key")
            self.expect(":")
            if key in keys and self.peek() == "[":
                found = True
                yield from self.array()
            else:
                rest[key] = self.value()
            if self.peek() == ",":
                self._pos += 1
            elif self.peek() != "}":
                raise self.error("expected ',' or '}'")
        self._pos += 1
        self.end()
        if found:
            return
        if not lone:
            raise ArchiveError(
                f"{self._label}: has no {' or '.join(repr(k) for k in keys)} list; is this "
                "the right file?"
            )
        yield rest
