"""The Language menu switches the open windows at once and the choice is remembered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from sote_navigator import i18n
from sote_navigator.cli import common
from sote_navigator.settings import UI_LANGUAGE, Settings
from sote_navigator.ui.language_menu import LanguageMenu, switch_language
from sote_navigator.ui.main_window import MainWindow


def _window(qtbot: QtBot, engine: Engine, tmp_path: Path) -> MainWindow:
    window = MainWindow(engine, tmp_path / "small.sqlite", Settings())
    qtbot.addWidget(window)
    window.show()
    return window


def test_switch_retranslates_and_is_remembered(
    qtbot: QtBot, small_engine: Engine, tmp_path: Path
) -> None:
    i18n.set_language("fi")
    window = _window(qtbot, small_engine, tmp_path)
    menu = window.findChild(LanguageMenu)
    assert menu is not None
    label = window.findChild(QLabel, "catalogueLabel")
    assert label is not None
    assert label.text() == "Palveluluettelo: Testiluettelo, versio 1"
    assert menu.title() == "&Kieli (Language)"
    assert menu.action_for("fi").isChecked()

    menu.action_for("sv").trigger()
    QApplication.processEvents()

    assert label.text() == "Servicekatalog: Testkatalog, version 1"
    assert menu.title() == "&Språk (Language)"
    assert menu.action_for("sv").isChecked() and not menu.action_for("fi").isChecked()
    assert QLocale().name() == "sv_FI"
    assert window.locale().name() == "sv_FI" and label.locale().name() == "sv_FI"
    assert Settings().get(UI_LANGUAGE) == "sv"
    # The next start, without --lang, comes up in Swedish; --lang still wins.
    assert common.resolve_language(None) == "sv"
    assert common.resolve_language("en") == "en"


def test_two_windows_switch_together(qtbot: QtBot, small_engine: Engine, tmp_path: Path) -> None:
    i18n.set_language("en")
    first = _window(qtbot, small_engine, tmp_path)
    second = _window(qtbot, small_engine, tmp_path)
    menu = first.findChild(LanguageMenu)
    assert menu is not None
    menu.action_for("fi").trigger()
    QApplication.processEvents()
    for window in (first, second):
        label = window.findChild(QLabel, "catalogueLabel")
        assert label is not None and label.text().startswith("Palveluluettelo:")
        other = window.findChild(LanguageMenu)
        assert other is not None and other.action_for("fi").isChecked()


def test_language_names_are_in_their_own_language(qtbot: QtBot) -> None:
    i18n.set_language("sv")
    menu = LanguageMenu()
    qtbot.addWidget(menu)
    names = [a.text() for a in menu.actions()]
    assert names == ["Suomi", "Svenska", "English"]


def test_qt_standard_buttons_follow_the_language(qtbot: QtBot) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    switch_language("sv")
    QApplication.processEvents()
    assert cancel.text() == "Avbryt"
    switch_language("fi")
    QApplication.processEvents()
    assert cancel.text() == "Peru"  # Qt's own Finnish catalogue (qtbase_fi)
    switch_language("pseudo")
    QApplication.processEvents()
    assert cancel.text().startswith("[Çáñçél")
