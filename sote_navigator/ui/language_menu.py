"""The Language menu: Suomi, Svenska, English; switches at once and remembers the choice.

Switching installs the other translators (i18n.set_language); Qt then sends LanguageChange to
every widget, and each retranslates itself in its own retranslate() method. Nothing restarts.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from sote_navigator import i18n
from sote_navigator.settings import UI_LANGUAGE, Settings

# Each language is named in itself, so that anyone finds their own whatever is showing.
LANGUAGE_NAMES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}


def switch_language(language: str) -> None:
    """Translators, Qt's default locale and babel to ``language``, and the open windows with them.

    Widgets cache their locale: those that never had one set explicitly take the new default.
    """
    i18n.set_language(language)
    for window in QApplication.topLevelWidgets():
        if not window.testAttribute(Qt.WidgetAttribute.WA_SetLocale):
            window.unsetLocale()


class LanguageMenu(QMenu):
    def __init__(self, parent: QWidget | None = None, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageMenu")
        self._settings = settings
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self._actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setData(code)
            action.setProperty("untranslatedText", True)  # the layout checks skip its text
            self._group.addAction(action)
            self.addAction(action)
            self._actions[code] = action
        self._group.triggered.connect(self._chosen)
        self.retranslate()

    def action_for(self, language: str) -> QAction:
        return self._actions[language]

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Language"))
        for code, action in self._actions.items():
            action.setChecked(code == i18n.language())
            action.setStatusTip(self.tr("Show Sote Navigator in this language"))

    def _chosen(self, action: QAction) -> None:
        language = str(action.data())
        if self._settings is not None:
            self._settings.set(UI_LANGUAGE, language)
        if language != i18n.language():
            switch_language(language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
