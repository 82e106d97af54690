"""An invented account on three platforms whose true ratios are known by construction.

Scores are set, not predicted, so every figure of the report can be worked out by hand:
the expected values in the tests are those hand sums.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pandas as pd

from relate.score import overall_from

# Posted to all three platforms on the same day (links differ, as each platform shortens
# them its own way), and a text posted twice on LinkedIn five days apart.
EVERYWHERE = (
    "Our spring workshop on community gardening opens for registration today, sign up now {link}"
)
TWICE = "Proud to announce that our team won the regional innovation award this year"

ORIGINALS = [
    "I finally finished the marathon training plan I started in January",
    "My new studio is ready and I am so proud of how it turned out",
    "I just hit ten thousand subscribers on my channel this morning",
    "Excited that my book is now available in three more countries",
    "I spoke at the design conference in Lisbon and loved every minute",
    "Which tools do you use to keep your notes in order across devices?",
    "How do you decide when a side project deserves more of your time?",
    "What was the first programming language you learned, and would you pick it again?",
    "Anyone else find winter mornings hard to start? What helps you?",
    "I redesigned my portfolio website over the long weekend",
    "Rereading old letters from my grandmother and smiling at her handwriting",
    "Curious how other parents handle screen time during school holidays",
    "Neighbours here swap seedlings every May, does your street do something similar?",
    "Which local bakery deserves a visit this weekend, in your view?",
    "Thoughtful long read on how cities can keep rivers clean and shaded",
    "A short explainer on why bees matter more than ever for small farms",
    "I was featured in the national business magazine this month",
    "My course sold out in two days, thank you to everyone who joined",
    "I am launching a limited edition print of my best photograph",
]
REPLIES = [
    "That sounds wonderful, congratulations to you both",
    "Thanks for asking, I use paper notebooks mostly",
    "Good luck with the move next week",
    "Great point about the bus routes",
    "<script>alert(1)</script> what do you think about this?",
    "I would love to hear how the garden grows",
    "Same here, the mornings are tough",
    "Happy to help with the translation",
    "Sorry to hear that, hope you feel better soon",
    "I agree, the talk was excellent",
    "Thank you for the kind words about the book",
    "We should compare notes after the meetup",
]

# platform, kind, month, posts, self_focus, personal_voice, dialog, promotional
GROUPS = [
    ("twitter", "post", "2024-01", 6, 0.9, 0.3, 0.1, 0.8),
    ("twitter", "post", "2024-02", 4, 0.7, 0.6, 0.8, 0.3),
    ("twitter", "reply", "2024-02", 4, 0.6, 0.7, 0.9, 0.1),
    ("twitter", "reply", "2024-04", 2, 0.2, 0.8, 0.9, 0.1),
    ("twitter", "repost", "2024-04", 4, None, None, None, None),
    ("mastodon", "post", "2024-01", 3, 0.8, 0.5, 0.2, 0.5),
    ("mastodon", "post", "2024-04", 3, 0.3, 0.7, 0.6, 0.2),
    ("mastodon", "quote", "2024-02", 2, 0.2, 0.6, 0.3, 0.2),
    ("mastodon", "reply", "2024-04", 2, 0.6, 0.6, 0.7, 0.1),
    ("linkedin", "post", "2024-01", 6, 0.95, 0.2, 0.0, 0.9),
    ("linkedin", "comment", "2024-02", 2, 0.55, 0.6, 0.6, 0.2),
    ("linkedin", "comment", "2024-04", 2, 0.1, 0.9, 0.8, 0.05),
]


def _text(platform: str, kind: str, month: str, n: int, texts: dict[str, Iterator[str]]) -> str:
    if kind == "repost":
        return f"RT @someone_else: a thought about {month} number {n}"
    if kind in {"reply", "comment"}:
        return next(texts["reply"])
    if month == "2024-01" and n == 0:
        return EVERYWHERE.format(link=f"https://{platform}.example/workshop")
    if platform == "linkedin" and month == "2024-01" and n in {1, 5}:
        return TWICE
    return next(texts["original"])


def rows() -> list[dict[str, Any]]:
    """The account's posts as ``relate score`` rows (all of its columns)."""
    out: list[dict[str, Any]] = []
    texts = {"original": iter(ORIGINALS), "reply": iter(REPLIES)}
    for platform, kind, month, count, *values in GROUPS:
        for n in range(count):
            scores = dict(
                zip(("self_focus", "personal_voice", "dialog", "promotional"), values, strict=True)
            )
            scored = values[0] is not None
            out.append(
                {
                    "id": f"{platform}-{len(out)}",
                    "platform": platform,
                    "created_at": f"{month}-{n + 1:02d}T12:00:00+00:00",
                    "kind": kind,
                    "reply_to": "x-1" if kind in {"reply", "comment"} else None,
                    "url": f"https://{platform}.example/{len(out)}",
                    "visibility": "public",
                    "post_language": "en",
                    "hashtags": [],
                    "mentions": [],
                    "links": [],
                    "text": _text(platform, kind, month, n, texts),
                    **scores,
                    "overall": overall_from(scores) if scored else None,  # type: ignore[arg-type]
                    "language": "en" if scored else None,
                    "warnings": [],
                    "skipped": None if scored else "a repost",
                    "error": None,
                }
            )
    return out


def frame() -> pd.DataFrame:
    """The account as a scored DataFrame, as ``relate.archives.to_frame`` returns it."""
    out = pd.DataFrame(rows())
    out["created_at"] = pd.to_datetime(out["created_at"], utc=True)
    return out
