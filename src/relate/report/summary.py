"""Every figure of the report, as named pandas tables computed from a scored frame."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

import numpy as np

from relate.corpus import NEAR_DUPLICATE
from relate.frame import SCORE_COLUMNS
from relate.report.crossposts import near_duplicate_labels
from relate.score import DIMENSIONS

if TYPE_CHECKING:
    import pandas as pd

#: A post counts as about its author ("me") when its self_focus is at least this: the
#: score is the probability that a careful reader rates it mostly about the author.
SELF_FOCUSED = 0.5
#: An original post invites dialog when its dialog score is at least this.
INVITES_DIALOG = 0.5
#: An account is a Meformer when more than this share of its posts are about itself.
MEFORMER_SHARE = 0.5
#: The confidence of the interval around that share; a verdict needs the whole interval
#: on one side of :data:`MEFORMER_SHARE`.
CONFIDENCE = 0.95
#: Texts this similar (cosine of word 1-2 gram TF-IDF) count as one post copied.
CROSS_POST_SIMILARITY = NEAR_DUPLICATE
#: Texts shorter than this many words are left out of cross-posting: "Thank you!" said
#: twice is not a copied announcement.
CROSS_POST_MIN_WORDS = 5
#: Posts shown at each end of the self-focus scale, and cross-post groups listed.
TOP = 5

ORIGINAL_KINDS = frozenset({"post", "quote"})
CONVERSATION_KINDS = frozenset({"reply", "comment"})

MEFORMER, INFORMER, BETWEEN, NO_VERDICT = "Meformer", "Informer", "in between", "no verdict"


@dataclass(frozen=True)
class Summary:
    """The tables behind the report; every number on the page is read from one of them.

    - ``overview``: one row: posts, scored, reposts, errors, undated, first and last post.
    - ``monthly``: one row per calendar month (UTC): posts, scored posts and, per score,
      the median and the 25th and 75th percentiles.
    - ``conversation``: replies and comments, originals, reposts (shares of all posts), and
      originals that invite dialog (share of scored originals).
    - ``verdict``: Meformer or Informer, with the share of self-focused posts and its
      interval; one row for the account and one per platform when there are several.
    - ``distribution``: scored posts per tenth of the self-focus scale.
    - ``top_posts``: the most self-focused and the most relationship-building posts.
    - ``cross_posting``: how many originals are near-identical copies, and of what kind.
    - ``cross_post_groups``: one row per set of near-identical originals.
    - ``platforms``: the main figures per platform.
    """

    overview: pd.DataFrame
    monthly: pd.DataFrame
    conversation: pd.DataFrame
    verdict: pd.DataFrame
    distribution: pd.DataFrame
    top_posts: pd.DataFrame
    cross_posting: pd.DataFrame
    cross_post_groups: pd.DataFrame
    platforms: pd.DataFrame

    def tables(self) -> dict[str, pd.DataFrame]:
        """The tables by name, in the order the report shows them."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


def summarize(frame: pd.DataFrame) -> Summary:
    """The report's tables for a scored frame (see :func:`relate.report.load`)."""
    from relate.report.load import load

    df = load(frame)
    own = _own_scored(df)
    cross_posting, cross_post_groups = _cross_posting(df)
    return Summary(
        overview=_overview(df, own),
        monthly=_monthly(df, own),
        conversation=_conversation(df),
        verdict=_verdict(df),
        distribution=_distribution(own),
        top_posts=_top_posts(own),
        cross_posting=cross_posting,
        cross_post_groups=cross_post_groups,
        platforms=_platforms(df),
    )


def _own_scored(df: pd.DataFrame) -> pd.DataFrame:
    """Scored posts in the author's own words: reposts are left out even when scored."""
    scored = df[list(DIMENSIONS)].notna().all(axis=1)
    return df[scored & (df["kind"] != "repost")]


def _share(count: int, total: int) -> float:
    return count / total if total else float("nan")


def _overview(df: pd.DataFrame, own: pd.DataFrame) -> pd.DataFrame:
    import pandas as pd

    dated = df["created_at"].dropna()
    return pd.DataFrame(
        [
            {
                "posts": len(df),
                "scored": len(own),
                "reposts": int((df["kind"] == "repost").sum()),
                "errors": int(df["error"].notna().sum()),
                "undated": int(df["created_at"].isna().sum()),
                "first_post": dated.min() if len(dated) else pd.NaT,
                "last_post": dated.max() if len(dated) else pd.NaT,
                "platforms": df["platform"].nunique(),
            }
        ]
    )


