"""``relate report`` end to end: from an X archive, and from the file ``relate score`` wrote."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from relate import cli, report

TWEETS = [
    ("1", "Just launched my new course on writing! Link in bio, sign up today", {}),
    ("2", "Just launched my new course on writing! Link in bio, sign up today", {}),
    ("3", "What was the hardest part of learning to write for you?", {}),
    ("4", "@sam_ex thanks, that helps a lot", {"in_reply_to_status_id_str": "99"}),
    ("5", "RT @bo_ex: a long thought about gardens", {}),
]


def x_archive(path: Path) -> Path:
    """A minimal X export: data/tweets.js with five tweets over two months."""
    items = [
        {
            "tweet": {
                "id_str": tid,
                "id": tid,
                "created_at": f"Tue {'Mar' if int(tid) < 3 else 'Apr'} 0{tid} 14:02:11 +0000 2024",
                "full_text": text,
                "entities": {"hashtags": [], "user_mentions": [], "urls": []},
                "lang": "en",
                **extra,
            }
        }
        for tid, text, extra in TWEETS
    ]
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("data/tweets.js", f"window.YTD.tweets.part0 = {json.dumps(items)};\n")
    return path


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return x_archive(tmp_path_factory.mktemp("x") / "twitter-2024-05-01.zip")


def test_report_from_an_archive(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    assert cli.main(["report", str(archive), "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "relate report: twitter-2024-05-01.zip" in html and 'data-chart="monthly"' in html
    summary = report.summarize(report.load(archive))
    c = summary.conversation.set_index("measure")
    assert c.loc["replies and comments", ["count", "of"]].tolist() == [1, 5]
    assert c.loc["reposts", "count"] == 1
    assert summary.monthly["posts"].tolist() == [2, 3]
    assert (
        summary.cross_posting.set_index("measure").loc["originals with a near copy", "count"] == 2
    )


def test_report_from_what_relate_score_wrote(archive: Path, tmp_path: Path) -> None:
    scored = tmp_path / "x.csv"
    assert cli.main(["score", str(archive), "-o", str(scored)]) == 0
    out = tmp_path / "report.html"
    assert cli.main(["report", str(scored), "-o", str(out), "--title", "Ana on X"]) == 0
    assert "<title>Ana on X</title>" in out.read_text(encoding="utf-8")
    direct, via_file = report.summarize(report.load(archive)), report.summarize(report.load(scored))
    for name in ("conversation", "verdict", "monthly"):
        pd.testing.assert_frame_equal(
            via_file.tables()[name], direct.tables()[name], check_dtype=False, obj=name
        )


def test_unreadable_input_is_one_line_and_no_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.html"
    assert cli.main(["report", str(tmp_path / "missing.zip"), "-o", str(out)]) == 1
    assert capsys.readouterr().err.startswith("relate report: ")
    assert not out.exists()
    assert cli.main(["report", "x.csv", "-o", str(tmp_path / "no" / "report.html")]) == 2
