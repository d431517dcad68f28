"""Step 3: the services that fit, each with its verdict and the reasons for it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
)

from sote_navigator.core.placement import ServiceAssessment
from sote_navigator.core.placement_record import PlacementInput
from sote_navigator.ui.wizard.models import AssessmentModel
from sote_navigator.ui.wizard.page import PlacementPage
from sote_navigator.wording.contact_routes import urgent_route_lines, urgent_title
from sote_navigator.wording.reasons import reason_line

if TYPE_CHECKING:
    from sote_navigator.ui.wizard.flow import PlacementFlow


def assessment_details(a: ServiceAssessment) -> list[str]:
    lines = [reason_line(r) for r in a.reasons]
    if a.choice_set is not None:
        lines += [reason_line(r) for r in a.choice_set.reasons]
    return lines


class ServicesPage(PlacementPage):
    def __init__(self, flow: PlacementFlow) -> None:
        super().__init__(flow)
        self.setObjectName("servicesPage")
        self.client_label = QLabel(self)
        self.client_label.setObjectName("clientReasons")
        self.client_label.setTextFormat(Qt.TextFormat.PlainText)
        self.client_label.setWordWrap(True)
        self.model = AssessmentModel(self)
        self.table = QTableView(self)
        # Tab leaves the table (rows are chosen with the arrow keys), as in any other field.
        self.table.setTabKeyNavigation(False)
        self.table.setObjectName("servicesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("serviceReasons")
        self.details.setReadOnly(True)
        # Urgent: where to turn now (112, the social emergency service, ...), above the list.
        self.routes = QPlainTextEdit(self)
        self.routes.setObjectName("urgentRoutes")
        self.routes.setReadOnly(True)
        self.routes.hide()
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.routes)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([140, 200, 160])
        layout = QVBoxLayout(self)
        layout.addWidget(self.client_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error_label)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.table.doubleClicked.connect(lambda _index: self.flow.next())
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Services"))
        self.setSubTitle(
            self.tr("The services that fit the need, with what the client may do and why.")
        )
        self.table.setAccessibleName(self.tr("Services that fit the need"))
        self.table.setAccessibleDescription(
            self.tr(
                "Each service with what the client may do. Select the one to place the client in."
            )
        )
        self.details.setAccessibleName(self.tr("Reasons for the selected service"))
        self.details.setAccessibleDescription(
            self.tr("Why the client may or may not use the service, and the way in.")
        )
        self.routes.setAccessibleName(urgent_title())
        self.routes.setAccessibleDescription(
            self.tr("Whom to contact at once for an urgent need, before the services below.")
        )
        if self.model.rowCount():  # the reasons are worded in the UI language too
            self._show_client_reasons()
            self._show_details()

    def _show_client_reasons(self) -> None:
        evaluation = self.flow.evaluation()
        self.client_label.setText(
            "\n".join(reason_line(r) for r in evaluation.client_reasons) if evaluation else ""
        )
        self.client_label.setVisible(bool(self.client_label.text()))
        routes = evaluation.urgent_routes if evaluation else ()
        lines = [urgent_title()] if routes else []
        for route in routes:
            first, *rest = urgent_route_lines(route)
            lines += [f"! {first}", *[f"    {line}" for line in rest]]
        self.routes.setPlainText("\n".join(lines))
        self.routes.setVisible(bool(routes))

    def selected(self) -> ServiceAssessment | None:
        index = self.table.currentIndex()
        return self.model.assessment(index.row()) if index.isValid() else None

    def _show_details(self) -> None:
        a = self.selected()
        self.details.setPlainText("\n".join(assessment_details(a)) if a else "")

    def select_service(self, service_id: str) -> None:
        row = self.model.row_of(service_id)
        if row < 0:
            self.table.clearSelection()
            self.table.setCurrentIndex(self.model.index(-1, 0))
            return
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def load(self, state: PlacementInput) -> None:
        evaluation = self.flow.evaluation()
        self.model.set_assessments(evaluation.services if evaluation else [])
        self._show_client_reasons()
        wanted = state.service_id or (
            evaluation.services[0].service.id if evaluation and evaluation.services else ""
        )
        self.select_service(wanted)
        self._show_details()

    def store(self, state: PlacementInput) -> None:
        a = self.selected()
        service_id = a.service.id if a else ""
        if service_id != state.service_id:
            state.offering_id = ""
        state.service_id = service_id

    def problem(self) -> str:
        if self.selected() is None:
            return self.tr("Choose the service to place the client in.")
        return ""
