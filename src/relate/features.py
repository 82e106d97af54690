"""Named, interpretable numbers computed from spaCy Docs, each tied to the text that
produced it.

Every feature is a number a person can read ("how many times the author says I/me/my")
and carries the character spans behind it, so the model's weights can be mapped back to
words (that is what :class:`relate.Evidence` is).

Docs are featurized a batch at a time, column by column: the tokens of every Doc in the
batch become a few numpy arrays, what each distinct word is (punctuation? in a word list?
a call-to-action verb?) is worked out once per word and kept, and each feature is then a
handful of array operations over the whole batch. A loop over tokens in Python, once per
feature, was most of the cost of scoring a post. What cannot be put that way (regular
expressions over the text, TextBlob's rules, the language check) runs per post.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress

import numpy as np
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

from relate import lexicon
from relate.columns import (
    Span,
    SpanColumns,
    covered,
    first_in,
    inside,
    keep_longest,
    last_in,
    log1p_counts,
)
from relate.feature_names import DESCRIPTIONS, FEATURES, INDEX, LEXICONS, RATES
from relate.language import from_counts, languages, word_languages
from relate.marks import read_marks
from relate.sentiment import sentiment, sentiment_words
from relate.spellings import Spellings
from relate.tokens import token_rows

__all__ = ["DESCRIPTIONS", "FEATURES", "LEXICONS", "FeatureBatch", "Features", "Featurizer"]

_N_FEATURES = len(FEATURES)
_N_LEX = len(LEXICONS)

_CONTRACTIONS = frozenset(
    {"'m", "n't", "'re", "'ve", "'ll", "'d", "’m", "n’t", "’re", "’ve", "’ll"}
)
_END_CHARS = ".!?…"  # a token made only of these ends a sentence
_TRAILING_PUNCT = frozenset({"#", '"', "'", "(", ")", "[", "]", "“", "”", "‘", "’", "*"})
_SELF_OPENERS = frozenset({"i", "my", "we", "our", "i'm", "im", "me"})

# What a word (a distinct spelling) is, one bit each, above the word-list bits 0..19.
_PUNCT = 1 << 20
_SPACE = 1 << 21
_ALPHA = 1 << 22  # the spelling is alphabetic (spaCy's IS_ALPHA)
_NEWLINE = 1 << 23  # whitespace holding a line break: ends a sentence
_END = 1 << 24  # punctuation made only of . ! ? …: ends a sentence
_QMARK = 1 << 25  # punctuation holding "?"
_HAS_Q = 1 << 26  # holds "?" at all
_TRAILING = 1 << 27  # quotes, brackets and such that may follow a post's last words
_CTA = 1 << 28  # a call-to-action verb
_SELF = 1 << 29  # I, my, we, our...
_CONTRACTION = 1 << 30
_LOWER_I = 1 << 31  # "i" written in lower case
_FIRST = 1 << 32  # first word of a word-list phrase of several tokens
_LOWER_ALPHA = 1 << 33  # the lower-cased spelling is alphabetic (the language check's words)
_MOOD = 1 << 34  # TextBlob's rules may act on it
_RESETS = 1 << 35  # ends a pending negation or modifier in TextBlob's rules (see _moods)
_SECOND = 1 << 36  # second word of a word-list phrase of several tokens
_LEX_BITS = (1 << _N_LEX) - 1
_LEX_NUMBERS = np.arange(_N_LEX)
_TOKEN_SETS = ("first_singular", "second_person", "reader_group", "invitation", "generic_you")

# Odd multipliers for the window hashes that find phrase candidates, tried in turn.
_MULTIPLIERS = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93)


@dataclass(frozen=True, slots=True)
class Features:
    """The feature vector of one text, the spans behind each value, and what was seen."""

    values: np.ndarray
    spans: tuple[Sequence[Span], ...]
    language: str
    warnings: tuple[str, ...]


class FeatureBatch:
    """Features of a batch of texts: ``values`` (one row per text), ``language`` and
    ``warnings`` per text, and the spans behind every value as flat arrays, one row per
    span (``span_text``, ``span_feature``, ``span_start``, ``span_end``), in no particular
    order: the evidence of a whole batch is worked out from them at once."""

    __slots__ = (
        "language",
        "span_end",
        "span_feature",
        "span_start",
        "span_text",
        "values",
        "warnings",
    )

    def __init__(
        self,
        values: np.ndarray,
        language: list[str],
        warnings: list[tuple[str, ...]],
        span_text: np.ndarray,
        span_feature: np.ndarray,
        span_start: np.ndarray,
        span_end: np.ndarray,
    ) -> None:
        self.values = values
        self.language = language
        self.warnings = warnings
        self.span_text = span_text
        self.span_feature = span_feature
        self.span_start = span_start
        self.span_end = span_end

    def features(self, i: int) -> Features:
        """The :class:`Features` of text ``i`` (spans of each feature in text order)."""
        where = np.flatnonzero(self.span_text == i)
        where = where[
            np.lexsort((self.span_end[where], self.span_start[where], self.span_feature[where]))
        ]
        spans: list[list[Span]] = [[] for _ in FEATURES]
        for j, s, e in zip(
            self.span_feature[where].tolist(),
            self.span_start[where].tolist(),
            self.span_end[where].tolist(),
            strict=True,
        ):
            spans[j].append((s, e))
        return Features(self.values[i], tuple(spans), self.language[i], self.warnings[i])


def _key(lower: str) -> int:
    """A stable 64-bit number for a lower-cased word (phrase windows are hashed from it)."""
    return int(get_string_id(lower))


class Featurizer:
    """Computes :data:`FEATURES` for Docs made with a given vocabulary.

    It needs only the tokenizer's output, so it runs on ``spacy.blank("en")`` and on any
    English pipeline a user already has. Safe to share between threads. What a spelling
    is (punctuation? alphabetic?) is read from the vocabulary the first time it is seen
    and kept: a lexeme attribute changed afterwards (``vocab["wow"].is_punct = True``)
    is seen by a new Featurizer (or Scorer), not by this one.
    """

    def __init__(self, vocab: Vocab, make_doc: object) -> None:
        self._vocab = vocab
        single: dict[str, int] = {}
        phrases: dict[tuple[str, ...], int] = {}
        for j, name in enumerate(LEXICONS):
            for entry in lexicon.load(name):
                words = tuple(t.lower_ for t in make_doc(entry))  # type: ignore[operator]
                if len(words) == 1:
                    single[words[0]] = single.get(words[0], 0) | 1 << j
                elif words:
                    phrases[words] = phrases.get(words, 0) | 1 << j
        self._single = single
        self._first_words = frozenset(words[0] for words in phrases)
        self._second_words = frozenset(words[1] for words in phrases)
        # Phrases of several tokens, by length k: the multiplier of their window hashes,
        # the hashes (sorted), their keys (one row of k per phrase, in the same order)
        # and word-list bits. The multiplier is the first under which no two phrases of
        # a length share a hash (a candidate's words are compared after the hash).
        by_length: dict[int, list[tuple[tuple[int, ...], int]]] = {}
        for words, bits in phrases.items():
            by_length.setdefault(len(words), []).append((tuple(_key(w) for w in words), bits))
        self._phrases: dict[int, tuple[np.uint64, np.ndarray, np.ndarray, np.ndarray]] = {}
        for k, entries in by_length.items():
            for multiplier in _MULTIPLIERS:
                hashes = {_window_hash(keys, multiplier): (keys, bits) for keys, bits in entries}
                if len(hashes) == len(entries):
                    break
            else:  # pragma: no cover - would take a 64-bit collision under every multiplier
                raise RuntimeError(f"no collision-free hash for the {k}-token phrases")
            order = sorted(hashes)
            self._phrases[k] = (
                np.uint64(multiplier),
                np.array(order, dtype=np.uint64),
                np.array([hashes[h][0] for h in order], dtype=np.uint64),
                np.array([hashes[h][1] for h in order], dtype=np.int64),
            )
        self._cta_verbs = frozenset(lexicon.load("cta_verbs"))
        self._mood = sentiment_words()
        self._words = Spellings()
        self._lock = threading.Lock()

    def __call__(self, doc: Doc, text: str | None = None) -> Features:
        """Features of ``doc``; pass ``text`` when it is at hand, since ``doc.text``
        rebuilds the string from the tokens every time."""
        return self.batch([doc], [doc.text if text is None else text]).features(0)

    # -- what each spelling is ---------------------------------------------------------

    def _describe(self, orth: int) -> tuple[int, int, int, int, str]:
        lex = self._vocab[orth]
        spelling = lex.orth_
        lower = lex.lower_
        flags = self._single.get(lower, 0)
        if lex.is_punct:
            flags |= _PUNCT
            if not lower.strip(_END_CHARS):
                flags |= _END
            if "?" in lower:
                flags |= _QMARK
        if lex.is_space:
            flags |= _SPACE
            if "\n" in lower:
                flags |= _NEWLINE
        if lex.is_alpha:
            flags |= _ALPHA
        if "?" in lower:
            flags |= _HAS_Q
        if lower in _TRAILING_PUNCT:
            flags |= _TRAILING
        if lower in self._cta_verbs:
            flags |= _CTA
        if lower in _SELF_OPENERS:
            flags |= _SELF
        if lower in _CONTRACTIONS:
            flags |= _CONTRACTION
        if spelling == "i":
            flags |= _LOWER_I
        if lower in self._first_words:
            flags |= _FIRST
        if lower in self._second_words:
            flags |= _SECOND
        if lower.isalpha():
            flags |= _LOWER_ALPHA
        if lower in self._mood:
            flags |= _MOOD
        if len(lower.strip("'")) > 1 and len(lower) > 2:
            flags |= _RESETS
        return flags, len(spelling), _key(lower), word_languages(lower), lower

    def _rows(self, orths: np.ndarray) -> tuple[np.ndarray, Spellings]:
        """Each token's row in the table of spellings, and that table."""
        words = self._words
        rows = words.find(orths)
        if len(rows) and rows.min() < 0:
            with self._lock:
                words = self._words
                rows = words.find(orths)
                new = np.unique(orths[rows < 0]).tolist()
                if words.size + len(new) > Spellings.LIMIT:
                    words = self._words = Spellings()
                    new = np.unique(orths).tolist()
                words.grow(words.size + len(new))
                for orth in new:
                    flags, length, key, langs, lower = self._describe(orth)
                    n = words.size
                    words.languages[n] = langs
                    words.flags[n] = flags
                    words.length[n] = length
                    words.key[n] = key
                    words.lower[n] = lower
                    words.add(orth)
                rows = words.find(orths)
        return rows, words

    # -- a batch ---------------------------------------------------------------------

    def batch(self, docs: Sequence[Doc], texts: Sequence[str]) -> FeatureBatch:
        """Features of ``docs``; ``texts[i]`` is ``docs[i].text``."""
        return self.batch_rows([token_rows(doc) for doc in docs], texts)

    def batch_rows(self, tokens: Sequence[np.ndarray], texts: Sequence[str]) -> FeatureBatch:
        """Features of tokenised texts, each given as :func:`relate.tokens.token_rows`
        (all the featurizer reads of a Doc); ``texts[i]`` is the text of ``tokens[i]``."""
        n_docs = len(tokens)
        values = np.zeros((n_docs, _N_FEATURES), dtype=np.float64)
        spans = SpanColumns()

        # Regular expressions over the characters of the whole batch at once (links,
        # mentions, hashtags, emoji, money, capitals). Their spans, in offsets into the
        # joined texts, also tell which tokens are links or handles.
        marks = read_marks(texts, values, spans)
        offsets = marks.offsets

        lengths = np.fromiter(map(len, tokens), np.intp, n_docs)
        n = int(lengths.sum())
        if n:
            columns = np.concatenate(tokens)
            idx = columns[:, 0].astype(np.int64)
            rows, table = self._rows(columns[:, 1])
        else:
            idx = np.zeros(0, dtype=np.int64)
            rows, table = np.zeros(0, dtype=np.intp), self._words
        flags = table.flags[rows]
        end_idx = idx + table.length[rows]
        doc_of = np.repeat(np.arange(n_docs), lengths)
        doc_end = np.cumsum(lengths)
        doc_start = doc_end - lengths
        base = offsets[doc_of]
        is_blocked = inside(idx + base, end_idx + base, *marks.blocked)

        # Word lists: one-token entries from the per-spelling bits, longer phrases from
        # window hashes at the tokens that can start one; then, per list, the longest
        # non-overlapping matches, minus those touching a link or handle.
        lex_start, lex_end, lex_list = self._matches(flags, table.key[rows], doc_of)
        lex_start, lex_end, lex_list = keep_longest(lex_start, lex_end, lex_list)
        cum_blocked = np.concatenate(([0], np.cumsum(is_blocked)))
        keep = cum_blocked[lex_end] == cum_blocked[lex_start]
        lex_start, lex_end, lex_list = lex_start[keep], lex_end[keep], lex_list[keep]
        lex_doc = doc_of[lex_start]
        char_start, char_end = idx[lex_start], end_idx[lex_end - 1]
        counts = np.bincount(lex_doc * _N_LEX + lex_list, minlength=n_docs * _N_LEX)
        counts = counts.reshape(n_docs, _N_LEX)
        values[:, :_N_LEX] = log1p_counts(counts)
        spans.add_arrays(lex_doc, lex_list, char_start, char_end)
        in_list = {
            name: covered(n, lex_start[lex_list == j], lex_end[lex_list == j])
            for j, name in enumerate(LEXICONS)
            if name in _TOKEN_SETS
        }

        is_word = (flags & (_PUNCT | _SPACE) == 0) & ~is_blocked
        n_words = np.bincount(doc_of[is_word], minlength=n_docs)
        has_words = n_words > 0
        for name in RATES:
            j = LEXICONS.index(name)
            rate = np.zeros(n_docs)
            np.divide(counts[:, j], n_words, out=rate, where=has_words)
            values[:, INDEX[f"{name}_rate"]] = rate
            pick = lex_list == j
            spans.add_arrays(lex_doc[pick], INDEX[f"{name}_rate"], char_start[pick], char_end[pick])
        values[:, INDEX["words"]] = log1p_counts(n_words)

        # Sentences end at . ! ? … or a line break (a blank pipeline has no parser, and that
        # is how posts are written), and at each text's last token.
        bound = (flags & (_END | _NEWLINE)) != 0
        bound[doc_end[lengths > 0] - 1] = True
        sentence = np.cumsum(bound) - bound
        sentence_first = np.flatnonzero(np.concatenate(([True], bound[:-1])))[sentence]

        def token_feature(name: str, where: np.ndarray, flag: bool = False) -> None:
            at = np.flatnonzero(where) if where.dtype == bool else where
            count = np.bincount(doc_of[at], minlength=n_docs)
            values[:, INDEX[name]] = np.minimum(count, 1) if flag else log1p_counts(count)
            spans.add_arrays(doc_of[at], INDEX[name], idx[at], end_idx[at])

        # A sentence whose first alphabetic token (links and handles aside) is a
        # call-to-action verb is an imperative.
        openers = np.flatnonzero((flags & _ALPHA != 0) & ~is_blocked)
        first_opener = (
            openers[np.concatenate(([True], np.diff(sentence[openers]) != 0))]
            if len(openers)
            else openers
        )
        token_feature("imperative", first_opener[flags[first_opener] & _CTA != 0])

        # A feeling in a sentence where the author says I/me/my is the author's own.
        with_self = np.zeros(n + 1, dtype=bool)
        with_self[sentence[in_list["first_singular"]]] = True
        feelings = lex_list == LEXICONS.index("feelings")
        own = feelings.copy()
        own[feelings] = with_self[sentence[lex_start[feelings]]]
        values[:, INDEX["own_feeling"]] = log1p_counts(np.bincount(lex_doc[own], minlength=n_docs))
        spans.add_arrays(lex_doc[own], INDEX["own_feeling"], char_start[own], char_end[own])

        # Questions, and those whose sentence addresses the reader before the "?".
        addressing = (
            in_list["second_person"] | in_list["reader_group"] | in_list["invitation"]
        ) & ~in_list["generic_you"]
        questions = np.flatnonzero(flags & _QMARK != 0)
        cum_addressing = np.concatenate(([0], np.cumsum(addressing)))
        to_reader = cum_addressing[questions + 1] > cum_addressing[sentence_first[questions]]
        token_feature("question", questions)
        token_feature("reader_question", questions[to_reader])

        # A post "ends with a question" when its last words, before any trailing hashtags,
        # links, mentions or emoji, are a question.
        last_words = ~(
            (flags & (_SPACE | _TRAILING) != 0)
            | is_blocked
            | inside(idx + base, end_idx + base, *marks.trailing)
        )
        final = last_in(np.flatnonzero(last_words), doc_start, doc_end)
        token_feature("ends_with_question", final[flags[final] & _HAS_Q != 0], flag=True)

        first_word = first_in(np.flatnonzero(is_word), doc_start, doc_end)
        token_feature("opens_with_self", first_word[flags[first_word] & _SELF != 0], flag=True)
        token_feature("contraction", (flags & _CONTRACTION) != 0)
        token_feature("lowercase_i", (flags & _LOWER_I) != 0)

        # TextBlob's rules and the language check run per text, on lower-cased words:
        # only the tokens the rules need (see _moods), and the words they may cite.
        read = np.flatnonzero(_moods(flags))
        read_words = table.lower[rows[read]].tolist()
        read_bounds = [*np.searchsorted(read, doc_start).tolist(), len(read)]
        cited = np.flatnonzero(flags & _MOOD)
        cited_words = table.lower[rows[cited]].tolist()
        cited_at = cited.tolist()
        cited_bounds = [*np.searchsorted(cited, doc_start).tolist(), len(cited)]
        alpha_word = is_word & ((flags & _LOWER_ALPHA) != 0)
        n_alpha = np.bincount(doc_of[alpha_word], minlength=n_docs).tolist()
        hits = _function_word_hits(alpha_word, rows, table, doc_of, n_docs).tolist()
        mood_rows: list[int] = []
        language: list[str] = []
        warnings: list[tuple[str, ...]] = []
        polarity, subjectivity = values[:, INDEX["polarity"]], values[:, INDEX["subjectivity"]]
        for d, text in enumerate(texts):
            first, last = cited_bounds[d], cited_bounds[d + 1]
            if first < last:
                mood = sentiment(read_words[read_bounds[d] : read_bounds[d + 1]])
                polarity[d] = mood.polarity
                subjectivity[d] = mood.subjectivity
                if mood.words:
                    mood_rows.extend(
                        compress(
                            cited_at[first:last],
                            map(mood.words.__contains__, cited_words[first:last]),
                        )
                    )
            has_words = n_alpha[d] > 0
            language.append(lang := from_counts(text, has_words, hits[d]))
            warnings.append(_warnings(text, has_words, marks.urls[d], marks.emoji[d], lang))
        values[:, INDEX["abs_polarity"]] = np.abs(polarity)
        at = np.asarray(mood_rows, dtype=np.intp)
        for name in ("polarity", "abs_polarity", "subjectivity"):
            spans.add_arrays(doc_of[at], INDEX[name], idx[at], end_idx[at])
        return FeatureBatch(values, language, warnings, *spans.columns())

    def _matches(
        self, flags: np.ndarray, keys: np.ndarray, doc_of: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every word-list match: (first token, end token, list number) arrays."""
        at = np.flatnonzero(flags & _LEX_BITS)
        bits = flags[at] & _LEX_BITS
        # Most words are in one list: its number is the bit's position (exact in float).
        one = (bits & (bits - 1)) == 0
        several = at[~one]
        token, which = np.nonzero((flags[several, None] >> _LEX_NUMBERS) & 1)
        starts = [np.concatenate((at[one], several[token]))]
        ends = [starts[0] + 1]
        lists = [np.concatenate((np.log2(bits[one]).astype(np.intp), which))]
        # A phrase starts where a first word of one is followed by a second word of one.
        candidates = np.flatnonzero(flags[:-1] & _FIRST)
        candidates = candidates[flags[candidates + 1] & _SECOND != 0]
        n = len(flags)
        hits: list[np.ndarray] = []
        hit_ends: list[np.ndarray] = []
        hit_bits: list[np.ndarray] = []
        for k, (multiplier, hashes, phrase_keys, phrase_bits) in self._phrases.items():
            first = candidates[candidates + k <= n]
            first = first[doc_of[first + k - 1] == doc_of[first]]
            if not len(first):
                continue
            window = keys[first]
            for t in range(1, k):
                window = window * multiplier + keys[first + t]
            slot = np.minimum(np.searchsorted(hashes, window), len(hashes) - 1)
            same = hashes[slot] == window
            for t in range(k):  # the hash found a candidate; the words decide
                same &= phrase_keys[slot, t] == keys[first + t]
            hits.append(first[same])
            hit_ends.append(first[same] + k)
            hit_bits.append(phrase_bits[slot[same]])
        if hits:
            at, to, bits = np.concatenate(hits), np.concatenate(hit_ends), np.concatenate(hit_bits)
            phrase, which = np.nonzero((bits[:, None] >> _LEX_NUMBERS) & 1)
            starts.append(at[phrase])
            ends.append(to[phrase])
            lists.append(which)
        return (
            np.concatenate(starts).astype(np.intp),
            np.concatenate(ends).astype(np.intp),
            np.concatenate(lists).astype(np.intp),
        )


def _window_hash(keys: tuple[int, ...], multiplier: int) -> int:
    h = np.uint64(keys[0])
    with np.errstate(over="ignore"):
        for key in keys[1:]:
            h = h * np.uint64(multiplier) + np.uint64(key)
    return int(h)


def _moods(flags: np.ndarray) -> np.ndarray:
    """The tokens TextBlob's rules need to see to give the result they give on all the
    tokens of a text but whitespace (what TextBlob is fed).

    Its rules skip a word they do not know unless a negation or an intensifier is pending,
    and a word of three or more letters ends both. So only the known words matter, and
    after each, the unknown ones up to and including the first such word: a post of sixty
    tokens is read as a dozen. (Across a text's start this may keep a few unknown tokens
    while nothing is pending, which changes nothing.)
    """
    tokens = np.flatnonzero(flags & _SPACE == 0)
    known = (flags[tokens] & _MOOD) != 0
    resets = ((flags[tokens] & _RESETS) != 0) & ~known
    group = np.cumsum(known)  # how many known words up to here
    seen = np.cumsum(resets)
    # Resetting words since this group's known word, this token excluded.
    at_known = np.concatenate(([0], seen[known]))
    since = seen - resets - at_known[group]
    keep = np.zeros(len(flags), dtype=bool)
    keep[tokens] = known | ((group > 0) & (since == 0))
    return keep


def _function_word_hits(
    words: np.ndarray, rows: np.ndarray, table: Spellings, doc_of: np.ndarray, n_docs: int
) -> np.ndarray:
    """Per text and language (in ``language.languages()`` order), how many distinct
    function words of that language are among the text's words."""
    at = np.flatnonzero(words)
    at = at[table.languages[rows[at]] != 0]
    counts = np.zeros((n_docs, len(languages())), dtype=np.int64)
    if not len(at):
        return counts
    # Distinct by lower-cased form ("The" and "the" are one word), within each text.
    doc, key, bits = doc_of[at], table.key[rows[at]], table.languages[rows[at]]
    order = np.lexsort((key, doc))
    doc, key, bits = doc[order], key[order], bits[order]
    first = np.concatenate(([True], (doc[1:] != doc[:-1]) | (key[1:] != key[:-1])))
    doc, bits = doc[first], bits[first]
    for i in range(counts.shape[1]):
        counts[:, i] = np.bincount(doc[bits & (1 << i) != 0], minlength=n_docs)
    return counts


def _warnings(text: str, has_words: bool, urls: int, emoji: int, language: str) -> tuple[str, ...]:
    if not text.strip():
        return ("empty text: nothing to score",)
    # Before the word check: Japanese or Thai between punctuation makes no alphabetic
    # token, and "not English" is what the writer needs to hear.
    if language not in ("en", "und"):
        return (
            f"not English (looks like {language}): relate reads English, "
            "so these scores are unreliable",
        )
    if not has_words:
        if urls and not emoji:
            return ("only links: there are no words to score",)
        if emoji and not urls:
            return ("only emoji: there are no words to score",)
        return ("no words to score",)
    return ()
