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

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QLabel,
    QMainWindow,
    QSplitter,
    QStyle,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sote_navigator import i18n
from sote_navigator.core.navigation import NO_FILTER
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
from sote_navigator.ui.verdict_card import OtherVerdicts, VerdictCard

if TYPE_CHECKING:
    from sote_navigator.core.catalogue import CatalogueInfo, Routing
    from sote_navigator.core.item_views import OfferingRow
    from sote_navigator.services.changes import Changes
    from sote_navigator.services.navigator import Navigator
    from sote_navigator.services.workspace import Workspace
    from sote_navigator.ui.catalogue_menu import CatalogueMenu
    from sote_navigator.ui.placement_actions import PlacementActions
    from sote_navigator.ui.region_sync import RegionSync


# How many other services the search found are shown with their verdicts under the card.
OTHER_SERVICES_SHOWN = 4


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
        self.region_sync: RegionSync | None = None
        self.placement: PlacementActions | None = None
        self.municipality = MunicipalityField(self)
        self.filters = FilterBar(self)
        self.browser = ServiceBrowser(self, startup)
        self.item_details = DetailsPane(self._item_placeholder, self)
        self.item_details.setObjectName("itemDetails")
        self.verdict_card = VerdictCard(self)
        self.other_verdicts = OtherVerdicts(self)
        self._service_id: str | None = None
        self.offerings = OfferingListView(self)
        self.offering_details = DetailsPane(self._offering_placeholder, self)
        self.offering_details.setObjectName("offeringDetails")
        self._catalogue_label = QLabel(self)
        self._catalogue_label.setObjectName("catalogueLabel")
        self._catalogue_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self._catalogue_label)
        self._build_layout()
        self._build_menus()
        self._build_toolbar()
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
        from sote_navigator.ui.region_sync import RegionSync

        self.workspace = workspace
        self.catalogue_menu = CatalogueMenu(self, workspace, self.changes)
        self.region_sync = RegionSync(self, self.file_menu, workspace, self.changes)
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
        self._fill_toolbar(self.placement, self.catalogue_menu)
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
        if watched is self.middle and event.type() == QEvent.Type.Resize:
            # After the splitter has shared out its new height in its own way.
            QTimer.singleShot(0, self.fit_middle)
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
        # The middle: the verdict card, who offers the service, then its details, split
        # by what each has to show (fit_middle), so that neither is a white field.
        self.middle = QSplitter(Qt.Orientation.Vertical, self)
        self.middle.setObjectName("middleSplitter")
        self.middle.addWidget(self.offerings)
        self.middle.addWidget(self.item_details)
        self.middle.setChildrenCollapsible(False)
        self.middle.installEventFilter(self)
        middle = QWidget(self)
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.verdict_card)
        column.addWidget(self.other_verdicts)
        column.addWidget(self.middle, 1)
        self.body = QSplitter(Qt.Orientation.Horizontal, self)
        self.body.addWidget(self.browser)
        self.body.addWidget(middle)
        self.body.addWidget(self.offering_details)
        # The middle, where providers are compared, gets most of any extra width.
        self.body.setSizes([300, 620, 360])
        for index, stretch in enumerate((2, 5, 1)):
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

    def _build_toolbar(self) -> None:
        """The toolbar: new placement, import, history (once the database is open:
        _fill_toolbar) and the language, each with a shortcut named in its tooltip."""
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        # The Language menu, also from the toolbar; its shortcut opens it there.
        self.language_button = QToolButton(self.toolbar)
        self.language_button.setObjectName("languageButton")
        self.language_button.setMenu(self.language_menu)
        self.language_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.language_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.language_action = self.toolbar.addWidget(self.language_button)
        self.language_action.setObjectName("languageAction")
        self.language_shortcut = QShortcut(QKeySequence("Ctrl+Shift+L"), self)
        self.language_shortcut.activated.connect(self.language_button.showMenu)

    def _fill_toolbar(self, placement: PlacementActions, catalogue: CatalogueMenu) -> None:
        style = self.style()
        icons = (
            (placement.new_action, QStyle.StandardPixmap.SP_FileIcon),
            (catalogue.import_action, QStyle.StandardPixmap.SP_DialogOpenButton),
            (placement.history_action, QStyle.StandardPixmap.SP_FileDialogDetailedView),
        )
        placement.new_action.setShortcut(QKeySequence.StandardKey.New)
        catalogue.import_action.setShortcut(QKeySequence.StandardKey.Open)
        placement.history_action.setShortcut(QKeySequence("Ctrl+H"))
        for action, icon in icons:
            action.setIcon(style.standardIcon(icon))
            self.toolbar.insertAction(self.language_action, action)
        self.toolbar.insertSeparator(self.language_action)
        self._retranslate_toolbar()

    def _retranslate_toolbar(self) -> None:
        """Tooltips, status tips and accessible names of the toolbar's buttons."""
        keys = self.language_shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
        language = self.tr("Show Sote Navigator in another language")
        self.language_button.setText(self.tr("Language"))
        self.language_button.setToolTip(arg(self.tr("%1 (%2)"), language, keys))
        self.language_button.setAccessibleName(self.tr("Language"))
        self.language_button.setAccessibleDescription(language)
        descriptions = {
            "newPlacementAction": self.tr(
                "Start placing a client: the client, the need, the services, the provider "
                "and the summary"
            ),
            "importCatalogueAction": self.tr("Import a service catalogue file"),
            "placementHistoryAction": self.tr("Placements saved at this desk, follow-ups first"),
        }
        for action in self.toolbar.actions():
            button = self.toolbar.widgetForAction(action)
            description = descriptions.get(action.objectName())
            if description is None or button is None:
                continue
            name = action.text().replace("&", "").rstrip("\u2026")
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tip = arg(self.tr("%1 (%2)"), name, keys) if keys else name
            action.setToolTip(tip)
            action.setStatusTip(description)
            button.setAccessibleName(name)
            button.setAccessibleDescription(description)

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
        self.other_verdicts.chosen.connect(self.browser.choose_result)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.municipality.edit,
            self.browser.search_edit,
            *self.filters.checkboxes.values(),
            self.filters.kind,
            self.browser.grouping,
            self.browser.tree,
            self.browser.results,
            self.verdict_card,
            self.other_verdicts,
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
        if self.region_sync is not None:
            self.region_sync.retranslate()
        self.file_menu.setTitle(self.tr("&File"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.toolbar.setAccessibleName(self.tr("Toolbar"))
        if self.placement is not None:
            self.placement.retranslate()
        self._retranslate_toolbar()
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
        self.verdict_card.set_routing(routing)
        self._show_other_verdicts()
        offering_filter = self.filters.current()
        self.browser.set_scope(routing.regional_unit.id if routing else None, offering_filter)
        self.offerings.set_scope(routing, offering_filter, self.municipality.client_postal_code)

    def _show_item(self, kind_value: str, ref_id: str) -> None:
        if self.navigator is None:
            return
        kind = EntityKind(kind_value)
        shown = False
        service = None
        if kind is EntityKind.SERVICE and (service := self.navigator.service_view(ref_id)):
            self.item_details.show_service(service)
            shown = True
        elif kind is EntityKind.PROVIDER and (provider := self.navigator.provider_view(ref_id)):
            self.item_details.show_provider(provider)
            shown = True
        elif kind is EntityKind.LOCATION and (location := self.navigator.location_view(ref_id)):
            self.item_details.show_location(location)
            shown = True
        routing = self.municipality.routing
        self.verdict_card.show_service(service if kind is EntityKind.SERVICE else None, routing)
        self._service_id = ref_id if service is not None else None
        self._show_other_verdicts()
        if not shown:
            self.item_details.show_nothing()
            self.verdict_card.show_service(None, routing)
            self.offerings.show_for(None)
        else:
            self.offerings.show_for(kind, ref_id)
        # Once the new rows and texts are laid out.
        QTimer.singleShot(0, self.fit_middle)

    def _show_other_verdicts(self) -> None:
        """Beside the chosen service's card: the other services the search found, with their
        verdicts for the same municipality."""
        if self.navigator is None or self._service_id is None or not self.browser.searching:
            self.other_verdicts.show_services([])
            return
        routing = self.municipality.routing
        shown = []
        for result in self.browser.found_services():
            if result != self._service_id and (view := self.navigator.service_view(result)):
                shown.append((view, routing))
            if len(shown) == OTHER_SERVICES_SHOWN:
                break
        self.other_verdicts.show_services(shown)

    def fit_middle(self) -> None:
        """Split the middle between the providers and the service's details by what each
        has to show: the list gets the rows it has (at most three fifths of the column when the
        details need the rest), the details the remainder; neither is left a white field."""
        total = sum(self.middle.sizes())
        if total <= 0:
            return
        details = self.item_details.wanted_height()
        wanted = self.offerings.wanted_height()
        if wanted + details <= total:
            listed = wanted  # the details below their text, the list just its rows
        else:
            listed = min(wanted, max(total * 3 // 5, total - details))
        listed = max(listed, self.offerings.minimumSizeHint().height())
        self.middle.setSizes([listed, max(total - listed, 0)])

    def _other_services(self, location_id: str, service_id: str) -> list[str]:
        """The names of the other services offered at a location, for the client's unit."""
        if self.navigator is None:
            return []
        routing = self.municipality.routing
        unit = routing.regional_unit.id if routing else None
        language = i18n.content_language()
        found = self.navigator.offerings(
            EntityKind.LOCATION, location_id, unit, NO_FILTER, language
        )
        names = (
            row.service.name(language)
            for row in found.rows
            if row.service is not None and row.service.id != service_id
        )
        return [name for name in dict.fromkeys(names) if name]

    def _show_offering(self, row: OfferingRow | None) -> None:
        if row is None or self.navigator is None:
            self.offering_details.show_nothing()
            return
        o = row.offering
        if o.location is not None and (location := self.navigator.location_view(o.location.id)):
            self.offering_details.show_location(
                location, o, lambda: self._other_services(location.location.id, o.service_id)
            )
        elif provider := self.navigator.provider_view(o.provider.id):
            self.offering_details.show_provider(provider, o)
        else:
            self.offering_details.show_nothing()
