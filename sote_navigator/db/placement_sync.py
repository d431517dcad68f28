"""Stable ids, desks and the outbox of the placement records (schema 6 on).

Every placement and every note (a status change is a note with a status) carries a UUID that
stays the same on every desk and in the region, so that pushing it twice changes nothing. A
laptop's SQLite file keeps an outbox of what it has not pushed yet (services.region_sync); a
database on a server is the region itself and keeps none.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Connection,
    UnaryExpression,
    delete,
    insert,
    inspect,
    select,
    text,
    update,
)

from sote_navigator.db import placement_models as pm
from sote_navigator.db.batches import in_batches
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


# -- pushing to a region and pulling from it (services.region_sync) -----------------------

_PLACEMENT = Base.metadata.tables["placement"]
_NOTE = Base.metadata.tables["placement_note"]
# What a placement pushed again (finished anew in the wizard) changes in the region: not its
# ids, its desk, its creation or its status (the status follows the status changes).
_KEPT = frozenset({"id", "uid", "desk_id", "created_at", "status"})


@dataclass
class Outbox:
    """What a laptop has not pushed: the outbox rows up to ``last`` and what they name."""

    last: int = 0
    entries: list[tuple[int, str, str]] = field(default_factory=list)  # (row id, kind, uid)
    placements: dict[str, dict[str, Any]] = field(default_factory=dict)  # by uid
    notes: dict[str, dict[str, Any]] = field(default_factory=dict)  # by uid, with placement_uid


@dataclass
class Taken:
    """What the region did with a push: new rows, and rows it already had (an answer lost)."""

    placements: int = 0
    notes: int = 0
    already: int = 0
    waiting: set[str] = field(default_factory=set)  # uids kept for later (a draft's notes)


def read_outbox(con: Connection) -> Outbox:
    found = Outbox()
    for row in con.execute(select(pm.OutboxEntry).order_by(pm.OutboxEntry.id)):
        found.entries.append((row.id, row.kind, row.uid))
        found.last = row.id
    placements = sorted({uid for _, kind, uid in found.entries if kind == PLACEMENT})
    notes = sorted({uid for _, kind, uid in found.entries if kind == NOTE})
    for batch in in_batches(placements):
        for row in con.execute(select(_PLACEMENT).where(_PLACEMENT.c.uid.in_(batch))):
            found.placements[row.uid] = dict(row._mapping)
    for batch in in_batches(notes):
        query = (
            select(_NOTE, _PLACEMENT.c.uid.label("placement_uid"))
            .join(_PLACEMENT, _PLACEMENT.c.id == _NOTE.c.placement_id)
            .where(_NOTE.c.uid.in_(batch))
        )
        for row in con.execute(query):
            found.notes[row.uid] = dict(row._mapping)
    return found


def _region_ids(con: Connection, uids: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for batch in in_batches(sorted(set(uids))):
        query = select(_PLACEMENT.c.uid, _PLACEMENT.c.id).where(_PLACEMENT.c.uid.in_(batch))
        found.update({row.uid: row.id for row in con.execute(query)})
    return found


def _known_notes(con: Connection, uids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for batch in in_batches(sorted(set(uids))):
        found.update(con.execute(select(_NOTE.c.uid).where(_NOTE.c.uid.in_(batch))).scalars())
    return found


def take_in(con: Connection, outbox: Outbox) -> Taken:
    """Write a laptop's outbox into the region (in the caller's writing transaction): each
    record once by its uid, whatever was pushed before. A draft and its notes wait."""
    taken = Taken()
    ready = {u: p for u, p in outbox.placements.items() if p["status"] != DRAFT}
    taken.waiting.update(u for u in outbox.placements if u not in ready)
    ids = _region_ids(con, [*ready, *(n["placement_uid"] for n in outbox.notes.values())])
    for uid, placement in ready.items():
        values = {k: v for k, v in placement.items() if k != "id"}
        if uid in ids:
            changed = {k: v for k, v in values.items() if k not in _KEPT}
            con.execute(update(_PLACEMENT).where(_PLACEMENT.c.id == ids[uid]).values(**changed))
            taken.already += 1
        else:
            new = con.execute(insert(_PLACEMENT).values(**values)).inserted_primary_key
            assert new is not None
            ids[uid] = int(new[0])
            taken.placements += 1
    known = _known_notes(con, list(outbox.notes))
    touched: set[int] = set()
    for uid, note in outbox.notes.items():
        region_id = ids.get(note["placement_uid"])
        if region_id is None:  # its placement is a draft, or not pushed yet
            taken.waiting.add(uid)
            continue
        if uid in known:
            taken.already += 1
            continue
        values = {k: v for k, v in note.items() if k not in ("id", "placement_uid")}
        con.execute(insert(_NOTE).values({**values, "placement_id": region_id}))
        touched.add(region_id)
        taken.notes += 1
    for region_id in sorted(touched | {ids[u] for u in ready}):
        settle_status(con, region_id)
    return taken


def drop_pushed(con: Connection, outbox: Outbox, waiting: set[str]) -> None:
    """Empty the outbox of what the region committed (rows queued since stay)."""
    done = [row_id for row_id, _, uid in outbox.entries if uid not in waiting]
    for batch in in_batches(done):
        con.execute(delete(pm.OutboxEntry).where(pm.OutboxEntry.id.in_(batch)))


def finished_uids(con: Connection) -> dict[str, int]:
    """This database's finished placements: uid -> id."""
    query = select(_PLACEMENT.c.uid, _PLACEMENT.c.id).where(_PLACEMENT.c.status != DRAFT)
    return {row.uid: row.id for row in con.execute(query)}


def notes_elsewhere(con: Connection, placements: Sequence[str]) -> list[dict[str, Any]]:
    """The region's notes on these placements (by uid), with their placement's uid."""
    found: list[dict[str, Any]] = []
    for batch in in_batches(sorted(placements)):
        query = (
            select(_NOTE, _PLACEMENT.c.uid.label("placement_uid"))
            .join(_PLACEMENT, _PLACEMENT.c.id == _NOTE.c.placement_id)
            .where(_PLACEMENT.c.uid.in_(batch))
        )
        found.extend(dict(row._mapping) for row in con.execute(query))
    return found


def take_notes(
    con: Connection, notes: Sequence[dict[str, Any]], ids: dict[str, int]
) -> tuple[int, list[int]]:
    """Add the notes this database does not hold yet (not queued: they came from the
    region) and settle the status of their placements. Returns how many were new, and the
    placements they were added to."""
    known = _known_notes(con, [n["uid"] for n in notes])
    touched: set[int] = set()
    added = 0
    for note in notes:
        if note["uid"] in known or note["placement_uid"] not in ids:
            continue
        placement_id = ids[note["placement_uid"]]
        values = {k: v for k, v in note.items() if k not in ("id", "placement_uid")}
        con.execute(insert(_NOTE).values({**values, "placement_id": placement_id}))
        touched.add(placement_id)
        added += 1
    for placement_id in sorted(touched):
        settle_status(con, placement_id)
    return added, sorted(touched)
