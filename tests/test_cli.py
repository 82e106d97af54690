"""The relate command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from relate.cli import main

POST = "Just launched my new course! Link in bio. #growth"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "relate.cli", *args], input=stdin, capture_output=True, text=True
    )


def test_check_prints_a_report() -> None:
    out = run("check", POST)
    assert out.returncode == 0, out.stderr
    for word in ("self_focus", "personal_voice", "dialog", "promotional", "overall", "Link in bio"):
        assert word in out.stdout


def test_check_json_is_the_score(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--json", POST]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["text"] == POST and 0 <= data["promotional"] <= 1 and data["evidence"]


def test_check_reads_a_file_and_stdin(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(POST, encoding="utf-8")
    from_file = json.loads(run("check", "--json", "--file", str(draft)).stdout)
    from_stdin = json.loads(run("check", "--json", stdin=POST).stdout)
    assert from_file == from_stdin and from_file["text"] == POST


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    out = run("check", "--file", str(tmp_path / "nope.txt"))
    assert out.returncode == 2 and "nope.txt" in out.stderr and "Traceback" not in out.stderr


def test_bad_model_is_a_clear_error(tmp_path: Path) -> None:
    out = run("check", "--model", str(tmp_path / "m.json"), POST)
    assert out.returncode == 1 and "missing" in out.stderr and "Traceback" not in out.stderr


def test_version() -> None:
    out = run("--version")
    assert out.returncode == 0 and out.stdout.startswith("relate ")


def test_ctrl_c_while_loading_is_one_line_and_exit_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import relate.cli

    def interrupted(name: str) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr(relate.cli, "import_module", interrupted)
    assert relate.cli.main(["score", "in.jsonl", "-o", "out.csv"]) == 130
    assert capsys.readouterr().err == "relate: interrupted\n"


def test_importing_relate_does_not_load_spacy() -> None:
    import subprocess
    import sys

    code = "import sys, relate, relate.cli; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
