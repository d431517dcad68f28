"""A saved placement reopened: its summary as recorded, its notes, and a change of status."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sote_navigator import i18n
from sote_navigator.core.errors import UserFacingError
from sote_navigator.core.placement_record import PlacementRecord, PlacementStatus
from sote_navigator.i18n import arg
from sote_navigator.services.placement_records import PlacementRecords
from sote_navigator.ui.summary_output import SummaryOutput, SummarySource
from sote_navigator.wording.errors import problem_text
from sote_navigator.wording.summary import status_text


def local_day(value: dt.datetime) -> dt.date:
    """The desk's local date of a moment stored as naive UTC."""
    return value.replace(tzinfo=dt.UTC).astimezone().date()


class RecordDialog(QDialog):
    status_changed = Signal(int)

    def __init__(
        self, records: PlacementRecords, record: PlacementRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordDialog")
        self.records = records
        self.record = record
        self.header = QLabel(self)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.output = SummaryOutput(self.source, self)
        self.output.set_language(record.input.effective_summary_language)
        self.new_status = QComboBox(self)
        self.new_status.setObjectName("newStatus")
        self.note = QLineEdit(self)
        self.note.setObjectName("statusNote")
        self.change_button = QPushButton(self)
        self.change_button.setObjectName("changeStatus")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        status_row = QHBoxLayout()
        status_row.addWidget(self.new_status)
        status_row.addWidget(self.note, 1)
        status_row.addWidget(self.change_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.output, 1)
        layout.addLayout(status_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.change_button.clicked.connect(self.apply_status)
        self.buttons.rejected.connect(self.reject)
        self.resize(760, 640)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(arg(self.tr("Placement %1"), self.record.id))
        self.header.setText(
            arg(
                self.tr("Placement %1, %2, last changed %3"),
                self.record.id,
                status_text(self.record.status.value),
                i18n.format_datetime(self.record.updated_at),
            )
        )
        self.note.setPlaceholderText(self.tr("note on the change (optional)"))
        self.change_button.setText(self.tr("Change status"))
        self.new_status.setAccessibleName(self.tr("New status"))
        self.new_status.setAccessibleDescription(
            self.tr("The status to change the placement to, with the note beside it.")
        )
        self.note.setAccessibleName(self.tr("Note on the change"))
        self.new_status.blockSignals(True)
        self.new_status.clear()
        for status in PlacementStatus:
            self.new_status.addItem(status_text(status.value), status.value)
        self.new_status.setCurrentIndex(self.new_status.findData(self.record.status.value))
        self.new_status.blockSignals(False)
        self.output.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def source(self) -> SummarySource:
        r = self.record
        return SummarySource(
            r.input,
            r.snapshot,
            r.status.value,
            local_day(r.updated_at),
            [n.text for n in r.notes if n.text],
        )

    def apply_status(self) -> None:
        status = PlacementStatus(str(self.new_status.currentData()))
        try:
            self.records.change_status(self.record.id, status, self.note.text())
        except UserFacingError as error:
            self.error_label.setText(problem_text(error))
            self.error_label.show()
            return
        self.error_label.hide()
        reloaded = self.records.get(self.record.id)
        if reloaded is not None:
            self.record = reloaded
        self.note.clear()
        self.retranslate()
        self.status_changed.emit(self.record.id)
