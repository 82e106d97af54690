"""The report as one self-contained HTML page: styles inline, charts as data URIs, no
script, and a Content-Security-Policy that stops the browser fetching anything."""

from __future__ import annotations

import math
from html import escape
from typing import TYPE_CHECKING, Any

from relate.views.html import score_html

if TYPE_CHECKING:
    import pandas as pd

    from relate.report.charts import Chart
    from relate.report.summary import Summary
    from relate.score import Score

# Post text is untrusted: it is escaped, and even so the policy forbids scripts and any
# request, so a report opens the same offline and can leak nothing when opened.
_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"
_EXCERPT = 280  # characters of a cross-posted text shown in the table
_GROUPS_SHOWN = 10  # groups of copies listed on the page (the table has them all)

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#212529;
background:#fff;margin:0;line-height:1.5}
main{max-width:960px;margin:0 auto;padding:24px 20px 60px}
h1{font-size:28px;margin:0 0 4px}h2{font-size:21px;margin:36px 0 6px;border-top:1px solid #dee2e6;
padding-top:18px}h3{font-size:16px;margin:18px 0 6px}
.lead{font-size:17px;color:#495057;margin:0 0 6px}
.verdict{font-size:24px;font-weight:700;margin:6px 0}
.note{color:#495057;font-size:14px}
img.chart{display:block;width:100%;height:auto;margin:10px 0}
table{border-collapse:collapse;font-size:13px;margin:8px 0}
th,td{border-bottom:1px solid #e9ecef;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f8f9fa}td.when{white-space:nowrap}td.num{text-align:right;font-variant-numeric:tabular-nums}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:20px}.pair>div{min-width:0}
.pair .relate-bar>span:nth-child(2){flex:0 0 100px!important}
.pair .relate-bar>span:nth-child(4){font-size:12px}
.post{margin:12px 0}.post .meta{font-size:13px;color:#495057;margin-bottom:4px}
details{margin-top:12px}summary{cursor:pointer;font-weight:600}
.tables table{font-size:12px}.tables h3{font-family:ui-monospace,monospace}
code{background:#f1f3f5;padding:0 3px;border-radius:3px}
"""


def _pct(value: Any) -> str:
    return (
        "–" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.0%}"
    )


def _date(value: Any) -> str:
    return "undated" if value is None or value != value else f"{value.day} {value:%b %Y}"


def explain(top_posts: pd.DataFrame) -> list[Score]:
    """A Score with evidence per top post, carrying the table's own numbers (so the page
    shows what the table says even if the frame was scored by another model). Suggestions
    are left out: the report shows a pattern, not a draft to fix."""
    import relate

    scores = relate.score_many(top_posts["text"].tolist())
    return [
        relate.Score(
            score.text,
            float(row["self_focus"]),
            float(row["personal_voice"]),
            float(row["dialog"]),
            float(row["promotional"]),
            float(row["overall"]),
            score.evidence,
            (),
            score.language,
            score.warnings,
        )
        for score, (_, row) in zip(scores, top_posts.iterrows(), strict=True)
    ]


def render(summary: Summary, charts: list[Chart], explained: list[Score], title: str) -> str:
    """The whole page; ``explained`` is :func:`explain` of ``summary.top_posts``."""
    drawn = {c.name: c for c in charts}
    sections = [
        _header(summary, title),
        _verdict(summary, drawn),
        _conversation(summary, drawn),
        _monthly(summary, drawn),
        _distribution(summary, drawn, explained),
        _cross_posting(summary),
        _platforms(summary, drawn),
        _tables(summary),
    ]
    return (
        "<!doctype html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<meta http-equiv='Content-Security-Policy' content=\"{_POLICY}\">"
        "<meta name='viewport' content='width=device-width,initial-scale=1'>"
        f"<title>{escape(title)}</title><style>{_CSS}</style></head>"
        f"<body><main>{''.join(sections)}</main></body></html>\n"
    )


def _image(chart: Chart | None) -> str:
    if chart is None:
        return ""
    return (
        f'<img class="chart" data-chart="{chart.name}" src="{chart.src}" alt="{escape(chart.alt)}">'
    )


def _header(summary: Summary, title: str) -> str:
    o = summary.overview.iloc[0]
    platforms = ", ".join(escape(str(p)) for p in summary.platforms["platform"])
    span = (
        f"from {_date(o['first_post'])} to {_date(o['last_post'])}"
        if o["first_post"] == o["first_post"]
        else "with no dates"
    )
    extra = []
    if o["reposts"]:
        extra.append(f"{o['reposts']:,} reposts are not scored: their text is someone else's")
    if o["errors"]:
        extra.append(f"{o['errors']:,} could not be read or scored")
    if o["undated"]:
        extra.append(f"{o['undated']:,} have no date")
    notes = f" ({'; '.join(extra)})" if extra else ""
    return (
        f"<h1>{escape(title)}</h1>"
        f'<p class="lead">{o["posts"]:,} posts {span} on {platforms}; '
        f"{o['scored']:,} scored{notes}.</p>"
        '<p class="note">Each post has four scores from 0 to 1: <b>self-focus</b> (about the '
        "author rather than interests readers share), <b>personal voice</b> (a person rather "
        "than a brand), <b>dialog</b> (invites or joins a conversation) and <b>promotional</b> "
        "(marketing). A score is the chance that a careful reader would call the post so.</p>"
    )


def _verdict(summary: Summary, drawn: dict[str, Chart]) -> str:
    v = summary.verdict.iloc[0]
    headline = {
        "Meformer": "A Meformer: most posts are about the author",
        "Informer": "An Informer: most posts are about interests readers share",
        "in between": "In between: neither clearly a Meformer nor an Informer",
        "no verdict": "No verdict: no scored posts",
    }[str(v["verdict"])]
    figures = ""
    if v["scored"]:
        figures = (
            f"<p>{v['self_focused']:,} of {v['scored']:,} scored posts ({_pct(v['share'])}) are "
            f"mostly about the author (self-focus ≥ {v['post_threshold']:g}); the "
            f"{v['confidence']:.0%} interval of that share is {_pct(v['low'])} to "
            f"{_pct(v['high'])}. More than {_pct(v['account_threshold'])} makes a Meformer, less "
            "an Informer; when the interval straddles that line the verdict is “in between”.</p>"
        )
    return (
        '<h2 id="verdict">Meformer or Informer?</h2>'
        f'<p class="verdict">{escape(headline)}</p>{figures}{_image(drawn.get("verdict"))}'
        '<p class="note">Naaman, Boase and Lai (“Is it really about me? Message content in '
        "social awareness streams”, CSCW 2010) coded the messages of a sample of Twitter users "
        "and found that about 80% of them, the Meformers, posted mostly about themselves, while "
        "the Informers mostly shared information. relate's self-focus score stands in for "
        "their hand coding.</p>"
    )


def _conversation(summary: Summary, drawn: dict[str, Chart]) -> str:
    c = summary.conversation.set_index("measure")
    replies, inviting = c.loc["replies and comments"], c.loc["originals inviting dialog"]
    return (
        '<h2 id="conversation">Conversation or broadcast?</h2>'
        f"<p>{_pct(replies['share'])} of all posts are replies or comments ({int(replies['count']):,} "
        f"of {int(replies['of']):,}). Of the scored original posts, {_pct(inviting['share'])} invite "
        f"dialog ({int(inviting['count']):,} of {int(inviting['of']):,}, dialog ≥ "
        f"{inviting['threshold']:g}); the rest broadcast.</p>{_image(drawn.get('conversation'))}"
    )


def _monthly(summary: Summary, drawn: dict[str, Chart]) -> str:
    if "monthly" not in drawn:
        return '<h2 id="time">Over time</h2><p>No post has a date.</p>'
    return (
        '<h2 id="time">Over time</h2><p class="note">Each score month by month (UTC): the line '
        "is the median post, the band the middle half of posts (25th to 75th percentile); the "
        "bars below count posts. Reposts are counted but not scored.</p>"
        f"{_image(drawn['monthly'])}"
    )


def _post(row: Any, score: Score) -> str:
    link = ""
    if isinstance(row["url"], str) and row["url"].startswith(("https://", "http://")):
        link = f' · <a href="{escape(row["url"])}" rel="noreferrer">open</a>'
    return (
        f'<div class="post"><div class="meta">#{row["rank"]} · {escape(str(row["platform"]))} · '
        f"{escape(str(row['kind']))} · {_date(row['created_at'])}{link}</div>{score_html(score)}</div>"
    )


def _distribution(summary: Summary, drawn: dict[str, Chart], explained: list[Score]) -> str:
    parts = [
        '<h2 id="self-focus">About the author, or about shared interests?</h2>',
        _image(drawn.get("distribution")),
    ]
    top = summary.top_posts.reset_index(drop=True)
    columns = []
    for group, intro in (
        ("most self-focused", "The five most self-focused posts"),
        ("most relationship-building", "The five most relationship-building posts"),
    ):
        rows = top[top["group"] == group]
        posts = "".join(_post(row, explained[int(i)]) for i, row in rows.iterrows())
        columns.append(f"<div><h3>{intro}</h3>{posts}</div>")
    if len(top):
        parts.append(
            '<p class="note">Highlights show the words behind each score; relationship-building '
            "means the highest overall score.</p>"
            f'<div class="pair">{"".join(columns)}</div>'
        )
    return "".join(parts)


def _cross_posting(summary: Summary) -> str:
    t = summary.cross_posting.set_index("measure")
    copied, several = t.loc["originals with a near copy"], t.loc["groups on several platforms"]
    repeated = t.loc["groups repeated on one platform"]
    head = (
        '<h2 id="cross-posting">Copied posts</h2><p class="note">Presence cannot be copied '
        "everywhere at once: the same text sent to several platforms, or posted again later, "
        f"reads as broadcast. Texts count as copies when their word TF-IDF cosine similarity "
        f"is at least {t['similarity'].iloc[0]:g}, links left out.</p>"
    )
    if not copied["count"]:
        return f"{head}<p>None of the {int(copied['of']):,} original posts has a near-identical copy.</p>"
    head += (
        f"<p>{int(copied['count']):,} of {int(copied['of']):,} original posts "
        f"({_pct(copied['share'])}) have a near-identical copy, in {int(several['of']):,} "
        f"groups: {int(several['count']):,} posted to several platforms, "
        f"{int(repeated['count']):,} repeated on one platform.</p>"
    )
    groups = summary.cross_post_groups.head(_GROUPS_SHOWN)
    if len(summary.cross_post_groups) > _GROUPS_SHOWN:
        head += f'<p class="note">The {_GROUPS_SHOWN} largest groups:</p>'
    rows = "".join(
        f'<tr><td class="num">{g["posts"]}</td><td>{escape(g["platforms"])}</td>'
        f"<td class='when'>{_span(g['first'], g['last'])}</td><td>{escape(_excerpt(g['text']))}</td></tr>"
        for _, g in groups.iterrows()
    )
    return (
        f"{head}<table><tr><th>posts</th><th>platforms</th><th>when</th><th>text</th></tr>"
        f"{rows}</table>"
    )


def _span(first: Any, last: Any) -> str:
    return _date(first) if _date(first) == _date(last) else f"{_date(first)} – {_date(last)}"


def _excerpt(text: str) -> str:
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 1] + "…"


def _platforms(summary: Summary, drawn: dict[str, Chart]) -> str:
    if "platforms" not in drawn:
        return ""
    rows = "".join(
        f"<tr><td>{escape(str(p['platform']))}</td><td class='num'>{p['posts']:,}</td>"
        f"<td class='num'>{p['scored']:,}</td><td class='num'>{_pct(p['replies_and_comments'])}</td>"
        f"<td class='num'>{_pct(p['originals_inviting_dialog'])}</td>"
        f"<td class='num'>{_pct(p['self_focused'])}</td><td>{escape(str(p['verdict']))}</td>"
        f"<td class='num'>{_number(p['overall_median'])}</td></tr>"
        for _, p in summary.platforms.iterrows()
    )
    return (
        '<h2 id="platforms">Per platform</h2>'
        f"{_image(drawn['platforms'])}<table><tr><th>platform</th><th>posts</th><th>scored</th>"
        "<th>replies and comments</th><th>originals inviting dialog</th>"
        "<th>mostly about the author</th><th>verdict</th><th>median overall (0–100)</th></tr>"
        f"{rows}</table>"
    )


def _number(value: Any) -> str:
    return "–" if value != value else f"{value:.0f}"


def _tables(summary: Summary) -> str:
    tables = "".join(
        f"<h3>{name}</h3>{table.to_html(index=False, na_rep='–', escape=True, border=0)}"
        for name, table in summary.tables().items()
    )
    return (
        '<h2 id="tables">Where the numbers come from</h2><p class="note">Every number above is '
        "read from these tables. In Python: <code>relate.report.summarize(relate.report.load("
        "path))</code> returns them as pandas DataFrames.</p>"
        f'<details class="tables"><summary>Show the tables</summary>{tables}</details>'
    )
