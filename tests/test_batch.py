"""``relate score``: rows in equal rows out, atomic output, resume, untrusted input."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import relate
import relate.batch
from relate import archives
from relate.batch import main

TWEETS = [
    {"tweet": {"id_str": "1790000000000000001", "created_at": "Tue Mar 05 14:02:11 +0000 2024",
               "full_text": "Anyone else finding it hard to switch off after work? How do you do it?", "lang": "en"}},
    {"tweet": {"id_str": "1790000000000000002", "created_at": "Tue Mar 05 15:02:11 +0000 2024",
               "full_text": "RT @bo_ex: Just launched my new course! Link in bio #growth", "lang": "en"}},
]  # fmt: skip
PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
COLUMNS = [
    "id", "platform", "created_at", "kind", "reply_to", "url", "visibility", "post_language",
    "hashtags", "mentions", "links", "text", "self_focus", "personal_voice", "dialog",
    "promotional", "overall", "language", "warnings", "skipped", "error",
]  # fmt: skip


def jsonl(path: Path, n: int) -> Path:
    path.write_text(
        "".join(
            json.dumps({"id": f"p{i}", "text": f"post {i}: how was your weekend, friends?"}) + "\n"
            for i in range(n)
        )
    )
    return path


def rows(path: Path) -> list[dict[str, object]]:
    if path.suffix == ".csv":
        with open(path, newline="", encoding="utf-8") as f:
            return list(csv.DictReader(f))
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return pq.read_table(path).to_pylist()


def run(*argv: str | Path) -> int:
    return main([str(a) for a in argv])


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_rows_in_equal_rows_out_on_mixed_posts(
    tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        json.dumps(
            {"id": "a", "text": "Thanks everyone who came by, what a day. What should we do next?"}
        ),
        "{not json",
        json.dumps({"id": "c", "text": ""}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "e", "text": None}),
        json.dumps({"id": "f", "text": "Buy my course now! Link in bio #growth #success"}),
        '{"id": "g", "text": "a lone surrogate \\ud800 from a broken exporter"}',
    ]
    source = tmp_path / "mixed.jsonl"
    source.write_text("\n".join(lines) + "\n")
    output = tmp_path / f"scored{suffix}"
    assert run(source, "-o", output, "--id-column", "id") == 0
    out = rows(output)
    assert len(out) == len(lines)
    assert list(out[0]) == COLUMNS
    assert [str(r["id"]) for r in out] == ["a", "2", "c", "4", "e", "f", "g"]
    assert [bool(r["error"]) for r in out] == [False, True, False, True, False, False, False]
    assert [bool(r["skipped"]) for r in out] == [False, False, True, False, True, False, False]
    assert out[6]["overall"] not in ("", None)
    assert float(out[0]["overall"]) > float(out[5]["overall"])  # type: ignore[arg-type]
    assert out[2]["overall"] in ("", None)
    assert capsys.readouterr().err == ""  # not a terminal: no progress bar
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["mixed.jsonl", output.name])


def test_reposts_and_private_posts_are_rows_but_not_scored(tmp_path: Path) -> None:
    (tmp_path / "x" / "data").mkdir(parents=True)
    (tmp_path / "x" / "data" / "tweets.js").write_text(
        "window.YTD.tweets.part0 = " + json.dumps(TWEETS)
    )
    assert run(tmp_path / "x", "-o", tmp_path / "x.jsonl") == 0
    post, repost = rows(tmp_path / "x.jsonl")
    assert post["overall"] is not None and post["skipped"] is None
    assert repost["kind"] == "repost" and repost["overall"] is None
    assert "--include-reposts" in str(repost["skipped"])
    assert run(tmp_path / "x", "-o", tmp_path / "all.jsonl", "--include-reposts") == 0
    assert all(r["overall"] is not None for r in rows(tmp_path / "all.jsonl"))

    items = [
        {"type": "Create", "to": [PUBLIC], "cc": [], "object": {"id": "https://s.example/users/a/statuses/1", "content": "<p>hello all, how are you?</p>", "to": [PUBLIC]}},
        {"type": "Create", "to": ["https://s.example/users/a/followers"], "cc": [],
         "object": {"id": "https://s.example/users/a/statuses/2", "content": "<p>just for you</p>", "to": ["https://s.example/users/a/followers"]}},
    ]  # fmt: skip
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "outbox.json").write_text(json.dumps({"orderedItems": items}))
    assert run(tmp_path / "m", "-o", tmp_path / "m.csv") == 0
    public, followers = rows(tmp_path / "m.csv")
    assert public["overall"] != "" and followers["overall"] == ""
    assert followers["visibility"] == "followers" and "--include-private" in str(
        followers["skipped"]
    )
    assert run(tmp_path / "m", "-o", tmp_path / "m2.csv", "--include-private") == 0
    assert rows(tmp_path / "m2.csv")[1]["overall"] != ""


def interrupt_after(monkeypatch: pytest.MonkeyPatch, n: int) -> None:
    """Make the next run stop as Ctrl-C would once the reader has yielded ``n`` posts."""
    real = relate.batch.open_posts

    def opened(*args: Any, **kwargs: Any) -> tuple[Any, Iterator[Any]]:
        chosen, posts = real(*args, **kwargs)

        def stopping() -> Iterator[Any]:
            for i, post in enumerate(posts):
                if i == n:
                    raise KeyboardInterrupt
                yield post

        return chosen, stopping()

    monkeypatch.setattr(relate.batch, "open_posts", opened)


def test_interrupted_run_resumes_without_gaps_or_repeats(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = jsonl(tmp_path / "in.jsonl", 50)
    output = tmp_path / "out.csv"
    journal = tmp_path / ".out.csv.partial.jsonl"
    with monkeypatch.context() as patch:
        interrupt_after(patch, 20)
        assert run(source, "-o", output, "--id-column", "id", "--batch-size", "8") == 130
    assert "--resume" in capsys.readouterr().err
    assert not output.exists() and journal.exists()

    assert run(source, "-o", output, "--id-column", "id") == 2  # refuses to start over silently
    assert "--resume" in capsys.readouterr().err
    assert run(source, "-o", output, "--id-column", "id", "--text-column", "body", "--resume") == 2
    assert "other options" in capsys.readouterr().err

    with open(journal, "a", encoding="utf-8") as f:
        f.write('{"id": "p16", "platf')  # a row cut off by a kill
    assert run(source, "-o", output, "--id-column", "id", "--resume") == 0
    assert not journal.exists()
    resumed = rows(output)
    assert [r["id"] for r in resumed] == [f"p{i}" for i in range(50)]
    clean = tmp_path / "clean.csv"
    assert run(source, "-o", clean, "--id-column", "id") == 0
    assert resumed == rows(clean)


def test_resume_refuses_a_changed_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = jsonl(tmp_path / "in.jsonl", 30)
    with monkeypatch.context() as patch:
        interrupt_after(patch, 12)
        assert (
            run(source, "-o", tmp_path / "o.jsonl", "--id-column", "id", "--batch-size", "5") == 130
        )
    source.write_text("".join(json.dumps({"id": f"q{i}", "text": "x"}) + "\n" for i in range(30)))
    assert run(source, "-o", tmp_path / "o.jsonl", "--id-column", "id", "--resume") == 2
    assert "not what the interrupted run read" in capsys.readouterr().err


def test_killed_run_resumes(tmp_path: Path) -> None:
    source = jsonl(tmp_path / "in.jsonl", 20_000)
    output = tmp_path / "out.jsonl"
    journal = tmp_path / ".out.jsonl.partial.jsonl"
    argv = [str(source), "-o", str(output), "--id-column", "id", "--batch-size", "64"]
    src = str(Path(relate.__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}
    code = f"import sys; from relate.batch import main; sys.exit(main({argv!r}))"
    process = subprocess.Popen([sys.executable, "-c", code], env=env)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if journal.exists() and journal.stat().st_size > 30_000:
                break
            assert process.poll() is None, "the run ended before it could be killed"
            time.sleep(0.02)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait()
    assert not output.exists()
    assert (tmp_path / ".out.jsonl.lock").exists()  # left by the kill, but no longer held
    assert run(*argv, "--resume") == 0
    ids = [r["id"] for r in rows(output)]
    assert ids == [f"p{i}" for i in range(20_000)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


def test_bad_archive_fails_in_one_line_and_leaves_output_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "twitter.zip"
    broken.write_bytes(b"PK\x03\x04 truncated")
    output = tmp_path / "out.csv"
    output.write_text("an earlier, complete result\n")
    assert run(broken, "-o", output) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(broken) in err and "download it again" in err
    assert output.read_text() == "an earlier, complete result\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv", "twitter.zip"]


def test_error_half_way_removes_the_journal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = json.dumps(
        [
            {"tweet": {"id_str": str(10**18 + i), "full_text": "hi there, friends"}}
            for i in range(300)
        ]
    )
    (tmp_path / "x" / "data").mkdir(parents=True)
    (tmp_path / "x" / "data" / "tweets.js").write_text(
        "window.YTD.tweets.part0 = " + items[: len(items) * 2 // 3]
    )
    assert run(tmp_path / "x", "-o", tmp_path / "out.parquet", "--batch-size", "16") == 1
    assert "invalid JSON" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x"]


def test_parquet_dataset_in_partitioned_parquet_out(tmp_path: Path) -> None:
    dataset = tmp_path / "posts"
    dataset.mkdir()
    for part in range(3):
        texts = [f"part {part} post {i}: what do you all think?" for i in range(5)]
        pq.write_table(
            pa.table({"body": texts, "n": list(range(part * 5, part * 5 + 5))}),
            dataset / f"part-{part}.parquet",
        )
    out = tmp_path / "scored"
    for _ in range(2):  # the second run replaces the first folder whole
        assert (
            run(
                dataset,
                "-o",
                f"{out}/",
                "--text-column",
                "body",
                "--id-column",
                "n",
                "--rows-per-file",
                "4",
            )
            == 0
        )
        files = sorted(out.iterdir())
        assert [f.name for f in files] == [f"part-{i:05d}.parquet" for i in range(4)]
        table = pq.read_table(out)
        assert table.num_rows == 15
        assert sorted(int(i) for i in table.column("id").to_pylist()) == list(range(15))
        assert table.schema.field("created_at").type == pa.timestamp("us", tz="UTC")


def test_replacing_an_output_folder_uses_no_name_that_could_be_planted(tmp_path: Path) -> None:
    source = tmp_path / "posts.jsonl"
    source.write_text('{"text": "what do you all think?"}\n')
    out = tmp_path / "scored"
    assert run(source, "-o", f"{out}/") == 0
    decoy = tmp_path / "decoy"
    decoy.mkdir()
    # The name an earlier version moved the old folder to while replacing it.
    (tmp_path / f".scored.old-{os.getpid()}").symlink_to(decoy)
    assert run(source, "-o", f"{out}/") == 0
    assert [p.name for p in out.iterdir()] == ["part-00000.parquet"]
    assert list(decoy.iterdir()) == []


def test_forced_format_and_bad_output_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "posts.data"
    source.write_text("body\nhello there, how are you?\n")
    assert run(source, "-o", tmp_path / "o.jsonl", "--format", "csv", "--text-column", "body") == 0
    assert len(rows(tmp_path / "o.jsonl")) == 1
    assert run(source, "-o", tmp_path / "o.xlsx", "--format", "csv") == 2
    assert ".csv, .jsonl or .parquet" in capsys.readouterr().err


class _Fragile(relate.Scorer):
    """A scorer that breaks on one text, as a bug in a feature might."""

    def score_batch(self, texts: Sequence[str]) -> list[relate.Score]:
        if any("BOOM" in t for t in texts):
            raise RuntimeError("feature broke")
        return super().score_batch(texts)


def test_a_post_that_breaks_the_scorer_costs_only_its_own_row(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    texts = [
        "hello there friends",
        "BOOM goes the post",
        "what do you think?",
        "Buy now! Link in bio",
    ]
    source.write_text("text\n" + "\n".join(texts) + "\n")
    frame = archives.to_frame(source, scorer=_Fragile(), batch_size=3)
    assert len(frame) == 4
    assert frame["error"].notna().tolist() == [False, True, False, False]
    assert "feature broke" in frame["error"][1]
    assert frame["overall"].notna().tolist() == [True, False, True, True]
    assert str(frame["created_at"].dtype).startswith("datetime64")


def test_an_existing_folder_with_other_files_is_never_replaced(tmp_path: Path) -> None:
    folder = tmp_path / "keep"
    folder.mkdir()
    (folder / "notes.txt").write_text("important")
    source = tmp_path / "in.jsonl"
    source.write_text('{"text": "hello there"}\n')
    assert run(source, "-o", folder) == 2  # refused before anything is read or scored
    assert (folder / "notes.txt").read_text() == "important"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "keep"]


def test_a_second_run_on_the_same_output_is_refused_while_the_first_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = jsonl(tmp_path / "in.jsonl", 40)
    output = tmp_path / "out.csv"
    argv: list[str | Path] = [source, "-o", output, "--id-column", "id", "--batch-size", "8"]
    second: list[int] = []
    real = relate.batch.open_posts

    def opened(*args: Any, **kwargs: Any) -> tuple[Any, Iterator[Any]]:
        chosen, posts = real(*args, **kwargs)

        def meanwhile() -> Iterator[Any]:
            for i, post in enumerate(posts):
                if i == 20 and not second:  # half way, with rows in the journal
                    second.append(-1)
                    second[0] = run(*argv, "--resume")
                yield post

        return chosen, meanwhile()

    monkeypatch.setattr(relate.batch, "open_posts", opened)
    assert run(*argv) == 0
    assert second == [1]
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"another relate score is writing {output}" in err
    assert [r["id"] for r in rows(output)] == [f"p{i}" for i in range(40)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.csv"]


def test_rows_are_counted_before_the_output_is_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = jsonl(tmp_path / "in.jsonl", 10)
    output = tmp_path / "out.jsonl"
    output.write_text("an earlier, complete result\n")
    real = relate.batch._score_into

    def twice(journal: Path, *args: Any) -> int:
        total = real(journal, *args)
        with open(journal, "a", encoding="utf-8") as f:  # as a second writer would
            f.write(journal.read_text(encoding="utf-8").splitlines()[-1] + "\n")
        return total

    monkeypatch.setattr(relate.batch, "_score_into", twice)
    assert run(source, "-o", output, "--id-column", "id") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "11 rows for 10 posts" in err
    assert output.read_text() == "an earlier, complete result\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


def test_odd_values_cost_one_row_each_not_the_run(tmp_path: Path) -> None:
    huge, deep = "9" * 5000, "[" * 100_000 + "]" * 100_000
    source = tmp_path / "odd.jsonl"
    source.write_text(
        "\n".join(
            [
                '{"id": "a", "text": "hello there, friends"}',
                f'{{"id": {huge}, "text": "x"}}',
                f'{{"id": "c", "text": {deep}}}',
                '{"id": "d", "text": "ok", "t": "9999-12-31T23:59:59-23:59"}',
                '{"id": "e", "text": "ok", "t": 1e300}',
            ]
        )
        + "\n"
    )
    output = tmp_path / "out.parquet"
    assert run(source, "-o", output, "--id-column", "id", "--time-column", "t") == 0
    out = rows(output)
    assert [r["id"] for r in out] == ["a", "2", "3", "d", "e"]
    assert [r["error"] is not None for r in out] == [False, True, True, False, False]
    assert [r["created_at"] for r in out[3:]] == [None, None]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["odd.jsonl", "out.parquet"]


def test_an_unexpected_error_is_one_line_and_the_run_can_resume(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = jsonl(tmp_path / "in.jsonl", 30)
    output = tmp_path / "out.csv"
    argv: list[str | Path] = [source, "-o", output, "--id-column", "id", "--batch-size", "5"]
    real = relate.batch.score_posts

    def buggy(*args: Any, **kwargs: Any) -> Iterator[dict[str, Any]]:
        for i, row in enumerate(real(*args, **kwargs)):
            if i == 12:
                raise TypeError("a bug\nover two lines")
            yield row

    with monkeypatch.context() as patch:
        patch.setattr(relate.batch, "score_posts", buggy)
        assert run(*argv) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "TypeError: a bug over two lines" in err
    assert "please report" in err and "10 rows kept" in err and "--resume" in err
    assert not output.exists()
    assert run(*argv, "--resume") == 0
    assert [r["id"] for r in rows(output)] == [f"p{i}" for i in range(30)]

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise AttributeError("before anything was written")

    monkeypatch.setattr(relate.batch, "open_posts", broken)
    assert run(*argv) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "please report" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.csv"]


def test_ctrl_c_before_scoring_starts_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = jsonl(tmp_path / "in.jsonl", 3)

    def slow_to_open(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt  # as Ctrl-C while a large zip's directory is read

    monkeypatch.setattr(relate.batch, "open_posts", slow_to_open)
    assert run(source, "-o", tmp_path / "out.csv") == 130
    assert capsys.readouterr().err == "relate score: interrupted\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def test_an_output_that_would_overwrite_or_change_the_input_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = jsonl(tmp_path / "in.jsonl", 3)
    before = source.read_bytes()
    (tmp_path / "link.jsonl").symlink_to(source)
    dataset = tmp_path / "posts"
    dataset.mkdir()
    pq.write_table(pa.table({"text": ["hi there"]}), dataset / "part-0.parquet")
    cases: list[tuple[Path, str | Path, str]] = [
        (source, source, "is the input itself"),
        (source, tmp_path / "link.jsonl", "is the input itself"),
        (tmp_path / "link.jsonl", source, "is the input itself"),
        (dataset, f"{dataset}/", "is the input itself"),
        (dataset, dataset / "part-0.parquet", "inside the input folder"),
        (dataset, dataset / "scored.csv", "inside the input folder"),
        (dataset / "part-0.parquet", f"{dataset}/", "which this run replaces"),
    ]
    for input, output, says in cases:
        assert run(input, "-o", output) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and says in err
    assert source.read_bytes() == before
    assert sorted(p.name for p in dataset.iterdir()) == ["part-0.parquet"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "link.jsonl", "posts"]


def test_parquet_row_groups_are_bounded_in_bytes_as_well_as_rows(tmp_path: Path) -> None:
    # Reposts keep their text but are not scored: long rows at no scoring cost.
    long = [
        {"tweet": {"id_str": str(10**18 + i), "full_text": f"RT @a: {i} " + "words " * 200_000}}
        for i in range(12)
    ]
    (tmp_path / "x" / "data").mkdir(parents=True)
    (tmp_path / "x" / "data" / "tweets.js").write_text(json.dumps(long))
    output = tmp_path / "out.parquet"
    assert run(tmp_path / "x", "-o", output) == 0
    metadata = pq.ParquetFile(output).metadata
    assert metadata.num_rows == 12
    assert metadata.num_row_groups >= 2  # 14 MB of rows: not held and written at once


def _processes_naming(needle: str) -> list[int]:
    """Processes (other than this one) whose command line holds ``needle``: a run's workers
    share its command line."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if needle.encode() in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs /proc")
