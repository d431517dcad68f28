"""Thin item models over the placement engine's dataclasses: no queries inside ``data()``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from sote_navigator import i18n
from sote_navigator.core.catalogue import ServiceDetails
from sote_navigator.core.choice_set import RankedProvider, offering_languages
from sote_navigator.core.placement import ServiceAssessment
from sote_navigator.i18n import translate
from sote_navigator.ui.tooltips import plain_tooltip
from sote_navigator.wording.catalogue_facts import voucher_cell_text
from sote_navigator.wording.display import shown
from sote_navigator.wording.reasons import (
    language_name,
    reason_line,
    verdict_text,
)
from sote_navigator.wording.vocabulary import example_marker

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()


def _with_marker(text: str, example: bool) -> str:
    return f"{text} [{example_marker()}]" if example else text


class ServiceNamesModel(QAbstractListModel):
    """The services a need finds, by name."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services: list[ServiceDetails] = []

    def set_services(self, services: Sequence[ServiceDetails]) -> None:
        self.beginResetModel()
        self._services = list(services)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._services)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._services):
            return None
        service = self._services[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _with_marker(shown(service.name(i18n.content_language())), service.example)
        if role == ID_ROLE:
            return service.id
        return None


class AssessmentModel(QAbstractTableModel):
    """The services with their verdicts; the tooltip carries the reasons."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ServiceAssessment] = []

    def set_assessments(self, rows: Sequence[ServiceAssessment]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def assessment(self, row: int) -> ServiceAssessment | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, service_id: str) -> int:
        return next((i for i, a in enumerate(self._rows) if a.service.id == service_id), -1)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (translate("Wizard", "Service"), translate("Wizard", "Verdict"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        a = self.assessment(index.row()) if index.isValid() else None
        if a is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                name = shown(a.service.name(i18n.content_language()))
                return _with_marker(name, a.service.example)
            return verdict_text(a.verdict, a.reasons)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip("\n".join(reason_line(r) for r in a.reasons))
        if role == ID_ROLE:
            return a.service.id
        return None


class ChoiceSetModel(QAbstractTableModel):
    """The ranked providers of one service; the tooltip carries each provider's reasons."""

    COLUMNS = 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RankedProvider] = []

    def set_providers(self, rows: Sequence[RankedProvider]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def provider(self, row: int) -> RankedProvider | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, offering_id: str) -> int:
        return next((i for i, p in enumerate(self._rows) if p.offering.id == offering_id), -1)

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
            translate("Wizard", "Rank"),
            translate("Wizard", "Provider"),
            translate("Wizard", "Languages"),
            translate("Wizard", "Waiting"),
            translate("Wizard", "Voucher"),
        )[section]

    def _cell(self, p: RankedProvider, column: int) -> str:
        lang = i18n.content_language()
        o = p.offering
        if column == 0:
            return str(p.rank)
        if column == 1:
            title = shown(o.provider.name(lang))
            if o.location and o.location.name(lang) != o.provider.name(lang):
                title += f" \u2014 {shown(o.location.name(lang))}"
            return _with_marker(title, o.any_example)
        if column == 2:
            return ", ".join(language_name(code) for code in offering_languages(o))
        if column == 3:
            if o.waiting_days is None:
                return ""
            return translate("Wizard", "%n day(s)", None, o.waiting_days)
        if p.voucher is None:
            return ""
        return voucher_cell_text(p.voucher)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        p = self.provider(index.row()) if index.isValid() else None
        if p is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(p, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip("\n".join(reason_line(r) for r in p.reasons))
        if role == ID_ROLE:
            return p.offering.id
        return None
