"""Array helpers for featurizing a batch of texts at once: the spans found so far as
flat columns, token ranges, and counts."""

from __future__ import annotations

import math

import numpy as np

Span = tuple[int, int]

# Exactly math.log1p of small counts (the model was trained on these values).
_LOG1P = np.array([math.log1p(k) for k in range(1024)])


class SpanColumns:
    """The spans of a batch as it is being featurized: text number, feature column,
    start and end of each, gathered one by one or as arrays."""

    def __init__(self) -> None:
        self.text: list[int] = []
        self.feature: list[int] = []
        self.start: list[int] = []
        self.end: list[int] = []
        self.arrays: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []

    def add(self, d: int, feature: int, found: list[Span]) -> None:
        for s, e in found:
            self.text.append(d)
            self.feature.append(feature)
            self.start.append(s)
            self.end.append(e)

    def add_arrays(
        self, d: np.ndarray, feature: int | np.ndarray, start: np.ndarray, end: np.ndarray
    ) -> None:
        if len(d):
            if isinstance(feature, int):
                feature = np.full(len(d), feature)
            self.arrays.append((d, feature, start, end))

    def columns(self) -> list[np.ndarray]:
        """Text, feature, start and end of every span, one array each."""
        return [
            np.concatenate(
                [np.asarray(getattr(self, name), dtype=np.int64)]
                + [a[i].astype(np.int64) for a in self.arrays]
            )
            for i, name in enumerate(("text", "feature", "start", "end"))
        ]


def inside(
    starts: np.ndarray, ends: np.ndarray, block_starts: np.ndarray, block_ends: np.ndarray
) -> np.ndarray:
    """Which spans (start and end offsets) lie wholly inside one of the blocks."""
    if not len(block_starts) or not len(starts):
        return np.zeros(len(starts), dtype=bool)
    order = np.argsort(block_starts, kind="stable")
    # The block reaching furthest among those that start at or before a span's start.
    reach = np.maximum.accumulate(block_ends[order])
    k = np.searchsorted(block_starts[order], starts, side="right") - 1
    return (k >= 0) & (reach[np.maximum(k, 0)] >= ends)


def keep_longest(
    start: np.ndarray, end: np.ndarray, lists: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per word list, non-overlapping token ranges, longest first, so "thank you" is not
    also "thank". Ranges come sorted by list, start and end. The usual overlap is one
    token inside a phrase of the same list, dropped at once; phrases of one list that
    overlap each other are sorted out one by one (ranges of different texts never
    overlap)."""
    order = np.lexsort((end, start, lists))
    start, end, lists = start[order], end[order], lists[order]
    clash = (lists[1:] == lists[:-1]) & (start[1:] < end[:-1])
    if not clash.any():
        return start, end, lists
    keep = np.ones(len(start), dtype=bool)
    long = np.flatnonzero(end - start > 1)
    ls, le, ll = start[long], end[long], lists[long]
    tangled = np.flatnonzero((ll[1:] == ll[:-1]) & (ls[1:] < le[:-1]))
    # Tokens inside a phrase, as list * size + token: a one-token match there goes.
    size = int(end.max()) + 1
    width = le - ls
    inside = np.repeat(ll * size + ls - np.cumsum(width) + width, width) + np.arange(width.sum())
    single = np.flatnonzero(end - start == 1)
    keep[single] = ~np.isin(lists[single] * size + start[single], inside)
    if len(tangled):
        # Phrases of one list overlapping each other ("let me know" and "me know what you
        # think"): longest first, one by one, among the ranges that overlap them.
        reach = np.maximum.accumulate(lists * size + end)
        cluster = np.cumsum(np.concatenate(([True], lists[1:] * size + start[1:] >= reach[:-1])))
        knotted = np.unique(cluster[long[1:]][(ll[1:] == ll[:-1]) & (ls[1:] < le[:-1])])
        members = np.flatnonzero(np.isin(cluster, knotted))
        taken: set[tuple[int, int]] = set()
        ranges = sorted(
            zip(
                start[members].tolist(),
                end[members].tolist(),
                lists[members].tolist(),
                members.tolist(),
                strict=True,
            ),
            key=lambda m: (m[0] - m[1], m[0]),
        )
        keep[members] = False
        for s, e, j, member in ranges:
            tokens = {(j, t) for t in range(s, e)}
            if taken.isdisjoint(tokens):
                keep[member] = True
                taken.update(tokens)
    return start[keep], end[keep], lists[keep]


def covered(n: int, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Tokens inside any of the (non-overlapping) ranges."""
    edges = np.bincount(start, minlength=n + 1) - np.bincount(end, minlength=n + 1)
    inside: np.ndarray = np.cumsum(edges[:n]) > 0
    return inside


def last_in(positions: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Per text, the last of ``positions`` (sorted token indices) inside it, if any."""
    k = np.searchsorted(positions, ends) - 1
    ok = k >= 0
    found = positions[k[ok]]
    return found[found >= starts[ok]]


def first_in(positions: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Per text, the first of ``positions`` inside it, if any."""
    k = np.searchsorted(positions, starts)
    ok = k < len(positions)
    found = positions[k[ok]]
    return found[found < ends[ok]]


def log1p_counts(counts: np.ndarray) -> np.ndarray:
    """math.log1p of each count, bit for bit (numpy's log1p may differ in the last place)."""
    if counts.size and counts.max() >= len(_LOG1P):
        flat = [math.log1p(c) for c in counts.ravel().tolist()]
        return np.array(flat, dtype=np.float64).reshape(counts.shape)
    logs: np.ndarray = _LOG1P[counts]
    return logs
