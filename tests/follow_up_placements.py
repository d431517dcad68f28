"""Placements for the follow-up tests, and the passing of days in a real database."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, select, update

from sote_navigator.core.placement_record import PlacementInput
from sote_navigator.db import placement_models as pm
from sote_navigator.db.engine import writing

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
    """Move a placement and its notes ``days`` into the past, as if made then.

    The arithmetic is done here, not in SQL, so that it works the same on both engines.
    """
    shift = dt.timedelta(days=days)
    with writing(engine) as con:
        created, updated = con.execute(
            select(pm.Placement.created_at, pm.Placement.updated_at).where(
                pm.Placement.id == placement_id
            )
        ).one()
        con.execute(
            update(pm.Placement)
            .where(pm.Placement.id == placement_id)
            .values(created_at=created - shift, updated_at=updated - shift)
        )
        notes = con.execute(
            select(pm.PlacementNote.id, pm.PlacementNote.created_at).where(
                pm.PlacementNote.placement_id == placement_id
            )
        ).all()
        for note_id, made in notes:
            con.execute(
                update(pm.PlacementNote)
                .where(pm.PlacementNote.id == note_id)
                .values(created_at=made - shift)
            )
