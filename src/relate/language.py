"""Noticing text that is clearly not English, so it is flagged instead of scored silently.

This is deliberately a cheap check (script of the letters, then common function words)
rather than a full language identifier: relate only needs to know "English or not", it
must stay fast on one short post, and it must not download anything.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

# Letter ranges of scripts other than Latin, as (first, last, ISO 15924 code).
_SCRIPTS: tuple[tuple[int, int, str], ...] = (
    (0x0370, 0x03FF, "Grek"),
    (0x0400, 0x052F, "Cyrl"),
    (0x0590, 0x05FF, "Hebr"),
    (0x0600, 0x06FF, "Arab"),
    (0x0900, 0x097F, "Deva"),
    (0x0980, 0x09FF, "Beng"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x1100, 0x11FF, "Hang"),
    (0x3040, 0x30FF, "Jpan"),
    (0x3400, 0x9FFF, "Hani"),
    (0xAC00, 0xD7AF, "Hang"),
)


@cache
def _function_words() -> dict[str, frozenset[str]]:
    text = files("relate").joinpath("lexicons/function_words.txt").read_text("utf-8")
    words: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            code, _, rest = line.partition(":")
            words[code.strip()] = frozenset(rest.split())
    return words


def _script_of(char: str) -> str:
    code = ord(char)
    if code < 0x0250:
        return "Latn"
    for first, last, script in _SCRIPTS:
        if first <= code <= last:
            return script
    return "Zyyy"


def detect(words: list[str], text: str) -> str:
    """Return ``"en"``, another language code, ``"und-<Script>"`` for a non-Latin
    script, or ``"und"`` when there is too little text to tell.

    ``words`` are the lower-cased word tokens of ``text``.
    """
    if not text.isascii():  # ASCII is Latin script: skip the per-character count
        letters = [c for c in text if c.isalpha()]
        if not letters:
            return "und"
        scripts: dict[str, int] = {}
        for c in letters:
            s = _script_of(c)
            scripts[s] = scripts.get(s, 0) + 1
        main_script = max(scripts, key=lambda s: scripts[s])
        if main_script != "Latn" and scripts[main_script] > 0.5 * len(letters):
            return f"und-{main_script}"
    elif not words:
        return "und"
    lexicons = _function_words()
    distinct = set(words)
    hits = {code: len(distinct & vocab) for code, vocab in lexicons.items()}
    english = hits.pop("en")
    other, other_hits = max(hits.items(), key=lambda kv: kv[1])
    # Short posts say too little; only a clear majority of another language's (distinct)
    # function words counts, so English posts with a foreign phrase stay English.
    if other_hits >= 2 and other_hits > 2 * english:
        return other
    return "en"
