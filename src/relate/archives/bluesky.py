"""Bluesky repository export: one CAR file (``repo.car``, sometimes without the extension).

libipld decodes each CAR block (DAG-CBOR); the CAR framing (a varint length, a CID, the
block) and the walk of the repository's Merkle search tree are here. Blocks are decoded
one by one, so a record block that does not decode costs its own row, not the file
(``libipld.decode_car`` fails as a whole). The file is read whole (a CAR's blocks come in
any order, so the walk needs them all), within
:data:`relate.archives._open.MAX_WHOLE_BYTES`.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

import libipld

from relate.archives._items import post_or_error
from relate.archives._open import Archive
from relate.archives._text import from_iso, from_unix, mapping
from relate.archives.post import Kind, Post
from relate.errors import ArchiveError

NAME = "bluesky"
_POST = "app.bsky.feed.post"
_REPOST = "app.bsky.feed.repost"
_TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"


def _varint(data: bytes, start: int = 0) -> tuple[int, int]:
    value, shift, pos = 0, 0, start
    while pos < len(data) and pos - start < 9:
        byte = data[pos]
        value |= (byte & 0x7F) << shift
        pos += 1
        if not byte & 0x80:
            return value, pos
        shift += 7
    return -1, pos


# Stands for a block that is in the file but does not decode.
_UNREADABLE = object()
_DECODE_ERRORS = (ValueError, RecursionError, OverflowError, TypeError, KeyError)


def _cid_end(data: bytes, start: int) -> int:
    """Where the CID starting at ``start`` ends: CIDv0 is a 34-byte SHA-256 multihash;
    CIDv1 is version, codec, hash code and digest length (varints), then the digest."""
    if data[start : start + 2] == b"\x12\x20":
        return start + 34
    pos = start
    for _ in range(3):  # version, codec, hash code
        value, pos = _varint(data, pos)
        if value < 0:
            raise ValueError("damaged CID")
    length, pos = _varint(data, pos)
    if length < 0:
        raise ValueError("damaged CID")
    return pos + length


def _decode_car(data: bytes) -> tuple[object, dict[bytes, Any]]:
    """The header and the blocks (by CID bytes, as ``libipld.decode_car`` gives them)."""
    length, pos = _varint(data)
    if length <= 0 or pos + length > len(data):
        raise ValueError("damaged header")
    header = libipld.decode_dag_cbor(data[pos : pos + length])
    pos += length
    blocks: dict[bytes, Any] = {}
    while pos < len(data):
        length, pos = _varint(data, pos)
        end = pos + length
        if length <= 0 or end > len(data):
            raise ValueError("a block is cut off")
        cid_end = _cid_end(data, pos)
        if cid_end > end:
            raise ValueError("damaged CID")
        try:
            blocks[data[pos:cid_end]] = libipld.decode_dag_cbor(data[cid_end:end])
        except _DECODE_ERRORS:
            blocks[data[pos:cid_end]] = _UNREADABLE
        pos = end
    return header, blocks


def is_car(head: bytes) -> bool:
    """Whether bytes start like a CAR file: a varint length, then a DAG-CBOR map with
    ``roots`` and ``version``."""
    length, start = _varint(head)
    if not 0 < length <= 4096 or head[start : start + 1] not in (b"\xa2", b"\xa3"):
        return False
    return b"roots" in head[start : start + length] and b"version" in head[start : start + length]


def _car_members(archive: Archive) -> list[str]:
    found = []
    for name in archive.names():
        if name.lower().endswith(".car") or "." not in name.rsplit("/", 1)[-1]:
            try:
                if is_car(archive.head(name, 512)):
                    found.append(name)
            except ArchiveError:
                continue
    return found


def matches(archive: Archive) -> bool:
    return bool(_car_members(archive))


def read(archive: Archive) -> Iterator[Post]:
    members = _car_members(archive)
    if not members:
        raise ArchiveError(
            f"{archive.path}: not a Bluesky repository (CAR) file; download it from "
            "Settings > Account > Export my data"
        )
    for name in members:
        yield from _read_car(archive.read_bytes(name), archive.label(name))


def _read_car(data: bytes, label: str) -> Iterator[Post]:
    try:
        header, blocks = _decode_car(data)
    except _DECODE_ERRORS as error:
        raise ArchiveError(
            f"{label}: not a readable CAR file ({error}); export the repository again"
        ) from None
    roots = header.get("roots") if isinstance(header, dict) else None
    root = roots[0] if isinstance(roots, list) and roots else None
    commit = blocks.get(root) if isinstance(root, bytes) else None
    if (
        not isinstance(commit, dict)
        or not isinstance(commit.get("did"), str)
        or "data" not in commit
    ):
        raise ArchiveError(
            f"{label}: the CAR file has no repository commit; export the repository again"
        )
    did = commit["did"]
    for key, cid in _walk(blocks, commit["data"], label):
        collection, _, rkey = key.partition("/")
        if collection not in (_POST, _REPOST):
            continue
        uri = f"at://{did}/{key}"
        record = blocks.get(cid) if isinstance(cid, bytes) else None
        if record is _UNREADABLE:
            yield Post(
                uri,
                NAME,
                _tid_time(rkey),
                "",
                error=f"{label}: record {key} does not decode (damaged or nested too deeply)",
            )
        elif not isinstance(record, dict):
            yield Post(
                uri,
                NAME,
                _tid_time(rkey),
                "",
                error=f"{label}: record {key} is missing from the file",
            )
        elif collection == _REPOST:
            yield post_or_error(NAME, uri, _repost, record, uri, rkey)
        else:
            yield post_or_error(NAME, uri, _post, record, uri, did, rkey)


def _walk(blocks: dict[bytes, Any], root: object, label: str) -> Iterator[tuple[str, bytes]]:
    """(key, record CID) of every entry of the tree, in key order.

    A node is ``{l, e: [{p, k, v, t}]}``: ``l`` holds keys before the first entry, each
    entry's ``t`` those between it and the next; keys share ``p`` bytes with the previous one.
    """
    stack: list[tuple[bool, Any]] = [(False, root)]
    seen: set[bytes] = set()
    while stack:
        is_leaf, value = stack.pop()
        if is_leaf:
            yield value
            continue
        if not isinstance(value, bytes) or value in seen:
            raise ArchiveError(
                f"{label}: the repository tree is damaged; export the repository again"
            )
        seen.add(value)
        node = blocks.get(value)
        if node is _UNREADABLE:
            raise ArchiveError(
                f"{label}: a block of the repository tree does not decode; "
                "export the repository again"
            )
        if not isinstance(node, dict):
            raise ArchiveError(
                f"{label}: a block of the repository tree is missing; export the repository again"
            )
        todo: list[tuple[bool, Any]] = []
        if node.get("l") is not None:
            todo.append((False, node["l"]))
        previous = b""
        entries = node.get("e") or []
        damaged = ArchiveError(f"{label}: a tree entry is damaged; export the repository again")
        if not isinstance(entries, list):
            raise damaged
        for entry in entries:
            try:
                key = previous[: int(entry["p"])] + entry["k"]
            except (KeyError, TypeError, ValueError, OverflowError):
                raise damaged from None
            previous = key
            todo.append((True, (key.decode("utf-8", "replace"), entry.get("v"))))
            if entry.get("t") is not None:
                todo.append((False, entry["t"]))
        stack.extend(reversed(todo))


def _tid_time(rkey: str) -> datetime | None:
    """A record key's time: a TID is base32 of microseconds since the epoch, shifted 10 bits."""
    if len(rkey) != 13 or any(c not in _TID_ALPHABET for c in rkey):
        return None
    value = 0
    for char in rkey:
        value = value * 32 + _TID_ALPHABET.index(char)
    return from_unix((value >> 10) / 1_000_000)


