"""Driving the placement wizard as a counsellor would: typing, choosing, pressing Next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from sote_navigator.ui.wizard import PlacementWizard


def type_text(widget: QWidget, text: str) -> None:
    """Type into a widget; one key event per character (keyClicks aborts on non-ASCII)."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )
    QApplication.processEvents()


def press_next(wizard: PlacementWizard) -> int:
    QTest.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    return wizard.currentId()


def press_back(wizard: PlacementWizard) -> int:
    QTest.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    return wizard.currentId()


def fill_client(
    wizard: PlacementWizard, municipality: str, age: int, language: str, **needs: bool
) -> None:
    page = wizard.pages[0]
    page.municipality.clear()
    type_text(page.municipality, municipality)
    page.age.setValue(age)
    page.language.setCurrentIndex(page.language.findData(language))
    page.home_visit.setChecked(needs.get("home_visit", False))
    page.urgent.setChecked(needs.get("urgent", False))
    page.accessible.setChecked(needs.get("accessible", False))
    page.evening.setChecked(needs.get("evening", False))


def fill_need(wizard: PlacementWizard, words: str) -> None:
    page = wizard.pages[1]
    page.words.clear()
    type_text(page.words, words)
    page.refresh_preview()
