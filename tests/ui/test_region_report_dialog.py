"""Placement → Regional report…: the table follows the chosen breakdown, counted off the GUI
thread, and saves the same figures as CSV, with no client reference or note."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from sote_navigator.services.workspace import Workspace
from sote_navigator.ui.placement_actions import PlacementActions
from tests.region_placements import NOTE, REFERENCE, add_counted_placements


def _cells(dialog: Any) -> list[list[str]]:
    model = dialog.model
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_report_counts_by_what_is_ticked_and_saves_it(
    qtbot: QtBot, placement_engine: Engine, qtmodeltester: Any, tmp_path: Path
) -> None:
    add_counted_placements(placement_engine)
    window = QMainWindow()
    qtbot.addWidget(window)
    actions = PlacementActions(window, Workspace(engine=placement_engine))
    assert actions.report_action.text() == "&Regional report\u2026"
    actions.report_action.trigger()
    dialog = actions.report
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.counting is None and dialog.model.rowCount() == 2)
    qtmodeltester.check(dialog.model)
    assert _cells(dialog) == [["3/2026", "4", "3", "4", "8,8"], ["4/2026", "1", "1", "6", "6"]]
    assert "5 placements" in dialog.result_label.text()

    dialog.checks["month"].setChecked(False)
    dialog.checks["status"].setChecked(True)
    qtbot.waitUntil(lambda: dialog.counting is None and dialog.model.rowCount() == 3)
    qtmodeltester.check(dialog.model)
    assert sorted(row[0] for row in _cells(dialog)) == ["decided", "referred", "rejected"]

    out = tmp_path / "report.csv"
    dialog.save_csv(out)
    written = out.read_text(encoding="utf-8-sig")
    assert written.splitlines()[0] == "status,placements,decided,median_days,p90_days"
    assert "rejected,1,1,6.0,6.0" in written
    every_cell = written + "".join("".join(r) for r in _cells(dialog))
    assert REFERENCE not in every_cell and NOTE not in every_cell
