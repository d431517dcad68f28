"""The client's money for the fee estimate: optional, never logged, saved only with a placement.

Issue 11 item 7, the wizard and ``place --save``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from sote_navigator.core.placement_record import PlacementInput, money_text, money_value
from sote_navigator.services.placement_records import PlacementRecords
from sote_navigator.ui.wizard import PlacementWizard
from sote_navigator.ui.wizard.services_page import assessment_details
from tests.cli_runner import run_cli
from tests.wizard_driver import fill_client, fill_need, press_next, type_text


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("2000", "2000.00"), ("2 000,50", "2000.50"), ("1234.5", "1234.50"), ("", ""), ("abc", "")],
)
def test_money_as_typed(typed: str, stored: str) -> None:
    assert money_text(typed) == stored
    assert money_value(typed) == (Decimal(stored) if stored else None)


def test_a_draft_keeps_no_money() -> None:
    entered = PlacementInput(household_size=2, gross_income="3000.00", care_hours=10, age=80)
    draft = entered.without_fees()
    assert (draft.household_size, draft.gross_income, draft.care_hours) == (None, "", None)
    assert draft.age == 80


@pytest.fixture
def wizard(qtbot: QtBot, default_engine: Engine) -> Iterator[PlacementWizard]:
    flow = PlacementWizard(default_engine)
    qtbot.addWidget(flow)
    flow.show()
    yield flow


@pytest.mark.gui
def test_the_wizard_estimates_helsinki_s_fee_and_keeps_the_money_out_of_the_draft(
    wizard: PlacementWizard, default_engine: Engine
) -> None:
    fill_client(wizard, "Helsinki", 80, "fi")
    fees = wizard.pages[0].fees
    fees.household.setValue(1)
    type_text(fees.gross_income, "2000")
    fees.hours.setValue(20)
    assert press_next(wizard) == 1
    fill_need(wizard, "kotihoito")
    assert press_next(wizard) == 2
    evaluation = wizard.evaluation()
    assert evaluation is not None
    home_care = next(a for a in evaluation.services if a.service.id == "SOTE-0088")
    details = "\n".join(assessment_details(home_care))
    assert "323,28" in details and "31,37" in details
    assert wizard.state.gross_income == "2000.00"
    assert wizard.placement_id is not None
    draft = PlacementRecords(default_engine).get(wizard.placement_id)
    assert draft is not None
    assert (draft.input.household_size, draft.input.gross_income) == (None, "")
    assert "2000" not in json.dumps(draft.snapshot)
    PlacementRecords(default_engine).discard(wizard.placement_id)


@pytest.mark.slow
def test_place_saves_the_money_with_the_placement_and_never_logs_it(tmp_path: Path) -> None:
    client = ["place", "--municipality", "Helsinki", "--age", "80", "--language", "fi"]
    client += ["--need", "SOTE-0088", "--household", "1", "--income", "2345,67"]
    client += ["--care-hours", "20", "--save"]
    run = run_cli(client, home=tmp_path)
    assert run.code == 0, run.err
    shown = run_cli(["placements", "show", "1", "--json"], home=tmp_path)
    assert shown.code == 0, shown.err
    text = shown.out
    assert '"gross_income": "2345.67"' in text and '"household_size": 1' in text
    logs = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "logs").glob("*"))
    assert "2345" not in logs
