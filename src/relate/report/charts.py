"""The report's charts, drawn with matplotlib from the summary tables, as SVG data URIs."""

from __future__ import annotations

import base64
import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, Any

import numpy as np

from relate.score import DIMENSIONS
from relate.views.terminal import COLOURS, MEANING

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

    from relate.report.summary import Summary

#: Colours beyond the four scores': what is not the highlighted part of a bar, and the
#: lighter blue of replies (conversation joined) beside the darker one of invitations.
GREY = "#adb5bd"
LIGHT_GREY = "#dee2e6"
REPLY_BLUE = "#74c0fc"
BROADCAST = "#868e96"
INK = "#212529"

_STYLE = {
    "font.family": "DejaVu Sans",
    "font.size": 11,
    "axes.titlesize": 13,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.edgecolor": "#868e96",
    "axes.labelcolor": INK,
    "xtick.color": "#495057",
    "ytick.color": "#495057",
    # Glyphs as paths: the SVG needs no font on the reader's machine. A fixed hash salt
    # keeps the SVG ids, and so the report, the same from run to run.
    "svg.fonttype": "path",
    "svg.hashsalt": "relate",
}


@dataclass(frozen=True, slots=True)
class Chart:
    """One drawn chart: ``src`` is an SVG data URI, ``alt`` says what it shows in words."""

    name: str
    src: str
    alt: str


def _matplotlib() -> Any:
    try:
        import matplotlib
    except ImportError:
        raise ImportError(
            "the relate report draws its charts with matplotlib: pip install 'relate[report]'"
        ) from None
    return matplotlib


@contextmanager
def _figure(width: float, height: float) -> Iterator[Figure]:
    # A Figure without pyplot: no global state and no GUI backend, safe in any process.
    matplotlib = _matplotlib()
    from matplotlib.figure import Figure

    with matplotlib.rc_context(_STYLE):
        yield Figure(figsize=(width, height), layout="constrained")


def _svg(figure: Figure) -> str:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None})
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _percent_axis(axis: Any) -> None:
    from matplotlib.ticker import PercentFormatter

    axis.set_major_formatter(PercentFormatter(1.0))


