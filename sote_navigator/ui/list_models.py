"""Thin item models over the navigator's dataclasses: municipalities, search hits, offerings.

No model reads the database: each is handed a list and only words it for display. Catalogue
text goes out as plain display text (item views never render it as markup), cut and isolated
(``wording.display.shown``); tooltips as escaped text (``tooltips.plain_tooltip``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from sote_navigator import i18n
from sote_navigator.core import opening_hours
from sote_navigator.core.navigation import Feature
from sote_navigator.core.vocabulary import EntityKind
from sote_navigator.i18n import arg
from sote_navigator.ui.tooltips import plain_tooltip
from sote_navigator.wording.catalogue_facts import (
    entity_kind_text,
    example_suffix,
    feature_text,
    languages_text,
    open_now_text,
    stale_suffix,
)
from sote_navigator.wording.display import TOOLTIP_LIMIT, shown
from sote_navigator.wording.vocabulary import provider_kind_text

if TYPE_CHECKING:
    from sote_navigator.core.catalogue import Municipality, SearchResult
    from sote_navigator.core.item_views import OfferingRow

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
EXAMPLE_ROLE = Qt.ItemDataRole.UserRole + 3


def municipality_label(mu: Municipality, language: str) -> str:
    """'Porvoo – Borgå (638)': the UI language's name first, the national ones after."""
    names = dict.fromkeys(shown(mu.name(lang)) for lang in (language, "fi", "sv"))
    return " \u2013 ".join(names) + f" ({mu.code})"


class MunicipalityListModel(QAbstractListModel):
    """The type-ahead suggestions of the municipality field."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[Municipality] = []

    def set_items(self, items: Sequence[Municipality]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> Municipality:
        return self._items[row]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        mu = self._items[index.row()]
        language = i18n.content_language()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return municipality_label(mu, language)
        if role == Qt.ItemDataRole.EditRole:
            return mu.name(language)
        if role == ID_ROLE:
            return mu.code
        return None


class SearchResultModel(QAbstractListModel):
    """Search hits, two lines each: the name, then what it is and where."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[SearchResult] = []

    def set_items(self, items: Sequence[SearchResult]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> SearchResult:
        return self._items[row]

    def refresh_language(self) -> None:
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        r = self._items[index.row()]
        language = i18n.content_language()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(r, language, shown(r.name(language)))
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._text(r, language, shown(r.name(language), TOOLTIP_LIMIT)))
        if role == ID_ROLE:
            return r.id
        if role == KIND_ROLE:
            return r.kind.value
        if role == EXAMPLE_ROLE:
            return r.example
        return None

    def _text(self, r: SearchResult, language: str, name: str) -> str:
        second = " \u00b7 ".join(
            p for p in (entity_kind_text(r.kind), shown(r.context_text(language))) if p
        )
        return f"{name}{example_suffix(r.example)}\n{second}"


class OfferingTableModel(QAbstractTableModel):
    """Who offers what where: one row per offering.

    The first column holds two lines, chosen by what the list is about: for a service, the
    location and the provider; for a provider, the service and the location; for a location,
    the service. Two short lines fit long Finnish names where two columns would cut them.
    """

    OFFER, KIND, NOW, DISTANCE, LANGUAGES, FEATURES = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[OfferingRow] = []
        self._subject = EntityKind.SERVICE
        # The Finnish wall clock "open now" is told from (the details pane's, for tests).
        self.clock: Callable[[], dt.datetime] = opening_hours.now

    def set_rows(
        self, rows: Sequence[OfferingRow], subject: EntityKind = EntityKind.SERVICE
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._subject = subject
        self.endResetModel()

    def row_item(self, row: int) -> OfferingRow:
        return self._rows[row]

    def refresh_language(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.FEATURES)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.FEATURES))

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self.FEATURES + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        first = {
            EntityKind.SERVICE: self.tr("Location and provider"),
            EntityKind.PROVIDER: self.tr("Service and location"),
        }.get(self._subject, self.tr("Service"))
        titles = (
            first,
            self.tr("Kind"),
            self.tr("Now"),
            self.tr("Distance"),
            self.tr("Languages"),
            self.tr("Notes"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == self.DISTANCE:
            return distance_reason_text(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == self.LANGUAGES:
                return plain_tooltip(languages_text(_languages(row)))
            if index.column() == self.DISTANCE:
                return plain_tooltip(distance_reason_text(row))
            return plain_tooltip(self._text(row, index.column()))
        if role == ID_ROLE:
            return row.offering.id
        if role == EXAMPLE_ROLE:
            return row.offering.any_example
        return None

    def _text(self, row: OfferingRow, column: int) -> str:
        o = row.offering
        if column == self.OFFER:
            lines = {
                EntityKind.SERVICE: (self._location(row), self._provider(row)),
                EntityKind.PROVIDER: (self._service(row), self._location(row)),
            }.get(self._subject, (self._service(row),))
            # One example mark per row, on its first line: the row is example data when its
            # offering, provider or location is.
            first = lines[0] + example_suffix(o.any_example)
            if row.stale:
                first += stale_suffix(o.information[0])
            return "\n".join((first, *lines[1:]))
        if column == self.KIND:
            return provider_kind_text(o.provider.kind)
        if column == self.NOW:
            # From the full hours: exceptions, closed days, over midnight (core.opening_hours).
            if o.location is None:
                return ""
            return open_now_text(opening_hours.is_open_at(o.location.schedule, self.clock()))
        if column == self.DISTANCE:
            return self._distance(row)
        if column == self.LANGUAGES:
            return ", ".join(code.upper() for code in _languages(row))
        if column == self.FEATURES:
            features = (
                feature_text(f) for f in Feature if f in row.features and f is not Feature.SWEDISH
            )
            return "\n".join(features)
        return ""

    def _distance(self, row: OfferingRow) -> str:
        """Kilometres, short: the placement's whole sentence is the tooltip."""
        if row.distance is None:
            return ""
        km = float(row.distance.params.get("km") or 0)
        if km < 1:
            return self.tr("under 1 km")
        return arg(self.tr("%1 km"), i18n.format_number(round(km)))

    def _service(self, row: OfferingRow) -> str:
        if row.service is None:
            return shown(row.offering.service_id)
        return shown(row.service.name(i18n.content_language()))

    def _location(self, row: OfferingRow) -> str:
        location = row.offering.location
        if location is None:
            return self.tr("(no fixed location)")
        return shown(location.name(i18n.content_language()))

    def _provider(self, row: OfferingRow) -> str:
        return shown(row.offering.provider.name(i18n.content_language()))


def distance_reason_text(row: OfferingRow) -> str:
    """The placement's own words for the distance ("4 km from the client's postal area")."""
    if row.distance is None:
        return ""
    from sote_navigator.wording.reasons import reason_text  # not before the first paint

    return reason_text(row.distance)


def _languages(row: OfferingRow) -> tuple[str, ...]:
    o = row.offering
    return o.languages or (o.location.languages if o.location else ())
