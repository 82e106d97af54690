"""TextBlob's polarity and subjectivity, computed on spaCy's tokens.

TextBlob's default analyser (the Pattern lexicon) re-tokenises the text and importing
``textblob`` pulls in NLTK, which costs over a second at start-up. The lexicon and the
scoring rules live in ``textblob/_text.py``, which needs only the standard library, so
relate loads that module on its own and feeds it the tokens spaCy already made: the same
lexicon and the same rules (negation, intensifiers, "!"), without the import or the second
tokenisation.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Any


@dataclass(frozen=True, slots=True)
class Sentiment:
    polarity: float
    subjectivity: float
    words: frozenset[str]
    """The lower-cased words that carried an assessment."""


def _load_text_module() -> ModuleType:
    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("relate needs TextBlob: pip install textblob")
    root = next(iter(spec.submodule_search_locations))
    path = os.path.join(root, "_text.py")
    module_spec = importlib.util.spec_from_file_location("relate._textblob_text", path)
    if module_spec is None or module_spec.loader is None:
        raise ImportError(f"cannot load TextBlob's sentiment rules from {path}")
    module = importlib.util.module_from_spec(module_spec)
    sys.modules[module_spec.name] = module
    module_spec.loader.exec_module(module)
    module.__dict__["_relate_root"] = root
    return module


@cache
def _analyser() -> Any:
    text = _load_text_module()
    root = text.__dict__["_relate_root"]
    # The same settings as ``textblob.en.sentiment``.
    analyser = text.Sentiment(
        path=os.path.join(root, "en", "en-sentiment.xml"),
        synset="wordnet_id",
        negations=("no", "not", "n't", "never"),
        modifiers=("RB",),
        modifier=lambda w: w.endswith("ly"),
        language="en",
    )
    analyser.load()
    # ``textblob.en.Sentiment.load`` also maps adjectives to their "-ly" adverbs.
    for word, senses in list(dict.items(analyser)):
        if "JJ" in senses:
            stem = word[:-1] + "i" if word.endswith("y") else word
            stem = stem[:-2] if stem.endswith("le") else stem
            analyser.annotate(stem + "ly", "RB", *senses["JJ"])
    return analyser


@dataclass(frozen=True, slots=True)
class _Lexicon:
    words: dict[str, tuple[float, float, float, bool]]
    """word -> (polarity, subjectivity, intensity, is an adverb that modifies the next word)"""
    labels: dict[str, str]
    emoticons: dict[str, float]
    punctuation: str
    special: frozenset[str]
    """Tokens outside ``words`` that still change the outcome: negations, "!", "(!)" and
    the emoticons the rules look up. Every other token is skipped at once when no
    modifier or negation is pending, which is most tokens of most posts."""


@cache
def _lexicon() -> _Lexicon:
    analyser = _analyser()
    text = sys.modules[type(analyser).__module__]
    words = {w: (*senses[None], "RB" in senses) for w, senses in dict.items(analyser)}
    emoticons: dict[str, float] = {}
    for (_, polarity), faces in text.EMOTICONS.items():
        for face in faces:
            emoticons.setdefault(face.lower(), polarity)
    punctuation = text.PUNCTUATION
    faces = {f for f in emoticons if not f.isalpha() and len(f) <= 5 and f not in punctuation}
    special = frozenset({*_NEGATIONS, "!", "(!)", *faces})
    return _Lexicon(words, dict(analyser.labeler), emoticons, punctuation, special)


def sentiment(words: list[str]) -> Sentiment:
    """Polarity (-1..1) and subjectivity (0..1) of lower-cased tokens.

    The same result as TextBlob's default analyser called on the same token list
    (``textblob.en.sentiment(words)``; a test checks this), computed by a port of its
    ``Sentiment.assessments`` that looks emoticons up in a dict instead of scanning them
    all for every token, which made it the slowest step of scoring a post.
    """
    lex = _lexicon()
    found: list[list[Any]] = []  # [words, polarity, subjectivity, intensity, negated]
    modifier: str | None = None
    negation: str | None = None
    known = lex.words
    special = lex.special
    for w in words:
        entry = known.get(w)
        if entry is None and modifier is None and negation is None and w not in special:
            continue
        if entry is not None:
            p, s, i, adverb = entry
            if modifier is None:
                found.append([[w], p, s, i, False])
            else:  # "really good": the modifier's intensity scales this word
                last = found[-1]
                last[0].append(w)
                last[1] = max(-1.0, min(p * last[3], 1.0))
                last[2] = max(-1.0, min(s * last[3], 1.0))
                last[3] = i
            if negation is not None:  # "not (really) good"
                found[-1][0].insert(0, negation)
                found[-1][3] = 1.0 / found[-1][3]
                found[-1][4] = True
            modifier = w if adverb else None
            negation = w if w in _NEGATIONS else None
            continue
        if w in _NEGATIONS:
            negation = w
        elif negation and len(w.strip("'")) > 1:
            negation = None
        if negation is not None and modifier is not None and modifier.endswith("ly"):
            found[-1][0].append(negation)  # "really not good"
            found[-1][4] = True
            negation = None
        elif modifier and len(w) > 2:
            modifier = None
        if w == "!" and found:
            found[-1][0].append("!")
            found[-1][1] = max(-1.0, min(found[-1][1] * 1.25, 1.0))
        if w == "(!)":
            found.append([[w], 0.0, 1.0, 1.0, False])
        if not w.isalpha() and len(w) <= 5 and w not in lex.punctuation:
            face = lex.emoticons.get(w)
            if face is not None:
                found.append([[w], face, 1.0, 1.0, False])
    if not found:
        return Sentiment(0.0, 0.0, frozenset())
    polarity = sum(-0.5 * f[1] if f[4] else f[1] for f in found) / len(found)
    subjectivity = sum(f[2] for f in found) / len(found)
    carried = frozenset(w for f in found for w in f[0])
    return Sentiment(float(polarity), float(subjectivity), carried)


_NEGATIONS = frozenset({"no", "not", "n't", "never"})


def sentiment_words() -> frozenset[str]:
    """Every lower-cased token TextBlob's rules act on: a text with none of them has
    polarity and subjectivity 0, whatever else it holds."""
    lex = _lexicon()
    return frozenset(lex.words) | lex.special


@cache
def adjectives() -> frozenset[str]:
    """Words TextBlob's lexicon knows as adjectives ("wrong", "great", "broken")."""
    return frozenset(w for w, senses in dict.items(_analyser()) if "JJ" in senses)
