"""The Post record every reader yields, whatever platform the post came from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

Kind = Literal["post", "reply", "repost", "quote", "comment"]

#: Visibilities that mean the author chose a small audience: such posts are flagged and
#: left out of scoring unless asked for.
PRIVATE_VISIBILITIES = frozenset({"followers", "direct"})


@dataclass(frozen=True, slots=True)
class Post:
    """One item of an export, as a reader of the post saw it.

    ``text`` has HTML entities unescaped and short links expanded where the export gives
    the target. ``created_at`` is UTC (None when the export gives no usable time).
    ``error`` is set when the item could not be read; the other fields are then best effort.
    """

    id: str
    platform: str
    created_at: datetime | None
    text: str
    kind: Kind = "post"
    reply_to: str | None = None
    language: str | None = None
    url: str | None = None
    hashtags: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    visibility: str | None = None
    error: str | None = None

    @property
    def private(self) -> bool:
        """Whether the post was for followers only or a direct message."""
        return self.visibility in PRIVATE_VISIBILITIES

    def to_dict(self) -> dict[str, Any]:
        """Plain data: ``created_at`` as ISO 8601, tuples as lists."""
        return {
            "id": self.id,
            "platform": self.platform,
            "created_at": self.created_at.isoformat() if self.created_at else None,
            "text": self.text,
            "kind": self.kind,
            "reply_to": self.reply_to,
            "language": self.language,
            "url": self.url,
            "hashtags": list(self.hashtags),
            "mentions": list(self.mentions),
            "links": list(self.links),
            "visibility": self.visibility,
            "error": self.error,
        }
