"""Step 1: who the client is for placement purposes: home, age, language, needs."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sote_navigator import i18n
from sote_navigator.core import localized
from sote_navigator.core.hetu import IdentityMatch, find_identity_code
from sote_navigator.core.placement_record import PlacementInput
from sote_navigator.i18n import arg
from sote_navigator.services.placement import MAX_AGE
from sote_navigator.ui.wizard.circumstances import CircumstancesBox
from sote_navigator.ui.wizard.fee_box import FeeBox
from sote_navigator.ui.wizard.page import PlacementPage
from sote_navigator.wording.display import shown
from sote_navigator.wording.reasons import language_name

if TYPE_CHECKING:
    from sote_navigator.ui.wizard.flow import PlacementFlow

# Offered in the language list; any other language is typed as its code.
LANGUAGES = ("fi", "sv", "en", "ru", "et", "uk", "ar", "so", "fa", "se")
OTHER = ""
_CODE = re.compile(r"^[a-z]{2,3}$")
_POSTAL_CODE = re.compile(r"^\d{5}$")


class ClientPage(PlacementPage):
    def __init__(self, flow: PlacementFlow) -> None:
        super().__init__(flow)
        self.setObjectName("clientPage")
        self.municipality = QLineEdit(self)
        self.municipality.setObjectName("municipality")
        names = sorted(
            {
                v
                for mu in flow.placer.directory.get().municipalities.values()
                for v in localized.all_values(mu.names)
            }
        )
        completer = QCompleter(QStringListModel(names, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.municipality.setCompleter(completer)
        self.routing_label = QLabel(self)
        self.routing_label.setObjectName("routingLabel")
        self.routing_label.setTextFormat(Qt.TextFormat.PlainText)
        self.routing_label.setWordWrap(True)
        # Optional; only to order places nearest first. Kept only with a saved placement.
        self.postal_code = QLineEdit(self)
        self.postal_code.setObjectName("postalCode")
        self.postal_code.setMaxLength(5)
        self.postal_label = QLabel(self)
        self.age = QSpinBox(self)
        self.age.setObjectName("age")
        self.age.setRange(-1, MAX_AGE)
        self.age.setSpecialValueText("\u2014")
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.other_language = QLineEdit(self)
        self.other_language.setObjectName("otherLanguage")
        self.other_language.setMaxLength(3)
        self.interpreter = QCheckBox(self)
        self.interpreter.setObjectName("interpreter")
        self.urgent = QCheckBox(self)
        self.urgent.setObjectName("urgent")
        self.home_visit = QCheckBox(self)
        self.home_visit.setObjectName("homeVisit")
        self.accessible = QCheckBox(self)
        self.accessible.setObjectName("accessible")
        self.evening = QCheckBox(self)
        self.evening.setObjectName("evening")
        self.reference = QLineEdit(self)
        self.reference.setObjectName("clientReference")
        self.reference_warning = QLabel(self)
        self.reference_warning.setObjectName("referenceWarning")
        self.reference_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.reference_warning.setWordWrap(True)
        self.reference_warning.setStyleSheet("color: #8a4b00;")
        self.reference_warning.hide()

        self.labels = [QLabel(self) for _ in range(5)]
        # Each label names its field for a screen reader (and for the label's shortcut).
        self.postal_label.setBuddy(self.postal_code)
        fields = (self.municipality, self.age, self.language, self.other_language, self.reference)
        for label, field in zip(self.labels, fields, strict=True):
            label.setBuddy(field)
        form = QFormLayout()
        form.addRow(self.labels[0], self.municipality)
        form.addRow("", self.routing_label)
        form.addRow(self.postal_label, self.postal_code)
        form.addRow(self.labels[1], self.age)
        form.addRow(self.labels[2], self.language)
        form.addRow(self.labels[3], self.other_language)
        for box in (self.interpreter, self.urgent, self.home_visit, self.accessible, self.evening):
            form.addRow("", box)
        self.circumstances = CircumstancesBox(self)
        form.addRow(self.circumstances)
        self.fees = FeeBox(self)
        form.addRow(self.fees)
        form.addRow(self.labels[4], self.reference)
        form.addRow("", self.reference_warning)
        # The questions scroll, so that the page fits a laptop screen scaled to 150 % (1280x720
        # logical pixels less the task bar); the error stays in view below them.
        questions = QWidget(self)
        questions.setObjectName("clientQuestions")
        inner = QVBoxLayout(questions)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(form)
        inner.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("clientScroll")
        scroll.setWidget(questions)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)

        self.municipality.textChanged.connect(self._show_routing)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.other_language.textChanged.connect(self._language_changed)
        self.reference.textChanged.connect(self._check_reference)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Client"))
        self.setSubTitle(
            self.tr("Where the client lives, their age and language, and what they need.")
        )
        texts = (
            self.tr("Home municipality:"),
            self.tr("Age:"),
            self.tr("Service language:"),
            self.tr("Other language (code):"),
            self.tr("Client reference (optional):"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.municipality.setPlaceholderText(self.tr("name in Finnish or Swedish, or the code"))
        self.postal_label.setText(self.tr("Postal code (optional):"))
        self.age.setAccessibleDescription(self.tr("The client's age in full years."))
        self.language.setAccessibleDescription(
            self.tr("The language the client wants to be served in.")
        )
        self.other_language.setAccessibleDescription(
            self.tr("A language not in the list, as its two- or three-letter code, e.g. ru.")
        )
        self.postal_code.setPlaceholderText(self.tr("to list the nearest places first"))
        self.interpreter.setText(self.tr("Needs an interpreter"))
        self.urgent.setText(self.tr("Urgent"))
        self.home_visit.setText(self.tr("Cannot travel: needs home visits"))
        self.accessible.setText(self.tr("Needs accessible premises"))
        self.evening.setText(self.tr("Needs evening or weekend hours"))
        self.reference.setPlaceholderText(
            self.tr("a pseudonymous reference, never a personal identity code")
        )
        current = self.language.currentData()
        self.language.blockSignals(True)
        self.language.clear()
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.addItem(self.tr("Another language\u2026"), OTHER)
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.blockSignals(False)
        self._show_routing()
        self._check_reference()

    # -- live feedback --------------------------------------------------------------------

    def _show_routing(self) -> None:
        text = self.municipality.text().strip()
        if not text:
            self.routing_label.setText("")
            return
        answer = self.flow.placer.find_municipality(text)
        lang = i18n.content_language()
        r = answer.routing
        if r is not None:
            self.routing_label.setText(
                f"{shown(r.municipality.name(lang))} \u2192 {shown(r.organiser.name(lang))}, "
                f"{shown(r.regional_unit.name(lang))}"
            )
        elif answer.suggestions:
            names = ", ".join(s.name(lang) for s in answer.suggestions)
            self.routing_label.setText(arg(self.tr("Did you mean: %1?"), names))
        else:
            self.routing_label.setText(self.tr("No municipality has this name or code."))

    def _language_code(self) -> str:
        chosen = self.language.currentData()
        return str(chosen) if chosen else self.other_language.text().strip().lower()

    def _language_changed(self) -> None:
        other = self.language.currentData() == OTHER
        self.other_language.setEnabled(other)
        code = self._language_code()
        if code and code not in ("fi", "sv"):
            self.interpreter.setChecked(True)

    def _check_reference(self) -> None:
        found = find_identity_code(self.reference.text())
        if found is IdentityMatch.VALID:
            self.reference_warning.setText(
                self.tr(
                    "This is a personal identity code. Use a pseudonymous reference instead: "
                    "the placement record must not identify the client."
                )
            )
        elif found is IdentityMatch.LOOKS_LIKE:
            self.reference_warning.setText(
                self.tr(
                    "This looks like a personal identity code. Use a pseudonymous reference "
                    "instead."
                )
            )
        self.reference_warning.setVisible(found is not IdentityMatch.NONE)

    # -- the state ------------------------------------------------------------------------

    def load(self, state: PlacementInput) -> None:
        self.municipality.setText(state.municipality)
        self.postal_code.setText(state.postal_code)
        self.age.setValue(-1 if state.age is None else state.age)
        index = self.language.findData(state.language)
        self.language.setCurrentIndex(index if index >= 0 else self.language.findData(OTHER))
        self.other_language.setText("" if index >= 0 else state.language)
        self.interpreter.setChecked(state.interpreter)
        self.urgent.setChecked(state.urgent)
        self.home_visit.setChecked(state.home_visit)
        self.accessible.setChecked(state.accessible)
        self.evening.setChecked(state.evening)
        self.circumstances.load(state)
        self.fees.load(state)
        self.reference.setText(state.client_reference)

    def store(self, state: PlacementInput) -> None:
        state.municipality = self.municipality.text().strip()
        answer = self.flow.placer.find_municipality(state.municipality)
        state.municipality_code = answer.routing.municipality.code if answer.routing else ""
        state.postal_code = self.postal_code.text().strip()
        state.age = None if self.age.value() < 0 else self.age.value()
        state.language = self._language_code() or "fi"
        state.interpreter = self.interpreter.isChecked()
        state.urgent = self.urgent.isChecked()
        state.home_visit = self.home_visit.isChecked()
        state.accessible = self.accessible.isChecked()
        state.evening = self.evening.isChecked()
        self.circumstances.store(state)
        self.fees.store(state)
        state.client_reference = self.reference.text().strip()

    def problem(self) -> str:
        text = self.municipality.text().strip()
        if not text:
            return self.tr("Give the client's home municipality.")
        answer = self.flow.placer.find_municipality(text)
        if answer.routing is None:
            if answer.suggestions:
                names = ", ".join(s.name(i18n.content_language()) for s in answer.suggestions)
                return arg(
                    self.tr("No municipality is called \u201c%1\u201d. Did you mean: %2?"),
                    text,
                    names,
                )
            return arg(
                self.tr(
                    "No municipality is called \u201c%1\u201d: check the spelling or give the code."
                ),
                text,
            )
        postal = self.postal_code.text().strip()
        if postal and not _POSTAL_CODE.match(postal):
            return self.tr("Give the postal code as five digits, or leave it empty.")
        if self.age.value() < 0:
            return self.tr("Give the client's age in years.")
        if not _CODE.match(self._language_code()):
            return self.tr("Give the other language as its two- or three-letter code, e.g. ru.")
        # An identity code in the reference (or any other typed text) is refused when the
        # draft is saved (PlacementRecords), with the sentence that names the field.
        return ""
