"""The placement summary shown, copied as text and saved as PDF, in a chosen language.

Used by the wizard's last page and by a reopened record: both word the summary from a
record snapshot, so they print the same.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sote_navigator import paths
from sote_navigator.core.errors import UserFacingError
from sote_navigator.core.placement_record import SUMMARY_LANGUAGES, PlacementInput
from sote_navigator.core.placement_snapshot import PlacementSnapshot
from sote_navigator.i18n import arg
from sote_navigator.ui.background import Operation
from sote_navigator.ui.placement_pdf import save_pdf_in_background
from sote_navigator.wording.errors import problem_text
from sote_navigator.wording.reasons import language_name
from sote_navigator.wording.summary import summary_html, summary_text

UNTRANSLATED_PROPERTY = "untranslatedText"  # tools/ui_text.UNTRANSLATED


@dataclass
class SummarySource:
    entered: PlacementInput
    snapshot: PlacementSnapshot | None
    status: str
    day: dt.date
    notes: list[str] = field(default_factory=list)


class SummaryOutput(QWidget):
    """Summary language, preview, "Copy as text" and "Save as PDF…"."""

    language_changed = Signal(str)
    pdf_saved = Signal(Path)

    def __init__(self, source: Callable[[], SummarySource], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self.language = QComboBox(self)
        self.language.setObjectName("summaryLanguage")
        self.language_label = QLabel(self)
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("summaryPreview")
        self.preview.setReadOnly(True)
        # In the summary language (the client's) on purpose, whatever the UI language: the
        # language checks (tools/ui_text.py) leave it out.
        self.preview.setProperty(UNTRANSLATED_PROPERTY, True)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copySummary")
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("savePdf")
        self.result_label = QLabel(self)
        self.result_label.setObjectName("summaryResult")
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setWordWrap(True)
        self.language_label.setBuddy(self.language)
        top = QHBoxLayout()
        top.addWidget(self.language_label)
        top.addWidget(self.language, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.result_label)
        self.operation: Operation | None = None
        self.language.currentIndexChanged.connect(self._language_picked)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.pdf_button.clicked.connect(self.ask_pdf_path)
        self.retranslate()

    def retranslate(self) -> None:
        self.language_label.setText(self.tr("Summary language:"))
        self.copy_button.setText(self.tr("Copy as text"))
        self.language.setAccessibleDescription(
            self.tr("The language of the summary and the PDF: the client's, unless changed.")
        )
        self.preview.setAccessibleName(self.tr("Placement summary"))
        self.preview.setAccessibleDescription(
            self.tr("The summary as the client receives it, in the summary language.")
        )
        self.pdf_button.setText(self.tr("Save as PDF\u2026"))
        current = self.language.currentData()
        self.language.blockSignals(True)
        self.language.clear()
        for code in SUMMARY_LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def chosen_language(self) -> str:
        return str(self.language.currentData() or SUMMARY_LANGUAGES[0])

    def set_language(self, language: str) -> None:
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.blockSignals(False)

    def _language_picked(self) -> None:
        self.language_changed.emit(self.chosen_language())
        self.refresh()

    def text(self) -> str:
        s = self._source()
        return summary_text(
            s.entered,
            s.snapshot,
            status=s.status,
            day=s.day,
            notes=s.notes,
            language=self.chosen_language(),
        )

    def html(self) -> str:
        s = self._source()
        return summary_html(
            s.entered,
            s.snapshot,
            status=s.status,
            day=s.day,
            notes=s.notes,
            language=self.chosen_language(),
        )

    def refresh(self) -> None:
        self.preview.setPlainText(self.text())
        self.preview.moveCursor(QTextCursor.MoveOperation.Start)

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.result_label.setText(self.tr("The summary was copied to the clipboard."))

    def ask_pdf_path(self) -> None:
        suggested = paths.data_dir() / "placement-summary.pdf"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the summary as PDF"), str(suggested), self.tr("PDF files (*.pdf)")
        )
        if chosen:
            self.save_pdf(Path(chosen))

    def save_pdf(self, path: Path) -> Operation:
        """Write the PDF in the background; ``pdf_saved`` tells when it is there."""
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        self.pdf_button.setEnabled(False)
        self.result_label.setText(self.tr("Saving the PDF\u2026"))
        self.operation = save_pdf_in_background(
            self, self.html(), path, self.tr("Placement summary"), self._saved, self._failed
        )
        return self.operation

    def _saved(self, path: Path) -> None:
        self.pdf_button.setEnabled(True)
        self.result_label.setText(arg(self.tr("The PDF was saved as %1."), str(path)))
        self.pdf_saved.emit(path)

    def _failed(self, error: BaseException) -> None:
        self.pdf_button.setEnabled(True)
        detail = problem_text(error) if isinstance(error, UserFacingError) else str(error)
        self.result_label.setText(
            arg(self.tr("The PDF could not be saved (%1): choose another folder."), detail)
        )
