"""A thin table model over validation findings: severity, where, what is wrong."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from sote_navigator.exchange.findings import Finding, Severity
from sote_navigator.ui.tooltips import plain_tooltip
from sote_navigator.wording.display import shown
from sote_navigator.wording.findings import severity_text, what_text

Index = QModelIndex | QPersistentModelIndex


class FindingsModel(QAbstractTableModel):
    SEVERITY, PLACE, WHAT = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []

    def set_findings(self, findings: Sequence[Finding]) -> None:
        self.beginResetModel()
        self._findings = list(findings)
        self.endResetModel()

    def finding(self, row: int) -> Finding:
        return self._findings[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._findings):
            return None
        f = self._findings[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == self.SEVERITY:
                return severity_text(f.severity)
            if index.column() == self.PLACE:
                # The file's own name is enough in the table; the tooltip has the full path.
                if role == Qt.ItemDataRole.ToolTipRole:
                    return plain_tooltip(f"{f.file}\n{f.place}")
                return f"{PurePath(f.file).name} {shown(f.place)}"
            text = what_text(f)
            return plain_tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        if role == Qt.ItemDataRole.UserRole:
            return f.code.value
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.SEVERITY:
            return QColor("#b00020") if f.severity is Severity.ERROR else QColor("#8a5a00")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.SEVERITY: self.tr("Severity"),
            self.PLACE: self.tr("Where"),
            self.WHAT: self.tr("What is wrong"),
        }.get(section)
