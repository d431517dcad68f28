"""The follow-up list: referrals with no decision after the set days come first, a rejection
or cancellation keeps its reason, the history filters, and the count in the main window; all
read from the database, so a restarted session (a new process) sees the same."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, func, update

from sote_navigator import settings
from sote_navigator.core.placement_record import PlacementInput, PlacementStatus
from sote_navigator.db import placement_models as pm
from sote_navigator.db.engine import writing
from sote_navigator.services.placement_followups import (
    DEFAULT_FOLLOW_UP_DAYS,
    HistoryFilter,
    PlacementHistory,
    follow_up_for,
)
from sote_navigator.services.placement_records import PlacementRecords
from sote_navigator.services.workspace import open_workspace
from sote_navigator.ui.history import HistoryDialog
from sote_navigator.ui.placement_actions import PlacementActions
from sote_navigator.ui.record_dialog import RecordDialog
from tests.cli_runner import run_cli

HOMECARE = PlacementInput(
    municipality="Borgå",
    age=82,
    language="sv",
    need_kind="service",
    need_value="S-HOMECARE",
    service_id="S-HOMECARE",
    offering_id="off-omsorg-homecare",
    status="referred",
)
DENTAL = PlacementInput(
    municipality="Porvoo",
    age=35,
    language="fi",
    need_kind="service",
    need_value="S-DENTAL",
    service_id="S-DENTAL",
    offering_id="off-ll-dental",
    status="referred",
)


def age_placement(engine: Engine, placement_id: int, days: int) -> None:
    """Move a placement and its notes ``days`` into the past, as if made then."""
    shift = f"-{days} days"
    with writing(engine) as con:
        con.execute(
            update(pm.Placement)
            .where(pm.Placement.id == placement_id)
            .values(
                created_at=func.datetime(pm.Placement.created_at, shift),
                updated_at=func.datetime(pm.Placement.updated_at, shift),
            )
        )
        con.execute(
            update(pm.PlacementNote)
            .where(pm.PlacementNote.placement_id == placement_id)
            .values(created_at=func.datetime(pm.PlacementNote.created_at, shift))
        )


def test_the_setting_and_the_service_agree_on_fourteen_days() -> None:
    assert settings.FOLLOW_UP_DAYS.default == DEFAULT_FOLLOW_UP_DAYS == 14
    assert settings.FOLLOW_UP_DAYS in settings.ALL


def test_a_referral_is_flagged_from_the_set_day_on_and_only_while_it_waits() -> None:
    made = dt.datetime(2026, 11, 1, 9, 0)
    referred = PlacementStatus.REFERRED
    assert follow_up_for(referred, made, made + dt.timedelta(days=13, hours=23), 14) is None
    flagged = follow_up_for(referred, made, made + dt.timedelta(days=14), 14)
    assert flagged is not None and flagged.days_waiting == 14
    for status in (PlacementStatus.DECIDED, PlacementStatus.REJECTED, PlacementStatus.DRAFT):
        assert follow_up_for(status, made, made + dt.timedelta(days=40), 14) is None


def test_follow_ups_first_and_reasons_kept(placement_engine: Engine) -> None:
    records = PlacementRecords(placement_engine)
    old = records.commit(None, HOMECARE).id
    recent = records.commit(None, DENTAL).id
    cancelled = records.commit(None, DENTAL).id
    records.change_status(cancelled, PlacementStatus.CANCELLED, "Klienten flyttade till Esbo")
    age_placement(placement_engine, old, 20)
    history = PlacementHistory(placement_engine)
    entries, damaged = history.entries()
    assert damaged == []
    assert [e.record.id for e in entries] == [old, cancelled, recent]
    first = entries[0].follow_up
    assert first is not None and first.days_waiting == 20
    assert entries[1].follow_up is None and entries[2].follow_up is None
    reason = entries[1].reason
    assert reason is not None and reason.text == "Klienten flyttade till Esbo"
    assert history.follow_up_count() == 1
    assert PlacementHistory(placement_engine, follow_up_days=30).follow_up_count() == 0
    # The decision ends the follow-up; a rejection keeps its reason.
    records.change_status(old, PlacementStatus.REJECTED, "Ingen rätt till hemvård")
    entries, _ = history.entries()
    assert history.follow_up_count() == 0
    rejected = next(e for e in entries if e.record.id == old)
    assert rejected.reason is not None and rejected.reason.text == "Ingen rätt till hemvård"


def test_a_referral_made_again_waits_from_the_new_referral(placement_engine: Engine) -> None:
    records = PlacementRecords(placement_engine)
    made = records.commit(None, HOMECARE).id
    age_placement(placement_engine, made, 30)
    assert PlacementHistory(placement_engine).follow_up_count() == 1
    records.change_status(made, PlacementStatus.REFERRED, "Ny remiss skickad")
    assert PlacementHistory(placement_engine).follow_up_count() == 0


def test_filters_by_status_day_service_and_unit(placement_engine: Engine) -> None:
    records = PlacementRecords(placement_engine)
    homecare = records.commit(None, HOMECARE).id
    dental = records.commit(None, DENTAL).id
    age_placement(placement_engine, homecare, 20)
    entries, _ = PlacementHistory(placement_engine).entries()
    today = dt.date.today()

    def ids(wanted: HistoryFilter) -> list[int]:
        return [e.record.id for e in entries if wanted.matches(e)]

    assert ids(HistoryFilter()) == [homecare, dental]
    assert ids(HistoryFilter(follow_up_only=True)) == [homecare]
    assert ids(HistoryFilter(service="S-DENTAL")) == [dental]
    assert ids(HistoryFilter(service="hemvård")) == [homecare]  # part of a name, any case
    assert ids(HistoryFilter(since=today - dt.timedelta(days=1))) == [dental]
    assert ids(HistoryFilter(until=today - dt.timedelta(days=19))) == [homecare]
    assert ids(HistoryFilter(status=PlacementStatus.DECIDED)) == []
    unit = entries[0].part_id("regional_unit")
    assert unit and ids(HistoryFilter(unit=unit)) == [homecare, dental]
    assert ids(HistoryFilter(unit="no such unit")) == []


def _age_in_file(db: Path, placement_id: int, days: int) -> None:
    """Another program's view: the referral was made ``days`` ago."""
    with sqlite3.connect(db) as con:
        con.execute(
            "UPDATE placement SET created_at = datetime(created_at, ?),"
            " updated_at = datetime(updated_at, ?) WHERE id = ?",
            (f"-{days} days", f"-{days} days", placement_id),
        )
        con.execute(
            "UPDATE placement_note SET created_at = datetime(created_at, ?) WHERE placement_id = ?",
            (f"-{days} days", placement_id),
        )


