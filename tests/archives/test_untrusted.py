"""Hostile or broken archives: one-line ArchiveError naming the file, nothing extracted."""

from __future__ import annotations

import contextlib
import io
import json
import os
import tarfile
import warnings
import zipfile
from pathlib import Path

import pytest
from builders import create, pack, tweet, ytd
from builders import outbox as outbox_of
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relate import ArchiveError, archives

GOOD = {
    "data/tweets.js": ytd(
        "tweets", [tweet(str(10**18 + i), f"post number {i} &amp; more") for i in range(40)]
    )
}


def refuse(path: Path, match: str, format: str | None = None) -> str:
    with pytest.raises(ArchiveError, match=match) as caught:
        list(archives.read(path, format))
    message = str(caught.value)
    assert "\n" not in message
    assert str(path) in message
    return message


def test_truncated_zip(tmp_path: Path) -> None:
    data = pack(tmp_path / "full.zip", GOOD).read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(data[: len(data) // 2])
    refuse(cut, "truncated or corrupt")


def test_corrupt_member(tmp_path: Path) -> None:
    path = pack(tmp_path / "x.zip", GOOD)
    data = bytearray(path.read_bytes())
    data[100:140] = b"\x00" * 40  # inside the compressed tweets.js
    path.write_bytes(bytes(data))
    message = refuse(path, ".")
    assert "download it again" in message or "invalid JSON" in message


@pytest.mark.parametrize(
    "name", ["/etc/evil.js", "../../evil.js", "data/../../evil.js", "C:/evil.js"]
)
@pytest.mark.parametrize("kind", ["zip", "tar.gz"])
def test_entries_escaping_the_archive(tmp_path: Path, name: str, kind: str) -> None:
    inside = tmp_path / "deep" / "er"
    inside.mkdir(parents=True)
    path = inside / f"x.{kind}"
    if kind == "zip":
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("data/tweets.js", GOOD["data/tweets.js"])
            z.writestr(name, "x")
    else:
        with tarfile.open(path, "w:gz") as t:
            info = tarfile.TarInfo(name)
            info.size = 1
            t.addfile(info, io.BytesIO(b"x"))
    before = set(tmp_path.rglob("*"))
    refuse(path, "absolute or '..' path")
    assert set(tmp_path.rglob("*")) == before
    assert not Path("/etc/evil.js").exists()


def test_tar_links_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "archive.tar.gz"
    with tarfile.open(path, "w:gz") as t:
        info = tarfile.TarInfo("outbox.json")
        info.type, info.linkname = tarfile.SYMTYPE, "/etc/passwd"
        t.addfile(info)
    refuse(path, "link")


def test_zip_bomb_is_refused_before_it_expands(tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("data/tweets.js", b"\x00" * (20 * 1024**2))
    assert path.stat().st_size < 100_000
    refuse(path, "zip bomb")


def test_tar_entry_past_the_size_cap(tmp_path: Path) -> None:
    info = tarfile.TarInfo("outbox.json")
    info.size = 5 * 1024**3  # declared only: the cap is checked before any byte is read
    path = tmp_path / "big.tar"
    path.write_bytes(info.tobuf(format=tarfile.PAX_FORMAT) + b"\x00" * 1024)
    refuse(path, "size cap")


def test_invalid_json(tmp_path: Path) -> None:
    text = GOOD["data/tweets.js"]
    path = pack(tmp_path / "x.zip", {"data/tweets.js": text[: len(text) // 2]})
    message = refuse(path, "invalid JSON")
    assert "data/tweets.js" in message


def test_json_with_garbage_in_the_middle(tmp_path: Path) -> None:
    path = pack(
        tmp_path / "m",
        {"outbox.json": '{"orderedItems": [{"type": "Create"}, nope, {}]}'},
        "folder",
    )
    refuse(path, "invalid JSON")


def test_wrong_encoding(tmp_path: Path) -> None:
    path = pack(
        tmp_path / "x.zip",
        {"data/tweets.js": GOOD["data/tweets.js"].replace("more", "caf\u00e9").encode("utf-16")},
    )
    refuse(path, "not UTF-8")
    latin = tmp_path / "posts.csv"
    latin.write_bytes("text\ncaf\u00e9 au lait\n".encode("latin-1"))
    refuse(latin, "not UTF-8", "csv")


def test_unknown_layout(tmp_path: Path) -> None:
    path = pack(tmp_path / "photos.zip", {"DCIM/1.jpg": b"\xff\xd8", "notes.json": "{}"})
    message = refuse(path, "not an export relate recognises")
    assert "--format" in message


def test_missing_input(tmp_path: Path) -> None:
    refuse(tmp_path / "nope.zip", "no such file")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    cut=st.integers(min_value=0, max_value=10_000),
    flips=st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)), max_size=8),
)
def test_damaged_zip_never_fails_with_anything_but_archive_error(
    tmp_path: Path, cut: int, flips: list[tuple[int, int]]
) -> None:
    data = bytearray(pack(tmp_path / "good.zip", GOOD).read_bytes())
    for position, value in flips:
        data[position % len(data)] = value
    path = tmp_path / "damaged.zip"
    path.write_bytes(bytes(data[: max(len(data) - cut, 0)]))
    try:
        for post in archives.read(path):
            assert isinstance(post.text, str)
    except ArchiveError as error:
        assert "\n" not in str(error)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=2000))
