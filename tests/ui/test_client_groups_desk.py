"""Client groups at the desk: the default catalogue, ``place`` and the wizard's client page."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from sote_navigator.core.client_groups import Circumstance
from sote_navigator.core.placement import Evaluation
from sote_navigator.core.placement_record import PlacementInput
from sote_navigator.core.reasons import ReasonCode, Verdict
from sote_navigator.services.placement import Placer
from sote_navigator.services.workspace import Workspace, open_workspace
from sote_navigator.ui.wizard import PlacementWizard
from tests.cli_runner import run_cli
from tests.wizard_driver import fill_client, fill_need, press_back, press_next

STUDENT_DENTAL = "SOTE-0068"
PUPIL_DENTAL = "SOTE-0067"
MATERNITY = "SOTE-0026"
OCCUPATIONAL = "SOTE-0097"


@pytest.fixture(scope="module")
def placer(default_engine: Engine) -> Placer:
    return Workspace(engine=default_engine).placer


def place(placer: Placer, need: str, **client: Any) -> Evaluation:
    entered = PlacementInput(municipality="Borgå", language="sv", **client)
    return placer.evaluate(placer.context(entered), placer.need(need))


def verdicts(evaluation: Evaluation) -> dict[str, Verdict]:
    return {a.service.id: a.verdict for a in evaluation.services}


@pytest.mark.parametrize(
    ("client", "expected"),
    [
        ({"age": 82}, {STUDENT_DENTAL: Verdict.CONDITIONAL, PUPIL_DENTAL: Verdict.NOT_ELIGIBLE}),
        (
            {"age": 82, "education": "none"},
            {STUDENT_DENTAL: Verdict.NOT_ELIGIBLE, PUPIL_DENTAL: Verdict.NOT_ELIGIBLE},
        ),
        (
            {"age": 21, "education": "higher"},
            {STUDENT_DENTAL: Verdict.ELIGIBLE, PUPIL_DENTAL: Verdict.NOT_ELIGIBLE},
        ),
        ({"age": 10}, {STUDENT_DENTAL: Verdict.NOT_ELIGIBLE, PUPIL_DENTAL: Verdict.ELIGIBLE}),
    ],
)
def test_dental_care_by_client_group(
    placer: Placer, client: dict[str, Any], expected: dict[str, Verdict]
) -> None:
    evaluation = place(placer, "tandvård", **client)
    found = verdicts(evaluation)
    assert {sid: found[sid] for sid in expected} == expected
    # Oral and dental care for everyone stays the first answer.
    assert evaluation.services[0].service.id == "SOTE-0066"
    assert evaluation.services[0].verdict is Verdict.ELIGIBLE


def test_maternity_clinic_and_occupational_health(placer: Placer) -> None:
    expecting = place(placer, MATERNITY, age=29, expecting=True)
    assert verdicts(expecting)[MATERNITY] is Verdict.ELIGIBLE
    not_asked = place(placer, MATERNITY, age=29)
    assert verdicts(not_asked)[MATERNITY] is Verdict.CONDITIONAL
    retired = place(placer, OCCUPATIONAL, age=82, work="not_working")
    (a,) = retired.services
    assert a.verdict is Verdict.NOT_ELIGIBLE
    assert a.reasons[0].code is ReasonCode.NOT_IN_CLIENT_GROUP
    assert a.reasons[0].params == {"groups": ["working"]}
    employed = place(placer, OCCUPATIONAL, age=45, work="employed")
    assert verdicts(employed)[OCCUPATIONAL] is Verdict.ELIGIBLE


def test_home_care_in_porvoo_is_untouched(placer: Placer) -> None:
    """Scenario 1 names no client group: no group reason anywhere."""
    evaluation = place(placer, "hemvård", age=82, home_visit=True)
    group_codes = {
        ReasonCode.IN_CLIENT_GROUP,
        ReasonCode.NOT_IN_CLIENT_GROUP,
        ReasonCode.CLIENT_GROUP_UNCONFIRMED,
    }
    assert all(not (group_codes & {r.code for r in a.reasons}) for a in evaluation.services)
    assert Verdict.CONDITIONAL not in verdicts(evaluation).values()


# -- place ------------------------------------------------------------------------------------

ARGS = ["--municipality", "Borgå", "--age", "82", "--language", "sv", "--need", STUDENT_DENTAL]


@pytest.fixture
def db(default_engine: Engine, tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite"
    shutil.copyfile(str(default_engine.url.database), path)
    return path


def test_place_names_the_group_and_honours_the_answer(db: Path) -> None:
    run = run_cli(["place", *ARGS, "--json", "--db", str(db), "--lang", "en"])
    assert run.code == 0, run.err
    (a,) = run.json()["services"]
    assert a["verdict"] == "conditional"
    assert a["service"]["client_groups"] == ["students"]
    first = a["reasons"][0]
    assert first["code"] == "client_group_unconfirmed"
    assert first["params"] == {"groups": ["students"], "ask": ["education"]}
    assert "students in secondary and higher education" in first["text"]
    assert run.json()["context"]["circumstances"]["education"] is None

    answered = run_cli(
        ["place", *ARGS, "--education", "none", "--json", "--db", str(db), "--lang", "en"]
    )
    data = answered.json()
    assert data["context"]["circumstances"]["education"] == "none"
    (a,) = data["services"]
    assert a["verdict"] == "not_eligible"
    assert a["reasons"][0]["code"] == "not_in_client_group"

    text = run_cli(["place", *ARGS, "--education", "higher", "--db", str(db), "--lang", "sv"])
    assert text.code == 0, text.err
    assert "Studier: Universitet eller yrkeshögskola" in text.out
    assert "Har rätt: direkt tillgång" in text.out
    assert "Klienten hör till den." in text.out


def test_place_save_refuses_an_unconfirmed_group(db: Path) -> None:
    run = run_cli(["place", *ARGS, "--save", "--service", STUDENT_DENTAL, "--db", str(db)])
    assert run.code == 2
    assert "--education" in run.err
    assert run_cli(["placements", "list", "--json", "--db", str(db)]).json() == {"placements": []}


def test_place_rejects_an_unknown_answer(db: Path) -> None:
    run = run_cli(["place", *ARGS, "--work", "astronaut", "--db", str(db), "--lang", "en"])
    assert run.code == 2
    assert "astronaut" in run.err


# -- the wizard -------------------------------------------------------------------------------


def _choose(box: QComboBox, code: str) -> None:
    """Choose an answer from the keyboard, as a counsellor tabbing through the page would."""
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Home)
    while box.currentData() != code:
        before = box.currentIndex()
        QTest.keyClick(box, Qt.Key.Key_Down)
        assert box.currentIndex() != before, f"{code} not offered"


def test_wizard_asks_and_answers_the_student_question(qtbot: QtBot, db: Path) -> None:
    engine = open_workspace(db)  # a copy: the wizard saves drafts
    wizard = PlacementWizard(Workspace(engine=engine))
    qtbot.addWidget(wizard)
    wizard.show()
    fill_client(wizard, "Borgå", 82, "sv")
    page = wizard.pages[0]
    boxes = page.circumstances.boxes
    # Every question has an accessible name, starts at "not asked" and is on the tab chain.
    chain: list[QWidget] = []
    widget: QWidget = page.municipality
    for _ in range(60):
        widget = widget.nextInFocusChain()
        chain.append(widget)
    for circumstance, box in boxes.items():
        assert box.accessibleName()
        assert box.currentData() == ""
        assert box in chain, circumstance
        assert box.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert press_next(wizard) == 1
    fill_need(wizard, STUDENT_DENTAL)
    assert press_next(wizard) == 2
    services = wizard.pages[2]
    assert services.model.rowCount() == 1
    assert services.model.assessment(0).verdict is Verdict.CONDITIONAL
    assert "Studies" in services.details.toPlainText()

    assert press_back(wizard) == 1
    assert press_back(wizard) == 0
    _choose(boxes[Circumstance.EDUCATION], "none")
    assert press_next(wizard) == 1
    assert press_next(wizard) == 2
    assert services.model.assessment(0).verdict is Verdict.NOT_ELIGIBLE
    assert wizard.state.education == "none"

    assert press_back(wizard) == 1
    assert press_back(wizard) == 0
    _choose(boxes[Circumstance.EDUCATION], "higher")
    assert press_next(wizard) == 1
    assert press_next(wizard) == 2
    assert services.model.assessment(0).verdict is Verdict.ELIGIBLE
    assert "one of them" in services.details.toPlainText()
    wizard.close()
    engine.dispose()


def test_the_summary_states_what_the_counsellor_confirmed(placer: Placer) -> None:
    from sote_navigator.core.placement_record import snapshot
    from sote_navigator.wording.summary import summary_text

    entered = PlacementInput(
        municipality="Borgå",
        age=21,
        language="sv",
        education="higher",
        need_value=STUDENT_DENTAL,
        need_kind="service",
        service_id=STUDENT_DENTAL,
    )
    evaluation = placer.evaluate(placer.context(entered), placer.need(STUDENT_DENTAL))
    snap = snapshot(evaluation, STUDENT_DENTAL, "", None)
    text = summary_text(entered, snap, status="draft", day=dt.date(2026, 3, 5), language="sv")
    assert "Studier: Universitet eller yrkeshögskola" in text
    assert "Tjänstens målgrupp: studerande på andra stadiet och inom högre utbildning." in text
