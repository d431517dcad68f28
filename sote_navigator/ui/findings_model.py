"""A thin table model over validation findings: severity, where, what is wrong."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from sote_navigator import i18n
from sote_navigator.exchange.finding_subjects import Subject
from sote_navigator.exchange.findings import Finding, Severity
from sote_navigator.ui.tooltips import plain_tooltip
from sote_navigator.wording.findings import severity_text, what_text, where_text

Index = QModelIndex | QPersistentModelIndex


class FindingsModel(QAbstractTableModel):
    SEVERITY, PLACE, WHAT = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []
        self._subjects: Mapping[tuple[str, str], Subject] = {}

    def set_findings(
        self,
        findings: Sequence[Finding],
        subjects: Mapping[tuple[str, str], Subject] | None = None,
    ) -> None:
        """``subjects``: the record each finding is about (``ImportPlan.subjects``)."""
        self.beginResetModel()
        self._findings = list(findings)
        self._subjects = dict(subjects or {})
        self.endResetModel()

    def where(self, row: int) -> str:
        f = self._findings[row]
        return where_text(f, self._subjects.get((f.file, f.place)), i18n.content_language())

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
                # In words in the table; the tooltip adds the full path and the place in it.
                if role == Qt.ItemDataRole.ToolTipRole:
                    return plain_tooltip(f"{self.where(index.row())}\n{f.file}\n{f.place}")
                return self.where(index.row())
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
