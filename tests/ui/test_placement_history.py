"""The placement history: list, filter, reopen, change status, export; and the menu entries."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from sote_navigator.core.placement_record import PlacementInput, PlacementStatus
from sote_navigator.services.placement_records import PlacementRecords
from sote_navigator.services.workspace import Workspace
from sote_navigator.ui.history import HistoryDialog, PlacementListModel
from sote_navigator.ui.main_window import MainWindow
from sote_navigator.ui.record_dialog import RecordDialog
from sote_navigator.ui.wizard import PlacementWizard


@pytest.fixture
def records(placement_engine: Engine) -> PlacementRecords:
    records = Workspace(engine=placement_engine).records
    records.commit(
        None,
        PlacementInput(
            municipality="Borgå",
            age=82,
            language="sv",
            need_kind="service",
            need_value="S-HOMECARE",
            service_id="S-HOMECARE",
            offering_id="off-omsorg-homecare",
            status="referred",
            client_reference="ASIAKAS-1",
        ),
    )
    records.commit(
        None,
        PlacementInput(
            municipality="Porvoo",
            age=35,
            language="fi",
            need_kind="service",
            need_value="S-DENTAL",
            service_id="S-DENTAL",
            offering_id="off-ll-dental",
            status="decided",
        ),
    )
    records.save_draft(
        None,
        PlacementInput(
            municipality="Porvoo",
            age=19,
            language="fi",
            need_value="S-YOUTH-MH",
            need_kind="service",
            step=2,
        ),
    )
    return records


@pytest.fixture
def history(qtbot: QtBot, placement_engine: Engine, records: PlacementRecords) -> HistoryDialog:
    dialog = HistoryDialog(Workspace(engine=placement_engine))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _visible_ids(history: HistoryDialog) -> list[int]:
    return sorted(history.proxy.index(r, 0).data() for r in range(history.proxy.rowCount()))


def test_lists_and_filters(history: HistoryDialog, qtmodeltester: Any) -> None:
    qtmodeltester.check(history.model)
    assert _visible_ids(history) == [1, 2, 3]
    history.search.setText("home care")
    assert _visible_ids(history) == [1]
    history.search.setText("asiakas-1")
    assert _visible_ids(history) == [1]
    history.search.clear()
    history.status.setCurrentIndex(history.status.findData("decided"))
    assert _visible_ids(history) == [2]
    history.status.setCurrentIndex(history.status.findData("draft"))
    assert _visible_ids(history) == [3]
    assert "unfinished" in history.proxy.index(0, 2).data()


def test_reopen_a_finished_placement_and_change_its_status(
    history: HistoryDialog, qtbot: QtBot, records: PlacementRecords
) -> None:
    history.status.setCurrentIndex(history.status.findData("referred"))
    history.table.selectRow(0)
    dialog = history.open_selected()
    assert isinstance(dialog, RecordDialog)
    qtbot.addWidget(dialog)
    assert "Omsorg i Borgå Ab" in dialog.output.preview.toPlainText()
    assert dialog.output.chosen_language() == "sv"
    dialog.new_status.setCurrentIndex(dialog.new_status.findData("decided"))
    dialog.note.setText("Beslut fattat")
    dialog.apply_status()
    record = records.get(1)
    assert record is not None and record.status is PlacementStatus.DECIDED
    assert record.notes[-1].text == "Beslut fattat"
    assert _visible_ids(history) == []  # no longer "referred"
    history.status.setCurrentIndex(history.status.findData("decided"))
    assert _visible_ids(history) == [1, 2]


def test_a_status_note_with_an_identity_code_is_refused(
    history: HistoryDialog, records: PlacementRecords, qtbot: QtBot
) -> None:
    history.status.setCurrentIndex(history.status.findData("referred"))
    history.table.selectRow(0)
    dialog = history.open_selected()
    assert isinstance(dialog, RecordDialog)
    qtbot.addWidget(dialog)
    dialog.new_status.setCurrentIndex(dialog.new_status.findData("decided"))
    dialog.note.setText("Beslut, hetu 131052\u2013308T")
    dialog.apply_status()
    assert "The note holds a personal identity code" in dialog.error_label.text()
    assert not dialog.error_label.isHidden()
    record = records.get(1)
    assert record is not None and record.status is PlacementStatus.REFERRED
    assert all("308" not in n.text for n in record.notes)


def test_reopen_a_draft_continues_the_wizard(history: HistoryDialog, qtbot: QtBot) -> None:
    history.status.setCurrentIndex(history.status.findData("draft"))
    history.table.selectRow(0)
    wizard = history.open_selected()
    assert isinstance(wizard, PlacementWizard)
    qtbot.addWidget(wizard)
    assert wizard.currentId() == 2
    assert wizard.pages[2].selected().service.id == "S-YOUTH-MH"  # type: ignore[union-attr]


def test_export_from_the_history(qtbot: QtBot, history: HistoryDialog, tmp_path: Path) -> None:
    assert history.export(tmp_path / "out.csv") is not None
    qtbot.waitUntil(lambda: history.exporting is None, timeout=20_000)
    with (tmp_path / "out-counts.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert {(r["dimension"], r["id"]) for r in rows} >= {("service", "S-DENTAL")}
    assert history.result_label.text().startswith("Wrote 3 placement")


def test_list_model_without_records(qtmodeltester: Any) -> None:
    qtmodeltester.check(PlacementListModel())


def test_main_window_has_the_placement_menu(
    qtbot: QtBot, placement_engine: Engine, tmp_path: Path
) -> None:
    window = MainWindow(Workspace(engine=placement_engine), tmp_path / "x.sqlite")
    qtbot.addWidget(window)
    actions = window.placement
    assert actions.menu.title() == "&Placement"
    assert [a.text() for a in actions.menu.actions()] == [
        "&New placement\u2026",
        "Placement &history\u2026",
        "&Regional report\u2026",
    ]
    actions.new_action.trigger()
    assert isinstance(actions.wizard, PlacementWizard)
    qtbot.addWidget(actions.wizard)
    actions.history_action.trigger()
    assert actions.history is not None and actions.history.isVisible()
    qtbot.addWidget(actions.history)


def test_delete_a_draft(history: HistoryDialog, records: PlacementRecords) -> None:
    history.status.setCurrentIndex(history.status.findData("referred"))
    history.table.selectRow(0)
    finished = history.selected()
    assert finished is not None and finished.status is not PlacementStatus.DRAFT
    assert not history.delete_button.isEnabled()
    assert not history.delete_selected_draft()
    history.status.setCurrentIndex(history.status.findData("draft"))
    history.table.selectRow(0)
    assert history.delete_button.isEnabled()
    assert history.delete_selected_draft()
    assert records.get(3) is None
    assert "Draft 3 was deleted." in history.result_label.text()
