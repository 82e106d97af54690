"""Scoring on several local processes: texts go out in batches, plain numbers come back.

spaCy's own ``nlp.pipe(n_process=...)`` ships whole Docs between processes, which on short
posts costs more than the work it spreads. relate sends only strings, and workers answer
with plain tuples rather than Scores: pickling a frozen dataclass runs Python code for
every object (a post has dozens of Evidence records), which cost about a quarter of the
scoring time in the worker and as much again to unpickle. Tuples of numbers and shared
strings pickle in C; the calling process rebuilds the Scores from them and the texts it
already holds.

The calling process is one of the ``n_process``: it keeps every worker's queue full, then
scores a batch itself while they work, so ``n_process=2`` is two cores scoring, not two
workers and a third process waiting on them; when the input runs out, it takes back the
batches no worker has started rather than wait for them. Batches travel on plain
multiprocessing queues and this process reads the answers itself: a pool whose bookkeeping
runs in a background thread (``concurrent.futures``) hands workers their next batch only
when that thread gets the interpreter lock, which a busy calling process holds: its
workers sat idle about a third of the time.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import queue
from collections.abc import Iterator
from functools import partial
from multiprocessing.process import BaseProcess
from multiprocessing.queues import Queue
from typing import TYPE_CHECKING

from relate.model import Model
from relate.score import Evidence, Score
from relate.scorer import (
    EvidenceRow,
    evidence_from_rows,
    evidence_rows,
    frozen_heap,
    hand_over,
)

if TYPE_CHECKING:
    from relate.scorer import Scorer

# The Score's numbers after ``text`` (four scores, overall, language, warnings) and, when
# asked for, its evidence as rows. Without them the calling process works the evidence out
# again from the text if it is ever read; suggestions are always worked out there.
_Packed = tuple[float, float, float, float, float, str, tuple[str, ...], list[EvidenceRow] | None]
# (batch number, packed scores or None, error message or None); batch -1: the worker failed
# to start.
_Answer = tuple[int, list[_Packed] | None, str | None]
# (batch number, texts, whether to send evidence)
_Task = tuple[int, list[str], bool]

# Batches handed to each worker and not yet answered: one being scored and two waiting,
# enough to keep it busy while the calling process scores a batch of its own.
_QUEUED_PER_WORKER = 3
# How often a wait for an answer checks that the workers are still alive (seconds).
_ALIVE_CHECK = 1.0
# How often an idle worker checks that its parent is still alive (seconds).
_PARENT_CHECK = 1.0


def _pack(score: Score, explain: bool) -> _Packed:
    # Evidence rows carry no text: it is a slice of the input the calling process holds.
    rows = evidence_rows(score) if explain else None
    return (
        score.self_focus,
        score.personal_voice,
        score.dialog,
        score.promotional,
        score.overall,
        score.language,
        score.warnings,
        rows,
    )


def _from_rows(rows: list[EvidenceRow], score: Score) -> tuple[Evidence, ...]:
    return evidence_from_rows(score.text, rows)


def _unpack(scorer: Scorer, text: str, packed: _Packed) -> Score:
    self_focus, personal_voice, dialog, promotional, overall, language, warnings, rows = packed
    return Score(
        text,
        self_focus,
        personal_voice,
        dialog,
        promotional,
        overall,
        None,
        None,
        language,
        warnings,
        explain=scorer.explain if rows is None else partial(_from_rows, rows),
    )


def _orphaned(parent: BaseProcess | None) -> bool:
    return parent is not None and not parent.is_alive()


def _work(tasks: Queue[_Task | None], answers: Queue[_Answer], scorer: Scorer | Model) -> None:
    """A worker: score batches from ``tasks`` until it gets None."""
    try:
        if isinstance(scorer, Model):
            from relate.scorer import Scorer

            scorer = Scorer(model=scorer)
    except Exception as error:
        answers.put((-1, None, f"{type(error).__name__}: {error}"))
        return
    # The worker's loaded state (with fork: the caller's whole heap) lives as long as the
    # worker; left to the collector, every full collection would walk it again.
    gc.freeze()
    parent = multiprocessing.parent_process()
    # Wait in short steps, and look for the parent between batches: a worker whose parent
    # was killed (kill -9, SIGTERM) never gets its None, and must not live on as an orphan
    # holding the parent's open files.
    while not _orphaned(parent):
        try:
            task = tasks.get(timeout=_PARENT_CHECK)
        except queue.Empty:
            continue
        if task is None:
            return
        number, texts, explain = task
        try:
            answers.put((number, [_pack(s, explain) for s in scorer.score_batch(texts)], None))
        except Exception as error:
            answers.put((number, None, f"{type(error).__name__}: {error}"))
    # No one will read the answers not yet sent: exiting must not wait to send them.
    answers.cancel_join_thread()


class _Workers:
    """``n`` worker processes fed from one queue, answering on another."""

    def __init__(self, scorer: Scorer, n: int) -> None:
        # fork hands the loaded scorer to workers for free; elsewhere each worker rebuilds
        # one from the model (with a blank English tokenizer).
        fork = "fork" in multiprocessing.get_all_start_methods()
        context = (
            multiprocessing.get_context("fork") if fork else multiprocessing.get_context("spawn")
        )
        self.tasks: Queue[_Task | None] = context.Queue()
        self.answers: Queue[_Answer] = context.Queue()
        initarg: Scorer | Model = scorer if fork else scorer.model
        self.processes: list[BaseProcess] = [
            context.Process(
                target=_work, args=(self.tasks, self.answers, initarg), name=f"relate-{i}"
            )
            for i in range(n)
        ]
        for process in self.processes:
            process.start()

    def answer(self, wait: bool) -> _Answer | None:
        """The next answer; None when there is none and ``wait`` is false."""
        while True:
            try:
                return self.answers.get(block=wait, timeout=_ALIVE_CHECK if wait else None)
            except queue.Empty:
                if not wait:
                    return None
            for process in self.processes:
                if process.exitcode is not None:
                    raise RuntimeError(
                        f"relate's scoring process {process.name} stopped (exit code "
                        f"{process.exitcode}); score with n_process=1 to see why"
                    )

    def steal(self) -> _Task | None:
        """A batch no worker has taken yet, taken back; None when there is none."""
        try:
            return self.tasks.get_nowait()
        except queue.Empty:
            return None

    def close(self, finished: bool) -> None:
        """Stop the workers: after their last batch when ``finished``, else at once."""
        if finished:
            for _ in self.processes:
                self.tasks.put(None)
        else:
            self.tasks.cancel_join_thread()
            for process in self.processes:
                process.terminate()
        for process in self.processes:
            process.join()
        self.tasks.close()
        self.answers.close()
        if finished:
            self.tasks.join_thread()


def score_in_processes(
    scorer: Scorer, batches: Iterator[list[str]], n_process: int, explain: bool = True
) -> Iterator[Score]:
    """Score batches with ``n_process`` processes (this one and ``n_process - 1`` workers),
    yielding scores in input order with at most a few batches per process held at once,
    so memory stays bounded on long inputs."""
    first = next(batches, None)
    second = next(batches, None)
    if first is None:
        return
    if second is None:  # one batch: starting workers would cost more than it saves
        yield from hand_over(scorer.score_batch(first))
        return
    todo = itertools.chain((first, second), batches)
    queue_limit = _QUEUED_PER_WORKER * (n_process - 1)
    held_limit = 2 * queue_limit + n_process
    sent: dict[int, list[str]] = {}  # batch number -> texts, until its scores are yielded
    answered: dict[int, list[_Packed]] = {}
    scored: dict[int, list[Score]] = {}  # batches scored here
    in_flight = 0
    numbers = itertools.count()
    next_out = 0

    def receive(wait: bool) -> bool:
        nonlocal in_flight
        got = workers.answer(wait)
        if got is None:
            return False
        number, packed, error = got
        if packed is None:
            raise RuntimeError(f"scoring in a worker process failed: {error}")
        answered[number] = packed
        in_flight -= 1
        return True

    def ready() -> Iterator[Score]:
        nonlocal next_out
        while True:
            if next_out in scored:
                yield from hand_over(scored.pop(next_out))
            elif next_out in answered:
                texts = sent.pop(next_out)
                packed = answered.pop(next_out)
                with frozen_heap():
                    scores = [_unpack(scorer, t, p) for t, p in zip(texts, packed, strict=True)]
                yield from hand_over(scores)
            else:
                return
            next_out += 1

    workers = _Workers(scorer, n_process - 1)
    finished = False
    try:
        while True:
            while receive(wait=False):
                pass
            yield from ready()
            while in_flight < queue_limit and (batch := next(todo, None)) is not None:
                number = next(numbers)
                sent[number] = batch
                workers.tasks.put((number, batch, explain))
                in_flight += 1
            batch = next(todo, None)
            if batch is None:
                break
            with frozen_heap():
                scored[next(numbers)] = scorer.score_batch(batch)
            # A slow worker must not let finished batches pile up behind it.
            while in_flight and len(scored) + len(answered) > held_limit:
                receive(wait=True)
                yield from ready()
        # The input has run out: rather than wait while workers go through their queues,
        # this process scores the batches they have not started.
        while in_flight:
            task = workers.steal()
            if task is None:
                receive(wait=True)
            else:
                number, batch, _ = task
                with frozen_heap():
                    scored[number] = scorer.score_batch(batch)
                in_flight -= 1
            yield from ready()
        yield from ready()
        finished = True
    finally:
        workers.close(finished)
