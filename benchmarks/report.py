"""Results to files: the targets checked, ``latest.json``, a dated copy, ``latest.md``, and
the summary in ``benchmarks/README.md``."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Sections = dict[str, dict[str, Any]]

_README_START = "<!-- results:start -->"
_README_END = "<!-- results:end -->"


@dataclass(frozen=True)
class Target:
    measure: str
    section: str
    value: Callable[[dict[str, Any]], float]
    goal: str
    met: Callable[[float], bool]
    unit: str = ""


TARGETS: tuple[Target, ...] = (
    Target(
        "throughput: relate / spacytextblob",
        "throughput",
        lambda s: s["ratios"]["relate_vs_spacytextblob"],
        ">= 2.0x",
        lambda v: v >= 2.0,
        "x",
    ),
    Target(
        "throughput: relate / bare tokenisation",
        "throughput",
        lambda s: s["ratios"]["relate_vs_spacy_blank"],
        ">= 0.5x",
        lambda v: v >= 0.5,
        "x",
    ),
    Target(
        "n_process=2 / n_process=1",
        "processes",
        lambda s: s["speedup"],
        ">= 1.7x on 2 cores",
        lambda v: v >= 1.7,
        "x",
    ),
    Target(
        "latency p50, one 280-char post",
        "latency",
        lambda s: s["p50_ms"],
        "<= 2 ms",
        lambda v: v <= 2.0,
        " ms",
    ),
    Target(
        "cold start / import spacy; spacy.blank",
        "cold_start",
        lambda s: s["ratio_to_spacy_blank"],
        "<= 1.5x",
        lambda v: v <= 1.5,
        "x",
    ),
    Target(
        "peak memory of relate score, largest input",
        "memory",
        lambda s: s["largest_peak_mb"],
        "< 400 MB",
        lambda v: v < 400,
        " MB",
    ),
    Target(
        "peak memory growth, largest / smallest input",
        "memory",
        lambda s: s["largest_growth"],
        "<= 1.1x (flat)",
        lambda v: v <= 1.1,
        "x",
    ),
    Target(
        "validity: smallest AUC margin over best baseline",
        "validity",
        lambda s: min(t["margin_over_best"] for t in s["tasks"]),
        "> 0 on every task",
        lambda v: v > 0,
    ),
)


def check_targets(sections: Sections) -> list[dict[str, Any]]:
    """Each target with its value and whether it was met (None when not measured)."""
    rows = []
    for target in TARGETS:
        section = sections.get(target.section, {})
        if section.get("status") != "ok":
            value, met, shown = None, None, section.get("status", "not run")
        else:
            value = target.value(section)
            met = target.met(value)
            shown = f"{value:g}{target.unit}"
        rows.append(
            {
                "measure": target.measure,
                "value": value,
                "shown": shown,
                "target": target.goal,
                "met": met,
            }
        )
    return rows


def _mark(met: bool | None) -> str:
    return {True: "met", False: "**missed**", None: "-"}[met]


def _table(header: list[str], rows: list[list[object]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return lines


def markdown(result: dict[str, Any]) -> str:
    """A short summary: the targets, then the numbers behind them."""
    s: Sections = result["sections"]
    m = result["machine"]
    lines = [
        f"Measured {result['date']} with `{result['command']}` on {m['cpus']} CPUs ({m['cpu']}, "
        f"{m['memory_gb']} GB), Python {m['python']}, relate {result['versions']['relate']}, "
        f"spaCy {result['versions']['spacy']}. Other work on the machine: {m['busy_percent']:.0f}% "
        f"CPU busy at start, {result['machine_at_end']['busy_percent']:.0f}% at end. "
        f"Posts: the corpus test split ({result['inputs']['posts']} posts, mean "
        f"{result['inputs']['mean_chars']} characters) repeated.",
        "",
    ]
    lines += _table(
        ["measure", "value", "target", ""],
        [[t["measure"], t["shown"], t["target"], _mark(t["met"])] for t in result["targets"]],
    )
    for name, section in s.items():
        if section.get("status") != "ok":
            lines += [
                "",
                f"{name}: {section['status']}"
                + (f": {section['reason']}" if section.get("reason") else ""),
            ]
    if s.get("throughput", {}).get("status") == "ok":
        t = s["throughput"]
        rate = t["posts_per_second"]
        lines += [
            "",
            f"Throughput, one process, {t['posts']:,} posts, medians over {t['rounds']} round(s):",
            "",
        ]
        lines += _table(
            ["tool", "posts/s", "CPU ms/post", "relate / tool"],
            [
                [
                    tool,
                    f"{rate[tool]:,}",
                    t["cpu_ms_per_post"][tool],
                    f"{t['ratios'][f'relate_vs_{tool}']}x" if tool in t["baselines"] else "",
                ]
                for tool in rate
            ],
        )
        if "relate_scores" in rate:
            r = t["ratios"]
            lines += [
                "",
                "`relate` reads every Score's evidence (all four scores with evidence, the "
                "target's terms); `relate_scores` reads only the numbers, as `relate score` "
                "and `score_frame` do (evidence is worked out on first access): "
                f"{r['relate_scores_vs_spacytextblob']}x spacytextblob, "
                f"{r['relate_scores_vs_spacy_blank']}x bare tokenisation.",
            ]
    if s.get("processes", {}).get("status") == "ok":
        p = s["processes"]
        lines += [
            "",
            f"Several processes, {p['posts']:,} short posts: n_process=1 "
            f"{p['posts_per_second']['n_process=1']:,}/s, n_process=2 "
            f"{p['posts_per_second']['n_process=2']:,}/s, speedup {p['speedup']}x (rounds "
            f"{p['speedup_by_round']}); two independent one-process scorers together reach "
            f"{p['machine_ceiling']}x on this machine now, so relate gets "
            f"{p['share_of_ceiling']:.0%} of what two processes can give.",
        ]
        if "with_evidence" in p:
            lines.append(
                "That is with numbers only, as batch scoring asks (`explain=False`). Reading "
                "every Score's evidence as it arrives (workers send evidence rows): "
                f"{p['with_evidence']['speedup']}x."
            )
        if "spacy_component" in p:
            c = p["spacy_component"]
            lines.append(
                f"For comparison, spaCy's own `nlp.pipe(n_process=2)` with the relate component: "
                f"{c['speedup']}x ({c['posts']:,} posts)."
            )
    if s.get("latency", {}).get("status") == "ok" and s.get("cold_start", {}).get("status") == "ok":
        la, c = s["latency"], s["cold_start"]
        cold = c["median_seconds"]
        lines += [
            "",
            f"Latency of `relate.score`, {la['post_chars']}-character post, {la['calls']:,} calls: "
            f"p50 {la['p50_ms']} ms, p90 {la['p90_ms']} ms, p99 {la['p99_ms']} ms. "
            f"Cold start (median of {c['repeats']}): `import relate` + first score "
            f'{cold["relate_first_score"]} s, `import spacy; spacy.blank("en")` '
            f"{cold['spacy_blank']} s, bare interpreter {cold['python']} s.",
        ]
    if s.get("memory", {}).get("status") == "ok":
        lines += [
            "",
            "`relate score` on JSON Lines (peak: the larger of the largest process's RSS and the "
            "sampled PSS of all its processes; then that PSS by quarter of the run):",
            "",
        ]
        lines += _table(
            ["posts", "n_process", "peak MB", "posts/s", "MB by quarter"],
            [
                [
                    f"{r['posts']:,}",
                    r["n_process"],
                    r["peak_mb"],
                    f"{r['posts_per_second']:,}",
                    r["tree_mb_by_quarter"],
                ]
                for r in s["memory"]["runs"]
            ],
        )
    if s.get("archives", {}).get("status") == "ok":
        runs = {k: v for k, v in s["archives"].items() if isinstance(v, dict)}
        lines += ["", "Archive reading (`relate.archives.read`, a new process each):", ""]
        lines += _table(
            ["archive", "items", "MB", "posts/s", "MB/s", "RSS MB before / while reading"],
            [
                [
                    name,
                    f"{r['items']:,}",
                    r["megabytes"],
                    f"{r['posts_per_second']:,}",
                    r["megabytes_per_second"],
                    f"{r['rss_mb_before_reading']} / {r['rss_mb_while_reading']}",
                ]
                for name, r in runs.items()
            ],
        )
    if s.get("validity", {}).get("status") == "ok":
        lines += ["", "Validity (ROC AUC on real data labelled by others):", ""]
        lines += _table(
            ["task", "score", "relate", "best baseline", "margin"],
            [
                [
                    t["task"],
                    t["score"],
                    t["relate_auc"],
                    f"{t['best_baseline']} {t['baselines'][t['best_baseline']]['best_orientation']}",
                    f"{t['margin_over_best']:+}",
                ]
                for t in s["validity"]["tasks"]
            ],
        )
    return "\n".join(lines) + "\n"


def write(
    result: dict[str, Any], folder: Path, stem: str, dated: bool, readme: Path | None
) -> list[Path]:
    """``<stem>.json`` and ``<stem>.md``, with ``dated`` a copy of the JSON named by date and
    time, and with ``readme`` the README's results block. Returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    text = json.dumps(result, indent=2, ensure_ascii=False) + "\n"
    summary = markdown(result)
    paths = [folder / f"{stem}.json", folder / f"{stem}.md"]
    paths[0].write_text(text, encoding="utf-8")
    paths[1].write_text(summary, encoding="utf-8")
    if dated:
        paths.append(folder / f"{result['date'][:16].replace(':', '')}.json")
        paths[-1].write_text(text, encoding="utf-8")
    if readme is not None and readme.exists():
        old = readme.read_text(encoding="utf-8")
        block = f"{_README_START}\n{summary}{_README_END}"
        pattern = re.compile(re.escape(_README_START) + ".*?" + re.escape(_README_END), re.DOTALL)
        if pattern.search(old):
            readme.write_text(pattern.sub(lambda _: block, old), encoding="utf-8")
            paths.append(readme)
    return paths
