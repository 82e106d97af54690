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


def sentiment(words: list[str]) -> Sentiment:
    """Polarity (-1..1) and subjectivity (0..1) of lower-cased tokens, as TextBlob's
    default analyser computes them for the same tokens."""
    result = _analyser()(words)
    polarity, subjectivity = result
    carried = frozenset(w for chunk, *_ in result.assessments for w in chunk)
    return Sentiment(float(polarity), float(subjectivity), carried)