def test_a_killed_multi_process_run_leaves_no_worker_holding_the_lock(tmp_path: Path) -> None:
    source = jsonl(tmp_path / "in.jsonl", 6_000)
    output = tmp_path / "out.jsonl"
    journal = tmp_path / ".out.jsonl.partial.jsonl"
    argv = [str(source), "-o", str(output), "--id-column", "id", "--batch-size", "32"]
    src = str(Path(relate.__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}

    def start(*extra: str) -> subprocess.Popen[bytes]:
        code = f"import sys; from relate.batch import main; sys.exit(main({[*argv, *extra]!r}))"
        return subprocess.Popen([sys.executable, "-c", code], env=env, stderr=subprocess.PIPE)

    try:
        process = start("--n-process", "2")
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if journal.exists() and journal.stat().st_size > 20_000:
                break
            assert process.poll() is None, "the run ended before it could be killed"
            time.sleep(0.02)
        process.send_signal(signal.SIGKILL)
        process.wait()
        # The resume must not be refused as "another relate score is writing": retry for a
        # while (a worker that outlives its parent must let go), never for ever.
        deadline = time.monotonic() + 20
        while True:
            resumed = start("--resume")
            _, err = resumed.communicate(timeout=120)
            if resumed.returncode == 0 or time.monotonic() > deadline:
                break
            time.sleep(0.5)
        assert resumed.returncode == 0, err.decode()
        ids = [r["id"] for r in rows(output)]
        assert ids == [f"p{i}" for i in range(6_000)]
        # The killed run's workers notice their parent is gone and stop.
        deadline = time.monotonic() + 20
        while _processes_naming(str(output)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _processes_naming(str(output)) == []
    finally:
        for pid in _processes_naming(str(output)):
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)


def test_resume_refuses_changed_texts_under_the_same_ids(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = jsonl(tmp_path / "in.jsonl", 30)
    output = tmp_path / "o.jsonl"
    with monkeypatch.context() as patch:
        interrupt_after(patch, 12)
        assert run(source, "-o", output, "--batch-size", "5") == 130  # ids are row numbers
    capsys.readouterr()
    lines = source.read_text().splitlines()
    lines[7] = json.dumps({"id": "p7", "text": "CHANGED: buy now"})
    source.write_text("\n".join(lines) + "\n")
    assert run(source, "-o", output, "--resume") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not what the interrupted run read" in err
    assert "post 8" in err and "CHANGED" in err
    assert not output.exists()


def test_resume_with_a_lone_surrogate_in_an_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        "".join(f'{{"id": "p{i}\\ud800", "text": "hi \\udfff {i}"}}\n' for i in range(20))
    )
    output = tmp_path / "o.jsonl"
    with monkeypatch.context() as patch:
        interrupt_after(patch, 12)
        assert run(source, "-o", output, "--id-column", "id", "--batch-size", "5") == 130
    assert run(source, "-o", output, "--id-column", "id", "--resume") == 0
    assert len(rows(output)) == 20


def test_resume_refuses_a_journal_from_another_relate_or_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = jsonl(tmp_path / "in.jsonl", 30)
    output = tmp_path / "o.jsonl"
    journal = tmp_path / ".o.jsonl.partial.jsonl"
    with monkeypatch.context() as patch:
        interrupt_after(patch, 12)
        assert run(source, "-o", output, "--batch-size", "5") == 130
    capsys.readouterr()
    header, *rest = journal.read_text(encoding="utf-8").splitlines(keepends=True)
    assert json.loads(header)["relate_version"] == relate.__version__
    with monkeypatch.context() as patch:
        patch.setattr(relate, "__version__", "99.0")
        assert run(source, "-o", output, "--resume") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "another relate or model" in err and "99.0" in err
    # A journal from before these were recorded: which relate wrote it is unknown.
    old = {
        k: v for k, v in json.loads(header).items() if k not in ("relate_version", "model_sha256")
    }
    journal.write_text(json.dumps(old) + "\n" + "".join(rest), encoding="utf-8")
    assert run(source, "-o", output, "--resume") == 2
    assert "another relate or model" in capsys.readouterr().err
    assert journal.exists() and not output.exists()


def test_links_planted_beside_the_output_are_never_followed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = jsonl(tmp_path / "in.jsonl", 5)
    output = tmp_path / "out.csv"
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    argv: list[str | Path] = [source, "-o", output, "--id-column", "id"]
    # The temporary output, at the name an earlier relate would have used.
    planted = tmp_path / f".out.csv.tmp-{os.getpid()}"
    planted.symlink_to(victim)
    assert run(*argv) == 0
    planted.unlink(missing_ok=True)
    assert victim.read_text() == "precious" and not output.is_symlink()
    assert len(rows(output)) == 5
    # The journal, dangling or not, with and without --resume.
    journal = tmp_path / ".out.csv.partial.jsonl"
    for target in (victim, tmp_path / "made.txt"):
        journal.symlink_to(target)
        for extra in ((), ("--resume",)):
            assert run(*argv, *extra) != 0
            assert capsys.readouterr().err.count("\n") == 1
        journal.unlink()
    # The lock file.
    lock = tmp_path / ".out.csv.lock"
    lock.symlink_to(tmp_path / "made.txt")
    assert run(*argv) == 1
    assert "link" in capsys.readouterr().err
    lock.unlink()
    assert victim.read_text() == "precious" and not (tmp_path / "made.txt").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.csv", "victim.txt"]


def test_resume_refuses_a_journal_that_is_not_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = jsonl(tmp_path / "in.jsonl", 5)
    journal = tmp_path / ".out.csv.partial.jsonl"
    for text in ("someone's notes\n", "", '{"a": 1}\n'):
        journal.write_text(text)
        assert run(source, "-o", tmp_path / "out.csv", "--resume") == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "is not a relate journal; delete it" in err
        assert journal.read_text() == text


def test_a_folder_output_over_an_existing_file_is_refused_before_scoring(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = jsonl(tmp_path / "in.jsonl", 5)
    output = tmp_path / "out"
    output.write_text("an earlier, complete result\n")

    def never(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("scoring started")

    monkeypatch.setattr(relate.batch, "score_posts", never)
    assert run(source, "-o", f"{output}/") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is a file" in err
    assert output.read_text() == "an earlier, complete result\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out"]


def test_leftovers_of_killed_runs_are_removed_and_only_they(tmp_path: Path) -> None:
    source = jsonl(tmp_path / "in.jsonl", 5)
    keep = tmp_path / "keep"
    keep.mkdir()
    (keep / "notes.txt").write_text("important")
    (tmp_path / ".out.csv.tmp-4242").write_text("half a csv")
    (tmp_path / ".out.csv.tmp-ab_C12xy").mkdir()
    (tmp_path / ".out.csv.tmp-ab_C12xy" / "part-00000.parquet").write_text("x")
    (tmp_path / ".out.csv.old-4242").mkdir()
    (tmp_path / ".out.csv.old-4242" / "part-00000.parquet").write_text("x")
    (tmp_path / ".out.csv.tmp-77").symlink_to(keep)  # removed, but not what it points to
    others = [".out.csv.old-1", ".out.csv.tmp-1.partial.jsonl", ".out.csvx.tmp-1", "out.csv.tmp-1"]
    for name in others:
        (tmp_path / name).write_text("not relate's")
    assert run(source, "-o", tmp_path / "out.csv", "--id-column", "id") == 0
    assert (keep / "notes.txt").read_text() == "important"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["in.jsonl", "keep", "out.csv", *others]
    )


def test_ctrl_c_before_any_row_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = jsonl(tmp_path / "in.jsonl", 5)
    with monkeypatch.context() as patch:
        interrupt_after(patch, 0)
        assert run(source, "-o", tmp_path / "out.csv") == 130
    assert capsys.readouterr().err == "relate score: interrupted\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]
    # A journal this run did not make is kept, even with no rows in it.
    journal = tmp_path / ".out.csv.partial.jsonl"
    argv: list[str | Path] = [source, "-o", tmp_path / "out.csv", "--batch-size", "2"]
    with monkeypatch.context() as patch:
        interrupt_after(patch, 3)
        assert run(*argv) == 130
    capsys.readouterr()
    journal.write_text(journal.read_text().splitlines(keepends=True)[0])
    with monkeypatch.context() as patch:
        interrupt_after(patch, 0)
        assert run(*argv, "--resume") == 130
    assert "0 rows kept" in capsys.readouterr().err
    assert journal.exists()


def test_an_output_in_a_folder_that_cannot_be_written_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = jsonl(tmp_path / "in.jsonl", 3)
    locked = tmp_path / "locked"
    locked.mkdir()
    real_access, real_open = os.access, os.open

    # Checked before anything is made: the folder is named, not the lock file.
    def access(path: Any, mode: int, **kwargs: Any) -> bool:
        if Path(path) == locked:
            return False
        return real_access(path, mode, **kwargs)

    monkeypatch.setattr(os, "access", access)
    assert run(source, "-o", locked / "o.csv") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert f"cannot write in {locked} (permission denied)" in err
    assert "choose an OUTPUT in a folder you can write to" in err
    assert ".lock" not in err and list(locked.iterdir()) == []

    # Where the up-front check passes (root passes it on any folder) but making the lock
    # file is refused, the message is the same.
    monkeypatch.setattr(os, "access", real_access)

    def refuse_lock(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if str(path).endswith(".o.csv.lock"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse_lock)
    assert run(source, "-o", locked / "o.csv") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"cannot write in {locked} (permission denied)" in err


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root ignores folder permissions"
)
def test_an_output_in_a_read_only_folder_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = jsonl(tmp_path / "in.jsonl", 3)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        assert run(source, "-o", locked / "o.csv") == 1
    finally:
        locked.chmod(0o755)
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"cannot write in {locked} (permission denied)" in err


@pytest.mark.parametrize(
    "damage",
    [
        b'{"id": "p3", "platf\n',  # half a row, then a newline
        b"\xff\xfe not text\n",
        b'["a", "list"]\n',
        b'{"id": "p3"}\n',  # JSON, but not a row relate wrote
    ],
)
def test_resume_names_the_damaged_line_of_a_journal(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    damage: bytes,
) -> None:
    source = jsonl(tmp_path / "in.jsonl", 20)
    output = tmp_path / "out.csv"
    journal = tmp_path / ".out.csv.partial.jsonl"
    with monkeypatch.context() as patch:
        interrupt_after(patch, 10)
        assert run(source, "-o", output, "--id-column", "id", "--batch-size", "4") == 130
    capsys.readouterr()
    lines = journal.read_bytes().splitlines(keepends=True)
    assert len(lines) >= 5  # the header and at least four rows
    lines[3] = damage  # the third row
    journal.write_bytes(b"".join(lines))
    for _ in range(2):  # every time, and the journal is left for the user to delete
        assert run(source, "-o", output, "--id-column", "id", "--resume") == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1
        assert f"{journal} is damaged at line 4" in err and "delete it to start again" in err
        assert "bug" not in err
        assert journal.read_bytes() == b"".join(lines) and not output.exists()
    journal.unlink()
    assert run(source, "-o", output, "--id-column", "id") == 0
    assert [r["id"] for r in rows(output)] == [f"p{i}" for i in range(20)]
