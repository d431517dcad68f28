"""The whole placement with the keyboard alone, from the main window: every step is a key
event sent where the keyboard focus is (menus by their mnemonics, fields by Tab, choices by
the arrow keys), never a click and never a widget method."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from sote_navigator import i18n
from sote_navigator.core.placement_record import PlacementStatus
from sote_navigator.services.workspace import Workspace
from sote_navigator.ui.main_window import MainWindow
from sote_navigator.ui.wizard import PlacementWizard

Key = Qt.Key
NO = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier
# The underlined letters: the Placement menu, its New placement item, the wizard's Next button.
MNEMONICS = {
    "en": (Key.Key_P, Key.Key_N, Key.Key_N),
    "fi": (Key.Key_P, Key.Key_U, Key.Key_S),  # &Palveluohjaus, &Uusi ohjaus, &Seuraava
    "sv": (Key.Key_S, Key.Key_N, Key.Key_N),  # &Servicehandledning, &Ny handledning, &Nästa
}
# Tab presses enough to reach any field of a page; more means the field is not in the chain.
MAX_TABS = 40


def _target() -> QWidget:
    """Where a key goes: an open menu or popup first, else the widget with the focus."""
    target = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard focus"
    return target


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = NO) -> None:
    QTest.keyClick(_target(), key, modifiers)
    QApplication.processEvents()


def type_text(text: str) -> None:
    """One key event per character, to the focus (keyClicks aborts on non-ASCII text)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, _target(), Key.Key_unknown, ch, NO)
    QApplication.processEvents()


def tab_to(name: str) -> QWidget:
    """Press Tab until the focus is on the widget of that object name."""
    for _ in range(MAX_TABS):
        focus = QApplication.focusWidget()
        if focus is not None and focus.objectName() == name:
            return focus
        press(Key.Key_Tab)
    raise AssertionError(
        f"Tab never reaches {name!r}; the focus is on {QApplication.focusWidget()}"
    )


def next_page(qtbot: QtBot, wizard: PlacementWizard) -> int:
    """Alt and the Next button's letter (a button pressed so clicks a moment later)."""
    before = wizard.currentId()
    press(MNEMONICS[i18n.language()][2], ALT)
    qtbot.waitUntil(lambda: wizard.currentId() != before, timeout=2000)
    assert wizard.currentId() == before + 1, wizard.currentPage().error_label.text()
    return wizard.currentId()


@pytest.fixture(params=sorted(MNEMONICS))
def window(
    request: pytest.FixtureRequest, qtbot: QtBot, tmp_path: Path, placement_catalogue_file: Path
) -> MainWindow:
    i18n.set_language(request.param)
    db = tmp_path / "desk.sqlite"
    window = MainWindow(Workspace(db, placement_catalogue_file), db)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def test_a_whole_placement_with_the_keyboard_alone(qtbot: QtBot, window: MainWindow) -> None:
    menu, new, _next = MNEMONICS[i18n.language()]
    press(menu, ALT)  # the Placement menu
    assert QApplication.activePopupWidget() is not None, "Alt and the menu's letter open no menu"
    press(new)  # New placement…
    assert window.placement is not None
    wizard = window.placement.wizard
    assert wizard is not None, "the menu did not open the placement wizard"
    qtbot.waitActive(wizard)

    tab_to("municipality")
    type_text("Borgå")
    tab_to("age")  # Tab also closes the completer's list
    press(Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("82")
    tab_to("language")
    language = wizard.pages[0].language
    while language.currentData() != "sv":
        before = language.currentIndex()
        press(Key.Key_Down)
        assert language.currentIndex() != before, "the arrow keys do not change the language"
    assert next_page(qtbot, wizard) == 1

    tab_to("needWords")
    type_text("hemvård")
    assert next_page(qtbot, wizard) == 2

    tab_to("servicesTable")
    press(Key.Key_Home)
    chosen_service = wizard.pages[2].selected()
    assert chosen_service is not None
    assert next_page(qtbot, wizard) == 3

    tab_to("choiceTable")
    providers = wizard.pages[3]
    press(Key.Key_Home)
    press(Key.Key_Down)  # the client chose the second best
    chosen = providers.selected()
    assert chosen is not None and chosen.rank == 2
    tab_to("clientChoice")
    type_text("Nära hemmet")
    assert next_page(qtbot, wizard) == 4

    tab_to("status")
    assert wizard.pages[4].status.currentData() == PlacementStatus.REFERRED.value
    press(Key.Key_Return)  # the default button on the last page: Save placement
    assert not wizard.isVisible(), wizard.currentPage().error_label.text()

    records = window.placement.workspace.records.find()
    assert len(records) == 1
    record = records[0]
    assert record.status is PlacementStatus.REFERRED
    assert record.input.municipality == "Borgå"
    assert record.input.age == 82
    assert record.input.language == "sv"
    assert record.input.service_id == chosen_service.service.id
    assert record.input.offering_id == chosen.offering.id
    assert record.input.client_choice == "Nära hemmet"
