"""relate: does a social-media post build a relationship, or only market?

>>> import relate
>>> s = relate.score("Just launched my new course! Link in bio. #growth")
>>> s.promotional > 0.5
True
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from relate.errors import ArchiveError, ModelError, RelateError
from relate.score import DIMENSIONS, Evidence, Score

if TYPE_CHECKING:
    import pandas as pd

    from relate.comparison import Comparison, compare
    from relate.model import Model
    from relate.scorer import Scorer

# spaCy, numpy and the model load when first needed, not on `import relate`: the command
# line answers --help (and Ctrl-C) at once, and `import relate.archives` stays light.
_LAZY = {
    "Comparison": "relate.comparison",
    "compare": "relate.comparison",
    "Model": "relate.model",
    "Scorer": "relate.scorer",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'relate' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__version__ = "0.1.0"

__all__ = [
    "DIMENSIONS",
    "ArchiveError",
    "Comparison",
    "Evidence",
    "Model",
    "ModelError",
    "RelateError",
    "Score",
    "Scorer",
    "__version__",
    "compare",
    "default_scorer",
    "score",
    "score_frame",
    "score_many",
    "widget",
]

_default: Scorer | None = None


def default_scorer() -> Scorer:
    """The shared Scorer behind :func:`score`, loaded on first use."""
    global _default
    if _default is None:
        from relate.scorer import Scorer

        _default = Scorer()
    return _default


def score(text: str) -> Score:
    """Score one draft post with the default scorer."""
    return default_scorer().score(text)


def score_many(
    texts: Iterable[str], *, batch_size: int = 512, n_process: int = 1, explain: bool = True
) -> Iterator[Score]:
    """Score many posts: exactly one Score per input, in input order (see
    :meth:`Scorer.score_many`)."""
    return default_scorer().score_many(
        texts, batch_size=batch_size, n_process=n_process, explain=explain
    )


def widget(text: str = "", *, delay: float = 0.4) -> Any:
    """A live pre-publish checker for Jupyter that rescores as you type (needs the
    ``[notebook]`` extra)."""
    from relate.notebook import widget as make

    return make(text, delay=delay, scorer=default_scorer())


def score_frame(
    df: pd.DataFrame,
    text: str = "text",
    *,
    batch_size: int = 512,
    n_process: int = 1,
    details: bool = False,
) -> pd.DataFrame:
    """A copy of ``df`` with ``self_focus, personal_voice, dialog, promotional, overall``
    added (and ``language`` and ``warnings`` with ``details=True``).

    ``text`` names the column with the posts; missing cells (None/NaN) get NaN scores,
    other non-str cells raise ``TypeError``. Rows keep their order and index.
    """
    return default_scorer().score_frame(
        df, text=text, batch_size=batch_size, n_process=n_process, details=details
    )
