"""Scoring on several local processes: texts go out in batches, plain numbers come back.

spaCy's own ``nlp.pipe(n_process=...)`` ships whole Docs between processes, which on short
posts costs more than the work it spreads. relate sends only strings, and workers answer
with plain tuples rather than Scores: pickling a frozen dataclass runs Python code for
every object (a post has dozens of Evidence records), which cost about a quarter of the
scoring time in the worker and as much again to unpickle. Tuples of numbers and shared
strings pickle in C; the calling process rebuilds the Scores from them and the texts it
already holds.

The calling process is one of the ``n_process``: it scores a batch itself whenever the
workers already have enough queued, so ``n_process=2`` uses two cores, not two workers
and a third process waiting on them.
"""

from __future__ import annotations

import itertools
import multiprocessing
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING

from relate.model import Model
from relate.score import Dimension, Evidence, Score

if TYPE_CHECKING:
    from relate.scorer import Scorer

# (dimension, start, end, weight, feature): an Evidence without its text, which is a slice
# of the input the calling process already holds.
_Row = tuple[Dimension, int, int, float, str]
# The Score's fields after ``text``, with Evidence as rows.
_Packed = tuple[
    float, float, float, float, float, tuple[_Row, ...], tuple[str, ...], str, tuple[str, ...]
]

# Batches queued per worker: one being scored, one waiting, so a worker never idles.
_QUEUED_PER_WORKER = 2

_worker_scorer: Scorer | None = None


def _init_worker(scorer: Scorer | Model) -> None:
    global _worker_scorer
    if isinstance(scorer, Model):
        from relate.scorer import Scorer

        scorer = Scorer(model=scorer)
    _worker_scorer = scorer


def _pack(score: Score) -> _Packed:
    return (
        score.self_focus,
        score.personal_voice,
        score.dialog,
        score.promotional,
        score.overall,
        tuple((e.dimension, e.start, e.end, e.weight, e.feature) for e in score.evidence),
        score.suggestions,
        score.language,
        score.warnings,
    )


def _unpack(text: str, packed: _Packed) -> Score:
    (
        self_focus,
        personal_voice,
        dialog,
        promotional,
        overall,
        rows,
        suggestions,
        language,
        warnings,
    ) = packed
    evidence = tuple(
        Evidence(dimension, start, end, text[start:end], weight, feature)
        for dimension, start, end, weight, feature in rows
    )
    return Score(
        text,
        self_focus,
        personal_voice,
        dialog,
        promotional,
        overall,
        evidence,
        suggestions,
        language,
        warnings,
    )


def _score_batch(texts: list[str]) -> list[_Packed]:
    assert _worker_scorer is not None
    return [_pack(s) for s in _worker_scorer.score_batch(texts)]


_Pending = tuple[list[str], Future[list[_Packed]] | list[Score]]


def _ready(item: _Pending) -> bool:
    result = item[1]
    return not isinstance(result, Future) or result.done()


def _take(item: _Pending) -> list[Score]:
    texts, result = item
    if isinstance(result, Future):
        return [_unpack(t, p) for t, p in zip(texts, result.result(), strict=True)]
    return result


def score_in_processes(
    scorer: Scorer, batches: Iterator[list[str]], n_process: int
) -> Iterator[Score]:
    """Score batches with ``n_process`` processes (this one and ``n_process - 1`` workers),
    yielding scores in input order with at most a few batches per process held at once,
    so memory stays bounded on long inputs."""
    first = next(batches, None)
    second = next(batches, None)
    if first is None:
        return
    if second is None:  # one batch: starting workers would cost more than it saves
        yield from scorer.score_batch(first)
        return
    methods = multiprocessing.get_all_start_methods()
    # fork hands the loaded scorer to workers for free; elsewhere each worker rebuilds one
    # from the model (with a blank English tokenizer).
    method = "fork" if "fork" in methods else "spawn"
    initarg: Scorer | Model = scorer if method == "fork" else scorer.model
    workers = n_process - 1
    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context(method),
        initializer=_init_worker,
        initargs=(initarg,),
    )
    pending: deque[_Pending] = deque()
    try:
        for batch in itertools.chain((first, second), batches):
            while pending and _ready(pending[0]):
                yield from _take(pending.popleft())
            queued = sum(1 for _, r in pending if isinstance(r, Future) and not r.done())
            if queued < _QUEUED_PER_WORKER * workers:
                pending.append((batch, pool.submit(_score_batch, batch)))
            else:
                pending.append((batch, scorer.score_batch(batch)))
            # A slow worker must not let finished batches pile up behind it.
            while len(pending) > 2 * _QUEUED_PER_WORKER * n_process:
                yield from _take(pending.popleft())
        while pending:
            yield from _take(pending.popleft())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
