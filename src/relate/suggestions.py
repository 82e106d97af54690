"""Short, concrete suggestions that follow from the scores and the evidence."""

from __future__ import annotations

import re

from relate import lexicon
from relate.score import Evidence

# Thresholds on the 0..1 scores; a score past them is what a reader would notice.
HIGH = 0.6
LOW = 0.35

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")


def _quoted(evidence: list[Evidence], limit: int = 3) -> str:
    seen: list[str] = []
    for e in sorted(evidence, key=lambda e: -e.weight):
        word = e.text.strip()
        # Quote words, not punctuation: "'!'" tells a writer nothing.
        if (
            e.weight > 0
            and any(c.isalnum() for c in word)
            and word.lower() not in (s.lower() for s in seen)
        ):
            seen.append(word)
        if len(seen) == limit:
            break
    return ", ".join(f"'{w}'" for w in seen)


def topic_of(text: str) -> str | None:
    """A word from the post to build an example question around: its first hashtag, or
    its most frequent longer word that is not a function or marketing word."""
    tag = re.search(r"(?<![\w&/])#([A-Za-z]\w{2,})", text)
    if tag:
        return tag.group(1)
    skip = set(lexicon.load("topic_stopwords"))
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for i, match in enumerate(_WORD.finditer(re.sub(r"(?:https?://|www\.|@)\S+", " ", text))):
        word = match.group(0).lower()
        # Without a tagger, dropping -ed/-ly forms keeps most verbs and adverbs out.
        if word not in skip and not word.endswith(("ed", "ly")):
            counts[word] = counts.get(word, 0) + 1
            first.setdefault(word, i)
    if not counts:
        return None
    return max(counts, key=lambda w: (counts[w], len(w), -first[w]))


def suggest(
    text: str, scores: dict[str, float], evidence: tuple[Evidence, ...], warnings: tuple[str, ...]
) -> tuple[str, ...]:
    """What to change, most important first."""
    if warnings and not any(c.isalpha() for c in text):
        return ("Add a few words of your own: there is nothing here for readers to answer.",)
    by_feature: dict[str, list[Evidence]] = {}
    for e in evidence:
        by_feature.setdefault(e.feature, []).append(e)
    tips: list[str] = []
    topic = topic_of(text)
    about = f" with {topic}" if topic else ""

    if by_feature.get("engagement_bait"):
        tips.append(
            f"{_quoted(by_feature['engagement_bait'])} asks for clicks, not conversation: "
            "swap it for a question you really want answered."
        )
    if scores["self_focus"] >= HIGH:
        own = [e for e in evidence if e.dimension == "self_focus" and e.weight > 0]
        words = _quoted(own)
        lead = (
            f"This draft is mostly about you ({words}). " if words else "This is mostly about you. "
        )
        tips.append(
            lead + "Connect it to something your readers care about: what does it mean for them?"
        )
    if scores["dialog"] <= LOW:
        example = f'"What has your experience{about} been?"' if topic else '"What would you add?"'
        tips.append(f"Nobody is invited to answer. End with a real question, e.g. {example}")
    if scores["promotional"] >= HIGH:
        ads = _quoted([e for e in evidence if e.dimension == "promotional" and e.weight > 0])
        tips.append(
            f"It reads like an ad{f' ({ads})' if ads else ''}. Lead with something useful or "
            "interesting to readers, and keep at most one call to action."
        )
    if scores["personal_voice"] <= LOW:
        brand = _quoted(by_feature.get("brand_speak", []))
        tips.append(
            f"It sounds like a brand{f' ({brand})' if brand else ''}. Say it in your own "
            "words: what did you see, feel or learn?"
        )
    if by_feature.get("hashtag_wall"):
        n = len({(e.start, e.end) for e in by_feature["hashtag_wall"]})
        tips.append(f"Trim the hashtag wall ({n} tags) to the one or two that people follow.")
    if not tips:
        tips.append("Reads like a person talking with people. Good to post.")
    return tuple(tips)
