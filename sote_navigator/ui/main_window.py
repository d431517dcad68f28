"""The main window: wires the components together and nothing more."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget
from sqlalchemy import Engine

from sote_navigator import i18n
from sote_navigator.i18n import arg
from sote_navigator.services import catalogue
from sote_navigator.settings import Settings
from sote_navigator.ui.catalogue_menu import CatalogueMenu
from sote_navigator.ui.language_menu import LanguageMenu
from sote_navigator.ui.placement_actions import PlacementActions


class MainWindow(QMainWindow):
    def __init__(self, engine: Engine, db_path: Path, settings: Settings | None = None) -> None:
        super().__init__()
        self._engine = engine
        self._db_path = db_path
        self.menuBar().addMenu(LanguageMenu(self, settings))
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self._catalogue_label = QLabel(central)
        self._catalogue_label.setObjectName("catalogueLabel")
        layout.addWidget(self._catalogue_label)
        layout.addStretch(1)
        self.setCentralWidget(central)
        self.catalogue_menu = CatalogueMenu(self, engine)
        self.catalogue_menu.changed.connect(lambda _version: self.retranslate())
        self.placement = PlacementActions(self, engine)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sote Navigator"))
        self.catalogue_menu.retranslate()
        info = catalogue.current(self._engine)
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
