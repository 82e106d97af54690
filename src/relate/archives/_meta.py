"""What Meta's JSON exports (Facebook, Instagram, Threads) share: numbered files of
post arrays, and the mojibake repaired on every item."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from relate.archives._items import post_or_error
from relate.archives._json import JsonStream
from relate.archives._open import Archive
from relate.archives._text import unmojibake
from relate.archives.post import Post
from relate.errors import ArchiveError


def read_items(
    archive: Archive,
    platform: str,
    files: str,
    keys: tuple[str, ...],
    make_post: Callable[[object, str], Post],
    *,
    missing: str,
    lone: bool = True,
) -> Iterator[Post]:
    """A Post per item of every file matching ``files``; ``missing`` says where to get
    the export when there is none. Ids are ``FILE#N`` (Meta's exports give none)."""

    def post(item: object, where: str) -> Post:
        return make_post(unmojibake(item), where)

    names = archive.find(files)
    if not names:
        raise ArchiveError(f"{archive.path}: {missing}")
    for name in names:
        base = name.rsplit("/", 1)[-1]
        with archive.open_text(name) as text:
            stream = JsonStream(text, archive.label(name))
            for index, item in enumerate(stream.items(keys, lone=lone)):
                where = f"{base}#{index}"
                yield post_or_error(platform, where, post, item, where)
