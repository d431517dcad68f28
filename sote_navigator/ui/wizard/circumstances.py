"""The client's circumstances on the client page: who the services are for.

One combo box per question, each starting at "Not asked": the placement names the question
when a service depends on it, and the counsellor answers only what was asked at the desk.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QWidget

from sote_navigator.core.client_groups import Circumstance
from sote_navigator.core.placement_record import PlacementInput
from sote_navigator.i18n import arg
from sote_navigator.wording.client_groups import answer_texts, not_asked_text, question_text

NOT_ASKED = ""
# Two questions a row, so that the client page still fits a laptop screen.
COLUMNS = 2


class CircumstancesBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("circumstances")
        self.boxes: dict[Circumstance, QComboBox] = {}
        self.labels: dict[Circumstance, QLabel] = {}
        grid = QGridLayout(self)
        for n, circumstance in enumerate(Circumstance):
            box = QComboBox(self)
            box.setObjectName(f"circumstance_{circumstance.value}")
            label = QLabel(self)
            label.setBuddy(box)
            row, column = divmod(n, COLUMNS)
            grid.addWidget(label, row, 2 * column)
            grid.addWidget(box, row, 2 * column + 1)
            self.boxes[circumstance] = box
            self.labels[circumstance] = label
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Who the services are for (answer only what you asked)"))
        for circumstance, box in self.boxes.items():
            question = question_text(circumstance)
            self.labels[circumstance].setText(arg(self.tr("%1:"), question))
            box.setAccessibleName(question)
            box.setAccessibleDescription(
                self.tr("Leave it at the first choice unless you asked the client.")
            )
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(not_asked_text(), NOT_ASKED)
            for code, words in answer_texts(circumstance):
                box.addItem(words, code)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def answer(self, circumstance: Circumstance) -> str:
        return str(self.boxes[circumstance].currentData() or NOT_ASKED)

    def set_answer(self, circumstance: Circumstance, code: str) -> None:
        box = self.boxes[circumstance]
        box.setCurrentIndex(max(0, box.findData(code)))

    def load(self, state: PlacementInput) -> None:
        self.set_answer(Circumstance.EDUCATION, state.education)
        self.set_answer(Circumstance.WORK, state.work)
        self.set_answer(Circumstance.CHILDREN, state.children)
        self.set_answer(Circumstance.EXPECTING, _code(state.expecting))
        self.set_answer(Circumstance.VETERAN, _code(state.veteran))

    def store(self, state: PlacementInput) -> None:
        state.education = self.answer(Circumstance.EDUCATION)
        state.work = self.answer(Circumstance.WORK)
        state.children = self.answer(Circumstance.CHILDREN)
        state.expecting = _flag(self.answer(Circumstance.EXPECTING))
        state.veteran = _flag(self.answer(Circumstance.VETERAN))


def _code(flag: bool | None) -> str:
    return NOT_ASKED if flag is None else ("yes" if flag else "no")


def _flag(code: str) -> bool | None:
    return None if code == NOT_ASKED else code == "yes"
