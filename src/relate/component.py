"""relate as a spaCy pipeline component: ``nlp.add_pipe("relate")``.

Registered through the ``spacy_factories`` entry point, so it works without importing
relate first. The Score is stored on the Doc as plain data (a dict), so Docs stay
serialisable and ``nlp.pipe(texts, n_process=2)`` works; ``doc._.relate`` rebuilds the
:class:`relate.Score` from it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial

from spacy.language import Language
from spacy.tokens import Doc

from relate.features import Featurizer
from relate.model import Model
from relate.score import Score
from relate.scorer import build_scores, seen_texts
from relate.tokens import has_long_run, token_rows, tokenize


def _register(attr: str) -> str:
    data = f"{attr}_data"
    if not Doc.has_extension(data):
        Doc.set_extension(data, default=None)
    if not Doc.has_extension(attr):
        # A module-level function (via partial) pickles, so spaCy's spawn-based
        # n_process works too; a local closure would not.
        Doc.set_extension(attr, getter=partial(_stored_score, data=data))
    return data


def _stored_score(doc: Doc, data: str) -> Score | None:
    stored = doc._.get(data)
    return None if stored is None else Score.from_dict(stored)


class RelateComponent:
    """Scores each Doc; the result is ``doc._.<attr>`` (``doc._.relate`` by default)."""

    def __init__(self, nlp: Language, name: str, model_path: str | None, attr: str) -> None:
        self.name = name
        self.model = Model.load(model_path)
        self.featurizer = Featurizer(nlp.vocab, nlp.make_doc)
        self._nlp = nlp
        self._data = _register(attr)

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, stream: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in stream:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._score(batch)
                batch = []
        if batch:
            yield from self._score(batch)

    def _score(self, docs: list[Doc]) -> list[Doc]:
        # Read as Scorer reads: the first MAX_CHARS characters, look-alike characters as
        # plain ones, long runs cut. A Doc that needs none of that is used as it is.
        texts = [doc.text for doc in docs]
        seen = seen_texts(texts)
        tokens = [
            token_rows(
                doc if read == doc.text and not has_long_run(read) else tokenize(self._nlp, read)
            )
            for doc, read in zip(docs, seen, strict=True)
        ]
        scores = build_scores(tokens, seen, texts, self.featurizer, self.model)
        for doc, score in zip(docs, scores, strict=True):
            doc._.set(self._data, score.to_dict())
        return docs


@Language.factory(
    "relate",
    default_config={"model_path": None, "attr": "relate"},
)
def make_relate(nlp: Language, name: str, model_path: str | None, attr: str) -> RelateComponent:
    """Build the relate component. ``model_path``: a model file other than the shipped one;
    ``attr``: the Doc extension to write (``doc._.relate`` by default)."""
    return RelateComponent(nlp, name, model_path, attr)
