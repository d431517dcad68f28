"""The follow-up list in the window: first in the history, flagged in words, filtered, and
counted in the main window's status bar, which a change of status updates."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from sote_navigator.core.placement_record import PlacementStatus
from sote_navigator.services.workspace import Workspace
from sote_navigator.ui.history import HistoryDialog
from sote_navigator.ui.placement_actions import PlacementActions
from sote_navigator.ui.record_dialog import RecordDialog
from tests.follow_up_placements import DENTAL, HOMECARE, age_placement


def test_history_window_lists_filters_and_updates_the_main_window_count(
    qtbot: QtBot, placement_engine: Engine, qtmodeltester: Any
) -> None:
    workspace = Workspace(engine=placement_engine)
    records = workspace.records
    waiting = records.commit(None, HOMECARE).id
    dental = records.commit(None, DENTAL).id
    cancelled = records.commit(None, DENTAL).id
    records.change_status(cancelled, PlacementStatus.CANCELLED, "Asiakas muutti")
    age_placement(placement_engine, waiting, 18)

    window = QMainWindow()
    qtbot.addWidget(window)
    actions = PlacementActions(window, workspace)
    assert actions.follow_up_count == 1
    assert actions.follow_ups.text() == "Referrals to follow up: 1"
    assert actions.follow_ups.font().bold()

    history = actions.show_history()
    qtbot.addWidget(history)
    qtmodeltester.check(history.model)
    column = history.model.FOLLOW_UP_COLUMN
    shown = [history.proxy.index(r, 0).data() for r in range(history.proxy.rowCount())]
    assert shown == [waiting, cancelled, dental]  # the follow-up first
    assert history.proxy.index(0, column).data() == "Referral 18 days ago, no decision yet"
    assert history.proxy.index(1, column).data() == "Reason: Asiakas muutti"
    assert history.follow_up_label.text() == "Referrals to follow up: 1"

    def visible() -> list[int]:
        return sorted(history.proxy.index(r, 0).data() for r in range(history.proxy.rowCount()))

    history.follow_ups_only.setChecked(True)
    assert visible() == [waiting]
    history.follow_ups_only.setChecked(False)
    history.service.setCurrentIndex(history.service.findData("S-DENTAL"))
    assert visible() == [dental, cancelled]
    history.service.setCurrentIndex(0)
    assert history.unit.count() >= 2
    history.unit.setCurrentIndex(1)
    assert visible() == [waiting, dental, cancelled]  # Porvoo and Borgå: one unit
    history.unit.setCurrentIndex(0)
    history.since.setDate(QDate.currentDate().addDays(-1))
    assert visible() == [dental, cancelled]
    history.since.setDate(QDate(2000, 1, 1))
    assert history.since.text() == "any day"
    history.until.setDate(QDate.currentDate().addDays(-10))
    assert visible() == [waiting]
    history.until.setDate(QDate(2000, 1, 1))

    # The decision, taken where the counsellor works, empties the count in the main window.
    history.table.selectRow(0)
    dialog = history.open_selected()
    assert isinstance(dialog, RecordDialog)
    qtbot.addWidget(dialog)
    dialog.new_status.setCurrentIndex(dialog.new_status.findData("decided"))
    dialog.apply_status()
    assert actions.follow_up_count == 0
    assert actions.follow_ups.text() == "Referrals to follow up: 0"
    assert not actions.follow_ups.font().bold()
    assert history.follow_up_label.text() == "Referrals to follow up: 0"


@pytest.mark.parametrize(
    ("language", "count", "waiting"),
    [
        ("fi", "Seurattavia lähetteitä: 1", "Lähete 18 päivää sitten, ei vielä päätöstä"),
        ("sv", "Remisser att följa upp: 1", "Remiss för 18 dagar sedan, inget beslut ännu"),
    ],
)
def test_the_follow_up_words_in_finnish_and_swedish(
    qtbot: QtBot, placement_engine: Engine, language: str, count: str, waiting: str
) -> None:
    from sote_navigator import i18n

    workspace = Workspace(engine=placement_engine)
    age_placement(placement_engine, workspace.records.commit(None, HOMECARE).id, 18)
    i18n.set_language(language)
    dialog = HistoryDialog(workspace)
    qtbot.addWidget(dialog)
    assert dialog.follow_up_label.text() == count
    assert dialog.proxy.index(0, dialog.model.FOLLOW_UP_COLUMN).data() == waiting
    assert dialog.since.text() != "any day" and dialog.since.specialValueText()
