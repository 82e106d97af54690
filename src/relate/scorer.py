"""The scorer: a tokenizer, the featurizer and the model, turning texts into Scores."""

from __future__ import annotations

import gc
import operator
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from relate.features import FEATURES, Features, Featurizer
from relate.model import Model
from relate.score import DIMENSIONS, Evidence, Score, overall_from
from relate.tokens import has_surrogates, readable, tokenize

if TYPE_CHECKING:
    import pandas as pd

#: Longer inputs are scored on their first MAX_CHARS characters (and say so in
#: ``warnings``), which keeps the time for one input bounded. No social platform allows
#: posts this long except Facebook, whose longest posts are essays rather than posts.
MAX_CHARS = 20_000

# Evidence below this share of a score's log-odds is noise to a reader.
_MIN_WEIGHT = 0.02


def seen_text(text: str) -> str:
    """What the featurizer reads of ``text``: its first MAX_CHARS characters, look-alike
    characters as plain ones (same length, so offsets hold)."""
    return readable(text[:MAX_CHARS])


def check_text(text: object, where: str = "relate.score") -> str:
    if not isinstance(text, str):
        raise TypeError(f"{where} expects a str, got {type(text).__name__}")
    return text


def build_scores(
    docs: Sequence[Doc],
    seen: Sequence[str],
    texts: Sequence[str],
    featurizer: Featurizer,
    model: Model,
) -> list[Score]:
    """Score tokenised texts in one batch: one matrix product for all of them.

    ``texts`` are the inputs, ``seen`` what was tokenised (``docs[i].text``: the first
    MAX_CHARS characters, look-alikes read as plain characters; see :mod:`relate.tokens`).
    """
    if not docs:
        return []
    feats: list[Features] = [featurizer(doc, t) for doc, t in zip(docs, seen, strict=True)]
    matrix = np.vstack([f.values for f in feats])
    # Rounded to 4 places: more digits than that are noise, and equal inputs then print
    # and compare equal everywhere (CSV, JSON, the terminal).
    probabilities = np.round(model.predict(matrix), 4).tolist()
    weights = model.weights
    scores = []
    for text, read, f, p in zip(texts, seen, feats, probabilities, strict=True):
        values = dict(zip(DIMENSIONS, p, strict=True))
        warnings = f.warnings
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
                overall_from(values),
                None,
                None,
                f.language,
                warnings,
                explain=partial(_explain, f, weights),
            )
        )
    return scores


def _explain(features: Features, weights: np.ndarray, score: Score) -> tuple[Evidence, ...]:
    """A Score's evidence, from the features it was computed from."""
    return _evidence(score.text, features, weights)


#: Evidence before it becomes records: (start, end, score index, feature, weight), in
#: output order. Worker processes send these.
EvidenceRow = tuple[int, int, int, str, float]


def _evidence_rows(features: Features, weights: np.ndarray) -> list[EvidenceRow]:
    """Each feature's contribution to each score's log-odds (weight × value), shared
    equally among the spans that produced the feature."""
    spans = features.spans
    counts = np.array([len(s) for s in spans], dtype=np.float64)
    shares = weights * (features.values / np.maximum(counts, 1.0))
    shares[:, counts == 0] = 0.0
    strong = np.abs(shares) >= _MIN_WEIGHT
    rows, cols = np.nonzero(strong)
    # Plain tuples sorted natively into output order (start, end, score, feature).
    found = [
        (start, end, i, FEATURES[j], share)
        for i, j, share in zip(
            rows.tolist(), cols.tolist(), np.round(shares[strong], 4).tolist(), strict=True
        )
        for start, end in spans[j]
    ]
    found.sort()
    return found


def evidence_from_rows(text: str, rows: Iterable[EvidenceRow]) -> tuple[Evidence, ...]:
    """The Evidence records of ``text`` from :data:`EvidenceRow` tuples."""
    make = tuple.__new__  # what Evidence._make does, minus two Python-level calls
    return tuple([make(Evidence, (DIMENSIONS[i], s, e, text[s:e], w, f)) for s, e, i, f, w in rows])


def _evidence(text: str, features: Features, weights: np.ndarray) -> tuple[Evidence, ...]:
    return evidence_from_rows(text, _evidence_rows(features, weights))


def evidence_rows(score: Score) -> list[EvidenceRow]:
    """``score``'s evidence as rows, without building the records when they are not
    built yet (what a worker process sends)."""
    pending = score._explain
    if score._evidence is None and isinstance(pending, partial) and pending.func is _explain:
        features, weights = pending.args
        return _evidence_rows(features, weights)
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
        seen = [seen_text(t) for t in texts]
        docs = [tokenize(pipe.nlp, t) for t in seen]
        return build_scores(docs, seen, texts, pipe.featurizer, self.model)

    def explain(self, score: Score) -> tuple[Evidence, ...]:
        """The evidence of ``score``, worked out again from its text (for scores that
        arrive without it, such as those from worker processes)."""
        pipe = self._pipe
        seen = seen_text(score.text)
        features = pipe.featurizer(tokenize(pipe.nlp, seen), seen)
        return _explain(features, self.model.weights, score)

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
                yield from scores
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
