from __future__ import annotations

import csv
import json
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from relate import ArchiveError, archives


def test_csv_with_named_columns(tmp_path: Path) -> None:
    path = tmp_path / "posts.txt"  # told from the contents, not the name
    path.write_text(
        'post_id,body,when\nA1,"hi, all\nof you #x",2024-05-01T10:00:00+02:00\nA2,,1714557600\n',
        encoding="utf-8",
    )
    assert archives.detect(path) == "csv"
    first, second = archives.read(path, text_column="body", id_column="post_id", time_column="when")
    assert (first.id, first.text, first.hashtags) == ("A1", "hi, all\nof you #x", ("x",))
    assert first.created_at == datetime(2024, 5, 1, 8, tzinfo=UTC)
    assert (second.id, second.text, second.created_at) == (
        "A2",
        "",
        datetime(2024, 5, 1, 10, tzinfo=UTC),
    )


def test_a_missing_column_names_the_columns_there(tmp_path: Path) -> None:
    path = tmp_path / "posts.csv"
    path.write_text("message\nhello\n", encoding="utf-8")
    with pytest.raises(ArchiveError, match=r"no column 'text' \(columns: message\).*--text-column"):
        list(archives.read(path))


def test_jsonl_keeps_a_row_for_every_line(tmp_path: Path) -> None:
    path = tmp_path / "posts.data"
    lines = [
        json.dumps({"text": "one", "id": 7}),
        "{broken",
        "",
        json.dumps([1, 2]),
        json.dumps({"text": None}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert archives.detect(path) == "jsonl"
    posts = list(archives.read(path, id_column="id"))
    assert [p.id for p in posts] == ["7", "2", "3", "4"]
    assert [bool(p.error) for p in posts] == [False, True, True, False]
    assert posts[3].text == ""


def test_parquet_file_and_dataset_folder(tmp_path: Path) -> None:
    stamp = datetime(2024, 5, 1, 10, tzinfo=UTC)
    table = pa.table({"text": ["a", "b", None], "id": ["x", "y", "z"], "at": [stamp, None, stamp]})
    single = tmp_path / "posts.bin"
    pq.write_table(table, single)
    assert archives.detect(single) == "parquet"
    posts = list(archives.read(single, id_column="id", time_column="at"))
    assert [(p.id, p.text, p.created_at) for p in posts] == [
        ("x", "a", stamp),
        ("y", "b", None),
        ("z", "", stamp),
    ]

    folder = tmp_path / "dataset"
    (folder / "year=2024").mkdir(parents=True)
    pq.write_table(table.slice(0, 2), folder / "year=2024" / "part-0.parquet")
    pq.write_table(table.slice(2), folder / "year=2024" / "part-1.parquet")
    (folder / "_SUCCESS").write_text("")
    assert archives.detect(folder) == "parquet"
    assert [p.id for p in archives.read(folder)] == ["1", "2", "3"]


def test_to_frame_without_scoring(tmp_path: Path) -> None:
    path = tmp_path / "posts.csv"
    path.write_text("text\nhello\nthere\n", encoding="utf-8")
    frame = archives.to_frame(path, score=False)
    assert list(frame["text"]) == ["hello", "there"]
    assert "overall" not in frame.columns


def test_a_post_longer_than_the_csv_modules_default_field_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "posts.csv"
    long = "word " * 40_000  # 200,000 characters: past csv's default 131,072
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "text"])
        writer.writerows([["1", long], ["2", "short one"]])
    posts = list(archives.read(path, id_column="id"))
    assert [p.text for p in posts] == [long, "short one"]
    assert all(p.error is None for p in posts)