def test_random_bytes_never_fail_with_anything_but_archive_error(
    tmp_path: Path, data: bytes
) -> None:
    path = tmp_path / "random.zip"
    path.write_bytes(data)
    for format in (None, "twitter", "bluesky", "csv", "jsonl"):
        with contextlib.suppress(ArchiveError):
            list(archives.read(path, format))


def test_json_streams_without_loading_the_whole_file(tmp_path: Path) -> None:
    import tracemalloc

    items = [tweet(str(10**18 + i), f"post {i} " + "words " * 40) for i in range(6000)]
    path = pack(tmp_path / "x", {"data/tweets.js": ytd("tweets", items)}, "folder")
    size = os.path.getsize(path / "data" / "tweets.js")
    tracemalloc.start()
    count = sum(1 for _ in archives.read(path))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == 6000
    assert peak < size / 2


HUGE_INT = "9" * 5000  # past Python's 4,300-digit limit for reading an int
DEEP = "[" * 100_000 + "]" * 100_000  # past the recursion limit


def test_odd_values_cost_one_row_each(tmp_path: Path) -> None:
    good = json.dumps(tweet("1790000000000000001", "a fine post"))
    odd = [
        tweet("5", "from the year 9999", created_at="Fri Dec 31 23:59:59 -2359 9999"),
        tweet("9" * 40, "an id no snowflake can be", created_at="nonsense"),
        tweet("²³", "a digit Python cannot turn into an int", created_at=None),
    ]  # fmt: skip
    items = [good, f'{{"tweet": {{"id_str": "7", "n": {HUGE_INT}}}}}', DEEP]
    items += [json.dumps(item) for item in odd] + [good]
    path = pack(
        tmp_path / "x",
        {"data/tweets.js": "window.YTD.tweets.part0 = [" + ", ".join(items) + "]"},
        "folder",
    )
    posts = list(archives.read(path))
    assert len(posts) == len(items)
    assert [p.error is not None for p in posts] == [False, True, True, False, False, False, False]
    assert "a number too long" in str(posts[1].error) and "nested too deeply" in str(posts[2].error)
    assert posts[1].id == "data/tweets.js#1"
    assert [p.created_at for p in posts[3:6]] == [None, None, None]
    assert posts[3].text == "from the year 9999"

    absurd = create(1, "<p>hi</p>", published="9999-12-31T23:59:59-23:59")
    absurd["published"] = "0001-01-01T00:00:00+23:59"
    outbox = outbox_of([absurd, {"type": "Create", "n": "HUGE"}, create(3, "<p>fine</p>")])
    outbox = outbox.replace('"HUGE"', HUGE_INT)
    posts = list(archives.read(pack(tmp_path / "m", {"outbox.json": outbox}, "folder")))
    assert len(posts) == 3 and posts[0].created_at is None and posts[2].error is None
    assert posts[1].error == "outbox.json#1: cannot be read (a number too long to read)"

    facebook = [
        {"timestamp": 10**300, "data": [{"post": "hello"}], "attachments": ["x", 5]},
        {"data": 5},
        {"timestamp": 1714557600, "data": [{"post": "fine"}]},
    ]
    fb = pack(tmp_path / "f", {"your_posts_1.json": json.dumps(facebook)}, "folder")
    posts = list(archives.read(fb))
    assert [p.error is not None for p in posts] == [False, True, False]
    assert posts[0].text == "hello" and posts[0].created_at is None

    table = tmp_path / "posts.jsonl"
    lines = ['{"text": "fine"}', f'{{"text": "x", "id": {HUGE_INT}}}', f'{{"text": {DEEP}}}']
    table.write_text("\n".join([*lines, '{"text": "x", "t": "0001-01-01T00:00:00+05:00"}']) + "\n")
    posts = list(archives.read(table, time_column="t"))
    assert [p.error for p in posts] == [
        None,
        "row 2: a number too long to read",
        "row 3: nested too deeply",
        None,
    ]
    assert posts[3].created_at is None


