"""Who offers the chosen service (or what the chosen provider or location offers), for the
chosen municipality and filters: own production first."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from sote_navigator import i18n
from sote_navigator.core import localized
from sote_navigator.core.distance import OriginBasis
from sote_navigator.core.navigation import NO_FILTER, OfferingFilter
from sote_navigator.core.vocabulary import EntityKind
from sote_navigator.i18n import arg, translate
from sote_navigator.ui.list_models import OfferingTableModel
from sote_navigator.ui.widgets import plain_label, wrap_rows
from sote_navigator.wording.display import shown

if TYPE_CHECKING:
    from sote_navigator.core.catalogue import Routing
    from sote_navigator.core.contact_routes import ContactRoute
    from sote_navigator.core.item_views import OfferingRow
    from sote_navigator.services.navigator import Navigator

M = OfferingTableModel
# The kind is the same on every row of a provider's or a location's list.
# A location's list is all one place: whether it is open now is in its details.
_HIDDEN = {
    EntityKind.PROVIDER: {M.KIND, M.DISTANCE},
    EntityKind.LOCATION: {M.KIND, M.NOW, M.DISTANCE},
}


class OfferingListView(QWidget):
    offering_chosen = Signal(object)  # OfferingRow | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._navigator: Navigator | None = None
        self._subject: tuple[EntityKind, str] | None = None
        self._routing: Routing | None = None
        self._postal_code = ""
        self._filter = NO_FILTER
        # The list shown; empty until a service, provider or location is chosen.
        self._rows: tuple[OfferingRow, ...] = ()
        self._truncated = False
        self.heading = plain_label(self, selectable=False)
        self.heading.setObjectName("offeringsHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.model = OfferingTableModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("offerings")
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Long Finnish names wrap within their column rather than being cut.
        wrap_rows(self.view)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(M.OFFER, QHeaderView.ResizeMode.Stretch)
        for column in (M.KIND, M.NOW, M.DISTANCE, M.LANGUAGES, M.FEATURES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.note = plain_label(self, selectable=False)
        layout = self._box = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        self.view.selectionModel().currentChanged.connect(self._current)
        self.retranslate()

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Providers"))
        self.view.setAccessibleDescription(
            self.tr("Offerings for the chosen municipality and filters; choose one for details")
        )
        self.model.refresh_language()
        self._update_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def attach(self, navigator: Navigator) -> None:
        self._navigator = navigator
        self.reload()

    def show_for(self, kind: EntityKind | None, ref_id: str = "") -> None:
        self._subject = (kind, ref_id) if kind is not None else None
        self.reload()

    def set_scope(
        self, routing: Routing | None, offering_filter: OfferingFilter, postal_code: str = ""
    ) -> None:
        """The client's municipality (and postal code: nearest first) and the filters."""
        self._routing, self._filter, self._postal_code = routing, offering_filter, postal_code
        self.reload()

    def reload(self) -> None:
        if (
            self._navigator is None
            or self._subject is None
            or self._subject[0] is EntityKind.MUNICIPALITY
        ):
            self._rows, self._truncated = (), False
        else:
            unit = self._routing.regional_unit.id if self._routing else None
            kind, ref_id = self._subject
            found = self._navigator.offerings(
                kind,
                ref_id,
                unit,
                self._filter,
                i18n.content_language(),
                client=self._routing,
                postal_code=self._postal_code,
            )
            self._rows, self._truncated = found.rows, found.truncated
        kind = self._subject[0] if self._subject else EntityKind.SERVICE
        self.model.set_rows(self._rows, kind)
        for column in range(self.model.columnCount()):
            self.view.setColumnHidden(column, column in _HIDDEN.get(kind, set()))
        self._update_texts()
        self.offering_chosen.emit(None)

    def wanted_height(self) -> int:
        """The height that shows the heading, every row (or a screenful of them) and the note."""
        view = self.view
        rows = sum(view.sizeHintForRow(r) for r in range(min(self.model.rowCount(), 40)))
        table = view.header().sizeHint().height() + rows + 2 * view.frameWidth() + 4
        table = max(table, view.header().sizeHint().height() + 3 * view.fontMetrics().height())
        extra = self.heading.sizeHint().height()
        if self.note.isVisible() or self.note.text():
            extra += self.note.heightForWidth(max(self.width(), 200))
        return table + extra + 2 * self._box.spacing()

    def select_first(self) -> None:
        if self.model.rowCount():
            self.view.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _update_texts(self) -> None:
        n = len(self._rows)
        place = (
            shown(self._routing.municipality.name(i18n.content_language())) if self._routing else ""
        )
        kind = self._subject[0] if self._subject else None
        if kind is None:
            heading = self.tr("Providers")
        elif kind is EntityKind.SERVICE and place:
            heading = arg(
                translate("OfferingListView", "%n provider(s) serving %1", None, n), place
            )
        elif kind is EntityKind.SERVICE:
            heading = translate("OfferingListView", "%n provider(s) in the whole country", None, n)
        else:
            heading = translate("OfferingListView", "%n service(s) offered", None, n)
        self.heading.setText(heading)
        notes = []
        routes = self._ways_in()
        if self._subject is not None and not n and routes:
            notes.append(self.tr("No place to visit: the service is reached by phone or online."))
        elif self._subject is not None and not n:
            notes.append(
                self.tr("Nothing here matches the municipality and filters.")
                if self._filter.active or self._routing
                else self.tr("The catalogue lists no providers for this.")
            )
        if routes:
            # Imported here: the window's first paint does without the routes' wording.
            from sote_navigator.core.contact_routes import route_json
            from sote_navigator.wording.contact_routes import route_line

            notes.append("\n" + self.tr("Ways in by phone or online:"))
            now = self.model.clock()
            notes += ["\n\u2022 " + route_line(route_json(r), now) for r in routes]
        measured = next((r.distance for r in self._rows if r.distance is not None), None)
        if measured is not None:
            notes.append(self._measured_from(measured.params))
        if self._truncated:
            notes.append(self.tr("Only the first offerings are shown: choose a municipality."))
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))

    def _measured_from(self, params: dict[str, Any]) -> str:
        """Nearest first, and from where: the postal area or the home municipality's centre."""
        if params.get("basis") == OriginBasis.POSTAL_AREA.value:
            return arg(
                self.tr("Nearest first: distances from the client's postal area %1."),
                str(params.get("postal_code", "")),
            )
        names = params.get("municipality")
        name = localized.pick(names if isinstance(names, list) else [], i18n.content_language())
        return arg(
            self.tr(
                "Nearest first: distances from the centre of %1, the client's home municipality."
            ),
            shown(name),
        )

    def _ways_in(self) -> tuple[ContactRoute, ...]:
        """A service's phone lines and e-services, for the client's organiser when chosen."""
        if self._navigator is None or self._subject is None:
            return ()
        kind, ref_id = self._subject
        if kind is not EntityKind.SERVICE:
            return ()
        organiser = self._routing.organiser.id if self._routing else None
        return tuple(
            r
            for r in self._navigator.service_routes(ref_id)
            if organiser is None or r.organiser_id in (None, organiser)
        )

    def _current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.offering_chosen.emit(self.model.row_item(current.row()) if current.isValid() else None)
