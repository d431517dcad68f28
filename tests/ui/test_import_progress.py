"""The import dialog's progress: each stage with the time it still needs, and Cancel at any
stage leaves the database file as it was, byte for byte (issue 15, point 4)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from sote_navigator.core.progress import Progress, StageClock
from sote_navigator.services import catalogue
from sote_navigator.services.workspace import Workspace, open_workspace
from sote_navigator.ui.import_dialog import STAGES, ImportDialog
from tests.catalogue_factory import small_catalogue, texts

CHECKING = ("read", "validate", "diff")


def _changed(tmp_path: Path) -> Path:
    doc = small_catalogue()
    doc["catalogue"]["version"] = "2"
    doc["services"][1]["names"] = texts("Kotihoito ja kotisairaanhoito", "Hemvård och hemsjukvård")
    path = tmp_path / "v2.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("stage", STAGES)
def test_cancel_at_each_stage_leaves_the_database_file_as_it_was(
    stage: str,
    qtbot: QtBot,
    tmp_path: Path,
    small_catalogue_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = tmp_path / "desk.sqlite"
    open_workspace(db, small_catalogue_file).dispose()
    before = db.read_bytes()
    workspace = Workspace(db, default_catalogue=small_catalogue_file)
    dialog = ImportDialog(workspace)
    qtbot.addWidget(dialog)
    seen: list[str] = []
    report = Progress.report

    def cancelling(self: Progress, done: int, total: int, at: str = "") -> None:
        seen.append(at)
        if at == stage:
            self.cancel()  # the user's Cancel, at the moment the stage starts
        report(self, done, total, at)

    monkeypatch.setattr(Progress, "report", cancelling)
    dialog.check(_changed(tmp_path))
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    if stage not in CHECKING:
        dialog.findChild(QCheckBox, "acceptUnsigned").click()
        dialog.findChild(QPushButton, "importButton").click()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert stage in seen
    summary = dialog.findChild(QLabel, "importSummary").text()
    assert summary == "Cancelled: nothing was changed."
    info = catalogue.current(workspace.engine)
    assert info is not None and info.version == "1"
    workspace.close()
    assert db.read_bytes() == before


def test_the_stage_says_its_step_and_the_time_it_still_needs(
    qtbot: QtBot, small_engine: Engine
) -> None:
    dialog = ImportDialog(Workspace(engine=small_engine))
    qtbot.addWidget(dialog)
    label = dialog.findChild(QLabel, "importStage")
    dialog._set_busy(True)
    now = [0.0]
    dialog._clock = StageClock(lambda: now[0])
    dialog._on_progress(0, 1000, "store")
    assert label.text() == "Step 4 of 5: Storing the changes\u2026"
    now[0] = 2.0
    dialog._on_progress(400, 1000, "store")
    assert label.text() == "Step 4 of 5: Storing the changes\u2026 (about 3 s left)"
    dialog._on_progress(0, 0, "index")
    assert label.text() == "Step 5 of 5: Updating the search index\u2026"
    dialog._set_busy(False)
