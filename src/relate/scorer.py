"""The scorer: a tokenizer, the featurizer and the model, turning texts into Scores."""

from __future__ import annotations

import gc
import operator
import os
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from itertools import repeat
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
from spacy.language import Language

from relate.features import FEATURES, FeatureBatch, Featurizer
from relate.model import Model
from relate.score import DIMENSIONS, RAISES, Evidence, Score
from relate.tokens import has_surrogates, readable, readable_all, token_rows_all, tokenize

if TYPE_CHECKING:
    import pandas as pd

#: Longer inputs are scored on their first MAX_CHARS characters (and say so in
#: ``warnings``), which keeps the time for one input bounded. No social platform allows
#: posts this long except Facebook, whose longest posts are essays rather than posts.
MAX_CHARS = 20_000

_RAISES = np.array([RAISES[d] for d in DIMENSIONS])

# Evidence below this share of a score's log-odds is noise to a reader.
_MIN_WEIGHT = 0.02


def seen_text(text: str) -> str:
    """What the featurizer reads of ``text``: its first MAX_CHARS characters, look-alike
    characters as plain ones (same length, so offsets hold)."""
    return readable(text[:MAX_CHARS])


def seen_texts(texts: Sequence[str]) -> list[str]:
    """:func:`seen_text` of each text, look-alikes found for all of them at once."""
    return readable_all([t[:MAX_CHARS] for t in texts])


def check_text(text: object, where: str = "relate.score") -> str:
    if not isinstance(text, str):
        raise TypeError(f"{where} expects a str, got {type(text).__name__}")
    return text


def build_scores(
    tokens: Sequence[np.ndarray],
    seen: Sequence[str],
    texts: Sequence[str],
    featurizer: Featurizer,
    model: Model,
) -> list[Score]:
    """Score tokenised texts in one batch: one matrix product for all of them.

    ``texts`` are the inputs, ``seen`` what was tokenised (the first MAX_CHARS
    characters, look-alikes read as plain characters), ``tokens`` its
    :func:`relate.tokens.token_rows`; see :mod:`relate.tokens`.
    """
    if not tokens:
        return []
    batch = featurizer.batch_rows(tokens, seen)
    # Rounded to 4 places: more digits than that are noise, and equal inputs then print
    # and compare equal everywhere (CSV, JSON, the terminal).
    probabilities = np.round(model.predict(batch.values), 4)
    overall = _overall(probabilities)
    evidence = BatchEvidence(batch, model.weights)
    scores = []
    for i, (text, read, p) in enumerate(zip(texts, seen, probabilities.tolist(), strict=True)):
        warnings = batch.warnings[i]
        if len(text) > len(read):
            warnings = (*warnings, f"scored the first {len(read):,} of {len(text):,} characters")
        if has_surrogates(text):
            warnings = (
                *warnings,
                "replaced characters that are not valid Unicode (lone surrogates)",
            )
        scores.append(
            Score(
                text,
                p[0],
                p[1],
                p[2],
                p[3],
                overall[i],
                None,
                None,
                batch.language[i],
                warnings,
                explain=partial(evidence.records, i),
            )
        )
    return scores


def _overall(probabilities: np.ndarray) -> list[float]:
    """:func:`relate.score.overall_from` of each row, to the last bit: the same sums in
    the same order (IEEE arithmetic is the same in numpy), rounded by Python."""
    toward = np.where(_RAISES, probabilities, 1.0 - probabilities)
    total = toward[:, 0]
    for k in range(1, toward.shape[1]):
        total = total + toward[:, k]
    return [round(v, 1) for v in (100.0 * total / toward.shape[1]).tolist()]


#: Evidence before it becomes records: (start, end, score index, feature, weight), in
#: output order. Worker processes send these.
EvidenceRow = tuple[int, int, int, str, float]

# Feature numbers in the order of their names: evidence on one span for one score is
# listed by feature name.
_BY_NAME = np.argsort(np.argsort(np.array(FEATURES)))
_NAME_BITS = (len(FEATURES) - 1).bit_length()
_MAKE = partial(tuple.__new__, Evidence)  # Evidence._make minus two Python-level calls