def _month_axis(axis: Any, months: int) -> None:
    """At most about twelve ticks, always one on January, which also names its year."""
    # Through import_module: matplotlib.dates is untyped, so it stays Any for mypy.
    dates = import_module("matplotlib.dates")
    step = next((s for s in (1, 2, 3, 4, 6) if months / s <= 12), None)
    if step is None:
        locator = dates.YearLocator(base=max(1, -(-months // 144)))
        axis.set_major_locator(locator)
        axis.set_major_formatter(dates.DateFormatter("%Y"))
        return
    locator = dates.MonthLocator(bymonth=range(1, 13, step))
    axis.set_major_locator(locator)
    formats = ["", "%b\n%Y", "%b", "%b-%d", "%H:%M", "%H:%M"]
    axis.set_major_formatter(dates.ConciseDateFormatter(locator, zero_formats=formats))


def charts(summary: Summary) -> list[Chart]:
    """Every chart the summary has data for, in page order."""
    drawn = []
    if int(summary.verdict["scored"].iloc[0]):
        drawn.append(verdict_chart(summary.verdict))
    drawn.append(conversation_chart(summary.conversation))
    if len(summary.monthly):
        drawn.append(monthly_chart(summary.monthly))
    if int(summary.distribution["posts"].sum()):
        drawn.append(distribution_chart(summary.distribution))
    if len(summary.platforms) > 1:
        drawn.append(platforms_chart(summary.platforms))
    return drawn


def verdict_chart(verdict: pd.DataFrame) -> Chart:
    """Where the account (and each platform) sits between Informer and Meformer."""
    rows = verdict[verdict["scored"] > 0].iloc[::-1]
    with _figure(9, 1.4 + 0.45 * len(rows)) as figure:
        ax = figure.subplots()
        threshold = float(verdict["account_threshold"].iloc[0])
        ax.axvspan(0, threshold, color="#e7f5ff", zorder=0)
        ax.axvspan(threshold, 1, color="#fff4e6", zorder=0)
        ax.axvline(threshold, color="#868e96", linestyle="--", linewidth=1)
        y = np.arange(len(rows))
        ax.hlines(y, rows["low"], rows["high"], color=COLOURS["self_focus"], linewidth=3, alpha=0.5)
        ax.scatter(rows["share"], y, s=90, color=COLOURS["self_focus"], zorder=3)
        for i, share in zip(y, rows["share"], strict=True):
            ax.annotate(f"{share:.0%}", (share, i), xytext=(0, 9), textcoords="offset points",
                        ha="center", fontweight="bold", color=INK)  # fmt: skip
        ax.set_yticks(
            y, [f"{s} ({n:,} posts)" for s, n in zip(rows["scope"], rows["scored"], strict=True)]
        )
        ax.set_ylim(-0.6, len(rows) - 0.2)
        ax.set_xlim(0, 1)
        _percent_axis(ax.xaxis)
        ax.set_xlabel(
            "share of posts mostly about the author (self-focus ≥ "
            f"{float(verdict['post_threshold'].iloc[0]):g}); line: {float(verdict['confidence'].iloc[0]):.0%} interval"
        )
        ax.text(
            0.01,
            1.02,
            "◀ Informer: mostly shared interest",
            transform=ax.transAxes,
            color="#1864ab",
        )
        ax.text(0.99, 1.02, "Meformer: mostly about themselves ▶", transform=ax.transAxes, ha="right",
                color="#d9480f")  # fmt: skip
        src = _svg(figure)
    first = verdict.iloc[0]
    alt = f"{first['scope']}: {first['share']:.0%} of {first['scored']} scored posts are mostly about the author"
    return Chart("verdict", src, alt)


def conversation_chart(conversation: pd.DataFrame) -> Chart:
    """Conversation against broadcast: what kinds of posts, and how many originals invite a reply."""
    by = conversation.set_index("measure")
    total, originals = (
        int(by.loc["replies and comments", "of"]),
        int(by.loc["originals inviting dialog", "of"]),
    )
    bars = [
        (f"all posts ({total:,})", [
            ("original posts", by.loc["original posts", "share"], GREY),
            ("replies and comments", by.loc["replies and comments", "share"], REPLY_BLUE),
            ("reposts", by.loc["reposts", "share"], LIGHT_GREY),
            ("other", by.loc["other kinds", "share"], "#f1f3f5"),
        ]),
        (f"scored originals ({originals:,})", [
            ("invite dialog", by.loc["originals inviting dialog", "share"], COLOURS["dialog"]),
            ("broadcast", 1 - by.loc["originals inviting dialog", "share"], BROADCAST),
        ]),
    ]  # fmt: skip
    with _figure(9, 2.4) as figure:
        ax = figure.subplots()
        for row, (_, segments) in enumerate(reversed(bars)):
            left = 0.0
            for label, share, colour in segments:
                if not share or np.isnan(share):
                    continue
                ax.barh(row, share, left=left, color=colour, height=0.7)
                # The segment names itself where it has room, else only its share.
                text = (
                    f"{label}\n{share:.0%}"
                    if share >= 0.16
                    else f"{share:.0%}"
                    if share >= 0.04
                    else ""
                )
                dark = colour in {COLOURS["dialog"], BROADCAST}
                ax.text(left + share / 2, row, text, ha="center", va="center", fontsize=10,
                        color="white" if dark else INK, linespacing=1.3)  # fmt: skip
                left += share
        ax.set_yticks(range(len(bars)), [name for name, _ in reversed(bars)])
        ax.set_xlim(0, 1)
        _percent_axis(ax.xaxis)
        ax.set_xlabel("share of posts")
        src = _svg(figure)
    alt = (
        f"{by.loc['replies and comments', 'share']:.0%} of posts are replies or comments; "
        f"{by.loc['originals inviting dialog', 'share']:.0%} of original posts invite dialog"
    )
    return Chart("conversation", src, alt)


def monthly_chart(monthly: pd.DataFrame) -> Chart:
    """The four scores month by month (median and middle half), over posts per month."""
    months = monthly["month"]
    markers = "o" if len(months) <= 36 else None
    with _figure(9, 9.5) as figure:
        axes = figure.subplots(
            len(DIMENSIONS) + 1, 1, sharex=True, gridspec_kw={"height_ratios": [1] * 4 + [0.9]}
        )
        for ax, dimension in zip(axes, DIMENSIONS, strict=False):
            colour = COLOURS[dimension]
            ax.fill_between(months, monthly[f"{dimension}_p25"], monthly[f"{dimension}_p75"],
                            color=colour, alpha=0.18, linewidth=0, step=None)  # fmt: skip
            ax.plot(months, monthly[f"{dimension}_median"], color=colour, marker=markers,
                    linewidth=2, markersize=4)  # fmt: skip
            ax.set_ylim(0, 1)
            ax.set_yticks([0, 0.5, 1])
            ax.set_ylabel(dimension.replace("_", " "), color=colour, fontweight="bold")
            low, high = MEANING[dimension]
            ax.text(
                1.005,
                1,
                f"1 = {high}",
                transform=ax.transAxes,
                va="top",
                fontsize=9,
                color="#495057",
            )
            ax.text(
                1.005,
                0,
                f"0 = {low}",
                transform=ax.transAxes,
                va="bottom",
                fontsize=9,
                color="#495057",
            )
            ax.grid(axis="y", color="#e9ecef")
        axes[0].set_title("Scores by month: line = median post, band = middle half of posts")
        counts = axes[-1]
        width = 20  # days: a month's bar with a gap on either side
        counts.bar(months, monthly["posts"], width=width, color=LIGHT_GREY, label="all posts")
        counts.bar(months, monthly["scored"], width=width * 0.55, color="#495057", label="scored")
        counts.set_ylabel("posts")
        counts.set_xlabel("month (UTC)")
        _month_axis(counts.xaxis, len(months))
        counts.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=9)
        src = _svg(figure)
    busiest = monthly.loc[monthly["posts"].idxmax()]
    alt = (
        f"four scores for {len(monthly)} months; busiest month {busiest['month']:%B %Y} "
        f"with {int(busiest['posts'])} posts"
    )
    return Chart("monthly", src, alt)


def distribution_chart(distribution: pd.DataFrame) -> Chart:
    """How many posts sit at each tenth of the self-focus scale."""
    with _figure(9, 3.4) as figure:
        ax = figure.subplots()
        colours = [
            COLOURS["self_focus"] if s == "about the author" else "#4dabf7"
            for s in distribution["side"]
        ]
        ax.bar(distribution["low"], distribution["posts"], width=0.095, align="edge", color=colours)
        ax.axvline(0.5, color="#868e96", linestyle="--", linewidth=1)
        ax.set_xlim(0, 1)
        ax.set_xticks(np.linspace(0, 1, 11))
        ax.set_xlabel(
            "self-focus of a post (0 = about interests readers share, 1 = all about the author)"
        )
        ax.set_ylabel("scored posts")
        sides = distribution.groupby("side")["share"].sum()
        ax.text(0.25, 1.0, f"shared interest: {sides.get('shared interest', 0):.0%}", transform=ax.transAxes,
                ha="center", va="bottom", color="#1864ab", fontweight="bold")  # fmt: skip
        ax.text(0.75, 1.0, f"about the author: {sides.get('about the author', 0):.0%}", transform=ax.transAxes,
                ha="center", va="bottom", color=COLOURS["self_focus"], fontweight="bold")  # fmt: skip
        src = _svg(figure)
    alt = f"{sides.get('about the author', 0):.0%} of scored posts have self-focus of 0.5 or more"
    return Chart("distribution", src, alt)


def platforms_chart(platforms: pd.DataFrame) -> Chart:
    """The conversation and self-focus shares side by side for each platform."""
    measures = [
        ("replies_and_comments", "replies and comments (of all posts)", REPLY_BLUE),
        ("originals_inviting_dialog", "originals inviting dialog", COLOURS["dialog"]),
        ("self_focused", "posts mostly about the author", COLOURS["self_focus"]),
    ]
    rows = platforms.iloc[::-1].reset_index(drop=True)
    with _figure(9, 1.2 + 0.9 * len(rows)) as figure:
        ax = figure.subplots()
        height = 0.26
        for k, (column, label, colour) in enumerate(measures):
            y = np.arange(len(rows)) + (1 - k) * height
            values = rows[column].fillna(0)
            ax.barh(y, values, height=height * 0.9, color=colour, label=label)
            for yi, value, raw in zip(y, values, rows[column], strict=True):
                text = "–" if np.isnan(raw) else f"{value:.0%}"
                ax.text(value + 0.01, yi, text, va="center", fontsize=9, color=INK)
        ax.set_yticks(
            np.arange(len(rows)),
            [f"{p} ({n:,})" for p, n in zip(rows["platform"], rows["posts"], strict=True)],
        )
        ax.set_xlim(0, 1.08)
        ax.set_xticks(np.linspace(0, 1, 6))
        _percent_axis(ax.xaxis)
        ax.set_xlabel("share of posts")
        ax.legend(
            loc="upper center",
            bbox_to_anchor=(0.5, -0.3 if len(rows) < 3 else -0.2),
            ncol=3,
            frameon=False,
        )
        src = _svg(figure)
    return Chart("platforms", src, f"conversation and self-focus shares for {len(rows)} platforms")
