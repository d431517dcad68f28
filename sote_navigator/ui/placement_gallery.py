"""The placement screens of the gallery: each wizard page, the history and a reopened record.

Built on whatever catalogue the gallery is given (the default one for the screenshots, the
tests' small one): a Swedish-speaking client of 82 in Porvoo who needs dental care. The
service and the provider are those the catalogue itself ranks first for that client, so that
the provider and summary pages show a real choice on any catalogue that can answer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from sote_navigator.core.placement import Need, NeedKind
from sote_navigator.core.placement_record import PlacementInput, PlacementRecord, PlacementStatus
from sote_navigator.core.reasons import Verdict
from sote_navigator.services.placement_followups import now_utc
from sote_navigator.ui.gallery_screen import Screen
from sote_navigator.ui.history import HistoryDialog
from sote_navigator.ui.record_dialog import RecordDialog
from sote_navigator.ui.wizard import PlacementWizard

if TYPE_CHECKING:
    from sote_navigator.services.workspace import Workspace

WIZARD_SIZE = (860, 660)
PAGE_NAMES = ("client", "need", "services", "provider", "summary")
# The history is pictured this many days after the placements were made: past the default
# follow-up time (14 days), so that the referral waiting for its decision is flagged.
HISTORY_AGE_DAYS = 18


def example_input(step: int = 0) -> PlacementInput:
    """The counsellor's entries, before the catalogue chose a service and a provider."""
    return PlacementInput(
        municipality="Borgå",
        age=82,
        language="sv",
        home_visit=True,
        evening=True,
        client_reference="ASIAKAS-0042",
        need_kind=NeedKind.WORDS.value,
        need_value="tandvård",
        need_text="tandvård",
        client_choice="Nära hemmet",
        notes="Behöver hjälp med transporten.",
        status=PlacementStatus.REFERRED.value,
        step=step,
    )


def with_first_choice(workspace: Workspace, entered: PlacementInput) -> PlacementInput:
    """The entries with the service and provider the catalogue ranks first for them: an
    open service with providers to choose from before one without, as a counsellor picks."""
    placer = workspace.placer
    evaluation = placer.evaluate(
        placer.context(entered), Need(NeedKind(entered.need_kind), entered.need_value)
    )
    with_providers = [a for a in evaluation.services if a.choice_set and a.choice_set.providers]
    open_ones = [a for a in with_providers if a.verdict is not Verdict.NOT_ELIGIBLE]
    candidates = open_ones or with_providers or list(evaluation.services)
    if not candidates:
        return replace(entered, service_id="", offering_id="")
    chosen = candidates[0]
    providers = chosen.choice_set.providers if chosen.choice_set else ()
    offering_id = providers[0].offering.id if providers else ""
    return replace(entered, service_id=chosen.service.id, offering_id=offering_id)


def _wizard_at(step: int, urgent: bool = False) -> Callable[[Workspace, Path], QWidget]:
    def build(workspace: Workspace, db_path: Path) -> QWidget:
        wizard = PlacementWizard(workspace)
        wizard.state = with_first_choice(workspace, example_input(step))
        wizard.state.urgent = urgent
        wizard.restore()  # walks to the page without saving drafts
        return wizard

    return build


def _example_record(workspace: Workspace) -> PlacementRecord:
    records = workspace.records
    found = records.find()
    if found:
        record = records.get(found[-1].id)  # the first one made
        assert record is not None
        return record
    return records.commit(None, with_first_choice(workspace, example_input(4)))


def _history(workspace: Workspace, db_path: Path) -> QWidget:
    """The history as it reads 18 days on: the referral waits for its decision (listed first,
    flagged), a home-care application was rejected and another placement cancelled, each with
    its reason, and one was decided."""
    _seed_history(workspace)
    later = now_utc() + dt.timedelta(days=HISTORY_AGE_DAYS)
    dialog = HistoryDialog(workspace, clock=lambda: later)
    dialog.table.selectRow(0)
    return dialog


def _seed_history(workspace: Workspace) -> None:
    """The four placements the history and the report show (saved once per database)."""
    _example_record(workspace)
    records = workspace.records
    if len(records.find()) < 4:
        home_care = with_first_choice(
            workspace,
            replace(
                example_input(4),
                age=88,
                language="fi",
                need_value="kotihoito",
                need_text="kotihoito",
                client_choice="",
                notes="",
                client_reference="ASIAKAS-0043",
            ),
        )
        rejected = records.commit(None, home_care)
        records.change_status(
            rejected.id,
            PlacementStatus.REJECTED,
            "Palvelutarpeen arvio: pärjää kotona omaisen ja ateriapalvelun turvin",
        )
        cancelled = records.commit(None, replace(home_care, client_reference="ASIAKAS-0044"))
        records.change_status(
            cancelled.id, PlacementStatus.CANCELLED, "Asiakas muutti toiselle alueelle"
        )
        decided = with_first_choice(workspace, example_input(4))
        records.commit(
            None,
            replace(decided, client_reference="ASIAKAS-0045", status=PlacementStatus.DECIDED.value),
        )


def _region_report(workspace: Workspace, db_path: Path) -> QWidget:
    """The report of the same placements, counted by month and status."""
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QThreadPool

    from sote_navigator.ui.region_report import RegionReportDialog

    _seed_history(workspace)
    dialog = RegionReportDialog(workspace)
    dialog.checks["status"].setChecked(True)
    # The count runs off the GUI thread: wait for it, then let its result reach the dialog.
    deadline = QDeadlineTimer(30_000)
    while dialog.counting is not None and not deadline.hasExpired():
        QThreadPool.globalInstance().waitForDone(100)
        QCoreApplication.processEvents()
    return dialog


def _record(workspace: Workspace, db_path: Path) -> QWidget:
    return RecordDialog(workspace.records, _example_record(workspace))


def screens() -> tuple[Screen, ...]:
    pages = tuple(
        Screen(f"placement-{name}", _wizard_at(step), WIZARD_SIZE)
        for step, name in enumerate(PAGE_NAMES)
    )
    return (
        *pages,
        # An urgent need: where to turn now (112, Päivystysapu, ...) above the services.
        Screen("placement-services-urgent", _wizard_at(2, urgent=True), WIZARD_SIZE),
        Screen("placement-history", _history, (1240, 600)),
        Screen("placement-record", _record, (760, 640)),
        Screen("region-report", _region_report, (900, 520)),
    )
