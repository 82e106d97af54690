"""What each distinct spelling in a batch is, looked up for all its tokens at once."""

from __future__ import annotations

import numpy as np


class Spellings:
    """What each distinct spelling is, by its spaCy hash: flag bits, length, lower-cased
    form. Looked up for every token of a batch at once; a spelling is worked out the first
    time it is seen. Replaced (never emptied: a batch in progress keeps the arrays it
    read) once it holds LIMIT spellings, so memory stays bounded on archives with
    millions of distinct words."""

    LIMIT = 200_000

    def __init__(self, capacity: int = 4096) -> None:
        # Spelling hash -> row, an open-addressing hash table in numpy arrays (one tuple:
        # keys, rows with -1 for an empty slot, longest probe), replaced whole when it
        # grows, so a reader in another thread always sees a consistent one. Looking up
        # every token of a batch is then a few array operations; a dict lookup per token
        # cost four times as much.
        self.slots: tuple[np.ndarray, np.ndarray, int] = _slots(1 << 13)
        self.size = 0
        self.flags = np.zeros(capacity, dtype=np.int64)
        self.length = np.zeros(capacity, dtype=np.int64)
        self.key = np.zeros(capacity, dtype=np.uint64)  # the lower-cased form, hashed
        self.languages = np.zeros(capacity, dtype=np.int64)  # see language.word_languages
        self.lower = np.empty(capacity, dtype=object)

    def grow(self, needed: int) -> None:
        capacity = len(self.flags)
        while capacity < needed:
            capacity *= 2
        for name in ("flags", "length", "key", "languages", "lower"):
            old = getattr(self, name)
            new = (
                np.zeros(capacity, dtype=old.dtype)
                if old.dtype != object
                else np.empty(capacity, dtype=object)
            )
            new[: len(old)] = old
            setattr(self, name, new)

    def find(self, orths: np.ndarray) -> np.ndarray:
        """The rows of ``orths``; -1 for a spelling not known yet."""
        keys, rows, longest = self.slots
        mask = len(keys) - 1
        slot = (orths & np.uint64(mask)).astype(np.intp)
        found = np.full(len(orths), -1, dtype=np.intp)
        pending = np.arange(len(orths))
        for _ in range(longest + 1):
            at = slot[pending]
            row = rows[at]
            hit = (row >= 0) & (keys[at] == orths[pending])
            found[pending[hit]] = row[hit]
            pending = pending[~hit & (row >= 0)]  # an empty slot ends the search
            if not len(pending):
                break
            slot[pending] = (slot[pending] + 1) & mask
        return found

    def add(self, orth: int) -> int:
        """A new row for ``orth`` (not known yet)."""
        keys, rows, longest = self.slots
        if 2 * (self.size + 1) > len(keys):  # at most half full: short probes
            keys, rows, longest = _slots(2 * len(keys), keys[rows >= 0], rows[rows >= 0])
        row = self.size
        longest = max(longest, _put(keys, rows, orth, row))
        self.slots = (keys, rows, longest)
        self.size += 1
        return row


def _slots(
    capacity: int, keys: np.ndarray | None = None, rows: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray, int]:
    table_keys = np.zeros(capacity, dtype=np.uint64)
    table_rows = np.full(capacity, -1, dtype=np.intp)
    longest = 0
    if keys is not None and rows is not None:
        for key, row in zip(keys.tolist(), rows.tolist(), strict=True):
            longest = max(longest, _put(table_keys, table_rows, key, row))
    return table_keys, table_rows, longest


def _put(keys: np.ndarray, rows: np.ndarray, key: int, row: int) -> int:
    """Store ``key -> row`` at its first free slot; return how far that was."""
    mask = len(keys) - 1
    slot = key & mask
    probes = 0
    while rows[slot] >= 0:
        slot = (slot + 1) & mask
        probes += 1
    keys[slot] = key  # the key before the row: a reader takes a slot by its row
    rows[slot] = row
    return probes
