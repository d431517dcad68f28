"""The last line of defence in the GUI: an unexpected error is logged and explained, and the
application goes on running with its data.

Every write happens in one transaction (db.transactions.writing), so an exception in the
middle of one rolls it back: what was saved before stays saved.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from sote_navigator.core.errors import UserFacingError
from sote_navigator.i18n import arg
from sote_navigator.wording.errors import problem_text

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
# The project's own error for a database failure, None for any other (Workspace.failure).
KnownFailure = Callable[[BaseException], UserFacingError | None]


def no_known_failure(_error: BaseException) -> UserFacingError | None:
    return None


class CrashReporter(QObject):
    """Installs itself as sys.excepthook for as long as the application runs."""

    def __init__(
        self,
        log_file: Path | None,
        parent: QObject | None = None,
        *,
        known_failure: KnownFailure = no_known_failure,
    ):
        super().__init__(parent)
        # Words a database failure (a full disk, a folder turned read-only) in one sentence;
        # the window sets the workspace's once it is open.
        self.known_failure = known_failure
        self.log_file = log_file
        self.dialog: QMessageBox | None = None
        self._previous: ExceptHook | None = None

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous
            self._previous = None

    def describe(self, error: BaseException) -> str:
        if isinstance(error, UserFacingError):
            return problem_text(error)
        if (known := self.known_failure(error)) is not None:
            return problem_text(known)
        where = str(self.log_file) if self.log_file else self.tr("(no log file could be written)")
        return arg(
            self.tr(
                "Something unexpected went wrong: %1.\n\nYour data is safe: everything saved "
                "before this moment is kept, and Sote Navigator goes on running. The details "
                "are in the log file %2; please send it to your IT support."
            ),
            f"{type(error).__name__}: {error}",
            where,
        )

    def handle(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error("unexpected error in the window", exc_info=(kind, error, tb))
        if self.dialog is not None and self.dialog.isVisible():
            return  # one dialog at a time; the log has every error
        parent = QApplication.activeWindow()
        dialog = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("Sote Navigator"),
            self.describe(error),
            QMessageBox.StandardButton.Ok,
            parent if isinstance(parent, QWidget) else None,
        )
        dialog.setObjectName("crashDialog")
        dialog.setTextFormat(Qt.TextFormat.PlainText)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget_dialog)
        # Not exec(): a nested event loop inside an exception hook invites re-entrancy.
        dialog.show()
        self.dialog = dialog

    def _forget_dialog(self) -> None:
        self.dialog = None
