"""Placements with known times for the regional report's tests (services and window)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, update

from sote_navigator.core.placement_record import PlacementInput, PlacementStatus
from sote_navigator.db import placement_models as pm
from sote_navigator.db.engine import writing
from sote_navigator.services.workspace import Workspace

REFERENCE = "ASIAKASVIITE-7731"
NOTE = "Kaatui kotona, tytär soittaa"
START = dt.datetime(2026, 3, 2, 9, 0)


def _entered(offering: str, service: str) -> PlacementInput:
    return PlacementInput(
        municipality="Borgå",
        age=82,
        language="sv",
        home_visit=True,
        need_kind="words",
        need_value="hemvård",
        need_text="hemvård",
        service_id=service,
        offering_id=offering,
        status="referred",
        notes=NOTE,
        client_reference=REFERENCE,
    )


def _set_times(engine: Engine, placement_id: int, made: dt.datetime, days: list[float]) -> None:
    """The placement made at ``made``; its status changes ``days`` after it, in order."""
    with writing(engine) as con:
        con.execute(
            update(pm.Placement).where(pm.Placement.id == placement_id).values(created_at=made)
        )
        ids = con.execute(
            pm.PlacementNote.__table__.select()
            .where(pm.PlacementNote.placement_id == placement_id)
            .order_by(pm.PlacementNote.id)
        ).fetchall()
        for row, after in zip(ids, days, strict=True):
            con.execute(
                update(pm.PlacementNote)
                .where(pm.PlacementNote.id == row.id)
                .values(created_at=made + dt.timedelta(days=after))
            )


def add_counted_placements(placement_engine: Engine) -> Engine:
    """Five placements: four home-care referrals (decided after 2, 4, 10 days; one waiting)
    in March, one rejected after 6 days in April; and a draft, which is not counted."""
    records = Workspace(engine=placement_engine).records
    waits: list[tuple[dt.datetime, str | None, float | None]] = [
        (START, "decided", 2),
        (START + dt.timedelta(days=1), "decided", 4),
        (START + dt.timedelta(days=2), "decided", 10),
        (START + dt.timedelta(days=3), None, None),
        (dt.datetime(2026, 4, 7, 10), "rejected", 6),
    ]
    for made, outcome, after in waits:
        record = records.commit(None, _entered("off-omsorg-homecare", "S-HOMECARE"))
        if outcome is not None and after is not None:
            records.change_status(record.id, PlacementStatus(outcome), note=NOTE)
            _set_times(placement_engine, record.id, made, [0, after])
        else:
            _set_times(placement_engine, record.id, made, [0])
    records.save_draft(None, PlacementInput(municipality="Borgå", client_reference=REFERENCE))
    return placement_engine
