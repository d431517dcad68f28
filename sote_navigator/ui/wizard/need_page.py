"""Step 2: the need, in the client's words or as a service class; a preview of what it finds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QListView, QVBoxLayout

from sote_navigator import i18n
from sote_navigator.core.placement import Need, NeedKind
from sote_navigator.core.placement_record import PlacementInput
from sote_navigator.ui.widgets import name_clear_button
from sote_navigator.ui.wizard.models import ServiceNamesModel
from sote_navigator.ui.wizard.page import PlacementPage
from sote_navigator.wording.reasons import nothing_matches_text

if TYPE_CHECKING:
    from sote_navigator.ui.wizard.flow import PlacementFlow

PREVIEW_DELAY_MS = 150


class NeedPage(PlacementPage):
    def __init__(self, flow: PlacementFlow) -> None:
        super().__init__(flow)
        self.setObjectName("needPage")
        self.words = QLineEdit(self)
        self.words.setObjectName("needWords")
        self.words.setClearButtonEnabled(True)
        self.service_class = QComboBox(self)
        self.service_class.setObjectName("serviceClass")
        self._classes = flow.placer.need_classes()
        self.preview_model = ServiceNamesModel(self)
        self.preview = QListView(self)
        self.preview.setObjectName("needPreview")
        self.preview.setModel(self.preview_model)
        self.preview.setSelectionMode(QListView.SelectionMode.NoSelection)
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.words_label = QLabel(self)
        self.class_label = QLabel(self)
        self.words_label.setBuddy(self.words)
        self.class_label.setBuddy(self.service_class)
        form = QFormLayout()
        form.addRow(self.words_label, self.words)
        form.addRow(self.class_label, self.service_class)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.count_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.error_label)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.words.textChanged.connect(self._timer.start)
        self.service_class.currentIndexChanged.connect(self.refresh_preview)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Need"))
        self.setSubTitle(
            self.tr(
                "Describe the need in a few words, in Finnish, Swedish or English, or pick a "
                "service class."
            )
        )
        self.words_label.setText(self.tr("Need:"))
        self.class_label.setText(self.tr("or service class:"))
        self.words.setPlaceholderText(self.tr("e.g. home care, hemvård, hammashoitola"))
        name_clear_button(self.words)
        self.service_class.setAccessibleDescription(
            self.tr("A national service class, instead of words.")
        )
        self.preview.setAccessibleName(self.tr("Services the need finds"))
        self.preview.setAccessibleDescription(
            self.tr("A preview: the next page checks which of them fit the client.")
        )
        current = self.service_class.currentData()
        self.service_class.blockSignals(True)
        self.service_class.clear()
        self.service_class.addItem("\u2014", "")
        lang = i18n.content_language()
        for c in self._classes:
            self.service_class.addItem(f"{c.code} {c.name(lang)}", c.uri)
        self.service_class.setCurrentIndex(max(0, self.service_class.findData(current)))
        self.service_class.blockSignals(False)
        self.refresh_preview()

    def need(self) -> Need | None:
        text = self.words.text().strip()
        if text:
            return self.flow.placer.need(text)
        uri = self.service_class.currentData()
        return Need(NeedKind.SERVICE_CLASS, str(uri)) if uri else None

    def refresh_preview(self) -> None:
        self._timer.stop()
        need = self.need()
        services = self.flow.placer.services_for(need, self.flow.organiser_id()) if need else []
        self.preview_model.set_services(services)
        if need is None:
            self.count_label.setText("")
        else:
            self.count_label.setText(
                self.tr("%n service(s) match:", None, len(services))
                if services
                else nothing_matches_text()
            )

    def load(self, state: PlacementInput) -> None:
        index = self.service_class.findData(state.need_value)
        picked = (
            state.need_kind == NeedKind.SERVICE_CLASS
            and index > 0
            and state.need_text == self.service_class.itemText(index)
        )
        # A need from the CLI or an older draft may have no typed text: its value reads too.
        self.words.setText("" if picked else (state.need_text or state.need_value))
        self.service_class.setCurrentIndex(index if picked else 0)
        self.refresh_preview()

    def store(self, state: PlacementInput) -> None:
        need = self.need()
        previous = (state.need_kind, state.need_value)
        if need is None:
            state.need_kind, state.need_value, state.need_text = NeedKind.WORDS.value, "", ""
        else:
            state.need_kind, state.need_value = need.kind.value, need.value
            state.need_text = self.words.text().strip() or self.service_class.currentText()
        if (state.need_kind, state.need_value) != previous:
            state.service_id = ""
            state.offering_id = ""

    def problem(self) -> str:
        need = self.need()
        if need is None:
            return self.tr("Describe the need, or pick a service class.")
        if not self.flow.placer.service_ids(need):
            return nothing_matches_text()
        return ""
