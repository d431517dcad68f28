"""Finding a service: the search box with results as you type, and the service tree.

While the search box is empty the tree shows every service in scope, grouped by service level
or by national service class; typing switches to the search results. Down in the search box
moves into the results; Escape clears the search and returns to the tree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from sote_navigator import i18n
from sote_navigator.core.navigation import NO_FILTER, Grouping, NodeKind, OfferingFilter
from sote_navigator.core.vocabulary import EntityKind
from sote_navigator.i18n import translate
from sote_navigator.services import service_tree
from sote_navigator.ui.list_models import SearchResultModel
from sote_navigator.ui.service_tree_model import ServiceTreeModel
from sote_navigator.ui.widgets import ClearingLineEdit, name_clear_button, plain_label, wrap_rows

if TYPE_CHECKING:
    from sote_navigator.db.startup_snapshot import StartupSnapshot
    from sote_navigator.services.navigator import Navigator


EXPAND_AT_MOST = 400
QWIDGETSIZE_MAX = (1 << 24) - 1


class ServiceBrowser(QWidget):
    item_chosen = Signal(str, str)  # EntityKind value, id

    def __init__(
        self, parent: QWidget | None = None, startup: StartupSnapshot | None = None
    ) -> None:
        super().__init__(parent)
        self._navigator: Navigator | None = None
        self._startup = startup
        self._unit: str | None = None
        self._filter = NO_FILTER
        self.search_edit = ClearingLineEdit(self)
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self._search_caption = QLabel(self)
        self._search_caption.setBuddy(self.search_edit)
        self.grouping = QComboBox(self)
        self.grouping.setObjectName("grouping")
        self.grouping.addItem("", Grouping.LEVEL.value)
        self.grouping.addItem("", Grouping.SERVICE_CLASS.value)
        self._grouping_caption = QLabel(self)
        self._grouping_caption.setBuddy(self.grouping)
        self.tree_model = ServiceTreeModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("serviceTree")
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.results_model = SearchResultModel(self)
        self.results = QListView(self)
        self.results.setObjectName("searchResults")
        self.results.setModel(self.results_model)
        self.results.setAlternatingRowColors(True)
        for view in (self.tree, self.results):
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            # A name too long for the list is cut in its middle, so that its end (and the
            # example mark after it) stays in view; the list never scrolls sideways.
            view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # In the trees a long name wraps onto a second line instead.
        wrap_rows(self.tree)
        # While searching: the results, and below them every service in scope to browse on.
        self.scope_tree = QTreeView(self)
        self.scope_tree.setObjectName("scopeTree")
        self.scope_tree.setModel(self.tree_model)
        self.scope_tree.setHeaderHidden(True)
        self.scope_tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scope_tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        wrap_rows(self.scope_tree)
        self._scope_caption = plain_label(self, selectable=False)
        self._scope_caption.setObjectName("scopeCaption")
        self.status = plain_label(self, selectable=False)
        self.status.setObjectName("searchStatus")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.results)
        self._layout()
        self.search_edit.textChanged.connect(self._search)
        self.search_edit.installEventFilter(self)
        self.grouping.currentIndexChanged.connect(lambda _: self.rebuild_tree())
        self.tree.selectionModel().currentChanged.connect(self._tree_current)
        self.results.selectionModel().currentChanged.connect(self._result_current)
        self.scope_tree.selectionModel().currentChanged.connect(self._tree_current)
        self.retranslate()
        self.rebuild_tree()
        self._fit_results()

    def _layout(self) -> None:
        grouping = QHBoxLayout()
        grouping.addWidget(self._grouping_caption)
        grouping.addWidget(self.grouping, 1)
        layout = QVBoxLayout(self)
        self._box = layout
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._search_caption)
        layout.addWidget(self.search_edit)
        layout.addLayout(grouping)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)
        layout.addWidget(self._scope_caption)
        layout.addWidget(self.scope_tree, 1)

    def insert_below_search(self, widget: QWidget) -> None:
        """Place a widget (the filters) between the search box and the service list."""
        self._box.insertWidget(2, widget)

    def retranslate(self) -> None:
        self._search_caption.setText(self.tr("&Search services, providers and locations:"))
        self.search_edit.setPlaceholderText(self.tr("e.g. hammashoito, tandvård, home care"))
        self.search_edit.setAccessibleName(self.tr("Search"))
        self.search_edit.setAccessibleDescription(
            self.tr(
                "Results appear below as you type. Down moves into the results; "
                "Escape clears the search and shows the service tree."
            )
        )
        self._grouping_caption.setText(self.tr("&Group services by:"))
        self.grouping.setItemText(0, self.tr("service level"))
        self.grouping.setItemText(1, self.tr("service class"))
        self.grouping.setAccessibleName(self.tr("Group services by"))
        self.grouping.setAccessibleDescription(
            self.tr("How the list below is grouped: by service level or by service class.")
        )
        name_clear_button(self.search_edit)
        self.tree.setAccessibleName(self.tr("Services"))
        self.tree.setAccessibleDescription(
            self.tr("Services in scope, grouped; choose one to see its details and providers")
        )
        self._scope_caption.setText(self.tr("All services in scope:"))
        self.scope_tree.setAccessibleName(self.tr("All services in scope"))
        self.scope_tree.setAccessibleDescription(
            self.tr("Every service in scope, grouped, below the search results")
        )
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setAccessibleDescription(
            self.tr("Choose a result to see its details and providers")
        )
        self.tree_model.refresh_language()
        self.results_model.refresh_language()
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.rebuild_tree()
            # Results rank names in the UI language first: the order follows the switch.
            self._search(self.search_edit.text())
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        ):
            self.focus_results()
            return True
        return super().eventFilter(watched, event)

    def focus_results(self) -> None:
        view: QAbstractItemView = self.results if self.searching else self.tree
        view.setFocus()
        if not view.currentIndex().isValid():
            self.select_first()

    @property
    def searching(self) -> bool:
        return bool(self.search_edit.text().strip())

    def attach(self, navigator: Navigator) -> None:
        """Start answering: the tree narrows with the scope, and what was typed is searched."""
        self._navigator = navigator
        self.rebuild_tree()
        self._search(self.search_edit.text())

    def set_scope(self, regional_unit_id: str | None, offering_filter: OfferingFilter) -> None:
        self._unit, self._filter = regional_unit_id, offering_filter
        self.rebuild_tree()
        self._search(self.search_edit.text())

    def rebuild_tree(self) -> None:
        grouping = Grouping(self.grouping.currentData())
        language = i18n.content_language()
        if self._navigator is not None:
            roots = self._navigator.service_tree(grouping, language, self._unit, self._filter)
        elif self._startup is not None:
            # Before the database opens: every service, from the start-up snapshot, decoded
            # only when a group is opened.
            startup = self._startup
            roots = (
                service_tree.by_level_ids(startup.ids_by_level, lambda: startup.services, language)
                if grouping is Grouping.LEVEL
                else service_tree.by_class(startup.services.values(), startup.classes, language)
            )
        else:
            roots = ()
        self.tree_model.set_tree(roots)
        # The whole country's thousands of services stay folded under their groups; a
        # municipality's hundred or so are shown at once.
        if self.tree_model.service_count() <= EXPAND_AT_MOST:
            for tree in (self.tree, self.scope_tree):
                if grouping is Grouping.LEVEL:
                    for row in range(self.tree_model.rowCount()):
                        tree.expand(self.tree_model.index(row, 0))
                else:
                    tree.expandToDepth(0)
        self._update_status()

    def select_first(self) -> None:
        view: QAbstractItemView = self.results if self.searching else self.tree
        model = view.model()
        index = model.index(0, 0)
        while self.stack.currentWidget() is self.tree and model.hasChildren(index):
            index = model.index(0, 0, index)
        if index.isValid():
            view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def found_services(self) -> list[str]:
        """The ids of the services among the search results, best first."""
        model = self.results_model
        items = (model.item(row) for row in range(model.rowCount()))
        return [item.id for item in items if item.kind is EntityKind.SERVICE]

    def choose_result(self, service_id: str) -> None:
        """Choose the search result of this service (as a click on it would)."""
        model = self.results_model
        for row in range(model.rowCount()):
            if model.item(row).id == service_id:
                self.results.selectionModel().setCurrentIndex(
                    model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                return

    def _search(self, text: str) -> None:
        if text.strip() and self._navigator is not None:
            found = self._navigator.search(
                text, self._unit, self._filter, language=i18n.content_language()
            )
            self.results_model.set_items(found)
            self.stack.setCurrentWidget(self.results)
        elif text.strip():
            self.stack.setCurrentWidget(self.results)  # answered once the database is open
        else:
            self.results_model.set_items([])
            self.stack.setCurrentWidget(self.tree)
        self._fit_results()
        self._update_status()

    def _fit_results(self) -> None:
        """Searching: the results as tall as their rows (up to most of the column), the
        services in scope below them; else the tree alone."""
        searching = self.searching
        self._scope_caption.setVisible(searching)
        self.scope_tree.setVisible(searching)
        layout = self._box
        layout.setStretchFactor(self.stack, 0 if searching else 1)
        if not searching:
            self.stack.setMaximumHeight(QWIDGETSIZE_MAX)
            return
        rows = self.results_model.rowCount()
        needed = sum(self.results.sizeHintForRow(r) for r in range(min(rows, 60)))
        needed = max(needed, self.results.fontMetrics().height() * 2)
        self.stack.setMaximumHeight(needed + 2 * self.results.frameWidth() + 2)

    def _update_status(self) -> None:
        if self.searching:
            n = self.results_model.rowCount()
            text = (
                translate("ServiceBrowser", "%n result(s)", None, n)
                if n
                else self.tr(
                    "Nothing matches; check the spelling, the municipality or the filters."
                )
            )
        else:
            count = self.tree_model.service_count()
            text = translate("ServiceBrowser", "%n service(s) in scope", None, count)
        self.status.setText(text)

    def _tree_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node = self.tree_model.node(current)
        if node is not None and node.kind is NodeKind.SERVICE:
            self.item_chosen.emit(EntityKind.SERVICE.value, node.key)

    def _result_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            result = self.results_model.item(current.row())
            self.item_chosen.emit(result.kind.value, result.id)
