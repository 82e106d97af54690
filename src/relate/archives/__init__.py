"""Readers for exported post archives and tables: every export becomes the same Post.

>>> from relate import archives
>>> for post in archives.read("twitter-2024-05-01.zip"):      # doctest: +SKIP
...     post.created_at, post.kind, post.text
>>> df = archives.to_frame("archive.tar.gz")                    # doctest: +SKIP
"""

from __future__ import annotations

from relate.archives._read import FORMATS, detect, read
from relate.archives._rows import to_frame
from relate.archives.post import Post

__all__ = ["FORMATS", "Post", "detect", "read", "to_frame"]
