"""Scoring on several local processes: texts go out in batches, plain scores come back.

spaCy's own ``nlp.pipe(n_process=...)`` ships whole Docs between processes, which on short
posts costs more than the work it spreads. relate sends only strings and returns Scores
(small frozen dataclasses), so two processes do nearly twice the work of one.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING

from relate.model import Model
from relate.score import Score

if TYPE_CHECKING:
    from relate.scorer import Scorer

_worker_scorer: Scorer | None = None


def _init_worker(scorer: Scorer | Model) -> None:
    global _worker_scorer
    if isinstance(scorer, Model):
        from relate.scorer import Scorer

        scorer = Scorer(model=scorer)
    _worker_scorer = scorer


def _score_batch(texts: list[str]) -> list[Score]:
    assert _worker_scorer is not None
    return _worker_scorer.score_batch(texts)


def score_in_processes(
    scorer: Scorer, batches: Iterator[list[str]], n_process: int
) -> Iterator[Score]:
    """Score batches on ``n_process`` workers, yielding scores in input order while keeping
    at most a few batches per worker in flight (memory stays bounded on long inputs)."""
    methods = multiprocessing.get_all_start_methods()
    # fork hands the loaded scorer to workers for free; elsewhere each worker rebuilds one
    # from the model (with a blank English tokenizer).
    method = "fork" if "fork" in methods else "spawn"
    context = multiprocessing.get_context(method)
    initarg: Scorer | Model = scorer if method == "fork" else scorer.model
    window = 2 * n_process
    with ProcessPoolExecutor(
        n_process, mp_context=context, initializer=_init_worker, initargs=(initarg,)
    ) as pool:
        pending: list[Future[list[Score]]] = []
        for batch in batches:
            pending.append(pool.submit(_score_batch, batch))
            if len(pending) >= window:
                yield from pending.pop(0).result()
        for future in pending:
            yield from future.result()
