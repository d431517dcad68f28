"""File → Import catalogue…: choose a file, see the findings and the changes, then confirm.

Checking and importing run off the GUI thread (ui.background.Operation) with a progress bar,
the stage (read, check, compare, store, index) with the time it still needs, and a Cancel
button that leaves the database as it was at every stage; the dialog only shows what comes
back. It says who signed the file and
when; an unsigned file is imported only after the user ticks that they accept it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sote_navigator import i18n
from sote_navigator.core.errors import Problem, UserFacingError
from sote_navigator.core.progress import Progress, StageClock
from sote_navigator.exchange.formats import FORMATS
from sote_navigator.i18n import arg
from sote_navigator.services import catalogue_import
from sote_navigator.services.catalogue_import import ImportPlan
from sote_navigator.services.changes import Changes
from sote_navigator.settings import IMPORT_DIALOG_GEOMETRY, Settings
from sote_navigator.ui import window_geometry
from sote_navigator.ui.background import Operation
from sote_navigator.ui.findings_model import FindingsModel
from sote_navigator.ui.path_label import PathLabel
from sote_navigator.wording import signing
from sote_navigator.wording.errors import problem_text
from sote_navigator.wording.findings import change_lines

if TYPE_CHECKING:
    from sote_navigator.services.workspace import Workspace

# The stages an import reports (core.progress), in the order they run: checking a file runs
# the first three, importing it the last two.
STAGES = ("read", "validate", "diff", "store", "index")
# The first size when the contents ask for less (a file with no findings yet).
FIRST_SIZE = (1040, 720)


class ImportDialog(QDialog):
    """Emits ``imported(Changes)`` once a new catalogue is installed."""

    imported = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        pool: QThreadPool | None = None,
        *,
        keys_folder: Path | None = None,
    ) -> None:
        """``keys_folder`` holds the publishers' public keys this desk trusts (none if None)."""
        super().__init__(parent)
        self._workspace = workspace
        self._keys_folder = keys_folder
        self._pool = pool
        self._plan: ImportPlan | None = None
        self._operation: Operation | None = None
        self._clock = StageClock()
        self._words: Callable[[], str] = lambda: self.tr(
            "Choose a catalogue file (.json, .json.gz, .zip) or a PTV folder."
        )
        self.setObjectName("importDialog")
        self.setSizeGripEnabled(True)

        self._chosen: Path | None = None
        self._path_label = QLabel(self)
        self._path = PathLabel(self)
        self._path.setObjectName("importPath")
        self._path_label.setBuddy(self._path)
        self._choose_file = QPushButton(self)
        self._choose_folder = QPushButton(self)
        self._format = QComboBox(self)
        self._format_label = QLabel(self)
        self._format_label.setBuddy(self._format)
        file_row = QHBoxLayout()
        file_row.addWidget(self._path_label)
        file_row.addWidget(self._path, 1)
        top = QHBoxLayout()
        top.addWidget(self._choose_file)
        top.addWidget(self._choose_folder)
        top.addStretch(1)
        top.addWidget(self._format_label)
        top.addWidget(self._format)

        self._stage = QLabel(self)
        self._stage.setObjectName("importStage")
        self._progress = QProgressBar(self)
        self._cancel = QPushButton(self)
        busy = QHBoxLayout()
        busy.addWidget(self._stage)
        busy.addWidget(self._progress, 1)
        busy.addWidget(self._cancel)

        self._summary = QLabel(self)
        self._summary.setTextFormat(Qt.TextFormat.PlainText)
        self._summary.setWordWrap(True)
        self._summary.setObjectName("importSummary")
        self._signature = QLabel(self)
        self._signature.setTextFormat(Qt.TextFormat.PlainText)
        self._signature.setWordWrap(True)
        self._signature.setObjectName("importSignature")
        self._accept_unsigned = QCheckBox(self)
        self._accept_unsigned.setObjectName("acceptUnsigned")
        self._accept_unsigned.setVisible(False)
        self.findings_model = FindingsModel(self)
        self._findings = QTableView(self)
        # Tab leaves the table (rows are chosen with the arrow keys), as in any other field.
        self._findings.setTabKeyNavigation(False)
        self._findings.setModel(self.findings_model)
        self._findings.setObjectName("importFindings")
        # Every finding whole: long sentences wrap, rows grow to hold them.
        self._findings.setWordWrap(True)
        self._findings.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._findings.verticalHeader().setVisible(False)
        self._findings.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        header = self._findings.horizontalHeader()
        header.setSectionResizeMode(FindingsModel.SEVERITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FindingsModel.PLACE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(FindingsModel.WHAT, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(FindingsModel.PLACE, 340)
        self._diff = QPlainTextEdit(self)
        self._diff.setReadOnly(True)
        self._diff.setObjectName("importDiff")
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self._findings)
        split.addWidget(self._diff)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        # Shown when they have something to show: a clean file gives the changes the room.
        self._findings.setVisible(False)
        self._diff.setVisible(False)

        self._import = QPushButton(self)
        self._import.setObjectName("importButton")
        self._close = QPushButton(self)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self._import)
        bottom.addWidget(self._close)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addLayout(top)
        layout.addLayout(busy)
        layout.addWidget(self._summary)
        layout.addWidget(self._signature)
        layout.addWidget(self._accept_unsigned)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

        self._choose_file.clicked.connect(self._ask_file)
        self._choose_folder.clicked.connect(self._ask_folder)
        self._cancel.clicked.connect(self.cancel_work)
        self._import.clicked.connect(self.apply)
        self._close.clicked.connect(self.reject)
        self._format.currentIndexChanged.connect(self._format_changed)
        self._accept_unsigned.toggled.connect(self._update_import_button)
        self.retranslate()
        self._set_busy(False)
        self._import.setEnabled(False)
        first = self.sizeHint()
        window_geometry.restore(
            self, Settings(), IMPORT_DIALOG_GEOMETRY, (first.width(), first.height())
        )

    def sizeHint(self) -> QSize:
        """Wide enough for a finding's place and sentence side by side and a long path, high
        enough for the findings and the changes; never more than the screen's share."""
        hint = super().sizeHint()
        width, height = max(hint.width(), FIRST_SIZE[0]), max(hint.height(), FIRST_SIZE[1])
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * window_geometry.SCREEN_SHARE))
            height = min(height, int(available.height() * window_geometry.SCREEN_SHARE))
        return QSize(width, height)

    def done(self, result: int) -> None:
        window_geometry.remember(self, Settings(), IMPORT_DIALOG_GEOMETRY)
        super().done(result)

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import catalogue"))
        self._path_label.setText(self.tr("File:"))
        self._path.set_empty_text(self.tr("No file chosen"))
        self._choose_file.setText(self.tr("Choose file\u2026"))
        self._choose_folder.setText(self.tr("Choose PTV folder\u2026"))
        self._format_label.setText(self.tr("Format:"))
        self._path.setAccessibleName(self.tr("Catalogue file"))
        self._path.setAccessibleDescription(
            self.tr("The file or folder to import: choose it with the buttons beside.")
        )
        self._format.setAccessibleDescription(
            self.tr("The file's format: the first choice recognises it from the file.")
        )
        self._findings.setAccessibleName(self.tr("Findings"))
        self._findings.setAccessibleDescription(
            self.tr("What the check found in the file: errors stop the import, warnings do not.")
        )
        self._diff.setAccessibleName(self.tr("Changes"))
        self._diff.setAccessibleDescription(
            self.tr("What the import changes in the current catalogue.")
        )
        current = self._format.currentIndex()
        self._format.blockSignals(True)
        self._format.clear()
        self._format.addItems(
            [self.tr("Recognise"), self.tr("Native catalogue"), self.tr("PTV (Open API v11)")]
        )
        self._format.setCurrentIndex(max(current, 0))
        self._format.blockSignals(False)
        self._cancel.setText(self.tr("Cancel"))
        self._import.setText(self.tr("Import"))
        self._close.setText(self.tr("Close"))
        self._accept_unsigned.setText(
            self.tr("I know where this unsigned file comes from: import it anyway")
        )
        self._show_signature()
        self._show_findings()
        self._say(self._words)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _stage_text(self, stage: str) -> str:
        words = {
            "read": self.tr("Reading the file\u2026"),
            "validate": self.tr("Checking the catalogue\u2026"),
            "diff": self.tr("Comparing with the current catalogue\u2026"),
            "store": self.tr("Storing the changes\u2026"),
            "index": self.tr("Updating the search index\u2026"),
        }.get(stage, stage)
        if stage not in STAGES:
            return words
        return arg(self.tr("Step %1 of %2: %3"), STAGES.index(stage) + 1, len(STAGES), words)

    def _time_left(self, seconds: float) -> str:
        if seconds < 60:
            return arg(self.tr("about %1 s left"), max(1, math.ceil(seconds)))
        return arg(self.tr("about %1 min left"), math.ceil(seconds / 60))

    # --- choosing -------------------------------------------------------------------------

    def _ask_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a catalogue file"),
            "",
            self.tr("Catalogue files (*.json *.json.gz *.gz *.zip);;All files (*)"),
        )
        if path:
            self.check(Path(path))

    def _ask_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder of PTV files"))
        if path:
            self._format.setCurrentIndex(FORMATS.index("ptv"))
            self.check(Path(path))

    def _format_changed(self) -> None:
        if self._chosen is not None and not self.busy:
            self.check(self._chosen)

    # --- work off the GUI thread ------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._operation is not None

    def check(self, path: Path) -> None:
        """Read, validate and compare ``path`` in the background; nothing is written."""
        if self.busy:
            return
        self._show_path(path)
        self._plan = None
        self._show_findings()
        self._diff.clear()
        self._diff.setVisible(False)
        self._accept_unsigned.setChecked(False)
        self._show_signature()
        self._import.setEnabled(False)
        fmt = FORMATS[max(self._format.currentIndex(), 0)]
        workspace = self._workspace
        keys = self._keys_folder

        def work(progress: Progress) -> ImportPlan:
            return workspace.plan_import(path, fmt, progress, keys_folder=keys)

        self._run(work, self.show_plan)

    def apply(self) -> None:
        plan = self._plan
        if plan is None or not plan.ok or self.busy:
            return
        workspace = self._workspace
        allow_unsigned = self._accept_unsigned.isChecked()

        def work(progress: Progress) -> Changes:
            return workspace.apply_import(plan, progress, allow_unsigned=allow_unsigned)

        self._run(work, self._on_applied)

    def cancel_work(self) -> None:
        if self._operation is not None:
            self._operation.cancel()
            self._stage.setText(self.tr("Cancelling\u2026"))

    def _run(self, work: Any, on_success: Any) -> None:
        # No parent: the worker holds the operation until it has sent its last signal, even
        # if the dialog is closed and deleted first.
        operation = Operation(work)
        operation.progressed.connect(self._on_progress)
        operation.succeeded.connect(on_success)
        operation.failed.connect(self._on_failed)
        operation.cancelled.connect(self._on_cancelled)
        operation.ended.connect(self._on_ended)
        self._operation = operation
        self._set_busy(True)
        operation.start(self._pool)

    def _set_busy(self, busy: bool) -> None:
        shown: tuple[QWidget, ...] = (self._stage, self._progress, self._cancel)
        for widget in shown:
            widget.setVisible(busy)
        choosers: tuple[QWidget, ...] = (
            self._choose_file,
            self._choose_folder,
            self._format,
            self._accept_unsigned,
        )
        for widget in choosers:
            widget.setEnabled(not busy)
        if busy:
            self._import.setEnabled(False)
            self._progress.setRange(0, 0)
            self._stage.setText(self._stage_text("read"))
            self._clock = StageClock()

    def _on_progress(self, done: int, total: int, stage: str) -> None:
        left = self._clock.update(done, total, stage)
        text = self._stage_text(stage)
        if left is not None:
            text = f"{text} ({self._time_left(left)})"
        self._stage.setText(text)
        if total > 0:
            self._progress.setRange(0, total)
            self._progress.setValue(min(done, total))
        else:
            self._progress.setRange(0, 0)

    def _on_ended(self) -> None:
        self._operation = None
        self._set_busy(False)
        self._update_import_button()

    def _update_import_button(self) -> None:
        plan = self._plan
        ready = plan is not None and plan.ok and not plan.changes_nothing and not self.busy
        vouched = plan is not None and (
            plan.signature is not None or self._accept_unsigned.isChecked()
        )
        self._import.setEnabled(ready and vouched)

    def _show_signature(self) -> None:
        """Who signed the checked file and when, or that nobody did and it needs consent."""
        plan = self._plan
        if plan is None or not plan.ok:
            self._signature.clear()
            self._signature.setVisible(False)
            self._accept_unsigned.setVisible(False)
            return
        self._signature.setVisible(True)
        if plan.signature is not None:
            self._signature.setText(signing.signed_text(plan.signature))
        else:
            self._signature.setText(signing.unsigned_text())
        self._accept_unsigned.setVisible(plan.signature is None and not plan.changes_nothing)

    def show_plan(self, plan: ImportPlan) -> None:
        """Show a checked file's findings and changes (also used by the screen gallery)."""
        self._plan = plan
        self._show_path(plan.path)
        self._accept_unsigned.setChecked(False)
        self._show_signature()
        self._update_import_button()
        self._show_findings()
        self._say(self._plan_summary)

    def _show_path(self, path: Path) -> None:
        self._chosen = path
        self._path.set_path(str(path))

    def _show_findings(self) -> None:
        plan = self._plan
        if plan is None:
            self.findings_model.set_findings([])
            self._findings.setVisible(False)
            return
        self.findings_model.set_findings(list(plan.findings), plan.subjects)
        self._findings.setVisible(self.findings_model.rowCount() > 0)

    def _plan_summary(self) -> str:
        plan = self._plan
        if plan is None:
            return ""
        counts = arg(
            self.tr("%1 error(s), %2 warning(s)."), plan.findings.errors, plan.findings.warnings
        )
        if not plan.ok:
            verdict = self.tr("This file cannot be imported: correct the errors listed.")
        elif plan.changes_nothing:
            verdict = self.tr("The catalogue already holds exactly this: nothing to do.")
        elif plan.signature is None:
            verdict = self.tr(
                "Check the changes below; if you accept the unsigned file, tick the box, "
                "then choose Import."
            )
        else:
            verdict = self.tr("Check the changes below, then choose Import.")
        return f"{counts} {verdict}"

    def _say(self, words: Callable[[], str]) -> None:
        """Show a message that is worded again when the language changes."""
        self._words = words
        self._summary.setText(words())
        plan = self._plan
        if plan is not None and plan.diff is not None:
            lines = change_lines(plan.diff, i18n.content_language())
            self._diff.setPlainText("\n".join(lines))
            self._diff.setVisible(True)

    def _on_applied(self, changes: Changes) -> None:
        self._plan = None
        self._show_signature()
        if not changes.catalogue:
            self._say(lambda: self.tr("Nothing was changed."))
            return
        version = changes.catalogue_after
        self._say(lambda: arg(self.tr("Imported as catalogue version %1."), version))
        self.imported.emit(changes)
        self.accept()

    def _on_cancelled(self) -> None:
        self._say(lambda: self.tr("Cancelled: nothing was changed."))

    def _on_failed(self, error: object) -> None:
        if isinstance(error, catalogue_import.CatalogueChanged):
            error = UserFacingError(Problem.CATALOGUE_CHANGED)
        elif isinstance(error, BaseException) and (known := self._workspace.failure(error)):
            error = known  # a full disk, a folder turned read-only: the sentence for it
        if isinstance(error, UserFacingError):
            known = error
            self._say(lambda: problem_text(known))
        else:
            detail = f"{type(error).__name__}: {error}"
            self._say(lambda: arg(self.tr("The import failed (%1): nothing was changed."), detail))

    def reject(self) -> None:
        if self._operation is not None:
            self._operation.cancel()
        super().reject()
