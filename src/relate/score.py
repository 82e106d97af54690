"""The result of scoring one post: plain, immutable, serialisable data."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import FrozenInstanceError
from typing import Any, Literal, NamedTuple

Dimension = Literal["self_focus", "personal_voice", "dialog", "promotional"]

#: The four scores, in the order they appear everywhere (columns, bars, JSON).
DIMENSIONS: tuple[Dimension, ...] = ("self_focus", "personal_voice", "dialog", "promotional")

# overall = 100 * mean of the four scores, each turned so that higher builds more
# relationship. Equal weights keep the formula easy to explain and monotone in each score.
_OVERALL_DIRECTION: dict[str, int] = {
    "self_focus": -1,
    "personal_voice": 1,
    "dialog": 1,
    "promotional": -1,
}


#: Whether a higher score means more relationship (overall counts it as it is) or less
#: (overall counts 1 - score).
RAISES: dict[str, bool] = {d: direction > 0 for d, direction in _OVERALL_DIRECTION.items()}


def overall_from(scores: dict[str, float]) -> float:
    """The 0..100 relationship score: the mean of (1 - self_focus), personal_voice,
    dialog and (1 - promotional), times 100, rounded to one decimal."""
    parts = [s if _OVERALL_DIRECTION[d] > 0 else 1.0 - s for d, s in scores.items()]
    return round(100.0 * sum(parts) / len(parts), 1)


class Evidence(NamedTuple):
    """A span of the input that moved one score.

    ``weight`` is the span's share of the change in the score's log-odds: positive
    pushes the score up, negative pushes it down. ``text == input[start:end]``.
    ``feature`` names the feature the span produced (see ``relate.features.DESCRIPTIONS``).
    A named tuple: a post has dozens, and these are the cheapest immutable records.
    """

    dimension: Dimension
    start: int
    end: int
    text: str
    weight: float
    feature: str = ""


#: Computes a Score's evidence when it is first asked for.
Explain = Callable[["Score"], tuple[Evidence, ...]]

_FIELDS = (
    "text", "self_focus", "personal_voice", "dialog", "promotional", "overall",
    "evidence", "suggestions", "language", "warnings",
)  # fmt: skip


class Score:
    """How a post reads: four scores in 0..1, an overall 0..100, and why.

    Immutable. ``evidence`` and ``suggestions`` are worked out the first time they are
    read: scoring an archive needs only the numbers, and building the explanation (dozens
    of spans per post) used to cost more than the scores themselves.
    """

    __slots__ = (
        "_evidence",
        "_explain",
        "_suggestions",
        "dialog",
        "language",
        "overall",
        "personal_voice",
        "promotional",
        "self_focus",
        "text",
        "warnings",
    )  # fmt: skip

    text: str
    self_focus: float
    personal_voice: float
    dialog: float
    promotional: float
    overall: float
    language: str
    warnings: tuple[str, ...]
    _evidence: tuple[Evidence, ...] | None
    _suggestions: tuple[str, ...] | None
    _explain: Explain | None

    def __init__(
        self,
        text: str,
        self_focus: float,
        personal_voice: float,
        dialog: float,
        promotional: float,
        overall: float,
        evidence: tuple[Evidence, ...] | None = (),
        suggestions: tuple[str, ...] | None = (),
        language: str = "en",
        warnings: tuple[str, ...] = (),
        *,
        explain: Explain | None = None,
    ) -> None:
        if evidence is None and explain is None:
            raise TypeError("Score needs evidence, or explain= to compute it")
        init = object.__setattr__
        init(self, "text", text)
        init(self, "self_focus", self_focus)
        init(self, "personal_voice", personal_voice)
        init(self, "dialog", dialog)
        init(self, "promotional", promotional)
        init(self, "overall", overall)
        init(self, "language", language)
        init(self, "warnings", tuple(warnings))
        init(self, "_evidence", None if evidence is None else tuple(evidence))
        init(self, "_suggestions", None if suggestions is None else tuple(suggestions))
        init(self, "_explain", explain)

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        """The spans that moved each score (see :class:`Evidence`), in text order."""
        evidence = self._evidence
        if evidence is None:
            # Each attribute read once: another thread may finish this meanwhile.
            explain = self._explain
            if explain is None:
                evidence = self._evidence
                assert evidence is not None
                return evidence
            evidence = explain(self)
            object.__setattr__(self, "_evidence", evidence)
            object.__setattr__(self, "_explain", None)  # drop what it was built from
        return evidence

    @property
    def suggestions(self) -> tuple[str, ...]:
        """Short, concrete changes that would raise the overall score (worked out from
        the scores and the evidence when first read)."""
        if self._suggestions is None:
            from relate.suggestions import suggest

            tips = suggest(self.text, self.scores(), self.evidence, self.warnings)
            object.__setattr__(self, "_suggestions", tips)
        assert self._suggestions is not None
        return self._suggestions

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}: a Score is immutable")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}: a Score is immutable")

    def _key(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in _FIELDS)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Score):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash((self.text, self.overall, *self.scores().values()))

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickles as plain data: the explanation is computed first, not shipped as code.
        return (Score, self._key())

    def scores(self) -> dict[str, float]:
        """The four scores as a dict, in :data:`DIMENSIONS` order."""
        return {d: getattr(self, d) for d in DIMENSIONS}

    def evidence_for(self, dimension: Dimension) -> tuple[Evidence, ...]:
        """The evidence for one score, strongest first."""
        spans = [e for e in self.evidence if e.dimension == dimension]
        return tuple(sorted(spans, key=lambda e: -abs(e.weight)))

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (what ``--json`` prints and spaCy stores on the Doc)."""
        return {
            "text": self.text,
            **self.scores(),
            "overall": self.overall,
            "evidence": [
                {
                    "dimension": e.dimension,
                    "start": e.start,
                    "end": e.end,
                    "text": e.text,
                    "weight": e.weight,
                    "feature": e.feature,
                }
                for e in self.evidence
            ],
            "suggestions": list(self.suggestions),
            "language": self.language,
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Score:
        """Rebuild a Score from :meth:`to_dict` output."""
        return cls(
            text=data["text"],
            self_focus=data["self_focus"],
            personal_voice=data["personal_voice"],
            dialog=data["dialog"],
            promotional=data["promotional"],
            overall=data["overall"],
            evidence=tuple(Evidence(**e) for e in data["evidence"]),
            suggestions=tuple(data["suggestions"]),
            language=data["language"],
            warnings=tuple(data["warnings"]),
        )

    def __repr__(self) -> str:
        head = self.text if len(self.text) <= 40 else self.text[:39] + "…"
        flags = f", warnings={list(self.warnings)}" if self.warnings else ""
        return (
            f"Score(overall={self.overall:.0f}, self_focus={self.self_focus:.2f}, "
            f"personal_voice={self.personal_voice:.2f}, dialog={self.dialog:.2f}, "
            f"promotional={self.promotional:.2f}{flags}, text={head!r})"
        )

    def _repr_html_(self) -> str:
        from relate.views.html import score_html

        return score_html(self)