def test_follow_ups_survive_a_restart(tmp_path: Path, placement_catalogue_file: Path) -> None:
    """Each step is a new process on the same database file: nothing lives in memory."""
    db = tmp_path / "desk.sqlite"
    open_workspace(db, placement_catalogue_file).dispose()
    common = ["--db", str(db)]
    for _ in range(2):
        saved = run_cli(
            [
                "place",
                "--municipality",
                "Borgå",
                "--age",
                "82",
                "--language",
                "sv",
                "--need",
                "S-HOMECARE",
                "--save",
                "--status",
                "referred",
                *common,
            ]
        )
        assert saved.code == 0, saved.err
    _age_in_file(db, 1, 15)
    changed = run_cli(
        ["placements", "status", "2", "rejected", "--note", "Ingen rätt till hemvård", *common]
    )
    assert changed.code == 0, changed.err

    listed = run_cli(["placements", "list", "--json", *common]).json()["placements"]
    assert [p["id"] for p in listed] == [1, 2]
    assert listed[0]["follow_up"]["days_waiting"] == 15
    assert listed[1]["follow_up"] is None
    assert listed[1]["reason"] == "Ingen rätt till hemvård"

    text = run_cli(["--lang", "sv", "placements", "list", *common])
    first, second = text.out.splitlines()
    assert first.startswith("1\t! ") and "Remiss för 15 dagar sedan, inget beslut ännu" in first
    assert "avslag" in second and "Orsak: Ingen rätt till hemvård" in second
    only = run_cli(["placements", "list", "--follow-up", "--json", *common]).json()
    assert [p["id"] for p in only["placements"]] == [1]
    later = run_cli(["placements", "list", "--follow-up", "--days", "16", "--json", *common])
    assert later.code == 1 and later.json()["placements"] == []
    assert run_cli(["placements", "list", "--since", "40.1.2026", *common]).code == 2

    assert run_cli(["placements", "status", "1", "decided", *common]).code == 0
    after = run_cli(["placements", "list", "--follow-up", "--json", *common])
    assert after.json()["placements"] == []


def test_history_window_lists_filters_and_updates_the_main_window_count(
    qtbot: QtBot, placement_engine: Engine, qtmodeltester: Any
) -> None:
    records = PlacementRecords(placement_engine)
    waiting = records.commit(None, HOMECARE).id
    dental = records.commit(None, DENTAL).id
    cancelled = records.commit(None, DENTAL).id
    records.change_status(cancelled, PlacementStatus.CANCELLED, "Asiakas muutti")
    age_placement(placement_engine, waiting, 18)

    window = QMainWindow()
    qtbot.addWidget(window)
    actions = PlacementActions(window, placement_engine)
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

    records = PlacementRecords(placement_engine)
    age_placement(placement_engine, records.commit(None, HOMECARE).id, 18)
    i18n.set_language(language)
    dialog = HistoryDialog(placement_engine)
    qtbot.addWidget(dialog)
    assert dialog.follow_up_label.text() == count
    assert dialog.proxy.index(0, dialog.model.FOLLOW_UP_COLUMN).data() == waiting
    assert dialog.since.text() != "any day" and dialog.since.specialValueText()
