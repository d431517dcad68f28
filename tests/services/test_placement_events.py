"""Stable ids, desks and the outbox of the records (schema 6): status changes are events."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine, select, update

from sote_navigator.core.placement_record import PlacementStatus
from sote_navigator.db import placement_models as pm
from sote_navigator.db import placement_sync
from sote_navigator.db.engine import writing
from sote_navigator.services import desks
from sote_navigator.services.workspace import Workspace
from tests.services.test_placement_records import porvoo_home_care

pytestmark = pytest.mark.both_engines


def _outbox(engine: Engine) -> list[tuple[str, str]]:
    with engine.connect() as con:
        return [(r.kind, r.uid) for r in con.execute(select(pm.OutboxEntry))]


def test_each_record_and_status_change_has_its_own_id_and_the_desk(
    placement_engine: Engine, engine_kind: str
) -> None:
    records = Workspace(engine=placement_engine, desk="desk-7").records
    draft = records.save_draft(None, porvoo_home_care(step=1))
    assert _outbox(placement_engine) == []  # a draft is not the region's yet
    saved = records.commit(draft, porvoo_home_care())
    records.change_status(saved.id, PlacementStatus.DECIDED, "")
    record = records.get(saved.id)
    assert record is not None and record.desk_id == "desk-7"
    assert [n.status for n in record.notes] == ["referred", "decided"]
    assert {n.desk_id for n in record.notes} == {"desk-7"}
    ids = [record.uid, *(n.uid for n in record.notes)]
    assert len(set(ids)) == 3 and all(len(i) == 36 for i in ids)
    expected = [("placement", record.uid), *(("note", n.uid) for n in record.notes)]
    # A laptop's file queues each for the region; a database on a server is the region.
    assert _outbox(placement_engine) == (expected if engine_kind == "sqlite" else [])


def test_the_status_is_the_latest_change_by_time_and_every_change_is_kept(
    placement_engine: Engine,
) -> None:
    records = Workspace(engine=placement_engine, desk="desk-7").records
    saved = records.commit(None, porvoo_home_care())
    records.change_status(saved.id, PlacementStatus.DECIDED, "")
    # A change made elsewhere later than this desk's, then one made elsewhere earlier.
    later = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(hours=1)
    with writing(placement_engine) as con:
        for status, at in (("cancelled", later), ("rejected", later - dt.timedelta(days=1))):
            con.execute(
                pm.PlacementNote.__table__.insert().values(
                    placement_id=saved.id,
                    created_at=at,
                    text="",
                    status=status,
                    uid=placement_sync.new_uid(),
                    desk_id="desk-9",
                )
            )
            placement_sync.settle_status(con, saved.id)
    record = records.get(saved.id)
    assert record is not None and record.status is PlacementStatus.CANCELLED
    assert [n.status for n in record.notes] == ["rejected", "referred", "decided", "cancelled"]


def test_on_the_same_time_the_greater_id_is_the_latest(placement_engine: Engine) -> None:
    records = Workspace(engine=placement_engine, desk="desk-7").records
    saved = records.commit(None, porvoo_home_care())
    records.change_status(saved.id, PlacementStatus.DECIDED, "")
    at = dt.datetime(2026, 5, 1, 12, 0)
    with writing(placement_engine) as con:
        uids = sorted(
            con.execute(
                select(pm.PlacementNote.uid).where(pm.PlacementNote.placement_id == saved.id)
            ).scalars()
        )
        con.execute(update(pm.PlacementNote).values(created_at=at))
        placement_sync.settle_status(con, saved.id)
        latest = con.execute(
            select(pm.PlacementNote.status).where(pm.PlacementNote.uid == uids[-1])
        ).scalar()
    record = records.get(saved.id)
    assert record is not None and record.status.value == latest


def test_a_desk_id_is_made_once_and_kept_and_a_name_is_not_one(
    tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOTE_NAVIGATOR_HOME", str(tmp_path))
    made = desks.local_desk_id()
    assert made.startswith("desk-") and desks.local_desk_id() == made
    assert desks.local_desk_id("tk-porvoo-12") == "tk-porvoo-12"
    assert desks.local_desk_id("Maija Meikäläinen") == made  # not a valid desk id
