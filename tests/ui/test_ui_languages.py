"""Every screen in every language: nothing cut off, and a run-time switch leaves nothing behind.

The screens are those of sote_navigator/ui/gallery.py, so windows, dialogs and wizard pages
added there are checked too; a test below makes sure every widget class under ui/ is there.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

import sote_navigator.ui
from sote_navigator import i18n
from sote_navigator.ui import gallery
from sote_navigator.ui.language_menu import LanguageMenu
from tests.catalogue_factory import small_catalogue
from tools import ui_text
from tools.leftovers import LeftoverFinder
from tools.screenshots import show

SCREENS = {screen.name: screen for screen in gallery.screens()}
SWITCHES = [("fi", "sv"), ("sv", "fi"), ("en", "fi"), ("fi", "en"), ("sv", "en"), ("en", "sv")]


@pytest.fixture
def build(qtbot: QtBot, small_engine: Engine, tmp_path: Path) -> Iterator[Any]:
    def make(name: str) -> QWidget:
        screen = SCREENS[name]
        widget = screen.build(small_engine, tmp_path / "small.sqlite")
        qtbot.addWidget(widget)
        show(widget, screen.size)
        return widget

    yield make


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
@pytest.mark.parametrize("name", SCREENS)
def test_no_text_is_cut_off(build: Any, name: str, language: str) -> None:
    i18n.set_language(language)
    widget = build(name)
    problems = ui_text.cut_off(widget)
    assert not problems, "\n".join(str(p) for p in problems)


def _catalogue_names() -> list[dict[str, str]]:
    """Every localized text of the test catalogue as {language: value}."""
    found: list[dict[str, str]] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            if node and all(isinstance(t, dict) and "language" in t for t in node):
                found.append({t["language"]: t["value"] for t in node})
            else:
                for value in node:
                    walk(value)

    walk(small_catalogue())
    return found


def _switch(widget: QWidget, language: str) -> None:
    """Through the Language menu when the screen has one, as a user would."""
    menu = widget if isinstance(widget, LanguageMenu) else widget.findChild(LanguageMenu)
    if menu is not None:
        menu.action_for(language).trigger()
    else:
        i18n.set_language(language)
    QApplication.processEvents()


@pytest.mark.parametrize(("old", "new"), SWITCHES)
@pytest.mark.parametrize("name", SCREENS)
def test_switching_language_leaves_no_string_of_the_old_one(
    build: Any, name: str, old: str, new: str
) -> None:
    i18n.set_language(old)
    widget = build(name)
    before = ui_text.visible_strings(widget)
    _switch(widget, new)
    assert i18n.language() == new
    after = ui_text.visible_strings(widget)
    finder = LeftoverFinder(old, new)
    finder.add_names(_catalogue_names())
    # The check itself must see the old language before the switch, or it proves nothing.
    assert finder.find(before), f"no {old} string recognised in {before}"
    leftovers = finder.find(after)
    assert not leftovers, "\n".join(
        f"{shown!r} is still {old} ({hit!r})" for shown, hit in leftovers
    )
    assert LeftoverFinder(new, old).find(after), f"no {new} string recognised in {after}"


def _ui_widget_classes() -> set[type]:
    classes: set[type] = set()
    for info in pkgutil.walk_packages(sote_navigator.ui.__path__, "sote_navigator.ui."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(cls, QWidget):
                classes.add(cls)
    return classes


def test_every_window_and_widget_is_in_the_gallery(qtbot: QtBot, small_engine: Engine) -> None:
    covered: set[type] = set()
    for screen in gallery.screens():
        widget = screen.build(small_engine, Path("unused.sqlite"))
        qtbot.addWidget(widget)
        # A shared base class (e.g. of the wizard pages) is covered by its subclasses.
        covered |= {c for w in [widget, *widget.findChildren(QWidget)] for c in type(w).__mro__}
    missing = sorted(c.__qualname__ for c in _ui_widget_classes() - covered)
    assert not missing, f"add these to sote_navigator/ui/gallery.py: {missing}"
