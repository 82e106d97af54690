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
from typing import IO, Any

from relate.errors import ArchiveError

#: One JSON item (one post) larger than this is refused rather than buffered.
MAX_ITEM_CHARS = 64 * 1024**2
_CHUNK = 256 * 1024
_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\r\n]*")
# X's files start `window.YTD.tweets.part0 = [`; Grailbird's `Grailbird.data.tweets_2012_01 =`.
_ASSIGNMENT = re.compile(r"\s*[A-Za-z_$][\w$.]*\s*=\s*")


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
        if self._eof:
            return False
        chunk = self._text.read(_CHUNK)
        if not chunk:
            self._eof = True
            return False
        self._offset += self._pos
        self._buf = self._buf[self._pos :] + chunk
        self._pos = 0
        if len(self._buf) > MAX_ITEM_CHARS + _CHUNK:
            raise self.error(f"an item over {MAX_ITEM_CHARS:,} characters")
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

    def value(self) -> Any:
        """Decode the next JSON value."""
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
            except RecursionError:
                raise self.error("nested too deeply") from None
            if end == len(self._buf) and self._fill():
                continue  # a number at the end of a chunk may go on in the next one
            self._pos = end
            return obj

    def array(self) -> Iterator[Any]:
        """The items of the JSON array that starts here, one at a time."""
        self.expect("[")
        if self.peek() == "]":
            self._pos += 1
            return
        while True:
            yield self.value()
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
        if found:
            return
        if not lone:
            raise ArchiveError(
                f"{self._label}: has no {' or '.join(repr(k) for k in keys)} list; is this "
                "the right file?"
            )
        yield rest
