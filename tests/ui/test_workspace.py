"""The workspace: every service built once, caches that follow the catalogue, and change
summaries that let each view redraw only what concerns it."""

from __future__ import annotations

import csv
import json
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from sote_navigator.core.errors import Problem
from sote_navigator.core.placement_record import PlacementInput, PlacementStatus
from sote_navigator.core.progress import Cancelled, Progress
from sote_navigator.services.changes import Changes
from sote_navigator.services.placement_export import counts_path
from sote_navigator.services.workspace import Workspace
from sote_navigator.ui.history import HistoryDialog
from sote_navigator.ui.main_window import MainWindow
from sote_navigator.ui.wizard import PlacementWizard
from tests.wizard_driver import fill_client, fill_need, press_next


@pytest.fixture
def workspace(placement_engine: Engine) -> Workspace:
    return Workspace(engine=placement_engine)


def _renamed_home_care(workspace: Workspace, tmp_path: Path, english: str) -> Path:
    """The current catalogue as a file, version 2, with home care called ``english``."""
    doc = workspace.catalogue_document()
    doc["catalogue"]["version"] = "2"
    (service,) = [s for s in doc["services"] if s["id"] == "S-HOMECARE"]
    service["names"] = [
        {**t, "value": english} if t["language"] == "en" else t for t in service["names"]
    ]
    path = tmp_path / "renamed.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _services_shown(qtbot: QtBot, workspace: Workspace) -> list[str]:
    """A counsellor's wizard for home care in Borgå, walked to its services page."""
    wizard = PlacementWizard(workspace)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_client(wizard, "Borgå", 82, "sv")
    assert press_next(wizard) == 1
    fill_need(wizard, "S-HOMECARE")
    assert press_next(wizard) == 2
    evaluation = wizard.evaluation()
    assert evaluation is not None
    names = [a.service.name("en") for a in evaluation.services]
    wizard.reject()
    return names


def test_the_window_and_the_placement_share_one_set_of_caches(workspace: Workspace) -> None:
    readers = workspace.catalogue
    assert workspace.placer.directory is readers.directory
    assert workspace.placer.lookup is readers.lookup
    assert workspace.placer.search is readers.search
    assert workspace.placer.reader is readers.reader
    assert workspace.records.placer is workspace.placer
    # What the navigator loaded, the placement finds loaded.
    assert workspace.navigator.routing("638") is not None
    loaded = readers.directory.get()
    assert workspace.placer.directory.get() is loaded


def test_records_without_a_placer_read_but_cannot_save(placement_engine: Engine) -> None:
    from sote_navigator.services.placement_records import PlacementRecords

    records = PlacementRecords(placement_engine)
    assert records.find() == []
    with pytest.raises(TypeError):
        records.save_draft(None, PlacementInput(municipality="Porvoo", age=30))


