"""Hostile or broken archives: one-line ArchiveError naming the file, nothing extracted."""

from __future__ import annotations

import contextlib
import io
import os
import tarfile
import zipfile
from pathlib import Path

import pytest
from builders import pack, tweet, ytd
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
