"""The gallery (sote_navigator/ui/gallery.py) on the shipped default catalogue: every
placement page reached with a real service and provider, the history with its follow-ups,
and every interactive widget of every screen named for assistive technology."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from sote_navigator import i18n
from sote_navigator.core import localized
from sote_navigator.services.workspace import Workspace
from sote_navigator.ui import gallery
from sote_navigator.ui.history import HistoryDialog, PlacementListModel
from sote_navigator.ui.wizard import PlacementWizard
from tools import accessibility
from tools.screenshots import show

SCREENS = {screen.name: screen for screen in gallery.screens()}


@pytest.fixture(scope="module")
def default_workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, Path]]:
    """The default catalogue in a database of its own, shared by this module's screens."""
    path = tmp_path_factory.mktemp("gallery") / "default.sqlite"
    workspace = Workspace(path)
    yield workspace, path
    workspace.close()


@pytest.fixture
def build(qtbot: QtBot, default_workspace: tuple[Workspace, Path]) -> Any:
    workspace, path = default_workspace

    def make(name: str) -> QWidget:
        screen = SCREENS[name]
        widget = screen.build(workspace, path)
        qtbot.addWidget(widget)
        show(widget, screen.size)
        return widget

    return make


def test_the_provider_page_shows_the_default_catalogues_choice(build: Any) -> None:
    i18n.set_language("fi")
    wizard = build("placement-provider")
    assert isinstance(wizard, PlacementWizard)
    assert wizard.currentId() == 3, "the walk stopped before the provider page"
    page = wizard.pages[3]
    chosen = page.selected()
    assert chosen is not None
    assert chosen.offering.id == wizard.state.offering_id
    assert page.model.rowCount() >= 2, "the client has no choice to make in the picture"


def test_the_summary_page_names_the_chosen_provider(build: Any) -> None:
    i18n.set_language("sv")
    wizard = build("placement-summary")
    assert isinstance(wizard, PlacementWizard)
    assert wizard.currentId() == 4
    snapshot = wizard.snapshot()
    assert snapshot is not None and snapshot.provider is not None
    text = wizard.pages[4].output.preview.toPlainText()
    assert localized.pick(snapshot.provider.provider.names, "sv") in text
    assert "Borgå" in text


def test_the_history_shows_follow_ups_and_reasons_in_the_default_catalogues_words(
    build: Any,
) -> None:
    i18n.set_language("fi")
    dialog = build("placement-history")
    assert isinstance(dialog, HistoryDialog)
    model = dialog.model
    rows = [
        [model.index(row, column).data() for column in range(model.COLUMNS)]
        for row in range(model.rowCount())
    ]
    assert len(rows) == 4
    for row in rows:
        assert row[4] and row[5], f"a placement without its service or provider: {row}"
    follow_up = PlacementListModel.FOLLOW_UP_COLUMN
    assert "18" in rows[0][follow_up], "the aged referral is not listed first as a follow-up"
    statuses = {row[2]: row[follow_up] for row in rows}
    assert "Palvelutarpeen arvio" in statuses["kielteinen päätös"]
    assert "muutti" in statuses["peruttu"]


@pytest.mark.parametrize("language", ["fi", "sv"])
@pytest.mark.parametrize("name", SCREENS)
def test_every_interactive_widget_has_an_accessible_name(
    build: Any, name: str, language: str
) -> None:
    i18n.set_language(language)
    widget = build(name)
    found = accessibility.interactive(widget)
    problems = accessibility.unnamed(widget)
    assert not problems, "\n".join(str(p) for p in problems)
    if name != "language-menu":  # a menu: its actions are named by their texts
        assert found, "the walk found nothing to check"


def test_the_accessibility_walk_finds_what_is_unnamed(qtbot: QtBot) -> None:
    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    edit = QLineEdit(top)
    edit.setObjectName("bare")
    combo = QComboBox(top)  # its current value is not its name
    combo.setObjectName("valueOnly")
    combo.addItem("svenska")
    named = QLineEdit(top)
    named.setAccessibleName("Municipality")
    named.setAccessibleDescription("The client's home municipality")
    hidden = QPushButton(top)
    hidden.hide()
    for w in (edit, combo, named, QPushButton("Save", top)):
        layout.addWidget(w)
    top.show()
    problems = {(p.widget, p.missing) for p in accessibility.unnamed(top)}
    assert problems == {
        ("QLineEdit#bare", "name"),
        ("QLineEdit#bare", "description"),
        ("QComboBox#valueOnly", "name"),
        ("QComboBox#valueOnly", "description"),
    }
