"""Placement history: list and filter the records, reopen one, change its status, export.

The list follows the window's change feed (ui.changes): a placement saved, changed or
deleted anywhere redraws its own row only; a catalogue import does not touch the list (the
records keep the names they were saved with). The CSV export runs off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sote_navigator import follow_up_text, i18n, paths
from sote_navigator.core import localized
from sote_navigator.core.errors import UserFacingError
from sote_navigator.core.localized import LocalizedText
from sote_navigator.core.placement_record import PlacementRecord, PlacementStatus
from sote_navigator.core.progress import Progress
from sote_navigator.i18n import arg, translate
from sote_navigator.services.changes import Changes
from sote_navigator.services.placement_export import ExportResult, counts_path
from sote_navigator.services.placement_followups import HistoryEntry, HistoryFilter, now_utc
from sote_navigator.settings import FOLLOW_UP_DAYS, Settings
from sote_navigator.ui.background import Operation, run_with_progress_dialog
from sote_navigator.ui.changes import ChangeFeed
from sote_navigator.ui.record_dialog import RecordDialog
from sote_navigator.ui.widgets import name_clear_button
from sote_navigator.ui.wizard import PlacementWizard
from sote_navigator.wording.errors import problem_text
from sote_navigator.wording.summary import status_text

if TYPE_CHECKING:
    from sote_navigator.services.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()


def _name(names: LocalizedText | None) -> str:
    return localized.pick(names or [], i18n.content_language())


class PlacementListModel(QAbstractTableModel):
    """Placement records as rows; every text comes from the record's own snapshot."""

    COLUMNS = 8
    FOLLOW_UP_COLUMN = 7
    PROVIDER_COLUMN = 5
    LONG_COLUMNS = (PROVIDER_COLUMN, FOLLOW_UP_COLUMN)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PlacementRecord] = []
        self._entries: list[HistoryEntry] = []

    def set_records(self, rows: Sequence[PlacementRecord]) -> None:
        self.set_entries([HistoryEntry(r) for r in rows])

    def set_entries(self, entries: Sequence[HistoryEntry]) -> None:
        """The history as listed: follow-ups first, each with its reason when it has one."""
        self.beginResetModel()
        self._entries = list(entries)
        self._rows = [e.record for e in self._entries]
        self.endResetModel()

    def entry(self, row: int) -> HistoryEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def record(self, row: int) -> PlacementRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def follow_up_count(self) -> int:
        return sum(1 for e in self._entries if e.follow_up is not None)

    def put(self, entry: HistoryEntry) -> None:
        """Show ``entry``: its row redrawn if listed, else a new row at the top."""
        record = entry.record
        for row, shown in enumerate(self._rows):
            if shown.id == record.id:
                self._rows[row] = record
                self._entries[row] = entry
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))
                return
        self.beginInsertRows(_ROOT, 0, 0)
        self._rows.insert(0, record)
        self._entries.insert(0, entry)
        self.endInsertRows()

    def drop(self, placement_id: int) -> None:
        for row, shown in enumerate(self._rows):
            if shown.id == placement_id:
                self.beginRemoveRows(_ROOT, row, row)
                del self._rows[row]
                del self._entries[row]
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
            translate("History", "Follow-up"),
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

    def _follow_up_cell(self, e: HistoryEntry) -> str:
        if e.follow_up is not None:
            return follow_up_text.waiting_text(e.follow_up)
        return follow_up_text.reason_text(e.reason) if e.reason is not None else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.record(index.row()) if index.isValid() else None
        if r is None:
            return None
        entry = self.entry(index.row())
        waiting = entry is not None and entry.follow_up is not None
        if role == Qt.ItemDataRole.DisplayRole and index.column() == self.FOLLOW_UP_COLUMN:
            return self._follow_up_cell(entry) if entry is not None else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(r, index.column())
        # The long columns may be narrowed: their whole text is one hover away.
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in self.LONG_COLUMNS:
            text = self.data(index, Qt.ItemDataRole.DisplayRole)
            return text or None
        # A follow-up reads as one in words (its own column) and by weight and a sign.
        if role == Qt.ItemDataRole.FontRole and waiting:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and waiting and index.column() == 2:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == ID_ROLE:
            return r.id
        return None


