"""Named, interpretable numbers computed from a spaCy Doc, each tied to the text that
produced it.

Every feature is a number a person can read ("how many times the author says I/me/my")
and carries the character spans behind it, so the model's weights can be mapped back to
words (that is what :class:`relate.Evidence` is).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Sequence, Set
from dataclasses import dataclass
from itertools import compress, pairwise
from operator import add, itemgetter, not_, or_

import numpy as np
from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, LENGTH, LOWER
from spacy.matcher import PhraseMatcher
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.vocab import Vocab

from relate import lexicon
from relate.language import detect
from relate.sentiment import sentiment

Span = tuple[int, int]

#: Word lists whose matches are counted (each is ``relate/lexicons/<name>.txt``).
LEXICONS: tuple[str, ...] = (
    "first_singular",
    "first_plural",
    "second_person",
    "third_person",
    "inclusive_we",
    "generic_you",
    "reader_group",
    "invitation",
    "thanks",
    "care",
    "support",
    "engagement_bait",
    "call_to_action",
    "announcement",
    "brand_speak",
    "achievement",
    "feelings",
    "vulnerability",
    "informal",
    "personal_life",
)

_RATES = ("first_singular", "first_plural", "second_person", "third_person")

#: What each feature measures, by name, in the order of the feature vector.
DESCRIPTIONS: dict[str, str] = {
    **{name: lexicon.describe(name) for name in LEXICONS},
    **{f"{name}_rate": f"{lexicon.describe(name)} (share of words)" for name in _RATES},
    "own_feeling": "feelings in sentences where the author says I, me or my",
    "question": "question marks (log 1+count)",
    "reader_question": "questions that address the reader (log 1+count)",
    "ends_with_question": "the post ends with a question",
    "imperative": "sentences opening with a call-to-action verb (log 1+count)",
    "opens_with_self": "the post opens with I, my, we or our",
    "reply": "the post starts with an @mention (a reply)",
    "mention": "other @mentions (log 1+count)",
    "repost": "starts as an RT-style repost of someone else's words",
    "quote_comment": "the author's own words before an RT-style quote",
    "url": "links (log 1+count)",
    "hashtag": "hashtags (log 1+count)",
    "hashtag_wall": "four or more hashtags",
    "emoji": "emoji (log 1+count)",
    "exclamation": "exclamation marks (log 1+count)",
    "all_caps": "words in capitals (log 1+count)",
    "money": "prices, percentages and discounts (log 1+count)",
    "contraction": "contractions such as 'm, n't, 're (log 1+count)",
    "lowercase_i": "'i' written in lower case (log 1+count)",
    "polarity": "TextBlob polarity",
    "abs_polarity": "strength of TextBlob polarity",
    "subjectivity": "TextBlob subjectivity",
    "words": "length in words (log 1+count)",
    "lines": "line breaks (log 1+count)",
}

FEATURES: tuple[str, ...] = tuple(DESCRIPTIONS)
_IN_ORDER = itemgetter(*FEATURES)
_NO_TOKENS: frozenset[int] = frozenset()
# The word lists whose token positions later steps look up.
_TOKEN_SETS = frozenset(
    {"second_person", "reader_group", "invitation", "generic_you", "first_singular"}
)

_URL = re.compile(r"(?=[hw])(?:https?://|www\.)\S+", re.IGNORECASE)
_BANGS = re.compile(r"!+")
_MENTION = re.compile(r"(?<![\w@/.])@[A-Za-z0-9_](?:[\w.-]*\w)?(?:@[\w-]+(?:\.[\w-]+)+)?")
_HASHTAG = re.compile(r"(?<![\w&/#])#\w*[^\W\d_]\w*")
_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff\u3030\u303d\u3297\u3299]"
    "[\ufe0f\u200d\U0001f3fb-\U0001f3ff]*"
)
# The lookahead only makes the scan skip, in C, positions where no alternative can start.
_MONEY = re.compile(
    r"(?=[$€£¥\dfc])(?:[$€£¥]\s?\d|\d\s?[$€£]|\b\d+(?:[.,]\d+)?\s?%|\b\d+\s?(?:usd|eur|gbp|dollars|bucks)\b"
    r"|\bfree\b|\bcode\s+[A-Z0-9]{3,})",
    re.IGNORECASE,
)
_CAPS = re.compile(r"(?=[A-Z])(?<![\w#@])[A-Z][A-Z']{2,}\b")  # lookahead: skip fast
_LEADING = re.compile(r"\s*\.?")
_RT = re.compile(r"(?:^|\s)(RT|MT)\s*:?\s*@", re.IGNORECASE)
_CONTRACTIONS = frozenset(
    {"'m", "n't", "'re", "'ve", "'ll", "'d", "’m", "n’t", "’re", "’ve", "’ll"}
)
_END_CHARS = ".!?…"  # a token made only of these ends a sentence
_TRAILING_PUNCT = frozenset({"#", '"', "'", "(", ")", "[", "]", "“", "”", "‘", "’", "*"})


@dataclass(frozen=True, slots=True)
class Features:
    """The feature vector of one text, the spans behind each value, and what was seen."""

    values: np.ndarray
    spans: tuple[Sequence[Span], ...]
    language: str
    warnings: tuple[str, ...]


def _log1p(count: int) -> float:
    return math.log1p(count)


def _keep_longest(matches: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Non-overlapping token ranges, longest first, so "thank you" is not also "thank"."""
    ordered = sorted(matches)
    if all(a[1] <= b[0] for a, b in pairwise(ordered)):
        return ordered  # nothing overlaps: the usual case
    kept: list[tuple[int, int]] = []
    taken: set[int] = set()
    for start, end in sorted(matches, key=lambda m: (m[0] - m[1], m[0])):
        if not taken.intersection(range(start, end)):
            kept.append((start, end))
            taken.update(range(start, end))
    return sorted(kept)


