"""The report's numbers on an account whose true ratios are known (see account.py)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from relate import ArchiveError
from relate.report import Summary, load, summarize

from .account import EVERYWHERE, TWICE, frame, rows


@pytest.fixture(scope="module")
def summary() -> Summary:
    return summarize(frame())


def wilson(k: int, n: int, z: float = 1.959963984540054) -> tuple[float, float]:
    """The Wilson score interval, written out to check scipy's against."""
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def test_overview(summary: Summary) -> None:
    o = summary.overview.iloc[0]
    assert (o["posts"], o["scored"], o["reposts"], o["errors"], o["undated"]) == (40, 36, 4, 0, 0)
    assert o["first_post"] == pd.Timestamp("2024-01-01T12:00Z")
    assert o["last_post"] == pd.Timestamp("2024-04-04T12:00Z")


def test_conversation_shares(summary: Summary) -> None:
    c = summary.conversation.set_index("measure")
    assert c.loc["replies and comments", ["count", "of"]].tolist() == [12, 40]
    assert c.loc["replies and comments", "share"] == pytest.approx(0.30)
    assert c.loc["original posts", "share"] == pytest.approx(0.60)
    assert c.loc["reposts", "share"] == pytest.approx(0.10)
    assert c.loc["other kinds", "count"] == 0
    assert c.loc["originals inviting dialog", ["count", "of"]].tolist() == [7, 24]
    assert c.loc["originals inviting dialog", "share"] == pytest.approx(7 / 24)


def test_verdict_with_the_figures_it_rests_on(summary: Summary) -> None:
    v = summary.verdict.set_index("scope")
    assert v.loc["all posts", ["scored", "self_focused"]].tolist() == [36, 27]
    assert v.loc["all posts", "share"] == pytest.approx(0.75)
    assert (v.loc["all posts", "low"], v.loc["all posts", "high"]) == pytest.approx(wilson(27, 36))
    assert v["verdict"].to_dict() == {
        "all posts": "Meformer",
        "linkedin": "in between",  # 8 of 10: the interval reaches below one half
        "mastodon": "in between",
        "twitter": "Meformer",
    }


def test_verdict_informer_and_no_verdict() -> None:
    df = frame()
    df.loc[df["kind"] != "repost", "self_focus"] = 0.1
    assert summarize(df).verdict["verdict"].iloc[0] == "Informer"
    only_reposts = df[df["kind"] == "repost"]
    assert summarize(only_reposts).verdict["verdict"].iloc[0] == "no verdict"


def test_monthly_medians_spread_and_counts(summary: Summary) -> None:
    m = summary.monthly
    assert m["month"].dt.strftime("%Y-%m").tolist() == ["2024-01", "2024-02", "2024-03", "2024-04"]
    assert m["posts"].tolist() == [15, 12, 0, 13]  # March had no post: kept as a gap
    assert m["scored"].tolist() == [15, 12, 0, 9]  # April's 4 reposts are not scored
    np.testing.assert_allclose(m["self_focus_median"], [0.9, 0.6, np.nan, 0.3])
    np.testing.assert_allclose(m["self_focus_p25"], [0.9, 0.55, np.nan, 0.2])
    np.testing.assert_allclose(m["dialog_median"], [0.1, 0.8, np.nan, 0.7])


def test_distribution_of_self_focus(summary: Summary) -> None:
    d = summary.distribution
    assert d["posts"].tolist() == [0, 2, 4, 3, 0, 2, 6, 4, 3, 12]
    assert d.loc[d["side"] == "about the author", "posts"].sum() == 27


def test_top_posts(summary: Summary) -> None:
    top = summary.top_posts
    selfish = top[top["group"] == "most self-focused"]
    assert len(selfish) == 5 and set(selfish["self_focus"]) == {0.95}
    assert selfish["text"].tolist().count(TWICE) == 1  # a copied text is shown once
    building = top[top["group"] == "most relationship-building"]
    assert building["id"].tolist() == [
        "linkedin-38",
        "linkedin-39",
        "twitter-14",
        "twitter-15",
        "twitter-10",
    ]
    assert building["overall"].is_monotonic_decreasing


def test_cross_posting(summary: Summary) -> None:
    totals = summary.cross_posting.set_index("measure")["count"].to_dict()
    assert totals == {
        "originals compared": 24,
        "originals with a near copy": 5,
        "groups on several platforms": 1,
        "groups repeated on one platform": 1,
    }
    everywhere, twice = summary.cross_post_groups.to_dict("records")
    assert everywhere["text"].startswith(EVERYWHERE.split("{")[0])
    assert (everywhere["posts"], everywhere["platforms"], everywhere["days"]) == (
        3,
        "linkedin, mastodon, twitter",
        0,
    )
    assert (twice["text"], twice["posts"], twice["platforms"], twice["days"]) == (
        TWICE,
        2,
        "linkedin",
        4,
    )


def test_per_platform(summary: Summary) -> None:
    p = summary.platforms.set_index("platform")
    assert p["posts"].to_dict() == {"linkedin": 10, "mastodon": 10, "twitter": 20}
    assert p["replies_and_comments"].to_dict() == pytest.approx(
        {"linkedin": 0.4, "mastodon": 0.2, "twitter": 0.3}
    )
    assert p["originals_inviting_dialog"].to_dict() == pytest.approx(
        {"linkedin": 0.0, "mastodon": 3 / 8, "twitter": 4 / 10}
    )
    assert p.loc["twitter", "self_focused"] == pytest.approx(14 / 16)


def _write_like_relate_score(path: Path) -> Path:
    """The account as ``relate score`` writes it: JSON Lines, or CSV with lists joined."""
    records = rows()
    if path.suffix == ".jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    else:
        table = pd.DataFrame(records)
        for column in ("hashtags", "mentions", "links"):
            table[column] = table[column].map(" ".join)
        table["warnings"] = table["warnings"].map("; ".join)
        table.to_csv(path, index=False)
    return path


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_files_relate_score_wrote_give_the_same_tables(
    suffix: str, summary: Summary, tmp_path: Path
) -> None:
    again = summarize(load(_write_like_relate_score(tmp_path / f"scored{suffix}")))
    for name in ("overview", "monthly", "conversation", "verdict", "distribution", "platforms"):
        pd.testing.assert_frame_equal(
            again.tables()[name], summary.tables()[name], check_dtype=False, obj=name
        )
    assert again.top_posts["id"].tolist() == summary.top_posts["id"].tolist()


def test_a_bare_frame_of_texts_and_scores_is_enough() -> None:
    bare = frame()[["text", "self_focus", "personal_voice", "dialog", "promotional"]]
    s = summarize(bare.dropna())
    assert s.overview["posts"].iloc[0] == 36 and s.monthly.empty
    assert s.verdict["share"].iloc[0] == pytest.approx(0.75)


def test_a_frame_without_scores_is_refused() -> None:
    with pytest.raises(ArchiveError, match="no self_focus"):
        load(pd.DataFrame({"text": ["hello there"]}))
