"""The placement screens of the gallery: each wizard page, the history and a reopened record.

Built on whatever catalogue the gallery is given (the tests' small one, or the default one):
a Swedish-speaking client in Porvoo who needs dental care, the example the small catalogue
can answer with providers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from sote_navigator.core.placement_record import PlacementInput, PlacementRecord, PlacementStatus
from sote_navigator.services.placement_followups import now_utc
from sote_navigator.ui.gallery_screen import Screen
from sote_navigator.ui.history import HistoryDialog
from sote_navigator.ui.record_dialog import RecordDialog
from sote_navigator.ui.wizard import PlacementWizard

if TYPE_CHECKING:
    from sote_navigator.services.workspace import Workspace

WIZARD_SIZE = (860, 660)
PAGE_NAMES = ("client", "need", "services", "provider", "summary")


def example_input(step: int = 0) -> PlacementInput:
    return PlacementInput(
        municipality="Borgå",
        age=82,
        language="sv",
        home_visit=True,
        evening=True,
        client_reference="ASIAKAS-0042",
        need_kind="words",
        need_value="tandvård",
        need_text="tandvård",
        service_id="S-DENTAL",
        offering_id="off-dent-porvoo",
        client_choice="Nära hemmet",
        notes="Behöver hjälp med transporten.",
        status="referred",
        step=step,
    )


def _wizard_at(step: int, urgent: bool = False) -> Callable[[Workspace, Path], QWidget]:
    def build(workspace: Workspace, db_path: Path) -> QWidget:
        wizard = PlacementWizard(workspace)
        wizard.state = example_input(step)
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
    return records.commit(None, example_input(4))


def _history(workspace: Workspace, db_path: Path) -> QWidget:
    """The history as it reads 18 days on: the referral waits for its decision (listed first,
    flagged), a later placement was cancelled with its reason, another one decided."""
    _example_record(workspace)
    records = workspace.records
    if len(records.find()) < 3:
        home_care = replace(
            example_input(4), need_value="kotihoito", need_text="kotihoito", language="fi"
        )
        home_care.service_id, home_care.offering_id = "", ""
        cancelled = records.commit(None, replace(home_care, client_reference="ASIAKAS-0043"))
        records.change_status(
            cancelled.id, PlacementStatus.CANCELLED, "Asiakas muutti toiselle alueelle"
        )
        records.commit(
            None, replace(example_input(4), client_reference="ASIAKAS-0044", status="decided")
        )
    later = now_utc() + dt.timedelta(days=18)
    dialog = HistoryDialog(workspace, clock=lambda: later)
    dialog.table.selectRow(0)
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
        Screen("placement-history", _history, (1100, 560)),
        Screen("placement-record", _record, (760, 640)),
    )
