"""The placement wizard: five pages fill one ``PlacementInput``; one service call commits.

A draft is saved after every step, so that a killed application loses nothing: on the next
start the unfinished draft is offered, and ``restore()`` walks back to where it stopped. Each
save is published to the window's change feed (ui.changes), which the history follows.

The wizard works with the workspace's placer and records: every wizard shares the caches the
navigator warmed, and follows the current catalogue version as they do.
"""

from __future__ import annotations

import contextlib
import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QWidget, QWizard

from sote_navigator.core.errors import UserFacingError
from sote_navigator.core.placement import Evaluation, Need, NeedKind
from sote_navigator.core.placement_record import PlacementInput, PlacementRecord, snapshot
from sote_navigator.core.placement_snapshot import PlacementSnapshot
from sote_navigator.services.changes import Changes
from sote_navigator.ui.changes import ChangeFeed
from sote_navigator.ui.wizard.client_page import ClientPage
from sote_navigator.ui.wizard.flow import FlowPage
from sote_navigator.ui.wizard.need_page import NeedPage
from sote_navigator.ui.wizard.page import PlacementPage
from sote_navigator.ui.wizard.provider_page import ProviderPage
from sote_navigator.ui.wizard.services_page import ServicesPage
from sote_navigator.ui.wizard.summary_page import SummaryPage
from sote_navigator.wording.errors import problem_text

if TYPE_CHECKING:
    from sote_navigator.services.workspace import Workspace

# Qt's own texts for the wizard buttons (classic/modern style, macOS style), worded by Qt's
# translations in its "QWizard" context; the Finish button is ours.
QT_CONTEXT = "QWizard"
QT_BUTTONS = {
    QWizard.WizardButton.BackButton: ("< &Back", "Go Back"),
    QWizard.WizardButton.NextButton: ("&Next >", "Continue"),
    QWizard.WizardButton.CommitButton: ("Commit", "Commit"),
    QWizard.WizardButton.CancelButton: ("Cancel", "Cancel"),
    QWizard.WizardButton.HelpButton: ("&Help", "Help"),
}

PAGES: tuple[type[PlacementPage], ...] = (
    ClientPage,
    NeedPage,
    ServicesPage,
    ProviderPage,
    SummaryPage,
)


def _evaluation_key(state: PlacementInput) -> tuple[Any, ...]:
    return (
        state.municipality_code or state.municipality,
        state.age,
        state.language,
        state.interpreter,
        state.urgent,
        state.home_visit,
        state.accessible,
        state.evening,
        state.education,
        state.work,
        state.children,
        state.expecting,
        state.veteran,
        state.need_kind,
        state.need_value,
        state.show_all_providers,
        state.offering_id,
    )


class PlacementWizard(QWizard):
    committed = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        draft: PlacementRecord | None = None,
        changes: ChangeFeed | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("placementWizard")
        self.records = workspace.records
        self.placer = workspace.placer
        self.changes = changes if changes is not None else ChangeFeed(self)
        self.state = dataclasses.replace(draft.input) if draft else PlacementInput()
        self.placement_id: int | None = draft.id if draft else None
        self.restoring = False
        self._committed = False
        self._evaluated: tuple[tuple[Any, ...], Evaluation | None] | None = None
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.pages = [cls(self) for cls in PAGES]
        for page_id, page in enumerate(self.pages):
            self.setPage(page_id, page)
        self.resize(820, 640)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New placement"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Save placement"))

    def _retranslate_qt_buttons(self) -> None:
        """QWizard words its own buttons once; after a language change, ask Qt's catalogue."""
        # Qt's catalogue, not ours: a name lupdate does not collect into our .ts files.
        qt_words = QCoreApplication.translate
        mac = self.wizardStyle() == QWizard.WizardStyle.MacStyle
        for which, (classic, mac_text) in QT_BUTTONS.items():
            self.setButtonText(which, qt_words(QT_CONTEXT, mac_text if mac else classic))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_qt_buttons()
            self.retranslate()
        super().changeEvent(event)

    # -- the evaluation every page shares ---------------------------------------------------

    def evaluation(self) -> Evaluation | None:
        """The evaluation of the entries so far, computed once per change of its inputs."""
        key = _evaluation_key(self.state)
        if self._evaluated is None or self._evaluated[0] != key:
            try:
                context = self.placer.context(self.state)
            except (UserFacingError, ValueError):
                result = None
            else:
                need = Need(NeedKind(self.state.need_kind), self.state.need_value)
                result = (
                    self.placer.evaluate(
                        context,
                        need,
                        show_all=self.state.show_all_providers,
                        keep=[self.state.offering_id],
                    )
                    if self.state.need_value
                    else None
                )
            self._evaluated = (key, result)
        return self._evaluated[1]

    def organiser_id(self) -> str | None:
        """The organiser of the client's home municipality, once it is known."""
        answer = self.placer.find_municipality(
            self.state.municipality_code or self.state.municipality
        )
        return answer.routing.organiser.id if answer.routing else None

    def snapshot(self) -> PlacementSnapshot | None:
        evaluation = self.evaluation()
        if evaluation is None:
            return None
        return snapshot(
            evaluation, self.state.service_id, self.state.offering_id, self.placer.catalogue_stamp()
        )

    # -- drafts and the commit ------------------------------------------------------------

    def page_done(self, page: FlowPage) -> bool:
        """Called when a page validated: remember where we are and save the draft."""
        if self._committed or self.restoring:
            return True  # nothing new to save
        index = next(i for i, shown in enumerate(self.pages) if shown is page)
        self.state.step = min(index + 1, len(self.pages) - 1)
        try:
            # The client's money stays out of drafts: it is saved only with the placement.
            draft = self.state.without_fees()
            new = self.placement_id is None
            self.placement_id = self.records.save_draft(self.placement_id, draft)
        except UserFacingError as error:
            page.show_error(problem_text(error))
            return False
        self.changes.publish(Changes.placement_saved(self.placement_id, new=new))
        return True

    def accept(self) -> None:
        if not self._committed:
            if not self.validateCurrentPage():
                return
            new = self.placement_id is None
            try:
                record = self.records.commit(self.placement_id, self.state)
            except UserFacingError as error:
                self.pages[-1].show_error(problem_text(error))
                return
            self.placement_id = record.id
            self._committed = True
            self.committed.emit(record.id)
            self.changes.publish(Changes.placement_saved(record.id, new=new))
        # QWizard.done() validates the page once more; page_done() no longer saves a draft.
        super().accept()

    def reject(self) -> None:
        """Cancel keeps what was entered as a draft in the history, without the start-up offer
        (that is for sessions that ended without a Cancel, e.g. a crash)."""
        if self.placement_id is not None and not self._committed:
            # On failure the draft stays offered at the next start: nothing is lost.
            with contextlib.suppress(UserFacingError):
                self.records.close_draft(self.placement_id)
                self.changes.publish(Changes.placement_saved(self.placement_id, new=False))
        super().reject()

    def restore(self) -> int:
        """Walk forward to the step the draft stopped at; stops early where a page objects."""
        target = self.state.step
        self.restoring = True
        if self.currentId() < 0:
            self.restart()
        try:
            while self.currentId() < target:
                before = self.currentId()
                self.next()
                if self.currentId() == before:
                    break
        finally:
            self.restoring = False
        return self.currentId()
