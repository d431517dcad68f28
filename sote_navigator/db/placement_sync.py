"""Stable ids, desks and the outbox of the placement records (schema 6 on).

Every placement and every note (a status change is a note with a status) carries a UUID that
stays the same on every desk and in the region, so that pushing it twice changes nothing. A
laptop's SQLite file keeps an outbox of what it has not pushed yet (services.region_sync); a
database on a server is the region itself and keeps none.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Connection, UnaryExpression, insert, inspect, select, text, update

from sote_navigator.db import placement_models as pm
from sote_navigator.db.models import Base

# The status a record is saved with while the wizard is open: not pushed until it is finished.
DRAFT = "draft"
PLACEMENT = "placement"
NOTE = "note"


def new_uid() -> str:
    return str(uuid.uuid4())


def keeps_outbox(con: Connection) -> bool:
    """Whether this database queues what it saves for a region: a laptop's file does."""
    return con.dialect.name == "sqlite"


def queue(con: Connection, kind: str, uid: str, now: dt.datetime) -> None:
    """Put a saved record in the outbox, in the transaction that saved it."""
    if keeps_outbox(con):
        con.execute(insert(pm.OutboxEntry).values(kind=kind, uid=uid, queued_at=now))


def add_stable_ids(con: Connection) -> None:
    """The uid and desk_id columns and the uid's unique index on both record tables; every
    existing row gets a uid of its own and no desk (it was saved before desks were named)."""
    for model in (pm.Placement, pm.PlacementNote):
        table = Base.metadata.tables[str(model.__tablename__)]
        have = {c["name"] for c in inspect(con).get_columns(table.name)}
        for column in ("uid", "desk_id"):
            if column not in have:
                added = f"{column} VARCHAR NOT NULL DEFAULT ''"
                con.execute(text(f"ALTER TABLE {table.name} ADD COLUMN {added}"))
        ids = con.execute(select(table.c.id).where(table.c.uid == "")).scalars().all()
        for row_id in ids:
            con.execute(update(table).where(table.c.id == row_id).values(uid=new_uid()))
        for index in table.indexes:
            index.create(con, checkfirst=True)


def queue_everything(con: Connection) -> None:
    """Queue every finished placement and every note already saved (none was pushed yet)."""
    if not keeps_outbox(con):
        return
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    placements = con.execute(
        select(pm.Placement.uid).where(pm.Placement.status != DRAFT).order_by(pm.Placement.id)
    ).scalars()
    for uid in placements.all():
        queue(con, PLACEMENT, uid, now)
    notes = con.execute(select(pm.PlacementNote.uid).order_by(pm.PlacementNote.id)).scalars()
    for uid in notes.all():
        queue(con, NOTE, uid, now)


def latest_status_first() -> tuple[UnaryExpression[dt.datetime], UnaryExpression[str]]:
    """The order of status changes, latest first: by time, and on the same time by uid, so
    that every desk and the region read the same current status from the same events."""
    return (pm.PlacementNote.created_at.desc(), pm.PlacementNote.uid.desc())


def settle_status(con: Connection, placement_id: int) -> None:
    """Set a placement's status to its latest status change (every change stays a note)."""
    latest = con.execute(
        select(pm.PlacementNote.status)
        .where(pm.PlacementNote.placement_id == placement_id, pm.PlacementNote.status != "")
        .order_by(*latest_status_first())
        .limit(1)
    ).scalar()
    if latest is None:
        return
    entered = con.execute(
        select(pm.Placement.input).where(pm.Placement.id == placement_id)
    ).scalar()
    values: dict[str, object] = {
        "status": latest,
        "updated_at": dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0),
    }
    if isinstance(entered, dict):
        values["input"] = {**entered, "status": latest}
    con.execute(update(pm.Placement).where(pm.Placement.id == placement_id).values(**values))
