"""Placement history: list and filter the records, reopen one, change its status, export.

The list follows the window's change feed (ui.changes): a placement saved, changed or
deleted anywhere redraws its own row only; a catalogue import does not touch the list (the
records keep the names they were saved with). The CSV export runs off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

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

from sote_navigator import i18n, messages, paths
from sote_navigator.core import localized
from sote_navigator.core.errors import UserFacingError
from sote_navigator.core.placement_record import PlacementRecord, PlacementStatus
from sote_navigator.core.progress import Progress
from sote_navigator.i18n import arg, translate
from sote_navigator.placement_summary import status_text
from sote_navigator.services.changes import Changes
from sote_navigator.services.placement_export import ExportResult, counts_path
from sote_navigator.ui.background import Operation, run_with_progress_dialog
from sote_navigator.ui.changes import ChangeFeed
from sote_navigator.ui.record_dialog import RecordDialog
from sote_navigator.ui.wizard import PlacementWizard

if TYPE_CHECKING:
    from sote_navigator.services.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()


def _name(data: Any) -> str:
    return localized.pick((data or {}).get("names") or [], i18n.content_language())


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

    def put(self, record: PlacementRecord) -> None:
        """Show ``record``: its row redrawn if listed, else a new row at the top."""
        for row, shown in enumerate(self._rows):
            if shown.id == record.id:
                self._rows[row] = record
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))
                return
        self.beginInsertRows(_ROOT, 0, 0)
        self._rows.insert(0, record)
        self.endInsertRows()

    def drop(self, placement_id: int) -> None:
        for row, shown in enumerate(self._rows):
            if shown.id == placement_id:
                self.beginRemoveRows(_ROOT, row, row)
                del self._rows[row]
                self.endRemoveRows()
                return

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
            return _name((snap.get("context") or {}).get("municipality"))
        if column == 4:
            return _name(snap.get("service"))
        if column == 5:
            return _name((snap.get("provider") or {}).get("provider"))
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
    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        changes: ChangeFeed | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.workspace = workspace
        self.records = workspace.records
        self.changes = changes if changes is not None else ChangeFeed(self)
        self.changes.published.connect(self.apply_changes)
        self.exporting: Operation | None = None
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

    def apply_changes(self, changes: Changes) -> None:
        """Redraw the rows of the placements that changed; nothing for a catalogue change."""
        if not changes.placements:
            return
        for placement_id in changes.placements_deleted:
            self.model.drop(placement_id)
        for placement_id in (*changes.placements_added, *changes.placements_changed):
            try:
                record = self.records.get(placement_id)
            except UserFacingError:  # stored damaged: the full list names it
                self.reload()
                return
            if record is None:
                self.model.drop(placement_id)
            else:
                self.model.put(record)
        self._selection_changed()

    def reload(self) -> None:
        """Read the whole history again (when the dialog is shown)."""
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
        self.changes.publish(Changes.placement_deleted(chosen.id))
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
            wizard = PlacementWizard(self.workspace, self, draft=record, changes=self.changes)
            wizard.show()
            wizard.restore()
            self.opened = wizard
        else:
            dialog = RecordDialog(self.records, record, self)
            dialog.status_changed.connect(
                lambda changed: self.changes.publish(Changes(placements_changed=(changed,)))
            )
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

    def export(self, path: Path) -> Operation | None:
        """Write the CSV files off the GUI thread, with progress and Cancel (None: one is
        being written already)."""
        if self.exporting is not None:
            return None
        workspace = self.workspace

        def work(progress: Progress) -> ExportResult:
            return workspace.export_placements(path, progress=progress)

        def ended() -> None:
            self.exporting = None
            self.export_button.setEnabled(True)

        self.export_button.setEnabled(False)
        self.exporting = run_with_progress_dialog(
            self,
            self.tr("Export placements"),
            self.tr("Reading the placements\u2026"),
            work,
            succeeded=lambda result: self._exported(path, result),
            failed=lambda error: self._export_failed(path, error),
            cancelled=lambda: self.result_label.setText(
                self.tr("Export cancelled: no file was written.")
            ),
            ended=ended,
            stage_text=self._export_stage,
        )
        return self.exporting

    def _export_stage(self, stage: str) -> str:
        if stage == "write":
            return self.tr("Writing the placements\u2026")
        return self.tr("Reading the placements\u2026")

    def _exported(self, path: Path, result: ExportResult) -> None:
        self.result_label.setText(
            arg(
                self.tr(
                    "Wrote %n placement(s) to %1 and the counts to %2.", None, result.placements
                ),
                str(path),
                str(counts_path(path)),
            )
        )

    def _export_failed(self, path: Path, error: BaseException) -> None:
        if isinstance(error, OSError):
            self.result_label.setText(
                arg(
                    self.tr("Could not write %1 (%2): choose another file."),
                    str(path),
                    error.strerror or str(error),
                )
            )
            return
        known = error if isinstance(error, UserFacingError) else self.workspace.failure(error)
        if known is None:
            raise error  # unexpected: the crash reporter logs and explains it
        self.result_label.setText(messages.problem_text(known))
