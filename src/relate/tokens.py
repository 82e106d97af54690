"""From a post to spaCy tokens: what the featurizer reads.

Two things happen before tokenising, both keeping every character offset (so evidence
spans stay slices of the text the user wrote):

- characters that only look like others are read as what they look like: curly quotes,
  fullwidth punctuation and letters, "𝐛𝐨𝐥𝐝" or "Ⓒⓘⓡⓒⓛⓔⓓ" letters from styled-text
  generators, a byte-order mark or zero-width space. Each maps to exactly one character.
  Lone surrogates (not valid Unicode, so spaCy cannot hash them) become U+FFFD.
- runs of more than :data:`LONG_RUN` characters without whitespace are tokenised in
  pieces: spaCy's prefix and suffix rules are quadratic on such runs (20,000 "!" take
  half a minute), and no word is that long.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache

import numpy as np
from spacy.attrs import IDX, ORTH
from spacy.language import Language
from spacy.tokens import Doc

#: Runs of non-space characters longer than this are tokenised in pieces of this size.
LONG_RUN = 100

_LONG = re.compile(rf"\S{{{LONG_RUN + 1},}}")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _lookalike_table() -> dict[int, str]:
    table: dict[int, str] = {}
    ranges = (
        range(0xFF01, 0xFF5F),  # fullwidth ASCII: ！＃？Ａ
        range(0x1D400, 0x1D800),  # mathematical bold, italic, script, ... letters and digits
        range(0x24B6, 0x24EA),  # circled letters
    )
    for code in (c for r in ranges for c in r):
        plain = unicodedata.normalize("NFKC", chr(code))
        if len(plain) == 1 and plain.isascii():
            table[code] = plain
    for code in (0x2018, 0x2019, 0x201B, 0x2032, 0xFF07):
        table[code] = "'"
    for code in (0x201C, 0x201D, 0x201F, 0x2033, 0xFF02):
        table[code] = '"'
    # Invisible characters that would glue themselves to a word ("\ufeffI" is not "I").
    # ZWJ stays: it joins emoji sequences.
    for code in (0xFEFF, 0x200B, 0x2060, 0x180E):
        table[code] = " "
    return table


_LOOKALIKES = _lookalike_table()


def has_surrogates(text: str) -> bool:
    """Whether ``text`` holds lone surrogates (which :func:`readable` replaces)."""
    return not text.isascii() and _SURROGATE.search(text) is not None


# Every character readable() changes. Most texts beyond ASCII hold none or only a few
# kinds (curly quotes), which str.replace handles faster than str.translate, which looks
# up every character in a dict.
def _odd_class() -> re.Pattern[str]:
    ranges: list[list[int]] = []
    for code in sorted(_LOOKALIKES):  # as ranges: a class of single characters is slow
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    parts = "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
    return re.compile(f"[{parts}\ud800-\udfff]")


_ODD = _odd_class()


def readable(text: str) -> str:
    """``text`` as the featurizer reads it: the same length, look-alikes replaced."""
    if text.isascii():
        return text
    odd = set(_ODD.findall(text))
    if not odd:
        return text
    if len(odd) > 4:
        return _SURROGATE.sub("\ufffd", text.translate(_LOOKALIKES))
    for char in odd:
        text = text.replace(char, _LOOKALIKES.get(ord(char), "\ufffd"))
    return text


def has_long_run(text: str) -> bool:
    """Whether :func:`tokenize` would cut ``text`` into pieces."""
    return len(text) > LONG_RUN and _LONG.search(text) is not None


@cache
def _odd_table() -> np.ndarray:
    """Which characters up to the end of the mathematical alphanumerics readable()
    changes (look-alikes and lone surrogates); none beyond them."""
    table = np.zeros(_ODD_END, dtype=bool)
    table[list(_LOOKALIKES)] = True
    table[0xD800:0xE000] = True
    return table


_ODD_END = max(_LOOKALIKES) + 1


def readable_all(texts: Sequence[str]) -> list[str]:
    """:func:`readable` of each text. Which texts hold a character to replace is found
    for all of them at once (array operations over their characters); most hold none."""
    joined = "\n".join(texts)
    if joined.isascii():
        return list(texts)
    chars = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    odd = np.flatnonzero(_odd_table()[np.minimum(chars, _ODD_END - 1)] & (chars < _ODD_END))
    if not len(odd):
        return list(texts)
    lengths = np.fromiter(map(len, texts), np.int64, len(texts))
    starts = np.cumsum(lengths + 1) - lengths - 1
    owners = set((np.searchsorted(starts, odd, side="right") - 1).tolist())
    return [readable(t) if i in owners else t for i, t in enumerate(texts)]


@cache
def whitespace() -> np.ndarray:
    """Which characters of the Basic Multilingual Plane are whitespace, as ``\\s``
    reads them (none beyond it is; a test checks)."""
    table = np.zeros(0x10000, dtype=bool)
    plane = "".join(map(chr, range(0x10000)))
    table[[m.start() for m in re.finditer(r"\s", plane)]] = True
    return table


_ROW_ATTRS = [IDX, ORTH]


def token_rows(doc: Doc) -> np.ndarray:
    """``doc``'s tokens as the featurizer reads them: one (character offset, ORTH) row
    each."""
    return doc.to_array(_ROW_ATTRS)


def token_rows_all(nlp: Language, texts: Sequence[str]) -> list[np.ndarray]:
    """:func:`token_rows` of :func:`tokenize` of each text. Each Doc is dropped as soon as
    its rows are read: a batch of Docs held at once cost a tenth of the scoring time (in
    memory traffic). Which texts hold a long run is found for all of them at once (array
    operations over their characters: a regular expression per text cost as much as a
    tenth of tokenising it)."""
    joined = "\n".join(texts)
    if len(joined) > LONG_RUN:
        chars = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        spaces = np.flatnonzero(whitespace()[np.minimum(chars, 0xFFFF)])
        runs = np.diff(spaces, prepend=-1, append=len(chars)) - 1
        if runs.max() > LONG_RUN:
            return [tokenize(nlp, t).to_array(_ROW_ATTRS) for t in texts]
    make_doc = nlp.make_doc
    return [make_doc(t).to_array(_ROW_ATTRS) for t in texts]


def tokenize(nlp: Language, text: str) -> Doc:
    """``nlp``'s tokens for ``text`` (already :func:`readable`), with long runs cut."""
    if not has_long_run(text):
        return nlp.make_doc(text)
    words: list[str] = []
    spaces: list[bool] = []
    pos = 0
    for run in _LONG.finditer(text):
        pieces = [text[pos : run.start()]]
        pieces += [text[i : min(i + LONG_RUN, run.end())] for i in range(*run.span(), LONG_RUN)]
        for piece in pieces:
            for token in nlp.make_doc(piece):
                words.append(token.text)
                spaces.append(bool(token.whitespace_))
        pos = run.end()
    for token in nlp.make_doc(text[pos:]):
        words.append(token.text)
        spaces.append(bool(token.whitespace_))
    return Doc(nlp.vocab, words=words, spaces=spaces)
