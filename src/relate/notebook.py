"""A live pre-publish checker for Jupyter (extra ``[notebook]``: ipywidgets)."""

from __future__ import annotations

import threading
from typing import Any

from relate.scorer import Scorer


class LiveChecker:
    """A text area that rescores the draft as you type, after a pause of ``delay`` seconds,
    and shows the same view as ``Score._repr_html_``."""

    def __init__(self, text: str = "", *, delay: float = 0.4, scorer: Scorer | None = None) -> None:
        try:
            import ipywidgets as widgets
        except ImportError:
            raise ImportError(
                "relate.widget() needs ipywidgets: pip install 'relate[notebook]'"
            ) from None
        from relate import default_scorer

        self.scorer = scorer or default_scorer()
        self.delay = delay
        self.input = widgets.Textarea(
            value=text,
            placeholder="Write your post here…",
            layout=widgets.Layout(width="100%", height="120px"),
        )
        self.output = widgets.HTML()
        self.box = widgets.VBox([self.input, self.output])
        self._timer: threading.Timer | None = None
        self._lock = threading.Lock()
        self.input.observe(self._changed, names="value")
        self.refresh()

    def refresh(self) -> None:
        """Score the current text now and redraw."""
        text = self.input.value
        self.output.value = self.scorer.score(text)._repr_html_() if text.strip() else ""

    def _changed(self, change: dict[str, Any]) -> None:
        if self.delay <= 0:
            self.refresh()
            return
        with self._lock:  # debounce: only the last keystroke in a pause rescoring counts
            if self._timer is not None:
                self._timer.cancel()
            self._timer = threading.Timer(self.delay, self.refresh)
            self._timer.daemon = True
            self._timer.start()

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.box)  # type: ignore[no-untyped-call]


def widget(text: str = "", *, delay: float = 0.4, scorer: Scorer | None = None) -> LiveChecker:
    """A live checker: ``relate.widget()`` in a notebook cell, then type."""
    return LiveChecker(text, delay=delay, scorer=scorer)
