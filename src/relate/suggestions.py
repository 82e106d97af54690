"""Short, concrete suggestions that follow from the scores and the evidence."""

from __future__ import annotations

import re
from functools import cache

from relate import lexicon
from relate.language import detect
from relate.score import Evidence
from relate.sentiment import adjectives

# Thresholds on the 0..1 scores; a score past them is what a reader would notice.
HIGH = 0.6
LOW = 0.35

#: The longest topic word quoted in an example question; longer "words" are not words.
MAX_TOPIC = 30

#: The longest evidence text quoted in a tip, before it is cut with an ellipsis.
MAX_QUOTE = 30

#: The single note for text relate cannot advise on: not English, or no words at all.
NOT_ENGLISH_NOTE = (
    "This does not look like English, and relate only advises on English posts: "
    "its scores for this text are unreliable."
)
NO_WORDS_NOTE = "Add a few words of your own: there is nothing here for readers to answer."

# Prefixes of the warnings (written in features.py) after which rewrite advice built from
# the post's words would be nonsense: the text has no words, or is not English.
_NO_WORDS = ("empty text", "only links", "only emoji", "no words")
_NOT_ENGLISH = "not English"

# A whole token that reads as an English word: letters, inner apostrophes and hyphens.
# Matching whole tokens (not words inside them) keeps out URLs, domains, e-mail
# addresses, @handles, #tags, and fragments such as "rich" from "Zürich".
_TOPIC_WORD = re.compile(r"[A-Za-z]+(?:['-][A-Za-z]+)*")
_EDGE_PUNCT = "\"'“”‘’«»()[]{}<>.,;:!?…*_~"
_REPEAT = re.compile(r"(.)\1\1")  # "sooo", "xxxx": stretched or filler, not a topic
_HASHTAG = re.compile(r"(?<![\w&/#])#([A-Za-z]+)(?![\w#])")
# Tags that label the post (an ad, a throwback, a selfie) rather than say its topic.
_TAG_MARKERS = frozenset(
    {
        "ad", "ads", "sponsored", "spon", "promo", "giveaway", "contest", "tbt", "fbf",
        "throwback", "nofilter", "repost", "regram", "linkinbio", "followme", "instagood",
        "photooftheday", "mcm", "wcw", "ootd", "selfie",
    }
)  # fmt: skip


# The features some tips quote.
_TIP_FEATURES = ("engagement_bait", "brand_speak", "hashtag_wall")


@cache
def _stop_words() -> frozenset[str]:
    return frozenset(lexicon.load("topic_stopwords"))


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
    return ", ".join(f"'{_clip(w)}'" for w in seen)


def _clip(word: str) -> str:
    """A long quote (a URL, a run-on token) cut short, so a tip stays readable."""
    word = " ".join(word.split())  # a quote on one line, whatever whitespace it spanned
    return word if len(word) <= MAX_QUOTE else word[: MAX_QUOTE - 1] + "…"


def _topic_word(candidate: str) -> str | None:
    """``candidate`` lower-cased if it can name a post's topic, else None."""
    word = candidate.replace("’", "'").lower()
    if not 4 <= len(word) <= MAX_TOPIC or not _TOPIC_WORD.fullmatch(word):
        return None
    # "your experience with couldn't / wrong / getting" is not a question anyone asks:
    # contractions, adjectives and common verb forms do not name a topic.
    if "'" in word or word in _stop_words() or word in adjectives() or _REPEAT.search(word):
        return None
    return word


def topic_of(text: str) -> str | None:
    """A word from the post to build an example question around: its first hashtag that
    is a plain word, or else its most frequent longer word that is not a function or
    marketing word. Only whole alphabetic tokens of at most MAX_TOPIC letters qualify."""
    for tag in _HASHTAG.finditer(text):
        if tag.group(1).lower() not in _TAG_MARKERS and _topic_word(tag.group(1)):
            return tag.group(1)
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for i, token in enumerate(text.split()):
        word = _topic_word(token.strip(_EDGE_PUNCT))
        # Without a tagger, dropping -ed/-ly forms keeps most verbs and adverbs out.
        if word is not None and not word.endswith(("ed", "ly")):
            counts[word] = counts.get(word, 0) + 1
            first.setdefault(word, i)
    if not counts:
        return None
    return max(counts, key=lambda w: (counts[w], len(w), -first[w]))


def _note(text: str, warnings: tuple[str, ...]) -> str | None:
    """The one note that replaces all tips, for text relate cannot advise on."""
    if any(w.startswith(_NOT_ENGLISH) for w in warnings):
        return NOT_ENGLISH_NOTE
    if any(w.startswith(_NO_WORDS) for w in warnings):
        # Unspaced scripts (Japanese, Chinese, Thai) can come out of the tokenizer with no
        # word tokens at all; they are foreign text, not missing words.
        if detect([], text).startswith("und-"):
            return NOT_ENGLISH_NOTE
        return NO_WORDS_NOTE
    return None


def suggest(
    text: str, scores: dict[str, float], evidence: tuple[Evidence, ...], warnings: tuple[str, ...]
) -> tuple[str, ...]:
    """What to change, most important first; a single note instead when the text is not
    English or has no words, since tips built from its words would not make sense."""
    note = _note(text, warnings) if warnings else None
    if note is not None:
        return (note,)
    by_feature: dict[str, list[Evidence]] = {f: [] for f in _TIP_FEATURES}
    for e in evidence:
        if e.feature in by_feature:
            by_feature[e.feature].append(e)
    tips: list[str] = []

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
        topic = topic_of(text)  # only here: it is the slowest part of the advice
        example = (
            f'"What has your experience with {topic} been?"' if topic else '"What would you add?"'
        )
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