def _month(times: pd.Series) -> pd.Series:
    """The calendar month (UTC) of each time, as the first day of that month."""
    return times.dt.tz_convert("UTC").dt.tz_localize(None).dt.to_period("M").dt.to_timestamp()


def _monthly(df: pd.DataFrame, own: pd.DataFrame) -> pd.DataFrame:
    import pandas as pd

    dated = df[df["created_at"].notna()]
    columns = ["month", "posts", "scored"] + [
        f"{s}_{q}" for s in SCORE_COLUMNS for q in ("median", "p25", "p75")
    ]
    if dated.empty:
        return pd.DataFrame(columns=columns)
    month = _month(dated["created_at"])
    # Every month from the first post to the last, so a quiet month shows as a gap.
    months = pd.date_range(month.min(), month.max(), freq="MS")
    out = pd.DataFrame({"month": months})
    out["posts"] = month.value_counts().reindex(months, fill_value=0).to_numpy()
    mine = own[own["created_at"].notna()]
    by_month = mine.groupby(_month(mine["created_at"]))
    out["scored"] = by_month.size().reindex(months, fill_value=0).to_numpy()
    for score in SCORE_COLUMNS:
        for name, q in (("median", 0.5), ("p25", 0.25), ("p75", 0.75)):
            out[f"{score}_{name}"] = by_month[score].quantile(q).reindex(months).to_numpy()
    return out[columns]


def _conversation(df: pd.DataFrame) -> pd.DataFrame:
    import pandas as pd

    total = len(df)
    originals = _own_scored(df)
    originals = originals[originals["kind"].isin(ORIGINAL_KINDS)]
    inviting = int((originals["dialog"] >= INVITES_DIALOG).sum())
    rows: list[dict[str, Any]] = []
    for measure, kinds in (
        ("replies and comments", CONVERSATION_KINDS),
        ("original posts", ORIGINAL_KINDS),
        ("reposts", {"repost"}),
    ):
        count = int(df["kind"].isin(kinds).sum())
        rows.append({"measure": measure, "count": count, "of": total})
    known = sum(r["count"] for r in rows)
    rows.append({"measure": "other kinds", "count": total - known, "of": total})
    rows.append({"measure": "originals inviting dialog", "count": inviting, "of": len(originals)})
    out = pd.DataFrame(rows)
    out["share"] = [_share(c, t) for c, t in zip(out["count"], out["of"], strict=True)]
    out["threshold"] = np.where(
        out["measure"] == "originals inviting dialog", INVITES_DIALOG, np.nan
    )
    return out


def _verdict_row(df: pd.DataFrame, scope: str) -> dict[str, Any]:
    """The Meformer/Informer verdict of a set of posts, and the figures it rests on."""
    own = _own_scored(df)
    n = len(own)
    selfish = int((own["self_focus"] >= SELF_FOCUSED).sum())
    low = high = float("nan")
    verdict = NO_VERDICT
    if n:
        from scipy.stats import binomtest

        interval = binomtest(selfish, n).proportion_ci(CONFIDENCE, method="wilson")
        low, high = float(interval.low), float(interval.high)
        verdict = (
            MEFORMER if low > MEFORMER_SHARE else INFORMER if high < MEFORMER_SHARE else BETWEEN
        )
    return {
        "scope": scope,
        "scored": n,
        "self_focused": selfish,
        "share": _share(selfish, n),
        "low": low,
        "high": high,
        "verdict": verdict,
        "post_threshold": SELF_FOCUSED,
        "account_threshold": MEFORMER_SHARE,
        "confidence": CONFIDENCE,
    }


def _verdict(df: pd.DataFrame) -> pd.DataFrame:
    import pandas as pd

    rows = [_verdict_row(df, "all posts")]
    platforms = sorted(df["platform"].unique())
    if len(platforms) > 1:
        rows += [_verdict_row(df[df["platform"] == p], p) for p in platforms]
    return pd.DataFrame(rows)


