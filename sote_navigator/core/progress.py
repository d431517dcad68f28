"""Progress and cancellation for long work, without Qt: the GUI and the CLI both drive it."""

from __future__ import annotations

import threading
import time
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


class StageClock:
    """How long the current stage of long work still takes, judged by how fast it went.

    Fed every report (``update``); a new stage restarts the clock. Says nothing (None) until
    the stage has run ``SETTLE`` seconds with some progress, or when the work cannot count
    (``total`` of 0).
    """

    SETTLE = 1.0

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._stage: str | None = None
        self._started = 0.0
        self._first = 0

    def update(self, done: int, total: int, stage: str) -> float | None:
        """Seconds the stage still needs, or None when there is no honest guess yet."""
        now = self._clock()
        if stage != self._stage:
            self._stage, self._started, self._first = stage, now, done
            return None
        elapsed = now - self._started
        if total <= 0 or done <= self._first or elapsed < self.SETTLE:
            return None
        rate = (done - self._first) / elapsed
        return max(total - done, 0) / rate
