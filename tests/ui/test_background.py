"""Long work runs off the GUI thread; its result, error or cancellation comes back."""

from __future__ import annotations

import threading
import time

from pytestqt.qtbot import QtBot

from sote_navigator.core.progress import Progress
from sote_navigator.ui.background import Operation


def test_result_comes_back_with_progress(qtbot: QtBot) -> None:
    seen: list[tuple[int, int]] = []
    gui_thread = threading.get_ident()
    worker_thread: list[int] = []

    def work(progress: Progress) -> str:
        worker_thread.append(threading.get_ident())
        for i in range(3):
            progress.report(i + 1, 3, "step")
        return "done"

    op = Operation(work)
    op.progressed.connect(lambda d, t, _s: seen.append((d, t)))
    with qtbot.waitSignal(op.succeeded, timeout=5000) as blocker:
        op.start()
    assert blocker.args == ["done"]
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert worker_thread[0] != gui_thread


def test_cancel_stops_the_work(qtbot: QtBot) -> None:
    started = threading.Event()

    def work(progress: Progress) -> None:
        started.set()
        for i in range(1000):
            time.sleep(0.005)
            progress.report(i, 1000)

    op = Operation(work)
    with qtbot.waitSignal(op.cancelled, timeout=5000):
        op.start()
        started.wait(2)
        op.cancel()


def test_errors_are_handed_back(qtbot: QtBot) -> None:
    def work(_progress: Progress) -> None:
        raise ValueError("broken file")

    op = Operation(work)
    with qtbot.waitSignal(op.failed, timeout=5000) as blocker:
        op.start()
    assert isinstance(blocker.args[0], ValueError)
