"""The features relate computes, by name, in the order of the model's columns."""

from __future__ import annotations

from relate import lexicon

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

RATES = ("first_singular", "first_plural", "second_person", "third_person")

#: What each feature measures, by name, in the order of the feature vector.
DESCRIPTIONS: dict[str, str] = {
    **{name: lexicon.describe(name) for name in LEXICONS},
    **{f"{name}_rate": f"{lexicon.describe(name)} (share of words)" for name in RATES},
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
#: Column of each feature.
INDEX: dict[str, int] = {name: j for j, name in enumerate(FEATURES)}