class BatchEvidence:
    """The evidence of a batch of Scores: each feature's contribution to each score's
    log-odds (weight x value), shared equally among the spans that produced it, for every
    text of the batch at once (a few array operations), the first time any is read."""

    __slots__ = ("_batch", "_lock", "_rows", "_weights")

    def __init__(self, batch: FeatureBatch, weights: np.ndarray) -> None:
        self._batch: FeatureBatch | None = batch
        self._weights = weights
        self._rows: _EvidenceTable | None = None
        self._lock = threading.Lock()

    def _table(self) -> _EvidenceTable:
        rows = self._rows
        if rows is None:
            with self._lock:
                if self._rows is None:
                    assert self._batch is not None
                    self._rows = _evidence_table(self._batch, self._weights)
                    self._batch = None  # the spans are not needed any more
                rows = self._rows
        return rows

    def rows(self, i: int) -> list[EvidenceRow]:
        """Text ``i``'s evidence as :data:`EvidenceRow` tuples, in output order."""
        table = self._table()
        a, z = table.bounds[i], table.bounds[i + 1]
        return list(
            zip(
                table.start[a:z],
                table.end[a:z],
                table.dim[a:z],
                table.feature_name[a:z],
                table.weight[a:z],
                strict=True,
            )
        )

    def records(self, i: int, score: Score) -> tuple[Evidence, ...]:
        """Text ``i``'s Evidence records (``score`` is its Score: the text is sliced
        from it, once per span however many records share the span)."""
        table = self._table()
        a, z = table.bounds[i], table.bounds[i + 1]
        first, last = table.span_bounds[i], table.span_bounds[i + 1]
        spans = map(slice, table.span_start[first:last], table.span_end[first:last])
        words = list(map(score.text.__getitem__, spans))
        return tuple(
            map(
                tuple.__new__,
                repeat(Evidence),
                zip(
                    table.dim_name[a:z],
                    table.start[a:z],
                    table.end[a:z],
                    map(words.__getitem__, table.span[a:z]),
                    table.weight[a:z],
                    table.feature_name[a:z],
                    strict=True,
                ),
            )
        )


_DIMENSION_NAMES = np.array(DIMENSIONS, dtype=object)
_FEATURE_NAMES = np.array(FEATURES, dtype=object)


class _EvidenceTable(NamedTuple):
    """Every evidence row of a batch, sorted by text, start, end, score and feature name,
    as plain lists: converted once for the batch, each Score's rows are then list slices
    (cheaper than converting each Score's share of arrays)."""

    bounds: list[int]  # text i's rows: bounds[i]:bounds[i + 1]
    start: list[int]
    end: list[int]
    dim: list[int]
    dim_name: list[str]
    feature_name: list[str]
    weight: list[float]
    span: list[int]  # each row's span, numbered within its text
    span_start: list[int]  # of each span
    span_end: list[int]
    span_bounds: list[int]  # text i's spans: span_bounds[i]:span_bounds[i + 1]


def _evidence_table(batch: FeatureBatch, weights: np.ndarray) -> _EvidenceTable:
    n_texts, n_features = batch.values.shape
    text, feature = batch.span_text, batch.span_feature
    counts = np.bincount(text * n_features + feature, minlength=n_texts * n_features)
    counts = counts.reshape(n_texts, n_features)
    shares = weights[None, :, :] * (batch.values / np.maximum(counts, 1))[:, None, :]
    shares *= (counts > 0)[:, None, :]
    strong = np.abs(shares) >= _MIN_WEIGHT
    # Spans in text, start, end and feature-name order, then their rows score by score
    # (each block keeps that order), then one stable sort by text, start and end merges
    # the four blocks: rows of one span come score by score, then by feature name.
    start, end = batch.span_start, batch.span_end
    bits = int(end.max(initial=0)).bit_length()  # 15 for texts of MAX_CHARS
    where = (text << bits | start) << bits | end
    order = np.argsort(where << _NAME_BITS | _BY_NAME[feature], kind="stable")
    text, feature, start, end, where = (a[order] for a in (text, feature, start, end, where))
    strong_rows = strong[text, :, feature].T  # (score, span)
    span = np.concatenate([np.flatnonzero(r) for r in strong_rows])
    dim = np.repeat(np.arange(len(strong_rows)), strong_rows.sum(axis=1))
    merged = np.argsort(where[span], kind="stable")
    order, dim = span[merged], dim[merged]
    text, feature, start, end = (a[order] for a in (text, feature, start, end))
    weight = np.round(shares[text, dim, feature], 4)
    bounds = np.searchsorted(text, np.arange(n_texts + 1))
    new_span = np.ones(len(text), dtype=bool)
    new_span[1:] = (start[1:] != start[:-1]) | (end[1:] != end[:-1]) | (text[1:] != text[:-1])
    span = np.cumsum(new_span) - 1
    span_bounds = np.searchsorted(text[new_span], np.arange(n_texts + 1))
    span -= span_bounds[text]  # numbered within each text
    return _EvidenceTable(
        bounds.tolist(),
        start.tolist(),
        end.tolist(),
        dim.tolist(),
        _DIMENSION_NAMES[dim].tolist(),
        _FEATURE_NAMES[feature].tolist(),
        weight.tolist(),
        span.tolist(),
        start[new_span].tolist(),
        end[new_span].tolist(),
        span_bounds.tolist(),
    )


