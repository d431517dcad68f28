"""The checks themselves: cut-off text and leftovers are caught, and what fits or belongs passes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QListView,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tools import ui_text
from tools.leftovers import LeftoverFinder

NBSP = "\u00a0"
LONG = "Palvelutarpeen arviointi ja viranomaispäätös tarvitaan ennen palvelua"


def _window(qtbot: QtBot, *children: QWidget) -> QWidget:
    window = QWidget()
    layout = QVBoxLayout(window)
    for child in children:
        layout.addWidget(child)
    qtbot.addWidget(window)
    window.show()
    return window


def test_text_that_fits_passes(qtbot: QtBot) -> None:
    box = QGroupBox(LONG)
    QVBoxLayout(box).addWidget(QCheckBox(LONG))
    window = _window(qtbot, QLabel(LONG), QPushButton(LONG), QRadioButton(LONG), box)
    window.adjustSize()
    assert ui_text.cut_off(window) == []


@pytest.mark.parametrize("kind", [QLabel, QPushButton, QCheckBox, QRadioButton])
def test_a_fixed_narrow_widget_is_caught(qtbot: QtBot, kind: type[QWidget]) -> None:
    widget = kind(LONG)  # type: ignore[call-arg]
    widget.setObjectName("narrow")
    widget.setFixedWidth(120)
    window = _window(qtbot, widget)
    problems = ui_text.cut_off(window)
    assert [p.widget for p in problems] == [f"{kind.__name__}#narrow"]
    assert problems[0].needed > problems[0].available


def test_a_group_box_title_wider_than_the_box_is_caught(qtbot: QtBot) -> None:
    box = QGroupBox(LONG)
    box.setFixedWidth(150)
    assert [p.text for p in ui_text.cut_off(_window(qtbot, box))] == [LONG]


def test_a_wrapped_label_cannot_wrap_a_long_compound_word(qtbot: QtBot) -> None:
    label = QLabel("Sosiaali- ja terveydenhuollon asiakastietojärjestelmäkokonaisuudessa")
    label.setWordWrap(True)
    label.setFixedWidth(140)
    assert len(ui_text.cut_off(_window(qtbot, label))) == 1


def test_visible_strings_drop_mnemonics_and_markup(qtbot: QtBot) -> None:
    window = _window(qtbot, QPushButton("&Save && close"), QLabel("<b>Kunta</b>"))
    strings = ui_text.visible_strings(window)
    assert "Save & close" in strings
    assert "Kunta" in strings


def test_visible_strings_read_list_models(qtbot: QtBot) -> None:
    view = QListView()
    view.setModel(QStringListModel(["Kotihoito", "Hemvård"], view))
    window = _window(qtbot, view)
    assert {"Kotihoito", "Hemvård"} <= set(ui_text.visible_strings(window))


def test_leftovers_match_whole_messages_and_numbers_only() -> None:
    finder = LeftoverFinder("en", "fi")
    assert finder.find(["4 municipalities", f"1{NBSP}234 municipalities"])
    assert finder.find(["Organiser: Itä-Uudenmaan hyvinvointialue"])
    assert finder.find(["Catalogue: x, version 2 \u2014 elsewhere"])
    assert not finder.find(["Client's home municipality"])  # not "%Ln municipality"
    assert not finder.find(["Järjestäjä: Itä-Uudenmaan hyvinvointialue"])


def test_leftover_names_are_whole_texts_or_parts() -> None:
    finder = LeftoverFinder("fi", "sv")
    finder.add_names([{"fi": "Porvoo", "sv": "Borgå"}, {"fi": "Uusimaa", "en": "Uusimaa"}])
    assert finder.find(["Porvoo"]) and finder.find(["Porvoo \u2014 Nyland"])
    assert not finder.find(["t.ex. Porvoo, Borgå eller 638"])  # an example in a sentence
    assert not finder.find(["Uusimaa"])  # no Swedish name to show instead


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        # Qt wraps a web address after its hyphen: not cut (the details pane's provider page).
        ("https://esimerkki.example/loviisa-hammashoitola", False),
        ("https://esimerkki.example/loviisahammashoitola", True),
    ],
)
def test_a_wrapped_label_is_cut_only_by_what_cannot_break(
    qtbot: QtBot, text: str, cut: bool
) -> None:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("address")
    fm = label.fontMetrics()
    label.setFixedWidth(fm.horizontalAdvance("https://esimerkki.example/loviisa-") + 8)
    window = _window(qtbot, label)
    window.adjustSize()
    assert bool(ui_text.cut_off(window)) is cut
