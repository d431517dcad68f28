"""The cut-off check itself: it must catch text wider than its widget, and pass text that fits."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tools import ui_text

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
