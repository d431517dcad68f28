"""Step 4: the ranked choice set, the client's choice, and the counsellor's notes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from sote_navigator import i18n
from sote_navigator.core import opening_hours
from sote_navigator.core.choice_set import RankedProvider
from sote_navigator.core.contact_routes import route_json
from sote_navigator.core.placement import ServiceAssessment
from sote_navigator.core.placement_record import PlacementInput
from sote_navigator.ui.wizard.models import ChoiceSetModel
from sote_navigator.ui.wizard.page import PlacementPage
from sote_navigator.wording.contact_routes import route_line
from sote_navigator.wording.display import shown
from sote_navigator.wording.reasons import reason_line, verdict_text

if TYPE_CHECKING:
    from sote_navigator.ui.wizard.flow import PlacementFlow


def provider_details(p: RankedProvider, language: str) -> list[str]:
    o = p.offering
    lines = []
    if o.location is not None:
        if address := o.location.address(language):
            lines.append(address)
        phones = ", ".join(x.number for x in o.location.phones)
        if phones:
            lines.append(phones)
    return lines + [reason_line(r) for r in p.reasons]


class ProviderPage(PlacementPage):
    def __init__(self, flow: PlacementFlow) -> None:
        super().__init__(flow)
        self.setObjectName("providerPage")
        self.service_label = QLabel(self)
        self.service_label.setObjectName("serviceVerdict")
        self.service_label.setTextFormat(Qt.TextFormat.PlainText)
        self.service_label.setWordWrap(True)
        self.no_choice_label = QLabel(self)
        self.no_choice_label.setObjectName("noChoice")
        self.no_choice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.no_choice_label.setWordWrap(True)
        self.model = ChoiceSetModel(self)
        self.table = QTableView(self)
        # Tab leaves the table (rows are chosen with the arrow keys), as in any other field.
        self.table.setTabKeyNavigation(False)
        self.table.setObjectName("choiceTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.more_label = QLabel(self)
        self.more_label.setObjectName("moreProviders")
        self.more_label.setTextFormat(Qt.TextFormat.PlainText)
        self.show_all_button = QPushButton(self)
        self.show_all_button.setObjectName("showAllProviders")
        self.show_all_button.clicked.connect(self.show_all)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("providerReasons")
        self.details.setReadOnly(True)
        self.client_choice = QLineEdit(self)
        self.client_choice.setObjectName("clientChoice")
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("counsellorNotes")
        self.notes.setMaximumHeight(80)
        self.choice_label = QLabel(self)
        self.notes_label = QLabel(self)
        self.choice_label.setBuddy(self.client_choice)
        self.notes_label.setBuddy(self.notes)
        form = QFormLayout()
        form.addRow(self.choice_label, self.client_choice)
        form.addRow(self.notes_label, self.notes)
        layout = QVBoxLayout(self)
        layout.addWidget(self.service_label)
        layout.addWidget(self.no_choice_label)
        layout.addWidget(self.table, 1)
        more = QHBoxLayout()
        more.addWidget(self.more_label, 1)
        more.addWidget(self.show_all_button)
        layout.addLayout(more)
        # The chosen provider's address, phone and reasons share the height with the list.
        layout.addWidget(self.details, 1)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Provider"))
        self.setSubTitle(
            self.tr("The providers the client may choose, best first. Select the client's choice.")
        )
        self.choice_label.setText(self.tr("The client's own words:"))
        self.notes_label.setText(self.tr("Counsellor's notes:"))
        self.client_choice.setPlaceholderText(self.tr("optional: why the client chose this"))
        self.show_all_button.setText(self.tr("Show all"))
        self.table.setAccessibleName(self.tr("Providers the client may choose"))
        self.table.setAccessibleDescription(
            self.tr(
                "Best first, with languages, waiting time and voucher. Select the client's choice."
            )
        )
        self.details.setAccessibleName(self.tr("Details of the selected provider"))
        self.details.setAccessibleDescription(
            self.tr("Address, phone and the reasons for the provider's place in the list.")
        )
        self.notes.setAccessibleDescription(self.tr("Notes kept with the placement record."))
        if self.flow.state.service_id and self.model.rowCount():
            self._show_service(self.assessment())
            self._show_details()
        else:
            self._show_more()

    def assessment(self) -> ServiceAssessment | None:
        evaluation = self.flow.evaluation()
        return evaluation.assessment(self.flow.state.service_id) if evaluation else None

    def selected(self) -> RankedProvider | None:
        index = self.table.currentIndex()
        return self.model.provider(index.row()) if index.isValid() else None

    def _show_details(self) -> None:
        p = self.selected()
        self.details.setPlainText(
            "\n".join(provider_details(p, i18n.content_language())) if p else ""
        )

    def load(self, state: PlacementInput) -> None:
        a = self.assessment()
        providers = a.choice_set.providers if a and a.choice_set else ()
        self.model.set_providers(providers)
        self._show_service(a)
        self.table.setVisible(bool(providers))
        self.details.setVisible(bool(providers))
        row = self.model.row_of(state.offering_id)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            self.table.setCurrentIndex(self.model.index(-1, 0))
        self._show_details()
        self.client_choice.setText(state.client_choice)
        self.notes.setPlainText(state.notes)

    def _show_service(self, a: ServiceAssessment | None) -> None:
        """The service, its verdict, and why there is nothing to choose (UI language)."""
        lang = i18n.content_language()
        has_providers = bool(a and a.choice_set and a.choice_set.providers)
        self.service_label.setText(
            f"{shown(a.service.name(lang))} \u2014 {verdict_text(a.verdict, a.reasons)}"
            if a
            else ""
        )
        routes = a.routes if a else ()
        ways_in = [self.tr("Ways in by phone or online:")] if routes else []
        now = opening_hours.now()
        ways_in += [f"\u2022 {route_line(route_json(r), now)}" for r in routes]
        no_choice = [self.tr("There is no provider to choose for this service.")]
        no_choice += [reason_line(r) for r in a.reasons] if a else []
        lines = ways_in if has_providers else [*no_choice, *ways_in]
        self.no_choice_label.setText("" if a is None else "\n".join(lines))
        self.no_choice_label.setVisible(bool(self.no_choice_label.text()))
        self._show_more()

    def _show_more(self) -> None:
        a = self.assessment() if self.flow.state.service_id else None
        hidden = a.choice_set.not_shown if a and a.choice_set else 0
        self.more_label.setText(
            self.tr("%n more provider(s) rank lower and are not listed.", None, hidden)
            if hidden
            else ""
        )
        self.more_label.setVisible(bool(hidden))
        self.show_all_button.setVisible(bool(hidden))

    def show_all(self) -> None:
        """List every provider, e.g. when the client asks for one that ranks low."""
        self.store(self.flow.state)
        self.flow.state.show_all_providers = True
        self.load(self.flow.state)

    def store(self, state: PlacementInput) -> None:
        p = self.selected()
        state.offering_id = p.offering.id if p else ""
        state.client_choice = self.client_choice.text().strip()
        state.notes = self.notes.toPlainText().strip()

    def problem(self) -> str:
        if self.model.rowCount() and self.selected() is None:
            return self.tr("Select the provider the client chose.")
        return ""
