"""The client's money on the client page, for the fee estimate: all optional.

Household size, the household's gross income and the client's own net income a month, and the
hours of care a month. Where the organiser publishes a fee table, the services page shows the
estimated fee or the voucher value for this income with the table's source and date. Nothing
here is logged; it is stored only when the counsellor saves the placement.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QSpinBox, QWidget

from sote_navigator.core.placement_record import PlacementInput, money_text

NOT_GIVEN = 0
MAX_HOUSEHOLD = 20
MAX_HOURS = 744  # 31 days x 24 hours
# Euros with at most two decimals, a comma or a point ("2 000,50" without the space).
MONEY = QRegularExpression(r"^\d{0,7}([.,]\d{0,2})?$")


class FeeBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fees")
        self.household = QSpinBox(self)
        self.household.setObjectName("householdSize")
        self.household.setRange(NOT_GIVEN, MAX_HOUSEHOLD)
        self.household.setSpecialValueText("\u2014")
        self.gross_income = self._money("grossIncome")
        self.net_income = self._money("netIncome")
        self.hours = QSpinBox(self)
        self.hours.setObjectName("careHours")
        self.hours.setRange(-1, MAX_HOURS)
        self.hours.setSpecialValueText("\u2014")
        self.labels = [QLabel(self) for _ in range(4)]
        form = QFormLayout(self)
        for label, field in zip(
            self.labels,
            (self.household, self.gross_income, self.net_income, self.hours),
            strict=True,
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        self.retranslate()

    def _money(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setValidator(QRegularExpressionValidator(MONEY, field))
        return field

    def retranslate(self) -> None:
        self.setTitle(self.tr("For the fee estimate (optional, not logged)"))
        texts = (
            self.tr("Household size:"),
            self.tr("Household's gross income a month (\u20ac):"),
            self.tr("Client's own net income a month (\u20ac):"),
            self.tr("Hours of care a month:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.household.setAccessibleDescription(
            self.tr("How many people live in the client's household, the client included.")
        )
        self.hours.setAccessibleDescription(
            self.tr("How many hours of care the client receives a month, if known.")
        )
        self.gross_income.setPlaceholderText(self.tr("before taxes, the whole household"))
        self.net_income.setPlaceholderText(self.tr("after taxes, the client alone"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self, state: PlacementInput) -> None:
        self.household.setValue(state.household_size or NOT_GIVEN)
        self.gross_income.setText(state.gross_income.replace(".", ","))
        self.net_income.setText(state.net_income.replace(".", ","))
        self.hours.setValue(-1 if state.care_hours is None else state.care_hours)

    def store(self, state: PlacementInput) -> None:
        state.household_size = self.household.value() or None
        state.gross_income = money_text(self.gross_income.text())
        state.net_income = money_text(self.net_income.text())
        state.care_hours = None if self.hours.value() < 0 else self.hours.value()
