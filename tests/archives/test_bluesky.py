from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from builders import Car

from relate import ArchiveError, archives

POST = "app.bsky.feed.post"
TEXT = "café talk 🎉 see example.org/sl... with @sam.bsky.social #python"


def repository() -> Car:
    car = Car()
    encoded = TEXT.encode()
    link = encoded.index(b"example.org")
    mention = encoded.index(b"@sam")
    tag = encoded.index(b"#python")
    car.record(
        f"{POST}/3kaaaaaaaaa22",
        {
            "$type": POST,
            "text": TEXT,
            "createdAt": "2024-05-01T10:00:00.000Z",
            "langs": ["en"],
            "facets": [
                {"index": {"byteStart": link, "byteEnd": link + len(b"example.org/sl...")},
                 "features": [{"$type": "app.bsky.richtext.facet#link", "uri": "https://example.org/slides"}]},
                {"index": {"byteStart": mention, "byteEnd": mention + len(b"@sam.bsky.social")},
                 "features": [{"$type": "app.bsky.richtext.facet#mention", "did": "did:plc:sam"}]},
                {"index": {"byteStart": tag, "byteEnd": tag + len(b"#python")},
                 "features": [{"$type": "app.bsky.richtext.facet#tag", "tag": "python"}]},
            ],
        },
    )  # fmt: skip
    parent = {"uri": f"at://did:plc:sam/{POST}/3kzzz", "cid": "bafy"}
    car.record(
        f"{POST}/3kaaaaaaaaa33",
        {
            "$type": POST,
            "text": "agreed",
            "createdAt": "2024-05-01T11:00:00Z",
            "reply": {"root": parent, "parent": parent},
        },
    )
    quoted = {"uri": f"at://did:plc:bo/{POST}/3kq", "cid": "bafy"}
    car.record(
        f"{POST}/3kaaaaaaaaa44",
        {
            "$type": POST,
            "text": "this",
            "createdAt": "2024-05-01T12:00:00Z",
            "embed": {"$type": "app.bsky.embed.record", "record": quoted},
        },
    )
    car.record(
        f"{POST}/3kaaaaaaaaa55",
        {"$type": POST, "text": "and this", "createdAt": "not a time",
         "embed": {"$type": "app.bsky.embed.recordWithMedia", "record": {"record": quoted}, "media": {}}},
    )  # fmt: skip
    car.record(
        "app.bsky.feed.repost/3kaaaaaaaaa66",
        {"$type": "app.bsky.feed.repost", "subject": quoted, "createdAt": "2024-05-02T10:00:00Z"},
    )
    car.record(
        "app.bsky.feed.like/3kaaaaaaaaa77",
        {"$type": "app.bsky.feed.like", "subject": quoted, "createdAt": "2024-05-02T10:00:00Z"},
    )
    car.record(
        "app.bsky.actor.profile/self", {"$type": "app.bsky.actor.profile", "displayName": "Ana"}
    )
    return car


@pytest.mark.parametrize("name", ["repo.car", "repo"])
def test_posts_replies_quotes_and_reposts(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(repository().build())
    assert archives.detect(path) == "bluesky"
    post, reply, quote, quote_with_media, repost = archives.read(path)

    assert post.id == f"at://did:plc:ana/{POST}/3kaaaaaaaaa22"
    assert post.url == "https://bsky.app/profile/did:plc:ana/post/3kaaaaaaaaa22"
    assert post.created_at == datetime(2024, 5, 1, 10, tzinfo=UTC)
    assert post.text == "café talk 🎉 see https://example.org/slides with @sam.bsky.social #python"
    assert (post.language, post.hashtags, post.mentions) == (
        "en",
        ("python",),
        ("sam.bsky.social",),
    )
    assert post.links == ("https://example.org/slides",)
    assert (reply.kind, reply.reply_to) == ("reply", f"at://did:plc:sam/{POST}/3kzzz")
    assert quote.kind == quote_with_media.kind == "quote"
    assert quote.links == (f"at://did:plc:bo/{POST}/3kq",)
    # A createdAt that does not parse: the record key's own time.
    assert quote_with_media.created_at is not None and quote_with_media.created_at.year > 2000
    assert (repost.kind, repost.text) == ("repost", "")


def test_a_missing_record_block_is_a_row_with_an_error(tmp_path: Path) -> None:
    path = tmp_path / "repo.car"
    path.write_bytes(repository().build(drop=(f"{POST}/3kaaaaaaaaa33",)))
    posts = list(archives.read(path))
    assert len(posts) == 5
    assert posts[1].error and "missing" in posts[1].error


def test_a_record_that_does_not_decode_costs_its_row_only(tmp_path: Path) -> None:
    car = repository()
    # Valid CBOR framing, nested deeper than any decoder follows.
    car.blocks[car.records[f"{POST}/3kaaaaaaaaa33"]] = b"\x81" * 100_000 + b"\x00"
    path = tmp_path / "repo.car"
    path.write_bytes(car.build())
    posts = list(archives.read(path))
    assert len(posts) == 5
    assert posts[1].error and "does not decode" in posts[1].error
    assert [p.error for i, p in enumerate(posts) if i != 1] == [None] * 4
    assert posts[0].text.startswith("café talk")


def test_blocks_are_read_as_libipld_reads_a_whole_car() -> None:
    import libipld

    from relate.archives import bluesky

    data = repository().build()
    assert bluesky._decode_car(data) == tuple(libipld.decode_car(data))


def test_a_car_without_its_tree_is_refused(tmp_path: Path) -> None:
    car = repository()
    data = car.build()
    path = tmp_path / "repo.car"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ArchiveError, match=r"repo\.car"):
        list(archives.read(path, "bluesky"))