def test_a_second_wizard_after_an_import_sees_the_new_catalogue(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    assert _services_shown(qtbot, workspace) == ["Home care"]
    plan = workspace.plan_import(_renamed_home_care(workspace, tmp_path, "Home help"))
    changes = workspace.apply_import(plan, allow_unsigned=True)
    assert changes == Changes(catalogue_before=1, catalogue_after=2)
    assert changes.catalogue and not changes.placements
    assert _services_shown(qtbot, workspace) == ["Home help"]
    # A rollback is a catalogue change as well: the next wizard follows it.
    back = workspace.rollback()
    assert back == Changes(catalogue_before=2, catalogue_after=1)
    assert _services_shown(qtbot, workspace) == ["Home care"]
    # The same version again changes nothing.
    assert not workspace.rollback(1).catalogue


def test_an_import_that_changes_nothing_says_so(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "same.json"
    path.write_text(json.dumps(workspace.catalogue_document()), encoding="utf-8")
    changes = workspace.apply_import(workspace.plan_import(path), allow_unsigned=True)
    assert changes == Changes(catalogue_before=1, catalogue_after=1)
    assert not changes.catalogue


@pytest.mark.sqlite_only  # the error as SQLite's driver words it
def test_database_failures_come_back_as_our_own_codes(workspace: Workspace) -> None:
    full = OperationalError("INSERT ...", {}, sqlite3.OperationalError("database or disk is full"))
    known = workspace.failure(full)
    assert known is not None and known.problem is Problem.DISK_FULL
    assert workspace.failure(ValueError("not the database")) is None


# --- the window: each view redraws what concerns it -------------------------------------------


def _save_placement(workspace: Workspace) -> int:
    return workspace.records.commit(
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
    ).id


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> MainWindow:
    window = MainWindow(workspace, tmp_path / "x.sqlite")
    qtbot.addWidget(window)
    window.choose_municipality("Porvoo")
    return window


def _count_calls(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[int]:
    calls: list[int] = []
    original = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


def test_a_saved_placement_redraws_the_history_row_and_not_the_catalogue(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.placement is not None
    history = window.placement.show_history()
    qtbot.addWidget(history)
    assert history.model.rowCount() == 0
    full_reads = _count_calls(monkeypatch, workspace.records, "find_with_damaged")
    catalogue_reads = _count_calls(monkeypatch, workspace.navigator, "catalogue_info")
    tree = window.browser.tree_model
    placement_id = _save_placement(workspace)
    with qtbot.assertNotEmitted(tree.modelReset):
        window.changes.publish(Changes.placement_saved(placement_id, new=True))
    assert history.model.rowCount() == 1
    assert history.model.record(0) is not None and history.model.record(0).id == placement_id
    assert full_reads == [] and catalogue_reads == []
    # A status changed from the record dialog redraws that row only.
    workspace.records.change_status(placement_id, PlacementStatus.CANCELLED)
    window.changes.publish(Changes(placements_changed=(placement_id,)))
    assert history.model.record(0).status.value == "cancelled"
    assert full_reads == []


def test_an_import_redraws_the_catalogue_views_and_not_the_history(
    qtbot: QtBot,
    window: MainWindow,
    workspace: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _save_placement(workspace)
    assert window.placement is not None and window.catalogue_menu is not None
    history = window.placement.show_history()
    qtbot.addWidget(history)
    full_reads = _count_calls(monkeypatch, workspace.records, "find_with_damaged")
    single_reads = _count_calls(monkeypatch, workspace.records, "get")
    changes = workspace.apply_import(
        workspace.plan_import(_renamed_home_care(workspace, tmp_path, "Home help")),
        allow_unsigned=True,
    )
    with qtbot.waitSignal(window.browser.tree_model.modelReset):
        window.changes.publish(changes)
    assert "version 2" in window.catalogue_menu.status.text()
    assert full_reads == [] and single_reads == []
    assert history.model.rowCount() == 1


def test_a_wizard_from_the_menu_puts_its_draft_in_the_open_history(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, workspace: Workspace
) -> None:
    assert window.placement is not None
    history = window.placement.show_history()
    qtbot.addWidget(history)
    full_reads = _count_calls(monkeypatch, workspace.records, "find_with_damaged")
    wizard = window.placement.new_placement()
    qtbot.addWidget(wizard)
    fill_client(wizard, "Borgå", 82, "sv")
    assert press_next(wizard) == 1
    assert history.model.rowCount() == 1
    record = history.model.record(0)
    assert record is not None and record.id == wizard.placement_id and record.wizard_open
    wizard.reject()  # kept as a draft, no longer offered: the row says so
    record = history.model.record(0)
    assert record is not None and not record.wizard_open
    assert full_reads == []


# --- the CSV export, off the GUI thread ----------------------------------------------------------


def test_the_export_can_be_cancelled_and_leaves_what_was_there(
    workspace: Workspace, tmp_path: Path
) -> None:
    _save_placement(workspace)
    target = tmp_path / "placements.csv"
    target.write_text("before\n", encoding="utf-8")
    stages: list[str] = []

    def cancel_when_writing(_done: int, _total: int, stage: str) -> None:
        stages.append(stage)
        if stage == "write":
            progress.cancel()

    progress = Progress(cancel_when_writing)
    with pytest.raises(Cancelled):
        workspace.export_placements(target, progress=progress)
    assert stages[:2] == ["read", "write"]
    assert target.read_text(encoding="utf-8") == "before\n"
    assert not counts_path(target).exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_the_history_exports_off_the_gui_thread(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _save_placement(workspace)
    dialog = HistoryDialog(workspace)
    qtbot.addWidget(dialog)
    threads: list[int] = []
    export = workspace.export_placements

    def recorded(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.get_ident())
        return export(*args, **kwargs)

    monkeypatch.setattr(workspace, "export_placements", recorded)
    operation = dialog.export(tmp_path / "out.csv")
    assert operation is not None
    assert not dialog.export_button.isEnabled()
    assert dialog.export(tmp_path / "again.csv") is None  # one at a time
    qtbot.waitUntil(lambda: dialog.exporting is None, timeout=20_000)
    assert dialog.export_button.isEnabled()
    assert threads and threads[0] != threading.get_ident()
    assert dialog.result_label.text().startswith("Wrote 1 placement")
    with (tmp_path / "out.csv").open(encoding="utf-8-sig") as f:
        assert [row["service_id"] for row in csv.DictReader(f)] == ["S-DENTAL"]
    assert not (tmp_path / "again.csv").exists()


def test_a_cancelled_export_in_the_history_says_so(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = HistoryDialog(workspace)
    qtbot.addWidget(dialog)

    def cancelled(*_args: Any, **_kwargs: Any) -> Any:
        raise Cancelled

    monkeypatch.setattr(workspace, "export_placements", cancelled)
    operation = dialog.export(tmp_path / "out.csv")
    assert operation is not None
    qtbot.waitUntil(lambda: dialog.exporting is None, timeout=20_000)
    assert dialog.result_label.text() == "Export cancelled: no file was written."
    assert not (tmp_path / "out.csv").exists()
