"""Each tool measured in a process of its own, loaded once and run on request.

A process per tool keeps one tool's imports and garbage out of another's timings; keeping
the processes alive lets measures interleave (relate, spaCy, relate, spaCy, ...), so a
change in the machine's speed during the run touches every tool alike.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import statistics
import time
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from types import TracebackType
from typing import Any, Literal

Tool = Literal[
    "relate", "relate_scores", "relate_component", "spacy_blank", "spacytextblob", "vader"
]
Runner = Callable[[list[str], dict[str, Any]], dict[str, float]]

# Posts run once when texts arrive, so that first-call costs (lazy loads, caches) are not
# timed.
_WARMUP_POSTS = 256


def _load(tool: Tool) -> Runner:
    """A function that processes every text with ``tool`` and returns extra numbers."""
    if tool == "spacy_blank":
        import spacy

        nlp = spacy.blank("en")

        def tokenise(texts: list[str], options: dict[str, Any]) -> dict[str, float]:
            tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=options["batch_size"]))
            return {"tokens_per_post": tokens / len(texts)}

        return tokenise
    if tool == "spacytextblob":
        import spacy
        import spacytextblob.spacytextblob  # noqa: F401  (registers the factory)

        nlp = spacy.blank("en")
        nlp.add_pipe("spacytextblob")

        def blob(texts: list[str], options: dict[str, Any]) -> dict[str, float]:
            subjective = 0
            for doc in nlp.pipe(texts, batch_size=options["batch_size"]):
                # ``.sentiment`` gives both numbers from one analysis; ``.polarity`` and
                # ``.subjectivity`` would analyse the text once each.
                polarity, subjectivity = doc._.blob.sentiment
                subjective += subjectivity > abs(polarity)
            return {"subjective_share": subjective / len(texts)}

        return blob
    if tool == "vader":
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        analyser = SentimentIntensityAnalyzer()

        def vader(texts: list[str], options: dict[str, Any]) -> dict[str, float]:
            for text in texts:
                analyser.polarity_scores(text)
            return {}

        return vader
    if tool == "relate":
        import relate

        def score(texts: list[str], options: dict[str, Any]) -> dict[str, float]:
            evidence = 0
            scores = relate.score_many(
                texts, batch_size=options["batch_size"], n_process=options["n_process"]
            )
            for s in scores:
                evidence += len(s.evidence)
            return {"evidence_per_post": evidence / len(texts)}

        return score
    if tool == "relate_scores":
        import relate

        def numbers(texts: list[str], options: dict[str, Any]) -> dict[str, float]:
            # The four scores and overall only: evidence and suggestions are worked out
            # when first read, which a batch job writing score columns never does.
            total = 0.0
            for s in relate.score_many(
                texts,
                batch_size=options["batch_size"],
                n_process=options["n_process"],
                explain=False,
            ):
                total += s.overall
            return {"mean_overall": total / len(texts)}

        return numbers
    if tool == "relate_component":
        import spacy

        if "fork" in multiprocessing.get_all_start_methods():
            # spaCy's n_process starts processes the default way, which in this spawned
            # worker is spawn; fork is what a user on Linux gets.
            multiprocessing.set_start_method("fork", force=True)

        nlp = spacy.blank("en")
        nlp.add_pipe("relate")

        def component(texts: list[str], options: dict[str, Any]) -> dict[str, float]:
            docs = nlp.pipe(texts, batch_size=options["batch_size"], n_process=options["n_process"])
            scored = sum(doc._.relate_data is not None for doc in docs)
            return {"scored_share": scored / len(texts)}

        return component
    raise ValueError(f"unknown tool {tool!r}")


def _cpu_seconds() -> float:
    """User and system time of this process and of its finished children."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _timed(run: Runner, texts: list[str], options: dict[str, Any]) -> dict[str, float]:
    """Run over all texts, again until ``min_seconds`` have passed; posts per second."""
    options = {"batch_size": 512, "n_process": 1, "min_seconds": 0.0, **options}
    posts = 0
    cpu = _cpu_seconds()
    start = time.perf_counter()
    while True:
        extra = run(texts, options)
        posts += len(texts)
        elapsed = time.perf_counter() - start
        if elapsed >= options["min_seconds"]:
            break
    cpu = _cpu_seconds() - cpu
    return {
        "posts": posts,
        "seconds": round(elapsed, 3),
        "posts_per_second": posts / elapsed,
        "cpu_ms_per_post": 1000 * cpu / posts,
        **extra,
    }


def _latency(payload: dict[str, Any]) -> dict[str, float]:
    """Milliseconds per ``relate.score`` call on one post, after ``warmup`` calls."""
    import relate

    post = payload["post"]
    for _ in range(payload["warmup"]):
        relate.score(post)
    times: list[float] = []
    for _ in range(payload["calls"]):
        start = time.perf_counter_ns()
        relate.score(post)
        times.append((time.perf_counter_ns() - start) / 1e6)
    times.sort()
    return {
        "calls": len(times),
        "p50_ms": _percentile(times, 50),
        "p90_ms": _percentile(times, 90),
        "p99_ms": _percentile(times, 99),
        "max_ms": times[-1],
        "mean_ms": statistics.fmean(times),
    }


def _percentile(ordered: list[float], q: float) -> float:
    """The nearest-rank percentile of sorted values."""
    rank = max(1, round(q / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def _serve(tool: Tool, conn: Connection) -> None:
    try:
        run = _load(tool)
    except Exception:
        conn.send(("error", traceback.format_exc()))
        return
    conn.send(("ok", None))
    texts: list[str] = []
    while (message := conn.recv()) is not None:
        command, payload = message
        try:
            if command == "texts":
                texts = payload
                run(texts[:_WARMUP_POSTS], {"batch_size": 512, "n_process": 1})
                result: object = None
            elif command == "run":
                result = _timed(run, texts[: payload.pop("limit", None)], payload)
            elif command == "latency":
                result = _latency(payload)
            else:
                raise ValueError(f"unknown command {command!r}")
        except Exception:
            conn.send(("error", traceback.format_exc()))
        else:
            conn.send(("ok", result))


class WorkerError(RuntimeError):
    """A tool failed inside its worker: the message is the error, ``details`` the
    worker's traceback."""

    def __init__(self, tool: str, details: str) -> None:
        lines = details.strip().splitlines()
        super().__init__(f"{tool}: {lines[-1] if lines else 'failed'}")
        self.details = details


class Worker:
    """A spawned process holding one loaded tool. Use as a context manager."""

    def __init__(self, tool: Tool) -> None:
        self.tool = tool
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        # Not a daemon: relate's workers need to start processes of their own.
        self._process = context.Process(target=_serve, args=(tool, child))
        self._process.start()
        child.close()
        self.receive()

    def send(self, command: str, payload: object = None) -> None:
        self._conn.send((command, payload))

    def receive(self) -> Any:
        try:
            status, result = self._conn.recv()
        except EOFError:
            raise WorkerError(self.tool, "the worker process died") from None
        if status == "error":
            raise WorkerError(self.tool, result)
        return result

    def ask(self, command: str, payload: object = None) -> Any:
        self.send(command, payload)
        return self.receive()

    def close(self) -> None:
        if self._process.is_alive():
            with contextlib.suppress(OSError):
                self._conn.send(None)
            self._process.join(timeout=30)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()
        self._conn.close()

    def __enter__(self) -> Worker:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()