class StatusFilter(QSortFilterProxyModel):
    """Free text over every column, and the history's filters (status, follow-ups, days of the
    last change, service, regional unit): services.placement_followups.HistoryFilter decides."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status: PlacementStatus | None = None
        self.wanted = HistoryFilter()
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def set_status(self, status: PlacementStatus | None) -> None:
        self.set_filter(
            HistoryFilter(
                status,
                self.wanted.since,
                self.wanted.until,
                self.wanted.service,
                self.wanted.unit,
                self.wanted.follow_up_only,
            )
        )

    def set_filter(self, wanted: HistoryFilter) -> None:
        self.beginFilterChange()
        self.wanted = wanted
        self.status = wanted.status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if isinstance(model, PlacementListModel):
            entry = model.entry(source_row)
            if entry is None or not self.wanted.matches(entry):
                return False
        return super().filterAcceptsRow(source_row, source_parent)


# The date filters' "not set" value: shown as "any day".
_NO_DAY = QDate(2000, 1, 1)
# The date filters show days as the lists write them (i18n.format_date).
_DAY_FORMAT = {"fi": "d.M.yyyy", "sv": "d.M.yyyy", "en": "d MMM yyyy"}


class HistoryDialog(QDialog):
    # After every reload or redrawn row: how many referrals now wait for a follow-up.
    records_changed = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        changes: ChangeFeed | None = None,
        follow_up_days: int | None = None,
        clock: Callable[[], dt.datetime] = now_utc,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.workspace = workspace
        self.records = workspace.records
        self.history = workspace.history(
            follow_up_days if follow_up_days is not None else Settings().get(FOLLOW_UP_DAYS)
        )
        self.changes = changes if changes is not None else ChangeFeed(self)
        self.changes.published.connect(self.apply_changes)
        self.exporting: Operation | None = None
        self.follow_ups_only = QCheckBox(self)
        self.follow_ups_only.setObjectName("historyFollowUps")
        self.since = self._day_edit("historySince")
        self.until = self._day_edit("historyUntil")
        self.since_label = QLabel(self)
        self.since_label.setBuddy(self.since)
        self.until_label = QLabel(self)
        self.until_label.setBuddy(self.until)
        self.service = QComboBox(self)
        self.service.setObjectName("historyService")
        self.unit = QComboBox(self)
        self.unit.setObjectName("historyUnit")
        self.follow_up_label = QLabel(self)
        self.follow_up_label.setObjectName("historyFollowUpCount")
        self.follow_up_count = 0
        self.clock = clock  # UTC now; the gallery shows the history as it reads days later
        self.model = PlacementListModel(self)
        self.proxy = StatusFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setObjectName("historySearch")
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.status.setObjectName("historyStatus")
        self.table = QTableView(self)
        # Tab leaves the table (rows are chosen with the arrow keys), as in any other field.
        self.table.setTabKeyNavigation(False)
        self.table.setObjectName("historyTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The provider's name and the follow-up share what is left: neither pushes the other out.
        for column in PlacementListModel.LONG_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # Listed as the history gives them (follow-ups first) until a heading is clicked.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
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
        filters.addWidget(self.service)
        filters.addWidget(self.unit)
        more = QHBoxLayout()
        more.addWidget(self.follow_ups_only)
        more.addWidget(self.since_label)
        more.addWidget(self.since)
        more.addWidget(self.until_label)
        more.addWidget(self.until)
        more.addStretch(1)
        more.addWidget(self.follow_up_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(more)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.result_label)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.status.currentIndexChanged.connect(self._status_picked)
        for combo in (self.service, self.unit):
            combo.currentIndexChanged.connect(lambda _index: self._filters_changed())
        self.follow_ups_only.toggled.connect(lambda _checked: self._filters_changed())
        self.since.dateChanged.connect(lambda _day: self._filters_changed())
        self.until.dateChanged.connect(lambda _day: self._filters_changed())
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected_draft)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.export_button.clicked.connect(self.ask_export_path)
        self.opened: QDialog | None = None
        self.resize(1240, 600)
        self.retranslate()
        self.reload()

    def _day_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(_NO_DAY)
        edit.setDate(_NO_DAY)
        return edit

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
        self.follow_ups_only.setText(self.tr("Only referrals to follow up"))
        self.follow_ups_only.setToolTip(
            arg(
                self.tr("Referrals with no decision after %1 days"),
                i18n.format_count(self.history.follow_up_days),
            )
        )
        self.since_label.setText(self.tr("Changed from:"))
        self.until_label.setText(self.tr("to:"))
        day_format = _DAY_FORMAT[i18n.content_language()]
        for edit in (self.since, self.until):
            edit.setSpecialValueText(self.tr("any day"))
            edit.setDisplayFormat(day_format)
        self.service.setAccessibleName(self.tr("Service"))
        self.unit.setAccessibleName(self.tr("Regional unit"))
        self.search.setAccessibleName(self.tr("Filter the placements"))
        name_clear_button(self.search)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setAccessibleDescription(self.tr("Show only placements with this status."))
        self.service.setAccessibleDescription(self.tr("Show only placements in this service."))
        self.unit.setAccessibleDescription(self.tr("Show only placements in this regional unit."))
        self.since.setAccessibleDescription(
            self.tr("Show only placements last changed on or after this day.")
        )
        self.until.setAccessibleDescription(
            self.tr("Show only placements last changed on or before this day.")
        )
        self.table.setAccessibleName(self.tr("Placements"))
        self.table.setAccessibleDescription(
            self.tr(
                "Referrals waiting for a decision first, then the newest. Open one to change it."
            )
        )
        self._fill_choices()
        self._show_count()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.COLUMNS - 1)

    def _fill_choices(self) -> None:
        """The services and regional units the history holds, by name in the UI language."""
        language = i18n.content_language()
        for combo, key, everything in (
            (self.service, "service", self.tr("All services")),
            (self.unit, "regional_unit", self.tr("All regional units")),
        ):
            current = combo.currentData()
            found: dict[str, str] = {}
            for row in range(self.model.rowCount()):
                entry = self.model.entry(row)
                if entry is not None and entry.part_id(key):
                    found.setdefault(entry.part_id(key), entry.part_name(key, language))
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for key_id, name in sorted(found.items(), key=lambda item: item[1].casefold()):
                combo.addItem(name or key_id, key_id)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def _show_count(self) -> None:
        self.follow_up_label.setText(follow_up_text.count_text(self.follow_up_count))

    def _day(self, edit: QDateEdit) -> dt.date | None:
        day = edit.date()
        return None if day == _NO_DAY else dt.date(day.year(), day.month(), day.day())

    def current_filter(self) -> HistoryFilter:
        value = self.status.currentData()
        return HistoryFilter(
            status=PlacementStatus(value) if value else None,
            since=self._day(self.since),
            until=self._day(self.until),
            service=str(self.service.currentData() or ""),
            unit=str(self.unit.currentData() or ""),
            follow_up_only=self.follow_ups_only.isChecked(),
        )

    def _filters_changed(self) -> None:
        self.proxy.set_filter(self.current_filter())

    def show_follow_ups(self) -> None:
        """Only the referrals waiting for a decision (the main window's count opens this)."""
        self.follow_ups_only.setChecked(True)

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
                self.model.put(self.history.entry(record, self.clock()))
        self._counted()
        self._selection_changed()

    def _counted(self) -> None:
        """The follow-ups and the filters' choices as the rows now are."""
        self.follow_up_count = self.model.follow_up_count()
        self._fill_choices()
        self._show_count()
        self.records_changed.emit(self.follow_up_count)

    def reload(self) -> None:
        """Read the whole history again (when the dialog is shown)."""
        entries, damaged = self.history.entries(self.clock())
        self.model.set_entries(entries)
        self._counted()
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
        self._filters_changed()

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
        self.result_label.setText(problem_text(known))