def evidence_from_rows(text: str, rows: Iterable[EvidenceRow]) -> tuple[Evidence, ...]:
    """The Evidence records of ``text`` from :data:`EvidenceRow` tuples."""
    return tuple([_MAKE((DIMENSIONS[i], s, e, text[s:e], w, f)) for s, e, i, f, w in rows])


def evidence_rows(score: Score) -> list[EvidenceRow]:
    """``score``'s evidence as rows, without building the records when they are not
    built yet (what a worker process sends)."""
    pending = score._explain
    if score._evidence is None and isinstance(pending, partial):
        owner = getattr(pending.func, "__self__", None)
        if isinstance(owner, BatchEvidence):
            return owner.rows(*pending.args)
    index = {d: i for i, d in enumerate(DIMENSIONS)}
    return [(e.start, e.end, index[e.dimension], e.feature, e.weight) for e in score.evidence]


class _Pipe(NamedTuple):
    nlp: Language
    featurizer: Featurizer
    strings: int  # strings in the vocabulary when it was set up


def _blank() -> Language:
    import spacy

    return spacy.blank("en")


class Scorer:
    """A loaded tokenizer and model; reuse one to score many posts.

    ``nlp`` is any English spaCy pipeline (only its tokenizer is used); by default
    ``spacy.blank("en")``, so nothing is ever downloaded. ``model`` is a :class:`Model`
    or the path of a model file; by default the model shipped with relate.
    """

    def __init__(
        self,
        nlp: Language | None = None,
        model: Model | str | os.PathLike[str] | None = None,
    ) -> None:
        # A pipeline relate made is relate's alone, so it may be replaced when it has
        # grown large (see _renewed); a caller's pipeline is left exactly as it was given.
        self._owns_nlp = nlp is None
        self._empty: Score | None = None
        self.model = model if isinstance(model, Model) else Model.load(model)
        self._use(nlp if nlp is not None else _blank())

    def _use(self, nlp: Language) -> None:
        # One attribute, replaced whole: a thread mid-batch keeps the pipeline and the
        # featurizer it started with, even if another thread renews them meanwhile.
        self._pipe = _Pipe(nlp, Featurizer(nlp.vocab, nlp.make_doc), len(nlp.vocab.strings))

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline whose tokenizer is used."""
        return self._pipe.nlp

    @property
    def featurizer(self) -> Featurizer:
        return self._pipe.featurizer

    def _renewed(self) -> _Pipe:
        """The pipeline to use now: a fresh one once this one holds STRINGS_LIMIT strings
        it did not start with. Every distinct word, link and handle scored stays in spaCy's
        string store, lexicon and tokenizer cache, so memory would grow with the input
        (hundreds of MB over a few hundred thousand posts). spaCy's memory zones bound that
        too, but empty the tokenizer cache at each zone's end, which made tokenising 4x
        slower; a fresh pipeline costs ~0.1 s once per a few hundred thousand posts.
        Nothing scored refers to the old one: a Score holds plain data."""
        pipe = self._pipe
        if self._owns_nlp and len(pipe.nlp.vocab.strings) - pipe.strings > self.STRINGS_LIMIT:
            self._use(_blank())
            pipe = self._pipe
        return pipe

    #: New strings a relate-made pipeline may collect before it is replaced (~100 MB).
    STRINGS_LIMIT = 200_000

    def _scores(self, pipe: _Pipe, texts: Sequence[str]) -> list[Score]:
        seen = seen_texts(texts)
        tokens = token_rows_all(pipe.nlp, seen)
        return build_scores(tokens, seen, texts, pipe.featurizer, self.model)

    def explain(self, score: Score) -> tuple[Evidence, ...]:
        """The evidence of ``score``, worked out again from its text (for scores that
        arrive without it, such as those from worker processes)."""
        pipe = self._pipe
        seen = seen_text(score.text)
        batch = pipe.featurizer.batch([tokenize(pipe.nlp, seen)], [seen])
        return BatchEvidence(batch, self.model.weights).records(0, score)

    def score(self, text: str) -> Score:
        """Score one draft post."""
        check_text(text)
        return self.score_batch([text])[0]

    def score_batch(self, texts: Sequence[str]) -> list[Score]:
        """Score a list of texts at once (what :meth:`score_many` does per batch)."""
        for text in texts:
            check_text(text, "relate.score_many")
        pipe = self._renewed()
        if "" not in texts:
            return self._scores(pipe, texts)
        # Empty texts (posts a batch job skips pass through as "") all get the same
        # Score: built once, shared (it is immutable).
        if self._empty is None:
            self._empty = self._scores(pipe, [""])[0]
        empty = self._empty
        filled = [t for t in texts if t]
        scored = iter(self._scores(pipe, filled))
        return [next(scored) if t else empty for t in texts]

    def score_many(
        self,
        texts: Iterable[str],
        *,
        batch_size: int = 512,
        n_process: int = 1,
        explain: bool = True,
    ) -> Iterator[Score]:
        """Scores for many texts: exactly one per input, in input order, streamed.

        Arguments are checked at the call; each text when its batch is read (a
        ``TypeError`` names the first non-str). With ``n_process > 1`` the texts go to
        worker processes in batches and come back as plain scores (not spaCy Docs, whose
        transfer costs more than scoring them), with their evidence unless
        ``explain=False``: pass that when only the numbers will be read (the evidence of
        such a Score is still there on access, worked out again in this process).
        """
        if isinstance(texts, str):
            raise TypeError("relate.score_many expects an iterable of str, got a single str")
        try:
            stream = iter(texts)
        except TypeError:
            raise TypeError(
                f"relate.score_many expects an iterable of str, got {type(texts).__name__}"
            ) from None
        batch_size, n_process = _count(batch_size, "batch_size"), _count(n_process, "n_process")
        return self._score_many(stream, batch_size, n_process, explain)

    def _score_many(
        self, texts: Iterable[str], batch_size: int, n_process: int, explain: bool
    ) -> Iterator[Score]:
        batches = _batched(texts, batch_size)
        if n_process == 1:
            for batch in batches:
                with frozen_heap():  # only while relate works, never across a yield
                    scores = self.score_batch(batch)
                yield from hand_over(scores)
            return
        from relate.parallel import score_in_processes

        yield from score_in_processes(self, batches, n_process, explain)

    def score_frame(
        self,
        df: pd.DataFrame,
        text: str = "text",
        *,
        batch_size: int = 512,
        n_process: int = 1,
        details: bool = False,
    ) -> pd.DataFrame:
        """A copy of ``df`` with the four scores and ``overall`` added (plus ``language``
        and ``warnings`` with ``details=True``); see :func:`relate.score_frame`."""
        from relate.frame import score_frame

        return score_frame(
            self, df, text=text, batch_size=batch_size, n_process=n_process, details=details
        )


def hand_over(scores: list[Score]) -> Iterator[Score]:
    """The scores one by one, none kept here (the list is emptied): a Score the caller
    has dropped is freed at once, with its evidence, rather than when its batch ends."""
    scores.reverse()
    while scores:
        yield scores.pop()


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Keep the garbage collector off what exists while a batch is scored.

    Scoring makes and drops many small objects per post, which triggers collections, and
    each full collection walks every object in the process: spaCy's vocabulary, the
    model, the caller's data. Freezing what exists limits collections to the objects
    made since (a fifth more posts per second). Freezing and unfreezing cost nothing;
    the heap is unfrozen before control returns to the caller, so nothing stays
    uncollectable; left alone if the caller has frozen objects itself.
    """
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _count(value: object, name: str) -> int:
    """``value`` as a positive int (numpy ints too); TypeError or ValueError otherwise."""
    if isinstance(value, bool):
        raise TypeError(f"{name} must be an int, got a bool")
    try:
        number = operator.index(value)  # type: ignore[arg-type]
    except TypeError:
        raise TypeError(f"{name} must be an int, got {type(value).__name__}") from None
    if number < 1:
        raise ValueError(f"{name} must be at least 1, got {number}")
    return number


def _batched(texts: Iterable[str], size: int) -> Iterator[list[str]]:
    batch: list[str] = []
    for text in texts:
        batch.append(check_text(text, "relate.score_many"))
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
