"""Build small exports in the shapes of docs/archive-formats.md (invented content only)."""

from __future__ import annotations

import hashlib
import io
import json
import random
import tarfile
import zipfile
from pathlib import Path
from typing import Any

import libipld


def pack(root: Path, files: dict[str, str | bytes], kind: str = "zip") -> Path:
    """Write ``files`` as a zip, a tar.gz or a folder named ``root``."""
    blobs = {
        name: data.encode("utf-8") if isinstance(data, str) else data
        for name, data in files.items()
    }
    if kind == "folder":
        for name, data in blobs.items():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_bytes(data)
    elif kind == "zip":
        with zipfile.ZipFile(root, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in blobs.items():
                z.writestr(name, data)
    else:
        with tarfile.open(root, "w:gz") as t:
            for name, data in blobs.items():
                info = tarfile.TarInfo(name)
                info.size = len(data)
                t.addfile(info, io.BytesIO(data))
    return root


def ytd(variable: str, items: list[Any]) -> str:
    """An X archive file: JavaScript assigning a JSON array."""
    return f"window.YTD.{variable}.part0 = {json.dumps(items, indent=2)};\n"


def tweet(
    id_str: str,
    text: str,
    created_at: str = "Tue Mar 05 14:02:11 +0000 2024",
    **fields: Any,
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id_str": id_str,
        "id": id_str,
        "created_at": created_at,
        "full_text": text,
        "entities": {"hashtags": [], "user_mentions": [], "urls": []},
        "favorite_count": "0",
        "retweet_count": "0",
        "retweeted": False,
        "lang": "en",
    }
    body.update(fields)
    return {"tweet": body}


def mojibake(text: str) -> str:
    """How Meta writes non-ASCII text: each UTF-8 byte as its own character."""
    return text.encode("utf-8").decode("latin-1")


PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
FOLLOWERS = "https://social.example/users/ana/followers"


def create(
    number: int, html: str, *, to: list[str] | None = None, cc: list[str] | None = None, **obj: Any
) -> dict[str, Any]:
    to = [PUBLIC] if to is None else to
    cc = [FOLLOWERS] if cc is None else cc
    status = f"https://social.example/users/ana/statuses/{number}"
    body = {
        "id": status,
        "type": "Note",
        "published": "2024-05-01T10:00:00Z",
        "url": f"https://social.example/@ana/{number}",
        "to": to,
        "cc": cc,
        "inReplyTo": None,
        "content": html,
        "tag": [],
        "attachment": [],
    }
    body.update(obj)
    return {
        "id": f"{status}/activity",
        "type": "Create",
        "published": "2024-05-01T10:00:00Z",
        "to": to,
        "cc": cc,
        "object": body,
    }


def outbox(activities: list[dict[str, Any]]) -> str:
    return json.dumps(
        {
            "@context": "https://www.w3.org/ns/activitystreams",
            "id": "outbox.json",
            "type": "OrderedCollection",
            "totalItems": len(activities),
            "orderedItems": activities,
        }
    )


# --- Bluesky -------------------------------------------------------------------------


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _cid(block: bytes) -> bytes:
    return b"\x01\x71\x12\x20" + hashlib.sha256(block).digest()


class Car:
    """A repository: records under keys, laid out as a two-level search tree."""

    def __init__(self, did: str = "did:plc:ana") -> None:
        self.did = did
        self.blocks: dict[bytes, bytes] = {}
        self.records: dict[str, bytes] = {}

    def put(self, value: Any) -> bytes:
        data = libipld.encode_dag_cbor(value)
        cid = _cid(data)
        self.blocks[cid] = data
        return cid

    def record(self, key: str, value: dict[str, Any]) -> None:
        self.records[key] = self.put(value)

    def _node(
        self, keys: list[str], left: bytes | None = None, subtrees: dict[str, bytes] | None = None
    ) -> bytes:
        entries, previous = [], b""
        for key in keys:
            raw = key.encode()
            shared = 0
            while shared < min(len(raw), len(previous)) and raw[shared] == previous[shared]:
                shared += 1
            entries.append(
                {
                    "p": shared,
                    "k": raw[shared:],
                    "v": self.records[key],
                    "t": (subtrees or {}).get(key),
                }
            )
            previous = raw
        return self.put({"l": left, "e": entries})

    def build(self, drop: tuple[str, ...] = (), shuffle: bool = True) -> bytes:
        keys = sorted(self.records)
        third = max(len(keys) // 3, 1)
        left_keys, middle, right_keys = keys[:third], keys[third : third + 1], keys[third + 1 :]
        left = self._node(left_keys) if left_keys else None
        right = self._node(right_keys) if right_keys else None
        subtrees = {middle[0]: right} if middle and right else {}
        root = self._node(middle, left, subtrees)
        commit = self.put(
            {"did": self.did, "version": 3, "data": root, "rev": "3kabc", "sig": b"signature"}
        )
        header = libipld.encode_dag_cbor({"version": 1, "roots": [commit]})
        dropped = {self.records[k] for k in drop}
        items = [(c, d) for c, d in self.blocks.items() if c not in dropped]
        if shuffle:
            random.Random(4).shuffle(items)
        body = b"".join(_varint(len(c) + len(d)) + c + d for c, d in items)
        return _varint(len(header)) + header + body
