"""Progress and cancellation for long work, without Qt: the GUI and the CLI both drive it."""

from __future__ import annotations

import threading
from collections.abc import Callable

ProgressCallback = Callable[[int, int, str], None]


class Cancelled(Exception):
    """Raised inside long work when the user asked to stop; nothing has been written."""


class Progress:
    """Handed to long work: it reports how far it got and checks whether to stop."""

    def __init__(self, callback: ProgressCallback | None = None) -> None:
        self._callback = callback
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int, stage: str = "") -> None:
        """Tell how far the work is; raises Cancelled once the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled
        if self._callback is not None:
            self._callback(done, total, stage)

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled


def silent() -> Progress:
    return Progress(None)
