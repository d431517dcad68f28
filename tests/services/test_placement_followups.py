"""The follow-up list's rules: referrals with no decision after the set days come first, a
rejection or cancellation keeps its reason, the filters; all read from the database."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine, delete

from sote_navigator import settings
from sote_navigator.core.placement_record import PlacementStatus
from sote_navigator.db import placement_models as pm
from sote_navigator.db.engine import writing
from sote_navigator.services.placement_followups import (
    DEFAULT_FOLLOW_UP_DAYS,
    HistoryFilter,
    PlacementHistory,
    follow_up_for,
)
from sote_navigator.services.workspace import Workspace
from tests.follow_up_placements import DENTAL, HOMECARE, age_placement

pytestmark = pytest.mark.both_engines


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
    records = Workspace(engine=placement_engine).records
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
    records = Workspace(engine=placement_engine).records
    made = records.commit(None, HOMECARE).id
    age_placement(placement_engine, made, 30)
    assert PlacementHistory(placement_engine).follow_up_count() == 1
    records.change_status(made, PlacementStatus.REFERRED, "Ny remiss skickad")
    assert PlacementHistory(placement_engine).follow_up_count() == 0


def test_filters_by_status_day_service_and_unit(placement_engine: Engine) -> None:
    records = Workspace(engine=placement_engine).records
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


def test_the_count_agrees_with_the_list_for_records_saved_before_the_status_note(
    placement_engine: Engine,
) -> None:
    """A referral saved before commit() wrote its status note counts from its creation."""
    records = Workspace(engine=placement_engine).records
    older = records.commit(None, HOMECARE).id
    newer = records.commit(None, DENTAL).id
    with writing(placement_engine) as con:
        con.execute(delete(pm.PlacementNote).where(pm.PlacementNote.placement_id == older))
    age_placement(placement_engine, older, 15)
    age_placement(placement_engine, newer, 3)
    history = PlacementHistory(placement_engine)
    entries, _ = history.entries()
    waiting = [e.record.id for e in entries if e.follow_up is not None]
    assert waiting == [older]
    assert history.follow_up_count() == len(waiting) == 1
    assert PlacementHistory(placement_engine, follow_up_days=3).follow_up_count() == 2
