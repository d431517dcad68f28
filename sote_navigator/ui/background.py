"""The one way to run long work off the GUI thread, with progress and cancel.

The work is a plain callable taking a ``Progress``; it never touches widgets. Its result, or
its exception, comes back to the GUI thread through Qt signals (queued across threads).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from sote_navigator.core.progress import Cancelled, Progress
from sote_navigator.i18n import translate

Work = Callable[[Progress], Any]


class Operation(QObject):
    """A piece of work running in the thread pool. Connect to its signals, then ``start()``."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    ended = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.progress = Progress(self._report)
        self.running = False

    def _report(self, done: int, total: int, stage: str) -> None:
        self.progressed.emit(done, total, stage)

    def start(self, pool: QThreadPool | None = None) -> None:
        self.running = True
        (pool or QThreadPool.globalInstance()).start(_Runner(self))

    def cancel(self) -> None:
        self.progress.cancel()

    def _run(self) -> None:
        try:
            result = self._work(self.progress)
        except Cancelled:
            self.cancelled.emit()
        except BaseException as error:  # handed to the GUI thread, which words it
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        finally:
            self.running = False
            self.ended.emit()


class _Runner(QRunnable):
    def __init__(self, operation: Operation) -> None:
        super().__init__()
        self._operation = operation

    def run(self) -> None:
        self._operation._run()


def run_with_progress_dialog(
    parent: QWidget,
    title: str,
    label: str,
    work: Work,
    *,
    succeeded: Callable[[Any], object] | None = None,
    failed: Callable[[BaseException], object] | None = None,
    cancelled: Callable[[], object] | None = None,
    ended: Callable[[], object] | None = None,
    stage_text: Callable[[str], str] | None = None,
) -> Operation:
    """Start ``work`` with a modal progress dialog whose Cancel button stops it; the
    callbacks (connected before it starts) run on the GUI thread. ``stage_text`` words the
    stage codes the work reports (the label stays as given without it)."""
    dialog = QProgressDialog(label, translate("Background", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    # No parent: the worker holds the operation until it has sent its last signal.
    operation = Operation(work)

    def on_progress(done: int, total: int, stage: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)
        if stage and stage_text is not None:
            dialog.setLabelText(stage_text(stage))

    operation.progressed.connect(on_progress)
    if succeeded is not None:
        operation.succeeded.connect(succeeded)
    if failed is not None:
        operation.failed.connect(failed)
    if cancelled is not None:
        operation.cancelled.connect(cancelled)
    if ended is not None:
        operation.ended.connect(ended)
    dialog.canceled.connect(operation.cancel)
    operation.ended.connect(dialog.close)
    operation.ended.connect(dialog.deleteLater)
    operation.start()
    return operation