def _inside(span: Span, blocks: Sequence[Span]) -> bool:
    return any(b0 <= span[0] and span[1] <= b1 for b0, b1 in blocks)


def _tokens_in(blocks: Sequence[Span], starts: list[int], ends: list[int]) -> set[int]:
    """Indices of the tokens that lie inside any of the character spans ``blocks``."""
    inside: set[int] = set()
    for b0, b1 in blocks:
        first = bisect_left(starts, b0)
        for i in range(first, len(starts)):
            if starts[i] >= b1:
                break
            if ends[i] <= b1:
                inside.add(i)
    return inside


class _Strings:
    """Hash -> string, remembered: a plain dict lookup costs a fifth of a StringStore
    lookup, and a post needs one per token. Emptied when large, so memory stays bounded on
    archives with millions of distinct words (a hash always maps to the same string)."""

    _LIMIT = 200_000

    def __init__(self, store: StringStore) -> None:
        self._known: dict[int, str] = {}
        self._store = store

    def __call__(self, hashes: list[int]) -> list[str]:
        known = self._known
        try:
            return list(map(known.__getitem__, hashes))  # all in C when every hash is known
        except KeyError:
            if len(known) >= self._LIMIT:
                # Replaced, not cleared: another thread may be reading the old one.
                self._known = known = {}
            out: list[str] = []
            for h in hashes:
                value = known.get(h)
                if value is None:
                    value = known[h] = self._store[h]
                out.append(value)
            return out