def _distribution(own: pd.DataFrame) -> pd.DataFrame:
    import pandas as pd

    edges = np.linspace(0.0, 1.0, 11)
    # Tenths with the top one closed, so a score of exactly 1.0 is counted.
    tenth = np.clip(np.floor(own["self_focus"].to_numpy() * 10), 0, 9).astype(int)
    counts = np.bincount(tenth, minlength=10)
    out = pd.DataFrame({"low": edges[:-1].round(1), "high": edges[1:].round(1), "posts": counts})
    out["share"] = [_share(int(c), len(own)) for c in counts]
    out["side"] = np.where(out["low"] >= SELF_FOCUSED, "about the author", "shared interest")
    return out


def _normal(text: str) -> str:
    return " ".join(text.casefold().split())


def _top_posts(own: pd.DataFrame) -> pd.DataFrame:
    import pandas as pd

    columns = [
        "group",
        "rank",
        "id",
        "platform",
        "created_at",
        "kind",
        "url",
        "text",
        *SCORE_COLUMNS,
    ]
    picks = []
    for group, key in (
        ("most self-focused", "self_focus"),
        ("most relationship-building", "overall"),
    ):
        # Highest first; ties go to the earlier post. A text copied several times is shown once.
        ranked = own.assign(_text=own["text"].map(_normal)).sort_values(
            [key, "created_at", "id"], ascending=[False, True, True], kind="stable"
        )
        top = ranked.drop_duplicates("_text").head(TOP)
        picks.append(top.assign(group=group, rank=range(1, len(top) + 1)))
    if not any(len(p) for p in picks):
        return pd.DataFrame(columns=columns)
    return pd.concat(picks, ignore_index=True)[columns]


def _cross_posting(df: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    import pandas as pd

    originals = df[df["kind"].isin(ORIGINAL_KINDS) & df["error"].isna()]
    originals = originals[originals["text"].str.split().str.len() >= CROSS_POST_MIN_WORDS]
    labels = near_duplicate_labels(originals["text"].tolist(), CROSS_POST_SIMILARITY)
    copied = originals.assign(group=labels)[labels >= 0]
    groups = []
    for label, members in copied.sort_values(["created_at", "id"]).groupby("group", sort=True):
        per_platform = members["platform"].value_counts()
        first, last = members["created_at"].min(), members["created_at"].max()
        groups.append(
            {
                "group": int(label) + 1,
                "posts": len(members),
                "platforms": ", ".join(sorted(per_platform.index)),
                "platform_count": len(per_platform),
                "several_platforms": len(per_platform) > 1,
                "repeated_on_a_platform": bool((per_platform > 1).any()),
                "first": first,
                "last": last,
                "days": (last - first).days if pd.notna(first) and pd.notna(last) else np.nan,
                "text": members["text"].iloc[0],
                "ids": list(members["id"]),
            }
        )
    group_columns = [
        "group", "posts", "platforms", "platform_count", "several_platforms",
        "repeated_on_a_platform", "first", "last", "days", "text", "ids",
    ]  # fmt: skip
    table = pd.DataFrame(groups, columns=group_columns)
    if len(table):
        table = table.sort_values(["posts", "group"], ascending=[False, True], kind="stable")
        table = table.reset_index(drop=True)
    totals = pd.DataFrame(
        [
            {"measure": "originals compared", "count": len(originals), "of": len(originals)},
            {"measure": "originals with a near copy", "count": len(copied), "of": len(originals)},
            {
                "measure": "groups on several platforms",
                "count": int(table["several_platforms"].sum()),
                "of": len(table),
            },
            {
                "measure": "groups repeated on one platform",
                "count": int(table["repeated_on_a_platform"].sum()),
                "of": len(table),
            },
        ]
    )
    totals["share"] = [_share(c, t) for c, t in zip(totals["count"], totals["of"], strict=True)]
    totals["similarity"] = CROSS_POST_SIMILARITY
    return totals, table


def _platforms(df: pd.DataFrame) -> pd.DataFrame:
    import pandas as pd

    rows = []
    for platform, posts in df.groupby("platform", sort=True):
        conversation = _conversation(posts).set_index("measure")["share"]
        verdict = _verdict_row(posts, str(platform))
        own = _own_scored(posts)
        row: dict[str, Any] = {
            "platform": platform,
            "posts": len(posts),
            "scored": len(own),
            "replies_and_comments": conversation["replies and comments"],
            "originals_inviting_dialog": conversation["originals inviting dialog"],
            "self_focused": verdict["share"],
            "verdict": verdict["verdict"],
        }
        row.update({f"{s}_median": own[s].median() for s in SCORE_COLUMNS})
        rows.append(row)
    return pd.DataFrame(rows)
