"""The placement screens of the gallery: each wizard page, the history and a reopened record.

Built on whatever catalogue the gallery is given (the tests' small one, or the default one):
a Swedish-speaking client in Porvoo who needs dental care, the example the small catalogue
can answer with providers.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from sote_navigator.core.placement_record import PlacementInput, PlacementRecord
from sote_navigator.ui.gallery import Screen
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
        record = records.get(found[0].id)
        assert record is not None
        return record
    return records.commit(None, example_input(4))


def _history(workspace: Workspace, db_path: Path) -> QWidget:
    _example_record(workspace)
    dialog = HistoryDialog(workspace)
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
        Screen("placement-history", _history, (900, 520)),
        Screen("placement-record", _record, (760, 640)),
    )
