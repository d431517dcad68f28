"""Placement history: list and filter the records, reopen one, change its status, export."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from sote_navigator import i18n, paths
from sote_navigator.core import localized
from sote_navigator.core.localized import LocalizedText
from sote_navigator.core.placement_record import PlacementRecord, PlacementStatus
from sote_navigator.i18n import arg, translate
from sote_navigator.services.placement_export import counts_path, export_csv
from sote_navigator.services.placement_records import PlacementRecords
from sote_navigator.ui.record_dialog import RecordDialog
from sote_navigator.ui.wizard import PlacementWizard
from sote_navigator.wording.summary import status_text

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()


def _name(names: LocalizedText | None) -> str:
    return localized.pick(names or [], i18n.content_language())


class PlacementListModel(QAbstractTableModel):
    """Placement records as rows; every text comes from the record's own snapshot."""

    COLUMNS = 7

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PlacementRecord] = []

    def set_records(self, rows: Sequence[PlacementRecord]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record(self, row: int) -> PlacementRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            translate("History", "No."),
            translate("History", "Changed"),
            translate("History", "Status"),
            translate("History", "Municipality"),
            translate("History", "Service"),
            translate("History", "Provider"),
            translate("History", "Reference"),
        )[section]

    def _cell(self, r: PlacementRecord, column: int) -> Any:
        snap = r.snapshot
        if column == 0:
            return r.id
        if column == 1:
            return i18n.format_datetime(r.updated_at)
        if column == 2:
            text = status_text(r.status.value)
            return arg(translate("History", "%1 (unfinished)"), text) if r.wizard_open else text
        if column == 3:
            return _name(snap.context.municipality.names if snap else None)
        if column == 4:
            return _name(snap.service.names if snap and snap.service else None)
        if column == 5:
            return _name(snap.provider.provider.names if snap and snap.provider else None)
        return r.input.client_reference

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.record(index.row()) if index.isValid() else None
        if r is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(r, index.column())
        if role == ID_ROLE:
            return r.id
        return None


class StatusFilter(QSortFilterProxyModel):
    """Free text over every column, and one status (or all)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status: PlacementStatus | None = None
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def set_status(self, status: PlacementStatus | None) -> None:
        self.beginFilterChange()
        self.status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if self.status is not None and isinstance(model, PlacementListModel):
            record = model.record(source_row)
            if record is None or record.status is not self.status:
                return False
        return super().filterAcceptsRow(source_row, source_parent)


class HistoryDialog(QDialog):
    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.engine = engine
        self.records = PlacementRecords(engine)
        self.model = PlacementListModel(self)
        self.proxy = StatusFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setObjectName("historySearch")
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.status.setObjectName("historyStatus")
        self.table = QTableView(self)
        self.table.setObjectName("historyTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openPlacement")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteDraft")
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportPlacements")
        self.result_label = QLabel(self)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setWordWrap(True)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.result_label)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.status.currentIndexChanged.connect(self._status_picked)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected_draft)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.export_button.clicked.connect(self.ask_export_path)
        self.opened: QDialog | None = None
        self.resize(900, 520)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Placement history"))
        self.search.setPlaceholderText(self.tr("Filter by municipality, service, provider…"))
        self.open_button.setText(self.tr("Open"))
        self.delete_button.setText(self.tr("Delete draft"))
        self.export_button.setText(self.tr("Export CSV\u2026"))
        current = self.status.currentData()
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("All statuses"), "")
        for status in PlacementStatus:
            self.status.addItem(status_text(status.value), status.value)
        self.status.setCurrentIndex(max(0, self.status.findData(current)))
        self.status.blockSignals(False)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.COLUMNS - 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        records, damaged = self.records.find_with_damaged()
        self.model.set_records(records)
        if damaged:
            # The rest of the history goes on; the damaged ones are named, not hidden.
            self.result_label.setText(
                arg(
                    self.tr(
                        "Placements %1 cannot be read: their stored data is damaged. The "
                        "others are listed; restore a backup to get these back."
                    ),
                    ", ".join(str(d.id) for d in damaged),
                )
            )
        self._selection_changed()

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.open_button.setEnabled(chosen is not None)
        self.delete_button.setEnabled(chosen is not None and chosen.status is PlacementStatus.DRAFT)

    def delete_selected_draft(self) -> bool:
        chosen = self.selected()
        if chosen is None or not self.records.discard(chosen.id):
            return False
        self.result_label.setText(arg(self.tr("Draft %1 was deleted."), chosen.id))
        self.reload()
        return True

    def _status_picked(self) -> None:
        value = self.status.currentData()
        self.proxy.set_status(PlacementStatus(value) if value else None)

    def selected(self) -> PlacementRecord | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.record(self.proxy.mapToSource(index).row())

    def open_selected(self) -> QDialog | None:
        """A draft continues in the wizard; any other placement opens as recorded."""
        chosen = self.selected()
        record = self.records.get(chosen.id) if chosen else None
        if record is None:
            return None
        if record.status is PlacementStatus.DRAFT:
            wizard = PlacementWizard(self.engine, self, draft=record, records=self.records)
            wizard.finished.connect(lambda _code: self.reload())
            wizard.show()
            wizard.restore()
            self.opened = wizard
        else:
            dialog = RecordDialog(self.records, record, self)
            dialog.status_changed.connect(lambda _id: self.reload())
            dialog.show()
            self.opened = dialog
        return self.opened

    def ask_export_path(self) -> None:
        suggested = paths.data_dir() / "placements.csv"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export placements"), str(suggested), self.tr("CSV files (*.csv)")
        )
        if chosen:
            self.export(Path(chosen))

    def export(self, path: Path) -> None:
        try:
            result = export_csv(self.engine, path)
        except OSError as error:
            self.result_label.setText(
                arg(
                    self.tr("Could not write %1 (%2): choose another file."),
                    str(path),
                    error.strerror or str(error),
                )
            )
            return
        self.result_label.setText(
            arg(
                self.tr(
                    "Wrote %n placement(s) to %1 and the counts to %2.", None, result.placements
                ),
                str(path),
                str(counts_path(path)),
            )
        )
