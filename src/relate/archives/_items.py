"""One odd item costs one row: an item a reader cannot make sense of becomes a Post with
``error``, and the rest of the export is still read."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from relate.archives._json import BadItem, odd_value
from relate.archives.post import Post

# What odd values in an untrusted export raise in a reader's per-item code: a number of
# thousands of digits, nesting past the recursion limit, a list where a string belongs.
_ODD = (ValueError, TypeError, AttributeError, KeyError, IndexError, RecursionError, OverflowError)


def post_or_error(
    platform: str, where: str, make: Callable[..., Post], *args: Any, id: str | None = None
) -> Post:
    """``make(*args)``, or a Post whose ``error`` says why the item (``args[0]``) at
    ``where`` cannot be read; its id is ``id``, by default ``where``."""
    if args and isinstance(args[0], BadItem):
        reason = args[0].reason
    else:
        try:
            return make(*args)
        except _ODD as error:
            reason = odd_value(error)
    return Post(id or where, platform, None, "", error=f"{where}: cannot be read ({reason})")
