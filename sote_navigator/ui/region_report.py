"""Placement → Regional report…: placements counted for management, as a table and as CSV.

The counting runs off the GUI thread (a region's database holds every desk's placements);
the table is a thin model over the report's rows. No client reference or note is ever read
(services.region_report).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sote_navigator import i18n, paths
from sote_navigator.core.errors import UserFacingError
from sote_navigator.core.progress import Progress
from sote_navigator.i18n import arg, translate
from sote_navigator.services.region_report import DIMENSIONS, RegionReport, write_csv
from sote_navigator.ui.background import Operation
from sote_navigator.wording.errors import problem_text
from sote_navigator.wording.summary import status_text

if TYPE_CHECKING:
    from sote_navigator.services.workspace import Workspace

AnyIndex = QModelIndex | QPersistentModelIndex


def dimension_title(name: str) -> str:
    titles = {
        "month": translate("RegionReport", "Month"),
        "service": translate("RegionReport", "Service"),
        "provider": translate("RegionReport", "Provider"),
        "unit": translate("RegionReport", "Regional unit"),
        "status": translate("RegionReport", "Status"),
    }
    return titles[name]


def _figure_titles() -> tuple[str, ...]:
    return (
        translate("RegionReport", "Placements"),
        translate("RegionReport", "Decisions"),
        translate("RegionReport", "Referral to decision:\nmedian (days)"),
        translate("RegionReport", "Referral to decision:\n90th percentile (days)"),
    )


class ReportModel(QAbstractTableModel):
    """The report's rows: one column per dimension, then the counts and the days."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = RegionReport((), ())

    def set_report(self, report: RegionReport) -> None:
        self.beginResetModel()
        self.report = report
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.report.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.report.by) + len(_figure_titles())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        by = self.report.by
        if 0 <= section < len(by):
            return dimension_title(by[section])
        figures = _figure_titles()
        if 0 <= section - len(by) < len(figures):
            return figures[section - len(by)]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.report.rows):
            return None
        row = self.report.rows[index.row()]
        by = self.report.by
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= len(by):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column < len(by):
            return _key_text(by[column], row.keys[column].id, row.keys[column].name)
        figures: tuple[int | float | None, ...] = (
            row.placements,
            row.decided,
            row.median_days,
            row.p90_days,
        )
        if column - len(by) >= len(figures):
            return None
        value = figures[column - len(by)]
        if value is None:
            return "\u2013"
        return i18n.format_number(value)


def _key_text(name: str, key_id: str, key_name: str) -> str:
    if name == "month":
        year, _, month = key_id.partition("-")
        return f"{int(month)}/{year}" if month.isdigit() else key_id
    if name == "status":
        return status_text(key_id)
    return key_name or key_id or "\u2013"


class RegionReportDialog(QDialog):
    """Choose what to count by; the table follows; Save as CSV writes the same figures."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("regionReportDialog")
        self.workspace = workspace
        self.model = ReportModel(self)
        self.counting: Operation | None = None
        self._again = False
        self.checks: dict[str, QCheckBox] = {}
        choices = QHBoxLayout()
        self.by_label = QLabel(self)
        choices.addWidget(self.by_label)
        for name in DIMENSIONS:
            box = QCheckBox(self)
            box.setObjectName(f"by_{name}")
            box.setChecked(name == "month")
            box.toggled.connect(lambda _on: self.recount())
            self.checks[name] = box
            choices.addWidget(box)
        choices.addStretch(1)
        self.table = QTableView(self)
        self.table.setObjectName("regionReportTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("regionReportResult")
        self.result_label.setWordWrap(True)
        # What the result line says, worded again when the language changes.
        self._result: Callable[[], str] = lambda: ""
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveReportCsv")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.ask_csv_path)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.resize(900, 520)
        self.retranslate()
        self.recount()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("RegionReport", "Regional report"))
        self.by_label.setText(translate("RegionReport", "Count by:"))
        for name, box in self.checks.items():
            box.setText(dimension_title(name))
        self.save_button.setText(translate("RegionReport", "Save as CSV\u2026"))
        self.table.setAccessibleName(translate("RegionReport", "Placements counted"))
        self.table.setAccessibleDescription(
            translate("RegionReport", "One row for each combination chosen above, with its count.")
        )
        self.result_label.setText(self._result())
        columns = self.model.columnCount()
        if columns:
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)

    def chosen(self) -> tuple[str, ...]:
        return tuple(name for name in DIMENSIONS if self.checks[name].isChecked())

    def recount(self) -> Operation | None:
        """Count again off the GUI thread (once the running count ends, if one runs)."""
        if self.counting is not None:
            self._again = True
            return None
        by = self.chosen()
        workspace = self.workspace

        def work(progress: Progress) -> RegionReport:
            return workspace.region_report(by, progress)

        self._show(lambda: translate("RegionReport", "Counting the placements\u2026"))
        self.save_button.setEnabled(False)
        operation = Operation(work)
        operation.succeeded.connect(self._counted)
        operation.failed.connect(self._failed)
        operation.ended.connect(self._ended)
        self.counting = operation
        operation.start()
        return operation

    def _counted(self, report: RegionReport) -> None:
        self.model.set_report(report)
        self.table.resizeColumnsToContents()
        self._show(
            lambda: arg(
                translate("RegionReport", "%1 placements (drafts are not counted)."),
                i18n.format_count(report.placements),
            )
        )
        self.save_button.setEnabled(bool(report.rows))

    def _failed(self, error: BaseException) -> None:
        known = error if isinstance(error, UserFacingError) else self.workspace.failure(error)
        if known is None:
            raise error  # unexpected: the crash reporter logs and explains it
        self._show(lambda: problem_text(known))

    def _show(self, result: Callable[[], str]) -> None:
        self._result = result
        self.result_label.setText(result())

    def _ended(self) -> None:
        self.counting = None
        if self._again:
            self._again = False
            self.recount()

    def ask_csv_path(self) -> None:
        suggested = paths.data_dir() / "region-report.csv"
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            translate("RegionReport", "Save the report"),
            str(suggested),
            translate("RegionReport", "CSV files (*.csv)"),
        )
        if chosen:
            self.save_csv(Path(chosen))

    def save_csv(self, path: Path) -> None:
        """The table as CSV (a small file: written on the GUI thread)."""
        try:
            write_csv(self.model.report, path)
        except OSError as error:
            reason = error.strerror or str(error)
            self._show(
                lambda: arg(
                    translate("RegionReport", "Could not write %1 (%2): choose another file."),
                    str(path),
                    reason,
                )
            )
            return
        self._show(lambda: arg(translate("RegionReport", "Saved the report to %1."), str(path)))
