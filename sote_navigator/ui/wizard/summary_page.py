"""Step 5: the summary in the client's language, its status, the clipboard copy and the PDF."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout

from sote_navigator.core.placement_record import (
    PlacementInput,
    PlacementStatus,
    default_summary_language,
)
from sote_navigator.ui.summary_output import SummaryOutput, SummarySource
from sote_navigator.ui.wizard.page import PlacementPage
from sote_navigator.wording.summary import status_text

if TYPE_CHECKING:
    from sote_navigator.ui.wizard.flow import PlacementFlow

FINAL_STATUSES = (PlacementStatus.REFERRED, PlacementStatus.DECIDED, PlacementStatus.DRAFT)


class SummaryPage(PlacementPage):
    def __init__(self, flow: PlacementFlow) -> None:
        super().__init__(flow)
        self.setObjectName("summaryPage")
        self.setFinalPage(True)
        self.status = QComboBox(self)
        self.status.setObjectName("status")
        self.status_label = QLabel(self)
        self.output = SummaryOutput(self.source, self)
        self.status_label.setBuddy(self.status)
        form = QFormLayout()
        form.addRow(self.status_label, self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.output, 1)
        layout.addWidget(self.error_label)
        self._visited = False
        self.status.currentIndexChanged.connect(self.output.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(
            self.tr(
                "The summary for the client and the client record system, in the client's "
                "language. Finish saves the placement."
            )
        )
        self.status_label.setText(self.tr("Status:"))
        self.status.setAccessibleDescription(
            self.tr("Where the placement stands when you save it.")
        )
        current = self.status.currentData()
        self.status.blockSignals(True)
        self.status.clear()
        for status in FINAL_STATUSES:
            self.status.addItem(status_text(status.value), status.value)
        self.status.setCurrentIndex(max(0, self.status.findData(current)))
        self.status.blockSignals(False)

    def source(self) -> SummarySource:
        state = self.flow.state
        self.store(state)
        notes = [state.notes] if state.notes else []
        return SummarySource(state, self.flow.snapshot(), state.status, dt.date.today(), notes)

    def load(self, state: PlacementInput) -> None:
        self.output.set_language(state.effective_summary_language)
        # A new placement is usually a referral; a draft is kept as one only when chosen here.
        chosen = self._visited or state.status != PlacementStatus.DRAFT.value
        wanted = state.status if chosen else PlacementStatus.REFERRED.value
        self.status.blockSignals(True)
        self.status.setCurrentIndex(max(0, self.status.findData(wanted)))
        self.status.blockSignals(False)
        self._visited = True
        self.output.result_label.setText("")
        self.output.refresh()

    def store(self, state: PlacementInput) -> None:
        chosen = self.output.chosen_language()
        # Left empty while it is the default, so that it follows a changed client language.
        state.summary_language = (
            "" if chosen == default_summary_language(state.language) else chosen
        )
        state.status = str(self.status.currentData() or PlacementStatus.REFERRED.value)
