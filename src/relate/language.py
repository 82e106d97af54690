"""Noticing text that is clearly not English, so it is flagged instead of scored silently.

This is deliberately a cheap check (script of the letters, then common function words)
rather than a full language identifier: relate only needs to know "English or not", it
must stay fast on one short post, and it must not download anything.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from importlib.resources import files

# Letter ranges of scripts other than Latin, as (first, last, ISO 15924 code), sorted.
# Kana is "Jpan" and Hangul "Hang" because each on its own names a language; Han ("Hani")
# is shared by Chinese, Japanese and Korean and is attributed in _name_script.
_SCRIPTS: tuple[tuple[int, int, str], ...] = (
    (0x0250, 0x02AF, "Latn"),  # IPA extensions
    (0x0370, 0x03FF, "Grek"),
    (0x0400, 0x052F, "Cyrl"),
    (0x0530, 0x058F, "Armn"),
    (0x0590, 0x05FF, "Hebr"),
    (0x0600, 0x06FF, "Arab"),
    (0x0700, 0x074F, "Syrc"),
    (0x0750, 0x077F, "Arab"),
    (0x0780, 0x07BF, "Thaa"),
    (0x0870, 0x08FF, "Arab"),
    (0x0900, 0x097F, "Deva"),
    (0x0980, 0x09FF, "Beng"),
    (0x0A00, 0x0A7F, "Guru"),
    (0x0A80, 0x0AFF, "Gujr"),
    (0x0B00, 0x0B7F, "Orya"),
    (0x0B80, 0x0BFF, "Taml"),
    (0x0C00, 0x0C7F, "Telu"),
    (0x0C80, 0x0CFF, "Knda"),
    (0x0D00, 0x0D7F, "Mlym"),
    (0x0D80, 0x0DFF, "Sinh"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x0E80, 0x0EFF, "Laoo"),
    (0x0F00, 0x0FFF, "Tibt"),
    (0x1000, 0x109F, "Mymr"),
    (0x10A0, 0x10FF, "Geor"),
    (0x1100, 0x11FF, "Hang"),
    (0x1200, 0x139F, "Ethi"),
    (0x1780, 0x17FF, "Khmr"),
    (0x1C80, 0x1C8F, "Cyrl"),
    (0x1C90, 0x1CBF, "Geor"),
    (0x1E00, 0x1EFF, "Latn"),  # Latin Extended Additional (Vietnamese)
    (0x1F00, 0x1FFF, "Grek"),
    (0x2C60, 0x2C7F, "Latn"),
    (0x2DE0, 0x2DFF, "Cyrl"),
    (0x3040, 0x30FF, "Jpan"),  # hiragana and katakana
    (0x3130, 0x318F, "Hang"),
    (0x31F0, 0x31FF, "Jpan"),
    (0x3400, 0x4DBF, "Hani"),
    (0x4E00, 0x9FFF, "Hani"),
    (0xA640, 0xA69F, "Cyrl"),
    (0xA720, 0xA7FF, "Latn"),
    (0xA8E0, 0xA8FF, "Deva"),
    (0xA960, 0xA97F, "Hang"),
    (0xAB30, 0xAB6F, "Latn"),
    (0xAC00, 0xD7FF, "Hang"),
    (0xF900, 0xFAFF, "Hani"),
    (0xFB1D, 0xFB4F, "Hebr"),
    (0xFB50, 0xFDFF, "Arab"),
    (0xFE70, 0xFEFF, "Arab"),
    (0xFF21, 0xFF5A, "Latn"),  # full-width Latin
    (0xFF66, 0xFF9F, "Jpan"),  # half-width katakana
    (0xFFA0, 0xFFDC, "Hang"),
    (0x20000, 0x323AF, "Hani"),
)
_STARTS = [first for first, _, _ in _SCRIPTS]

# Links, handles and e-mail addresses are Latin whatever the post's language, so they do
# not count. ASCII only: Japanese or Chinese run on after a link without a space.
_NOT_PROSE = re.compile(r"(?:https?://|www\.)[!-~]+|[\w.+-]*@[A-Za-z0-9_.-]+", re.ASCII)
_BEYOND_LATIN = re.compile(r"[^\x00-\u024f]")

# Above this share of non-Latin letters a text is not English; below it, a name, a word
# or a quote in another script inside an English post leaves it English.
_FOREIGN_SHARE = 0.5
# Japanese writes with Han and kana together (a headline can be nine tenths Han); any
# clear share of kana marks Han text as Japanese, which Chinese never writes with.
_KANA_SHARE = 0.1


@cache
def _function_words() -> dict[str, frozenset[str]]:
    text = files("relate").joinpath("lexicons/function_words.txt").read_text("utf-8")
    words: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            code, _, rest = line.partition(":")
            words[code.strip()] = frozenset(rest.split())
    # English first: the others are weighed against it.
    return {"en": words.pop("en"), **words}


def _script_of(char: str) -> str:
    code = ord(char)
    if code < 0x0250:
        return "Latn"
    i = bisect_right(_STARTS, code) - 1
    if i >= 0 and code <= _SCRIPTS[i][1]:
        return _SCRIPTS[i][2]
    return "Zyyy"  # a letter of a script not listed: counted as non-Latin


def _name_script(counts: dict[str, int]) -> str:
    """The script that names a mostly non-Latin text's language."""
    han = counts.pop("Hani", 0)
    if han:
        kana, hangul = counts.get("Jpan", 0), counts.get("Hang", 0)
        if kana >= _KANA_SHARE * (han + kana):
            counts["Jpan"] = kana + han
        elif hangul >= _KANA_SHARE * (han + hangul):
            counts["Hang"] = hangul + han  # Korean with hanja
        else:
            counts["Hani"] = han
    return max(counts, key=lambda s: counts[s])


