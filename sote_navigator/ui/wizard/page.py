"""What every wizard page shares: loading and storing the state, validating, the draft."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWizardPage

from sote_navigator.core.placement_record import PlacementInput

if TYPE_CHECKING:
    from sote_navigator.ui.wizard.flow import PlacementFlow


class PlacementPage(QWizardPage):
    """A step that fills part of the wizard's ``PlacementInput``.

    Subclasses implement ``load`` (state to widgets), ``store`` (widgets to state), ``problem``
    (one sentence saying what is missing, or "") and ``retranslate``. Entries survive going
    back (``cleanupPage`` stores them) and forth (``initializePage`` loads them).
    """

    def __init__(self, flow: PlacementFlow) -> None:
        super().__init__()  # QWizard.addPage takes ownership
        self.flow = flow
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()

    def load(self, state: PlacementInput) -> None:
        raise NotImplementedError

    def store(self, state: PlacementInput) -> None:
        raise NotImplementedError

    def problem(self) -> str:
        return ""

    def retranslate(self) -> None:
        raise NotImplementedError

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def initializePage(self) -> None:
        self.show_error("")
        self.load(self.flow.state)

    def cleanupPage(self) -> None:
        self.store(self.flow.state)

    def validatePage(self) -> bool:
        message = self.problem()
        self.show_error(message)
        if message:
            return False
        self.store(self.flow.state)
        return self.flow.page_done(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