def _repost(record: dict[str, Any], uri: str, rkey: str) -> Post:
    subject = record.get("subject")
    target = subject.get("uri") if isinstance(subject, dict) else None
    return Post(
        id=uri,
        platform=NAME,
        created_at=from_iso(record.get("createdAt")) or _tid_time(rkey),
        text="",
        kind="repost",
        url=target if isinstance(target, str) else None,
        links=(target,) if isinstance(target, str) else (),
    )


def _post(record: dict[str, Any], uri: str, did: str, rkey: str) -> Post:
    raw = record.get("text")
    text = raw if isinstance(raw, str) else ""
    encoded = text.encode("utf-8")
    hashtags: list[str] = [t for t in record.get("tags") or [] if isinstance(t, str)]
    mentions: list[str] = []
    links: list[str] = []
    # Facets index UTF-8 bytes; link spans are replaced by their full address, last first
    # so earlier offsets stay valid.
    replacements: list[tuple[int, int, bytes]] = []
    for facet in record.get("facets") or []:
        if not isinstance(facet, dict):
            continue
        index = mapping(facet.get("index"))
        start, end = index.get("byteStart"), index.get("byteEnd")
        if not (
            isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(encoded)
        ):
            start = end = -1
        for feature in facet.get("features") or []:
            if not isinstance(feature, dict):
                continue
            kind = str(feature.get("$type", "")).rsplit("#", 1)[-1]
            if kind == "link" and isinstance(feature.get("uri"), str):
                links.append(feature["uri"])
                if start >= 0:
                    replacements.append((start, end, feature["uri"].encode("utf-8")))
            elif kind == "mention":
                handle = encoded[start:end].decode("utf-8", "replace") if start >= 0 else ""
                mentions.append(handle.lstrip("@") or str(feature.get("did", "")))
            elif kind == "tag" and isinstance(feature.get("tag"), str):
                hashtags.append(feature["tag"])
    for start, end, target in sorted(replacements, reverse=True):
        encoded = encoded[:start] + target + encoded[end:]
    reply = record.get("reply")
    parent = reply.get("parent") if isinstance(reply, dict) else None
    reply_to = parent.get("uri") if isinstance(parent, dict) else None
    quoted = _quoted(record.get("embed"))
    external = _external(record.get("embed"))
    kind_of: Kind = "reply" if isinstance(reply_to, str) else "quote" if quoted else "post"
    langs = record.get("langs")
    return Post(
        id=uri,
        platform=NAME,
        created_at=from_iso(record.get("createdAt")) or _tid_time(rkey),
        text=encoded.decode("utf-8", "replace"),
        kind=kind_of,
        reply_to=reply_to if isinstance(reply_to, str) else None,
        language=langs[0]
        if isinstance(langs, list) and langs and isinstance(langs[0], str)
        else None,
        url=f"https://bsky.app/profile/{did}/post/{rkey}",
        hashtags=tuple(dict.fromkeys(hashtags)),
        mentions=tuple(dict.fromkeys(mentions)),
        links=tuple(dict.fromkeys([*links, *external, *([quoted] if quoted else [])])),
    )


def _quoted(embed: object) -> str | None:
    if not isinstance(embed, dict):
        return None
    kind = embed.get("$type")
    record = embed.get("record")
    if kind == "app.bsky.embed.recordWithMedia" and isinstance(record, dict):
        record = record.get("record")
    elif kind != "app.bsky.embed.record":
        return None
    uri = record.get("uri") if isinstance(record, dict) else None
    return uri if isinstance(uri, str) else None


def _external(embed: object) -> list[str]:
    if isinstance(embed, dict) and embed.get("$type") == "app.bsky.embed.external":
        card = embed.get("external")
        if isinstance(card, dict) and isinstance(card.get("uri"), str):
            return [card["uri"]]
    return []
