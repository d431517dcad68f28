"""The main window: wires the navigator's components together and nothing more.

Top: the municipality. Left: search, filters and the service tree. Middle: the chosen
service (or provider, or location) and who offers it there. Right: the chosen provider.

Menus are built in ``_build_menus``: to add a menu, add one line there and a method that
fills it (see ``_fill_file_menu``); retranslate its texts in ``retranslate``.

The window can open before the database does (see app.py): built from a StartupSnapshot it
shows the catalogue and the service tree at once, and ``attach_workspace`` makes everything
else answer. Modules imported here must not import SQLAlchemy at import time: import services
inside the methods that use them. No ui module imports SQLAlchemy at all (a test checks it):
the window gets its services from the workspace (services.workspace) and hands them down.

What an import, a saved placement or a status change changed comes back as a ``Changes``
summary through ``self.changes`` (ui.changes); each part redraws only what concerns it.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sote_navigator import i18n
from sote_navigator.core.vocabulary import EntityKind
from sote_navigator.db.location import Database
from sote_navigator.db.startup_snapshot import StartupSnapshot
from sote_navigator.i18n import arg
from sote_navigator.settings import Settings
from sote_navigator.ui.changes import ChangeFeed
from sote_navigator.ui.details_pane import DetailsPane
from sote_navigator.ui.filter_bar import FilterBar
from sote_navigator.ui.language_menu import LanguageMenu
from sote_navigator.ui.municipality_field import MunicipalityField
from sote_navigator.ui.offering_list import OfferingListView
from sote_navigator.ui.service_browser import ServiceBrowser

if TYPE_CHECKING:
    from sote_navigator.core.catalogue import CatalogueInfo, Routing
    from sote_navigator.core.item_views import OfferingRow
    from sote_navigator.services.changes import Changes
    from sote_navigator.services.navigator import Navigator
    from sote_navigator.services.workspace import Workspace
    from sote_navigator.ui.catalogue_menu import CatalogueMenu
    from sote_navigator.ui.placement_actions import PlacementActions


class MainWindow(QMainWindow):
    first_painted = Signal()
    # Everything answers: the database is open and the navigator attached.
    ready = Signal()

    def __init__(
        self,
        workspace: Workspace | None,
        db_path: Path | Database,
        settings: Settings | None = None,
        *,
        startup: StartupSnapshot | None = None,
    ) -> None:
        super().__init__()
        self._db_path = db_path
        self._settings = settings
        self._startup = startup
        self._painted = False
        self.workspace: Workspace | None = None
        self.navigator: Navigator | None = None
        self.changes = ChangeFeed(self)
        self.changes.published.connect(self._apply_changes)
        self.catalogue_menu: CatalogueMenu | None = None
        self.placement: PlacementActions | None = None
        self.municipality = MunicipalityField(self)
        self.filters = FilterBar(self)
        self.browser = ServiceBrowser(self, startup)
        self.item_details = DetailsPane(self._item_placeholder, self)
        self.item_details.setObjectName("itemDetails")
        self.offerings = OfferingListView(self)
        self.offering_details = DetailsPane(self._offering_placeholder, self)
        self.offering_details.setObjectName("offeringDetails")
        self._catalogue_label = QLabel(self)
        self._catalogue_label.setObjectName("catalogueLabel")
        self._catalogue_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self._catalogue_label)
        self._build_layout()
        self._build_menus()
        self._build_shortcuts()
        self._connect()
        self._set_tab_order()
        self.installEventFilter(self)
        self.retranslate()
        if workspace is not None:
            self.attach_workspace(workspace)

    def attach_workspace(self, workspace: Workspace) -> None:
        from sote_navigator.ui.catalogue_menu import CatalogueMenu
        from sote_navigator.ui.placement_actions import PlacementActions

        self.workspace = workspace
        self.catalogue_menu = CatalogueMenu(self, workspace, self.changes)
        # Its status line (version, import date) replaces the start-up one; Quit stays last.
        self._catalogue_label.hide()
        self.file_menu.removeAction(self.quit_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        # The Placement menu goes between File and Language.
        self.placement = PlacementActions(self, workspace, self.changes)
        bar = self.menuBar()
        bar.removeAction(self.placement.menu.menuAction())
        bar.insertMenu(self.language_menu.menuAction(), self.placement.menu)
        if self._startup is not None:
            workspace.navigator.preload(self._startup)
        self.attach(workspace.navigator)

    def attach(self, navigator: Navigator) -> None:
        self.navigator = navigator
        self.municipality.attach(navigator)
        self.browser.attach(navigator)
        self.offerings.attach(navigator)
        self.retranslate()
        self.ready.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.first_painted.emit()
        return super().eventFilter(watched, event)

    # --- building -------------------------------------------------------------------------

    def _build_layout(self) -> None:
        self._filter_box = QGroupBox(self)
        box = QVBoxLayout(self._filter_box)
        box.setContentsMargins(6, 4, 6, 4)
        box.addWidget(self.filters)
        self.browser.insert_below_search(self._filter_box)
        middle = QSplitter(Qt.Orientation.Vertical, self)
        middle.addWidget(self.item_details)
        middle.addWidget(self.offerings)
        middle.setSizes([450, 330])
        self.body = QSplitter(Qt.Orientation.Horizontal, self)
        self.body.addWidget(self.browser)
        self.body.addWidget(middle)
        self.body.addWidget(self.offering_details)
        # The middle, where providers are compared, gets most of any extra width.
        self.body.setSizes([340, 600, 380])
        for index, stretch in enumerate((0, 3, 2)):
            self.body.setStretchFactor(index, stretch)
        self.body.setChildrenCollapsible(False)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.municipality)
        layout.addWidget(line)
        layout.addWidget(self.body, 1)
        self.setCentralWidget(central)

    def _build_menus(self) -> None:
        """The menu bar, in this order: File, Placement, Language, Help. File → Import
        catalogue… and the Placement menu need the database: attach_workspace adds them."""
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.setObjectName("fileMenu")
        self._fill_file_menu()
        self.language_menu = LanguageMenu(self, self._settings)
        bar.addMenu(self.language_menu)

    def _fill_file_menu(self) -> None:
        # File → Import catalogue… goes before Quit: file_menu.insertAction(quit_action, …).
        self.quit_action = QAction(self)
        self.quit_action.setObjectName("quitAction")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

    def _build_shortcuts(self) -> None:
        QShortcut(QKeySequence("Ctrl+L"), self, self.focus_municipality)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        # Inside the line edits Escape clears them; anywhere else it clears the search.
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.clear_search)

    def _connect(self) -> None:
        self.municipality.routing_changed.connect(lambda _: self._scope_changed())
        self.municipality.postal_code_changed.connect(self._scope_changed)
        self.filters.changed.connect(lambda _: self._scope_changed())
        self.browser.item_chosen.connect(self._show_item)
        self.offerings.offering_chosen.connect(self._show_offering)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.municipality.edit,
            self.browser.search_edit,
            *self.filters.checkboxes.values(),
            self.filters.kind,
            self.browser.grouping,
            self.browser.tree,
            self.browser.results,
            self.offerings.view,
            self.item_details,
            self.offering_details,
        ]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    # --- language -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sote Navigator"))
        if self.catalogue_menu is not None:
            self.catalogue_menu.retranslate()
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self._filter_box.setTitle(self.tr("Filters"))
        self._filter_box.setAccessibleName(self.tr("Filters"))
        self.item_details.setAccessibleDescription(
            self.tr("Details of the chosen service, provider or location")
        )
        self.offering_details.setAccessibleDescription(
            self.tr("Details of the provider chosen from the list")
        )
        info = self._catalogue_info()
        if info is None:
            self._catalogue_label.setText(self.tr("No catalogue is installed."))
        else:
            self._catalogue_label.setText(
                arg(
                    self.tr("Catalogue: %1, version %2"),
                    info.name(i18n.content_language()),
                    info.version,
                )
            )

    def _catalogue_info(self) -> CatalogueInfo | None:
        if self.navigator is not None:
            return self.navigator.catalogue_info()
        return self._startup.info if self._startup else None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _item_placeholder(self) -> str:
        return self.tr("Choose a service, provider or location on the left.")

    def _offering_placeholder(self) -> str:
        return self.tr("Choose a provider from the list to see its details.")

    # --- actions --------------------------------------------------------------------------

    def focus_municipality(self) -> None:
        self.municipality.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.municipality.edit.selectAll()

    def focus_search(self) -> None:
        self.browser.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.browser.search_edit.selectAll()

    def clear_search(self) -> None:
        self.browser.search_edit.clear()
        self.focus_search()

    def choose_municipality(self, text: str) -> Routing | None:
        return self.municipality.choose(text)

    def search_for(self, text: str) -> None:
        self.browser.search_edit.setText(text)

    def show_first_result(self) -> None:
        """Choose the first search result (or service) and its first provider."""
        self.browser.select_first()
        self.offerings.select_first()

    def _apply_changes(self, changes: Changes) -> None:
        """The window's own views show the catalogue: a placement change leaves them be."""
        if changes.catalogue:
            self._catalogue_changed()

    def _catalogue_changed(self) -> None:
        """Another catalogue is current: everything the catalogue views show is read again."""
        self.retranslate()
        self.municipality.choose(self.municipality.edit.text())
        self._scope_changed()
        self.item_details.show_nothing()
        self.offerings.show_for(None)

    def _scope_changed(self) -> None:
        routing = self.municipality.routing
        offering_filter = self.filters.current()
        self.browser.set_scope(routing.regional_unit.id if routing else None, offering_filter)
        self.offerings.set_scope(routing, offering_filter, self.municipality.client_postal_code)

    def _show_item(self, kind_value: str, ref_id: str) -> None:
        if self.navigator is None:
            return
        kind = EntityKind(kind_value)
        shown = False
        if kind is EntityKind.SERVICE and (service := self.navigator.service_view(ref_id)):
            self.item_details.show_service(service)
            shown = True
        elif kind is EntityKind.PROVIDER and (provider := self.navigator.provider_view(ref_id)):
            self.item_details.show_provider(provider)
            shown = True
        elif kind is EntityKind.LOCATION and (location := self.navigator.location_view(ref_id)):
            self.item_details.show_location(location)
            shown = True
        if not shown:
            self.item_details.show_nothing()
            self.offerings.show_for(None)
            return
        self.offerings.show_for(kind, ref_id)

    def _show_offering(self, row: OfferingRow | None) -> None:
        if row is None or self.navigator is None:
            self.offering_details.show_nothing()
            return
        o = row.offering
        if o.location is not None and (location := self.navigator.location_view(o.location.id)):
            self.offering_details.show_location(location, o)
        elif provider := self.navigator.provider_view(o.provider.id):
            self.offering_details.show_provider(provider, o)
        else:
            self.offering_details.show_nothing()
