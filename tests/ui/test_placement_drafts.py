"""A killed application loses no placement: the next start offers the draft and restores it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from sote_navigator.core.placement_record import PlacementInput
from sote_navigator.services.placement_records import PlacementRecords
from sote_navigator.services.workspace import open_workspace
from sote_navigator.ui.placement_actions import PlacementActions
from sote_navigator.ui.wizard import PlacementWizard
from tests.paths import ROOT

# A counsellor's session that dies (SIGKILL, as a power cut or the task manager would) after
# the client, need and service steps of the wizard.
KILLED_SESSION = """
import os, signal, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from sote_navigator.services.workspace import open_workspace
from sote_navigator.ui.wizard import PlacementWizard
from tests.wizard_driver import fill_client, fill_need, press_next
engine = open_workspace(Path(sys.argv[1]), None)
wizard = PlacementWizard(engine)
wizard.show()
fill_client(wizard, "Borgå", 82, "sv", home_visit=True, evening=True)
assert press_next(wizard) == 1
fill_need(wizard, "hemvård")
assert press_next(wizard) == 2
assert press_next(wizard) == 3
wizard.pages[3].table.selectRow(1)
wizard.pages[3].notes.setPlainText("not saved: the step was not finished")
print("killing", wizard.placement_id, flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.fixture
def killed_database(tmp_path: Path, placement_catalogue_file: Path) -> Path:
    path = tmp_path / "desk.sqlite"
    open_workspace(path, placement_catalogue_file).dispose()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [sys.executable, "-c", KILLED_SESSION, str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert run.returncode == -signal.SIGKILL, run.stderr
    assert run.stdout.startswith("killing 1")
    return path


@pytest.fixture(autouse=True)
def _answer_yes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    asked: list[str] = []

    def question(*args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    yield asked


def test_killed_wizard_is_offered_and_restored(
    killed_database: Path, qtbot: QtBot, _answer_yes: list[str]
) -> None:
    engine = open_workspace(killed_database, None)
    try:
        (draft,) = PlacementRecords(engine).unfinished()
        assert draft.input.step == 3
        assert draft.input.service_id == "S-HOMECARE"
        assert draft.input.notes == ""  # the provider step never finished
        window = QMainWindow()
        qtbot.addWidget(window)
        actions = PlacementActions(window, engine)
        wizard = actions.offer_unfinished_draft()
        assert wizard is not None
        qtbot.addWidget(wizard)
        assert "left unfinished" in _answer_yes[0]
        assert "Porvoo" in _answer_yes[0]
        assert wizard.currentId() == 3
        assert wizard.placement_id == draft.id
        client = wizard.pages[0]
        assert client.municipality.text() == "Borgå"
        assert client.age.value() == 82 and client.language.currentData() == "sv"
        assert client.home_visit.isChecked() and client.evening.isChecked()
        assert wizard.pages[1].words.text() == "hemvård"
        assert wizard.pages[2].selected().service.id == "S-HOMECARE"  # type: ignore[union-attr]
        assert wizard.pages[3].model.rowCount() == 3
        # Continue where it stopped, and finish: the same record, no longer unfinished.
        wizard.pages[3].table.selectRow(0)
        wizard.next()
        wizard.accept()
        (record,) = PlacementRecords(engine).find()
        assert record.id == draft.id and not record.wizard_open
        assert record.snapshot["provider"]["offering_id"] == "off-omsorg-homecare"
        assert actions.offer_unfinished_draft() is None
    finally:
        engine.dispose()


def test_an_abandoned_draft_in_the_database(
    placement_engine: Engine, qtbot: QtBot, _answer_yes: list[str]
) -> None:
    """The same without a subprocess: a draft row left with its wizard open."""
    records = PlacementRecords(placement_engine)
    records.save_draft(
        None,
        PlacementInput(
            municipality="Porvoo",
            age=35,
            language="fi",
            need_kind="words",
            need_value="hammashoitola",
            need_text="hammashoitola",
            step=2,
        ),
    )
    records.save_draft(None, PlacementInput(municipality="Vihti", age=60, step=1))
    window = QMainWindow()
    qtbot.addWidget(window)
    wizard = PlacementActions(window, placement_engine).offer_unfinished_draft()
    assert wizard is not None
    qtbot.addWidget(wizard)
    assert "1 more unfinished placement" in _answer_yes[0]
    assert wizard.pages[0].municipality.text() == "Vihti"  # the newest first
    assert wizard.currentId() == 1


def test_declining_leaves_the_draft_in_the_history(
    placement_engine: Engine, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = PlacementRecords(placement_engine)
    records.save_draft(None, PlacementInput(municipality="Porvoo", age=35, step=1))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window = QMainWindow()
    qtbot.addWidget(window)
    assert PlacementActions(window, placement_engine).offer_unfinished_draft() is None
    assert len(records.unfinished()) == 1


def test_restore_stops_where_the_catalogue_no_longer_agrees(
    placement_engine: Engine, qtbot: QtBot
) -> None:
    records = PlacementRecords(placement_engine)
    placement_id = records.save_draft(
        None,
        PlacementInput(
            municipality="Porvoo",
            age=35,
            language="fi",
            need_kind="words",
            need_value="no such thing any more",
            step=3,
        ),
    )
    draft = records.get(placement_id)
    wizard = PlacementWizard(placement_engine, draft=draft)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.restore() == 1
    assert "No service in the catalogue matches" in wizard.pages[1].error_label.text()