def test_parquet_timestamps_python_cannot_hold_become_empty(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "posts.parquet"
    seconds = pa.array([10**15, 1714557600], pa.timestamp("s"))  # year 31 million, 2024
    pq.write_table(pa.table({"text": ["far", "near"], "t": seconds}), path)
    far, near = archives.read(path, time_column="t")
    assert far.created_at is None and near.created_at is not None


def test_junk_after_the_json_is_refused(tmp_path: Path) -> None:
    tweets = ytd("tweets", [tweet("1", "hello")]).rstrip()
    assert tweets.endswith("];")  # a JavaScript `;` is fine...
    assert len(list(archives.read(pack(tmp_path / "ok", {"data/tweets.js": tweets}, "folder"))))
    for name, files in {
        "x": {"data/tweets.js": tweets + ' {"tweet": {"id_str": "2"}}'},
        "m": {"outbox.json": outbox_of([create(1, "<p>hi</p>")]) + "]"},
        "f": {"your_posts_1.json": '[{"data": [{"post": "hi"}]}] [{"more": 1}]'},
    }.items():
        path = pack(tmp_path / name, files, "folder")
        message = refuse(path, "after the end of the JSON")
        assert next(iter(files)) in message


def test_links_out_of_an_input_folder_are_refused(tmp_path: Path) -> None:
    outside = pack(
        tmp_path / "private", {"tweets.js": ytd("tweets", [tweet("1", "SECRET")])}, "folder"
    )
    export = pack(tmp_path / "x", {"data/account.js": ytd("account", [])}, "folder")
    (export / "data" / "tweets.js").symlink_to(outside / "tweets.js")
    assert "SECRET" not in refuse(export, "link to .* outside the folder")
    (export / "data" / "tweets.js").unlink()
    (export / "data" / "more").symlink_to(outside, target_is_directory=True)
    refuse(export, "'data/more' is a link")


def test_links_inside_an_input_folder_are_not_read_twice(tmp_path: Path) -> None:
    export = pack(tmp_path / "x", GOOD, "folder")
    (export / "data" / "tweets-part1.js").symlink_to(export / "data" / "tweets.js")
    (export / "again").symlink_to(export / "data", target_is_directory=True)
    assert len(list(archives.read(export))) == 40


def test_one_huge_item_is_read_whole(tmp_path: Path) -> None:
    # Items far larger than the reader's chunks, each of a kind the decoder finishes
    # differently: a long string, many small objects, a number cut by a chunk boundary.
    long_text = "word " * 600_000
    fields = [{"k": i, "v": 'a\\"b]'} for i in range(150_000)]
    items = [
        tweet("1", long_text),
        tweet("2", "many fields", extra=fields),
        f'{{"tweet": {{"id_str": "3", "full_text": "x", "n": {HUGE_INT}, "s": "{"]" * 300_000}"}}}}',
        tweet("4", "after them all", n=int("7" * 4000)),
    ]
    text = (
        "window.YTD.tweets.part0 = ["
        + ", ".join(i if isinstance(i, str) else json.dumps(i) for i in items)
        + "]"
    )
    posts = list(archives.read(pack(tmp_path / "x", {"data/tweets.js": text}, "folder")))
    assert [p.id for p in posts] == ["1", "2", "data/tweets.js#2", "4"]
    assert posts[0].text == long_text.strip() and posts[3].text == "after them all"
    assert posts[2].error is not None


@pytest.mark.parametrize("second", ["data/tweets.js", "data\\tweets.js"])
def test_two_zip_entries_with_one_name_are_refused(tmp_path: Path, second: str) -> None:
    # Only one of them could be read: the other's posts would vanish without a word.
    path = tmp_path / "dup.zip"
    with zipfile.ZipFile(path, "w") as z, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile's "Duplicate name"
        z.writestr("data/tweets.js", GOOD["data/tweets.js"])
        z.writestr(second, ytd("tweets", [tweet(str(10**17), "another post")]))
    refuse(path, "two entries named 'data/tweets.js'; download the archive again")


def test_two_tar_members_with_one_name_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "dup.tar.gz"
    with tarfile.open(path, "w:gz") as t:
        for _ in range(2):
            data = outbox_of([]).encode()
            info = tarfile.TarInfo("outbox.json")
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
    refuse(path, "two entries named 'outbox.json'")


def test_a_tar_whose_members_add_up_past_the_ratio_cap_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each member is under the per-entry cap; together they expand far past the archive.
    monkeypatch.setattr("relate.archives._open.MIN_TAR_TOTAL", 0)
    path = tmp_path / "bomb.tar.gz"
    with tarfile.open(path, "w:gz") as t:
        for i in range(4):
            info = tarfile.TarInfo(f"zeros{i}.bin")
            info.size = 2 * 1024**2
            t.addfile(info, io.BytesIO(bytes(info.size)))
    assert path.stat().st_size * 200 < 8 * 1024**2
    refuse(path, "likely tar bomb")


def test_tar_directories_count_toward_the_entry_cap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("relate.archives._open.MAX_ENTRIES", 50)
    path = tmp_path / "dirs.tar.gz"
    with tarfile.open(path, "w:gz") as t:
        for i in range(60):
            info = tarfile.TarInfo(f"d{i}")
            info.type = tarfile.DIRTYPE
            t.addfile(info)
        data = outbox_of([]).encode()
        info = tarfile.TarInfo("outbox.json")
        info.size = len(data)
        t.addfile(info, io.BytesIO(data))
    refuse(path, "more than 50 entries")


def test_a_zip_claiming_too_many_entries_is_refused_before_they_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = pack(tmp_path / "x.zip", {f"f{i}.txt": "x" for i in range(20)} | GOOD)
    built: list[str] = []
    monkeypatch.setattr("relate.archives._open.MAX_ENTRIES", 10)
    monkeypatch.setattr(zipfile.ZipFile, "__init__", lambda *a, **k: built.append("zip"))
    refuse(path, "more than 10 entries")
    assert built == []


@pytest.mark.parametrize("zip64", [False, True])
def test_the_zip_entry_count_is_read_from_the_end_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, zip64: bool
) -> None:
    from relate.archives._open import _zip_entry_count

    if zip64:  # zipfile writes the zip64 end record only past this limit
        monkeypatch.setattr(zipfile, "ZIP_FILECOUNT_LIMIT", 1)
    path = tmp_path / "x.zip"
    with zipfile.ZipFile(path, "w") as z:
        for i in range(3):
            z.writestr(f"f{i}.txt", "x")
    assert (b"PK\x06\x06" in path.read_bytes()) == zip64
    assert _zip_entry_count(path) == 3


def test_an_item_over_the_cap_is_said_to_be_over_it_not_damaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from relate.archives import _json

    monkeypatch.setattr(_json, "MAX_ITEM_CHARS", 600_000)  # the real cap is 64 Mi characters
    items = [tweet("1", "short"), tweet("2", "long " * 200_000)]
    path = pack(tmp_path / "x", {"data/tweets.js": ytd("tweets", items)}, "folder")
    message = refuse(path, r"over 600,000 characters, relate's cap for one item")
    assert "invalid JSON" not in message and "damaged" not in message
    assert "remove that item" in message
