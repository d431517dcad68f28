"""The catalogue's place in the main window: File → Import catalogue… and the status bar text.

Kept apart from the main window so that the window only wires it in (two lines).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from sote_navigator import i18n, paths
from sote_navigator.core.catalogue import CatalogueInfo
from sote_navigator.i18n import arg
from sote_navigator.services.changes import Changes
from sote_navigator.ui.changes import ChangeFeed

if TYPE_CHECKING:
    from sote_navigator.services.workspace import Workspace

    # Loaded when the dialog first opens: it brings the validator (jsonschema) along.
    from sote_navigator.ui.import_dialog import ImportDialog


def file_menu(window: QMainWindow) -> tuple[QMenu, bool]:
    """The window's File menu (objectName ``fileMenu``), and whether it was made here."""
    found = window.menuBar().findChild(QMenu, "fileMenu")
    if isinstance(found, QMenu):
        return found, False
    menu = QMenu(window)
    menu.setObjectName("fileMenu")
    bar = window.menuBar()
    first = next(iter(bar.actions()), None)
    if first is None:
        bar.addMenu(menu)
    else:
        bar.insertMenu(first, menu)  # File comes first, whatever was added before
    return menu, True


def age_days(info: CatalogueInfo, now: dt.datetime | None = None) -> int:
    moment = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    return max(0, (moment - info.imported_at).days)


class CatalogueMenu(QObject):
    """Owns the import action, the import dialog and the status bar label. An import is
    published to ``changes``; the status label follows whatever changed the catalogue."""

    def __init__(self, window: QMainWindow, workspace: Workspace, changes: ChangeFeed) -> None:
        super().__init__(window)
        self._window = window
        self._workspace = workspace
        self.changes = changes
        self._dialog: ImportDialog | None = None
        self._menu, self._owns_menu = file_menu(window)
        self.import_action = QAction(window)
        self.import_action.setObjectName("importCatalogueAction")
        self.import_action.triggered.connect(self.open_import)
        self._menu.addAction(self.import_action)
        self.status = QLabel(window)
        self.status.setObjectName("catalogueStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        window.statusBar().addPermanentWidget(self.status)
        changes.published.connect(self._apply_changes)
        self.retranslate()

    def _apply_changes(self, changes: Changes) -> None:
        if changes.catalogue:
            self.refresh()

    def retranslate(self) -> None:
        if self._owns_menu:
            self._menu.setTitle(self.tr("&File"))
        self.import_action.setText(self.tr("&Import catalogue\u2026"))
        self.refresh()

    def refresh(self) -> None:
        info = self._workspace.catalogue_info()
        if info is None:
            self.status.setText(self.tr("No catalogue is installed."))
            return
        days = age_days(info)
        age = (
            self.tr("imported today")
            if days == 0
            else self.tr("imported %n day(s) ago", None, days)
        )
        self.status.setText(
            arg(
                self.tr("Catalogue %1, version %2 (%3, %4)"),
                info.name(i18n.content_language()) or info.catalogue_id,
                info.version,
                i18n.format_date(info.imported_at.date()),
                age,
            )
        )

    def open_import(self) -> ImportDialog:
        if self._dialog is None:
            from sote_navigator.ui.import_dialog import ImportDialog

            self._dialog = ImportDialog(
                self._workspace, self._window, keys_folder=paths.trusted_keys_dir()
            )
            self._dialog.imported.connect(self.changes.publish)
        self._dialog.show()
        self._dialog.raise_()
        return self._dialog