def _non_latin(text: str) -> str | None:
    """``"und-<Script>"`` when most letters of ``text`` (links and handles aside) are not
    Latin, ``"und"`` when it has no letters, else None."""
    # Most posts beyond ASCII only add emoji or typographic marks: with no letter past
    # Latin there is nothing to count (links and handles below are ASCII).
    if not any(map(str.isalpha, _BEYOND_LATIN.findall(text))):
        return None if any(map(str.isalpha, text)) else "und"
    prose = _NOT_PROSE.sub(" ", text)
    letters = sum(map(str.isalpha, prose))
    if not letters:  # only links and handles are Latin; no letters at all, too little
        return None if any(map(str.isalpha, text)) else "und"
    counts: dict[str, int] = {}
    for char in _BEYOND_LATIN.findall(prose):
        if char.isalpha():
            script = _script_of(char)
            counts[script] = counts.get(script, 0) + 1
    counts.pop("Latn", None)
    # All non-Latin scripts together decide "not English" (kanji and kana are separate
    # groups, but one Japanese text); the largest then names it.
    if sum(counts.values()) > _FOREIGN_SHARE * letters:
        return f"und-{_name_script(counts)}"
    return None


def languages() -> tuple[str, ...]:
    """The languages whose function words are counted, English first."""
    return tuple(_function_words())


def word_languages(word: str) -> int:
    """Bit i is set when ``word`` is a function word of ``languages()[i]``."""
    return sum(1 << i for i, vocab in enumerate(_function_words().values()) if word in vocab)


def detect(words: list[str], text: str) -> str:
    """Return ``"en"``, another language code, ``"und-<Script>"`` for a non-Latin
    script, or ``"und"`` when there is too little text to tell.

    ``words`` are the lower-cased word tokens of ``text``.
    """
    distinct = set(words)
    hits = [len(distinct & vocab) for vocab in _function_words().values()]
    return from_counts(text, bool(words), hits)


def from_counts(text: str, has_words: bool, hits: list[int]) -> str:
    """:func:`detect` from the number of distinct function words of each of
    ``languages()`` among the words of ``text``."""
    if not text.isascii():  # ASCII is Latin script: skip the per-character count
        script = _non_latin(text)
        if script is not None:
            return script
    elif not has_words:
        return "und"
    english, others = hits[0], hits[1:]
    other_hits = max(others)
    # Short posts say too little; only a clear majority of another language's (distinct)
    # function words counts, so English posts with a foreign phrase stay English.
    if other_hits >= 2 and other_hits > 2 * english:
        return languages()[1 + others.index(other_hits)]
    return "en"
