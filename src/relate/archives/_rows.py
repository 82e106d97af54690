"""Posts to output rows: one row per post, scored or saying why not."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from relate.archives._read import read
from relate.archives.post import Post
from relate.score import DIMENSIONS, Score

if TYPE_CHECKING:
    import pandas as pd

    from relate.scorer import Scorer

#: The post's own columns, in output order (``post_language`` is what the platform said).
POST_COLUMNS: tuple[str, ...] = (
    "id", "platform", "created_at", "kind", "reply_to", "url", "visibility", "post_language",
    "hashtags", "mentions", "links", "text",
)  # fmt: skip
#: Every output column, in order: the post, the scores, relate's language and the outcome.
COLUMNS: tuple[str, ...] = (
    *POST_COLUMNS, *DIMENSIONS, "overall", "language", "warnings", "skipped", "error",
)  # fmt: skip
#: Columns holding lists of strings.
LIST_COLUMNS = frozenset({"hashtags", "mentions", "links", "warnings"})

SKIP_REPOST = "a repost: its text is someone else's (--include-reposts scores it)"
SKIP_PRIVATE = "a followers-only or direct post (--include-private scores it)"
SKIP_EMPTY = "no text to score"


def _encodable(text: str) -> str:
    """``text`` with lone surrogates (which JSON's ``\\ud800`` escapes can produce) replaced,
    so that every writer can encode it as UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text


def post_row(post: Post) -> dict[str, Any]:
    """The row of a post before scoring: score columns empty."""
    row: dict[str, Any] = dict.fromkeys(COLUMNS)
    row.update(
        id=post.id,
        platform=post.platform,
        created_at=post.created_at.isoformat() if post.created_at else None,
        kind=post.kind,
        reply_to=post.reply_to,
        url=post.url,
        visibility=post.visibility,
        post_language=post.language,
        hashtags=list(post.hashtags),
        mentions=list(post.mentions),
        links=list(post.links),
        text=post.text,
        warnings=[],
        error=post.error,
    )
    for key, value in row.items():
        if isinstance(value, str):
            row[key] = _encodable(value)
        elif isinstance(value, list):
            row[key] = [_encodable(v) for v in value]
    return row


def skip_reason(post: Post, include_reposts: bool, include_private: bool) -> str | None:
    if post.kind == "repost" and not include_reposts:
        return SKIP_REPOST
    if post.private and not include_private:
        return SKIP_PRIVATE
    if not post.text.strip():
        return SKIP_EMPTY
    return None


def score_posts(
    posts: Iterable[Post],
    scorer: Scorer,
    *,
    include_reposts: bool = False,
    include_private: bool = False,
    batch_size: int = 512,
    n_process: int = 1,
) -> Iterator[dict[str, Any]]:
    """One row per post, in order: scored, or with ``skipped`` or ``error`` saying why not.

    Posts stream through: at most a few batches are held at once.
    """
    pending: deque[tuple[dict[str, Any], bool]] = deque()

    def texts() -> Iterator[str]:
        for post in posts:
            row = post_row(post)
            reason = None if post.error else skip_reason(post, include_reposts, include_private)
            row["skipped"] = reason
            wanted = reason is None and post.error is None
            pending.append((row, wanted))
            # Posts that are not scored still pass through the scorer (as an empty text,
            # which costs next to nothing) so that rows leave in order with bounded memory.
            yield post.text if wanted else ""

    for outcome in _scores(scorer, texts(), batch_size, n_process):
        row, wanted = pending.popleft()
        if wanted:
            if isinstance(outcome, Score):
                row.update(outcome.scores(), overall=outcome.overall, language=outcome.language)
                row["warnings"] = list(outcome.warnings)
            else:
                row["error"] = outcome
        yield row


def _scores(
    scorer: Scorer, texts: Iterator[str], batch_size: int, n_process: int
) -> Iterator[Score | str]:
    """A Score per text, or the error that text caused: a text that breaks the scorer
    costs only itself (its batch is scored again one text at a time)."""
    in_flight: deque[str] = deque()
    reader_failed = False

    def feed() -> Iterator[str]:
        nonlocal reader_failed
        while True:
            try:
                text = next(texts)
            except StopIteration:
                return
            except BaseException:
                reader_failed = True
                raise
            in_flight.append(text)
            yield text

    while True:
        try:
            # Rows carry numbers only: workers need not send evidence.
            scores = scorer.score_many(
                feed(), batch_size=batch_size, n_process=n_process, explain=False
            )
            for score in scores:
                in_flight.popleft()
                yield score
            return
        except Exception:
            if reader_failed:
                raise
        while in_flight:
            text = in_flight.popleft()
            try:
                yield scorer.score_batch([text])[0]
            except Exception as error:
                yield f"scoring failed: {type(error).__name__}: {error}"


def to_frame(
    path: str | os.PathLike[str],
    score: bool = True,
    *,
    format: str | None = None,
    text_column: str = "text",
    id_column: str | None = None,
    time_column: str | None = None,
    include_reposts: bool = False,
    include_private: bool = False,
    scorer: Scorer | None = None,
    batch_size: int = 512,
    n_process: int = 1,
) -> pd.DataFrame:
    """Every post of an export as a DataFrame row, scored unless ``score=False``.

    The columns are :data:`COLUMNS` (only the post's own with ``score=False``); an
    unscored post says why in ``skipped`` or ``error``.
    """
    import pandas as pd

    posts = read(
        path, format, text_column=text_column, id_column=id_column, time_column=time_column
    )
    if not score:
        rows: Iterable[dict[str, Any]] = (post_row(p) for p in posts)
        columns: tuple[str, ...] = (*POST_COLUMNS, "error")
    else:
        if scorer is None:
            import relate

            scorer = relate.default_scorer()
        rows = score_posts(
            posts,
            scorer,
            include_reposts=include_reposts,
            include_private=include_private,
            batch_size=batch_size,
            n_process=n_process,
        )
        columns = COLUMNS
    frame = pd.DataFrame.from_records(list(rows), columns=list(columns))
    frame["created_at"] = pd.to_datetime(frame["created_at"], utc=True, format="ISO8601")
    return frame