def test_jsonl_text_that_is_not_a_string_is_an_error_row(tmp_path: Path) -> None:
    path = tmp_path / "posts.jsonl"
    values: list[object] = [5, {"a": 1}, ["a", "b"], True, "fine"]
    path.write_text("".join(json.dumps({"text": v}) + "\n" for v in values), encoding="utf-8")
    posts = list(archives.read(path))
    assert [p.text for p in posts] == ["", "", "", "", "fine"]
    assert [bool(p.error) for p in posts] == [True, True, True, True, False]
    assert "not text" in (posts[1].error or "")


@pytest.mark.parametrize(
    "values",
    [[b"hello"], [["a", "b"]], [{"x": "y"}], [5]],
    ids=["binary", "list", "struct", "int"],
)
def test_a_parquet_text_column_that_is_not_strings_is_refused(
    tmp_path: Path, values: list[object]
) -> None:
    path = tmp_path / "posts.parquet"
    pq.write_table(pa.table({"text": values}), path)
    with pytest.raises(ArchiveError, match=r"column 'text' is .*, not text") as caught:
        list(archives.read(path))
    assert "\n" not in str(caught.value)


def test_parquet_dictionary_and_large_strings_are_text(tmp_path: Path) -> None:
    path = tmp_path / "posts.parquet"
    table = pa.table(
        {
            "text": pa.array(["a", "b"]).dictionary_encode(),
            "other": pa.array(["c", "d"], pa.large_string()),
        }
    )
    pq.write_table(table, path)
    assert [p.text for p in archives.read(path)] == ["a", "b"]
    assert [p.text for p in archives.read(path, text_column="other")] == ["c", "d"]


def test_a_csv_cut_off_inside_a_quoted_field_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "posts.csv"
    path.write_text('id,text\n1,"never closed\n2,x\n', encoding="utf-8")
    with pytest.raises(ArchiveError, match="not a readable CSV") as caught:
        list(archives.read(path))
    assert str(path) in str(caught.value)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("posts.csv", "\ufeffid,text\n1,hello there\n".encode("utf-16")),  # with a BOM
        ("posts.csv", "id,text\n1,hello there\n".encode("utf-16-le")),  # NULs, no BOM
        ("posts.jsonl", '{"text": "hello there"}\n'.encode("utf-16-be")),
        ("posts.jsonl", '{"text": "hello there"}\n'.encode("utf-32")),
    ],
)
def test_a_utf16_table_is_said_to_be_not_utf8(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(
        ArchiveError, match=r"not UTF-8 text \(it looks like UTF-16\); save it as UTF-8"
    ) as caught:
        archives.detect(path)
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)


def test_a_latin1_table_is_said_to_be_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "posts.csv"
    path.write_bytes("id,text\n1,café au lait\n2,more\n".encode("latin-1"))
    with pytest.raises(
        ArchiveError, match=r"posts.csv: not UTF-8 text \(byte b'\\xe9'.*save it as UTF-8"
    ):
        archives.detect(path)


def test_a_jsonl_table_with_a_long_first_record_is_recognised(tmp_path: Path) -> None:
    path = tmp_path / "posts.data"  # told from the contents, not the name
    long_text = "a long post " * 200_000  # 2.4 MB, far past the first 64 KiB read
    path.write_text(
        json.dumps({"id": "a", "text": long_text})
        + "\n"
        + json.dumps({"id": "b", "text": "hi"})
        + "\n",
        encoding="utf-8",
    )
    assert archives.detect(path) == "jsonl"
    first, second = archives.read(path, id_column="id")
    assert (first.id, first.text, second.id) == ("a", long_text, "b")


def test_a_jsonl_first_line_past_the_sniffing_cap_is_left_to_the_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from relate.archives import tables

    monkeypatch.setattr(tables, "MAX_ITEM_CHARS", 200_000)
    path = tmp_path / "posts.data"
    path.write_text(json.dumps({"text": "x" * 300_000}) + "\n", encoding="utf-8")
    assert archives.detect(path) == "jsonl"
    with pytest.raises(ArchiveError, match=r"over 200,000 characters, relate's cap for one item"):
        list(archives.read(path))