class Featurizer:
    """Computes :data:`FEATURES` for Docs made with a given vocabulary.

    It needs only the tokenizer's output, so it runs on ``spacy.blank("en")`` and on any
    English pipeline a user already has.
    """

    def __init__(self, vocab: Vocab, make_doc: object) -> None:
        self._matcher = PhraseMatcher(vocab, attr="LOWER")
        for name in LEXICONS:
            patterns = [make_doc(entry) for entry in lexicon.load(name)]  # type: ignore[operator]
            self._matcher.add(name, patterns)
        self._names = {vocab.strings[name]: name for name in LEXICONS}
        self._strings = _Strings(vocab.strings)
        self._cta_verbs = frozenset(lexicon.load("cta_verbs"))
        self._self_openers = frozenset({"i", "my", "we", "our", "i'm", "im", "me"})

    def __call__(self, doc: Doc, text: str | None = None) -> Features:
        """Features of ``doc``; pass ``text`` when it is at hand, since ``doc.text``
        rebuilds the string from the tokens every time."""
        text = doc.text if text is None else text
        values = dict.fromkeys(FEATURES, 0.0)
        # Shared empty default: every feature found assigns a new list, none appends.
        spans: dict[str, Sequence[Span]] = dict.fromkeys(FEATURES, ())

        # Regular expressions over the raw text: links, mentions, hashtags, emoji. Each
        # scan is skipped when the one character it needs is absent (a cheap C search):
        # most posts have no @, no # and no emoji.
        urls = [m.span() for m in _URL.finditer(text)]
        mentions = (
            [m.span() for m in _MENTION.finditer(text) if not _inside(m.span(), urls)]
            if "@" in text
            else []
        )
        hashtags = (
            [m.span() for m in _HASHTAG.finditer(text) if not _inside(m.span(), urls)]
            if "#" in text
            else []
        )
        emoji = [] if text.isascii() else [m.span() for m in _EMOJI.finditer(text)]
        blocked = urls + mentions

        lead = _LEADING.match(text)
        lead_end = lead.end() if lead else 0
        leading: list[Span] = []
        for span in mentions:
            if span[0] != lead_end:
                break
            leading.append(span)
            lead_end = span[1] + len(text[span[1] :]) - len(text[span[1] :].lstrip())
        spans["reply"] = leading[:1] if leading else []
        values["reply"] = 1.0 if leading else 0.0
        others = [s for s in mentions if s not in leading]
        spans["mention"] = others
        values["mention"] = _log1p(len(others))
        rt = _RT.search(text) if "@" in text else None
        if rt and rt.group(1).isupper():
            if any(c.isalpha() for c in text[: rt.start(1)]):
                values["quote_comment"] = 1.0
                spans["quote_comment"] = [(0, len(text[: rt.start(1)].rstrip()))]
            else:
                values["repost"] = 1.0
                spans["repost"] = [rt.span(1)]
        bangs = (
            [m.span() for m in _BANGS.finditer(text) if not _inside(m.span(), urls)]
            if "!" in text
            else []
        )
        spans["exclamation"], values["exclamation"] = bangs, _log1p(len(bangs))
        spans["url"], values["url"] = urls, _log1p(len(urls))
        spans["hashtag"], values["hashtag"] = hashtags, _log1p(len(hashtags))
        if len(hashtags) >= 4:
            values["hashtag_wall"] = 1.0
            spans["hashtag_wall"] = hashtags
        spans["emoji"], values["emoji"] = emoji, _log1p(len(emoji))
        money = [m.span() for m in _MONEY.finditer(text) if not _inside(m.span(), blocked)]
        spans["money"], values["money"] = money, _log1p(len(money))
        caps = [m.span() for m in _CAPS.finditer(text) if not _inside(m.span(), blocked)]
        spans["all_caps"], values["all_caps"] = caps, _log1p(len(caps))
        values["lines"] = _log1p(text.count("\n"))

        # The token attributes as plain lists, one C call per column: creating spaCy Token
        # objects (or looping over tokens in Python) is the dominant cost of a feature
        # pass, so every later step works on these and visits only the tokens it needs.
        n = len(doc)
        cols = (
            doc.to_array([IDX, LENGTH, IS_PUNCT, IS_SPACE, IS_ALPHA, LOWER]).T.tolist()
            if n
            else [[]] * 6
        )
        starts: list[int] = cols[0]
        ends: list[int] = list(map(add, starts, cols[1]))
        lower = self._strings(cols[5])
        punct_idx = list(compress(range(n), cols[2]))
        space_idx = list(compress(range(n), cols[3]))
        alpha_idx = list(compress(range(n), cols[4]))
        word_idx = list(compress(range(n), map(not_, map(or_, cols[2], cols[3]))))
        lower_set = set(lower)
        blocked_tokens = _tokens_in(blocked, starts, ends) if blocked else set()

        def char_span(first: int, last: int) -> Span:
            return (starts[first], ends[last - 1])

        # Word lists, matched on spaCy's tokens.
        by_name: dict[str, list[tuple[int, int]]] = {}
        names = self._names
        for match_id, first, last in self._matcher(doc):
            by_name.setdefault(names[match_id], []).append((first, last))
        token_sets: dict[str, Set[int]] = dict.fromkeys(LEXICONS, _NO_TOKENS)
        matches: dict[str, list[tuple[int, int]]] = {}
        for name, ranges in by_name.items():
            kept = _keep_longest(ranges)
            if blocked_tokens:
                kept = [r for r in kept if not blocked_tokens.intersection(range(*r))]
            spans[name] = [char_span(*r) for r in kept]
            values[name] = _log1p(len(kept))
            if name in _TOKEN_SETS:
                token_sets[name] = {i for r in kept for i in range(*r)}
            matches[name] = kept

        words = [i for i in word_idx if i not in blocked_tokens] if blocked_tokens else word_idx
        n_words = len(words)
        for name in _RATES:
            spans[f"{name}_rate"] = spans[name]
            values[f"{name}_rate"] = len(spans[name]) / n_words if n_words else 0.0
        values["words"] = _log1p(n_words)

        addressing = sorted(
            (token_sets["second_person"] | token_sets["reader_group"] | token_sets["invitation"])
            - token_sets["generic_you"]
        )

        # Sentences and questions. A blank pipeline has no parser, so sentences end at
        # . ! ? … or a line break; that is how posts are written. Sentences are found from
        # their boundaries, and each one's opener and questions by bisection.
        bounds = sorted(
            [i for i in punct_idx if not lower[i].strip(_END_CHARS)]
            + [i for i in space_idx if "\n" in lower[i]]
        )
        if n and (not bounds or bounds[-1] != n - 1):
            bounds.append(n - 1)
        openers = [i for i in alpha_idx if i not in blocked_tokens] if blocked_tokens else alpha_idx
        imperatives: list[Span] = []
        own_feelings: list[Span] = []
        feelings, self_tokens = matches.get("feelings", []), token_sets["first_singular"]
        first = 0
        for last in bounds:
            k = bisect_left(openers, first)
            if k < len(openers) and openers[k] <= last and lower[openers[k]] in self._cta_verbs:
                imperatives.append((starts[openers[k]], ends[openers[k]]))
            # A feeling in a sentence where the author says I/me/my is the author's own.
            if feelings and self_tokens and any(first <= i <= last for i in self_tokens):
                own_feelings.extend(char_span(*m) for m in feelings if first <= m[0] <= last)
            first = last + 1
        questions: list[Span] = []
        reader_questions: list[Span] = []
        for q in (i for i in punct_idx if "?" in lower[i]):
            k = bisect_left(bounds, q)
            first = bounds[k - 1] + 1 if k else 0
            questions.append((starts[q], ends[q]))
            a = bisect_left(addressing, first)
            if a < len(addressing) and addressing[a] <= q:
                reader_questions.append((starts[q], ends[q]))
        spans["own_feeling"], values["own_feeling"] = own_feelings, _log1p(len(own_feelings))
        spans["question"], values["question"] = questions, _log1p(len(questions))
        spans["reader_question"] = reader_questions
        values["reader_question"] = _log1p(len(reader_questions))
        spans["imperative"], values["imperative"] = imperatives, _log1p(len(imperatives))

        # A post "ends with a question" when its last words, before any trailing hashtags,
        # links, mentions or emoji, are a question.
        trailing = blocked_tokens | _tokens_in(hashtags + emoji, starts, ends)
        is_space = set(space_idx)
        final = next(
            (
                i
                for i in range(n - 1, -1, -1)
                if not (i in is_space or i in trailing or lower[i] in _TRAILING_PUNCT)
            ),
            None,
        )
        if final is not None and "?" in lower[final]:
            values["ends_with_question"] = 1.0
            spans["ends_with_question"] = [(starts[final], ends[final])]

        if words and lower[words[0]] in self._self_openers:
            values["opens_with_self"] = 1.0
            spans["opens_with_self"] = [(starts[words[0]], ends[words[0]])]

        if not _CONTRACTIONS.isdisjoint(lower_set):
            contractions = [(starts[i], ends[i]) for i in range(n) if lower[i] in _CONTRACTIONS]
            spans["contraction"], values["contraction"] = contractions, _log1p(len(contractions))
        if "i" in lower_set:
            lower_i = [
                (starts[i], ends[i]) for i in range(n) if lower[i] == "i" and text[starts[i]] == "i"
            ]
            spans["lowercase_i"], values["lowercase_i"] = lower_i, _log1p(len(lower_i))

        if space_idx:
            mood = sentiment(list(compress(lower, map(not_, cols[3]))))
        else:
            mood = sentiment(lower)
        mood_spans: list[Span] = []
        if mood.words:
            hits = list(compress(range(n), map(mood.words.__contains__, lower)))
            mood_spans = [(starts[i], ends[i]) for i in hits]
        values["polarity"] = mood.polarity
        values["abs_polarity"] = abs(mood.polarity)
        values["subjectivity"] = mood.subjectivity
        for name in ("polarity", "abs_polarity", "subjectivity"):
            spans[name] = mood_spans

        lowered = [lower[i] for i in words]
        alpha = list(filter(str.isalpha, lowered))
        language = detect(alpha, text)
        warnings = _warnings(text, alpha, urls, emoji, language)
        return Features(
            values=np.array(_IN_ORDER(values), dtype=np.float64),
            spans=_IN_ORDER(spans),
            language=language,
            warnings=warnings,
        )


def _warnings(
    text: str, alpha: list[str], urls: list[Span], emoji: list[Span], language: str
) -> tuple[str, ...]:
    if not text.strip():
        return ("empty text: nothing to score",)
    # Before the word check: Japanese or Thai between punctuation makes no alphabetic
    # token, and "not English" is what the writer needs to hear.
    if language not in ("en", "und"):
        return (
            f"not English (looks like {language}): relate reads English, "
            "so these scores are unreliable",
        )
    if not alpha:
        if urls and not emoji:
            return ("only links: there are no words to score",)
        if emoji and not urls:
            return ("only emoji: there are no words to score",)
        return ("no words to score",)
    return ()
