"""Saving, finding and updating placement records; drafts saved after every wizard step.

Records live in their own tables, which catalogue imports and rollbacks never touch.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Connection, Engine, Select, delete, insert, select, update

from sote_navigator.core import localized
from sote_navigator.core.errors import Problem, UserFacingError
from sote_navigator.core.placement_record import (
    CatalogueStamp,
    PlacementInput,
    PlacementNote,
    PlacementRecord,
    PlacementStatus,
    refuse_identity_codes,
)
from sote_navigator.core.placement_snapshot import (
    DamagedSnapshot,
    PlacementSnapshot,
    snapshot_from_json,
    snapshot_to_json,
)
from sote_navigator.core.snapshot_json import Names
from sote_navigator.db import placement_models as pm
from sote_navigator.db import placement_sync
from sote_navigator.db.engine import writing
from sote_navigator.db.transactions import RECORDS
from sote_navigator.services import desks
from sote_navigator.services.placement import Placer

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DamagedPlacement:
    """A stored placement that cannot be read back (broken JSON, a date that is not one)."""

    id: int
    column: str


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def _flat(entered: PlacementInput, snap: PlacementSnapshot | None) -> dict[str, Any]:
    """The columns that lists, filters and reports use, taken from the snapshot."""
    lang = entered.effective_summary_language
    context = snap.context if snap else None
    service = snap.service if snap else None
    provider = snap.provider if snap else None
    location = provider.location if provider else None
    catalogue = snap.catalogue if snap else None

    def name(names: Names | None) -> str:
        return localized.pick(names or [], lang)

    return {
        "catalogue_version": catalogue.version_number if catalogue else None,
        "catalogue_id": catalogue.catalogue_id if catalogue else None,
        "catalogue_label": catalogue.version if catalogue else None,
        "client_reference": entered.client_reference.strip() or None,
        "client_language": entered.language,
        "summary_language": lang,
        "age": entered.age,
        "municipality_code": context.municipality.code if context else None,
        "organiser_id": context.organiser.id if context else None,
        "regional_unit_id": context.regional_unit.id if context else None,
        "service_id": service.id if service else None,
        "offering_id": provider.offering_id if provider else None,
        "provider_id": provider.provider.id if provider else None,
        "location_id": location.id if location else None,
        "verdict": service.verdict.value if service else None,
        "municipality_name": name(context.municipality.names if context else None),
        "organiser_name": name(context.organiser.names if context else None),
        "regional_unit_name": name(context.regional_unit.names if context else None),
        "service_name": name(service.names if service else None),
        "provider_name": name(provider.provider.names if provider else None),
        "location_name": name(location.names if location else None),
        "input": entered.to_json(),
        "snapshot": snapshot_to_json(snap),
    }


def _readable(con: Connection, row: Any) -> Any:
    """The row's values, checked to read as a record; raises pm.UnreadableColumn."""
    values = pm.decode(con, pm.Placement, row)
    for column in ("input", "snapshot"):
        if not isinstance(values[column], dict):
            raise pm.UnreadableColumn(column)
    if values["status"] not in {s.value for s in PlacementStatus}:
        raise pm.UnreadableColumn("status")
    try:
        values["snapshot"] = snapshot_from_json(values["snapshot"])
    except DamagedSnapshot as exc:
        raise pm.UnreadableColumn("snapshot") from exc
    return SimpleNamespace(**values)


def _record(row: Any, notes: Sequence[PlacementNote] = ()) -> PlacementRecord:
    stamp = (
        CatalogueStamp(row.catalogue_version, row.catalogue_id or "", row.catalogue_label or "")
        if row.catalogue_version is not None
        else None
    )
    return PlacementRecord(
        id=row.id,
        status=PlacementStatus(row.status),
        created_at=row.created_at,
        updated_at=row.updated_at,
        input=PlacementInput.from_json(row.input),
        snapshot=row.snapshot,
        wizard_open=row.wizard_open,
        catalogue=stamp,
        notes=tuple(notes),
        uid=row.uid,
        desk_id=row.desk_id,
    )


class PlacementRecords:
    """The records of one workspace. Saving from the counsellor's entries evaluates them:
    give it the workspace's placer. Without one it reads, updates and deletes records only
    (a backup's check, the command line's listing)."""

    def __init__(
        self,
        engine: Engine,
        placer: Placer | None = None,
        desk: Callable[[], str] = desks.local_desk_id,
    ) -> None:
        """``desk``: the id of the desk that saves (services.desks), asked on the first save."""
        self._engine = engine
        self._placer = placer
        self._desk = desk
        self._desk_id: str | None = None

    @property
    def desk_id(self) -> str:
        if self._desk_id is None:
            self._desk_id = self._desk()
        return self._desk_id

    @property
    def placer(self) -> Placer:
        if self._placer is None:
            raise TypeError("PlacementRecords without a Placer cannot save entries")
        return self._placer

    def save_draft(self, placement_id: int | None, entered: PlacementInput) -> int:
        """Save the wizard's entries so far; returns the record id (new on the first step)."""
        refuse_identity_codes(entered)
        return self._save(placement_id, entered, wizard_open=True, status=PlacementStatus.DRAFT)

    def commit(self, placement_id: int | None, entered: PlacementInput) -> PlacementRecord:
        """Finish the placement: snapshot the evaluation, keep the notes, set the status."""
        refuse_identity_codes(entered)
        status = PlacementStatus(entered.status)
        new_id = self._save(placement_id, entered, wizard_open=False, status=status)
        if status is not PlacementStatus.DRAFT:
            # The status is recorded as a change, with the notes: a referral's date then
            # comes from the database (the follow-up list), not from the session.
            self._add_note(new_id, entered.notes.strip(), status.value)
        elif entered.notes.strip():
            self.add_note(new_id, entered.notes.strip())
        found = self.get(new_id)
        assert found is not None
        return found

    def _save(
        self,
        placement_id: int | None,
        entered: PlacementInput,
        *,
        wizard_open: bool,
        status: PlacementStatus,
    ) -> int:
        values = _flat(entered, self.placer.snapshot_for(entered))
        values.update(
            status=status.value,
            wizard_open=wizard_open,
            wizard_step=entered.step,
            updated_at=_now(),
        )
        desk = self.desk_id
        with writing(self._engine, RECORDS) as con:
            if placement_id is not None:
                uid = con.execute(
                    select(pm.Placement.uid).where(pm.Placement.id == placement_id)
                ).scalar()
                if uid is not None:
                    con.execute(
                        update(pm.Placement).where(pm.Placement.id == placement_id).values(**values)
                    )
                    if status is not PlacementStatus.DRAFT:
                        placement_sync.queue(con, placement_sync.PLACEMENT, uid, _now())
                    return placement_id
            uid = placement_sync.new_uid()
            result = con.execute(
                insert(pm.Placement).values(
                    created_at=values["updated_at"], uid=uid, desk_id=desk, **values
                )
            )
            if status is not PlacementStatus.DRAFT:
                placement_sync.queue(con, placement_sync.PLACEMENT, uid, values["updated_at"])
            key = result.inserted_primary_key
            return int(key[0]) if key else 0

    def get(self, placement_id: int) -> PlacementRecord | None:
        """The record with its notes; raises UserFacingError when it is stored damaged."""
        with self._engine.connect() as con:
            row = con.execute(
                pm.raw_select(pm.Placement).where(pm.Placement.id == placement_id)
            ).first()
            if row is None:
                return None
            try:
                values = _readable(con, row)
                # In time order (on the same time by uid): notes from other desks come in
                # by a sync after later ones of this desk.
                notes = [
                    PlacementNote(n["created_at"], n["text"], n["status"], n["uid"], n["desk_id"])
                    for n in (
                        pm.decode(con, pm.PlacementNote, r)
                        for r in con.execute(
                            pm.raw_select(pm.PlacementNote)
                            .where(pm.PlacementNote.placement_id == placement_id)
                            .order_by(pm.PlacementNote.created_at, pm.PlacementNote.uid)
                        )
                    )
                ]
            except pm.UnreadableColumn as damage:
                raise UserFacingError(
                    Problem.PLACEMENT_DAMAGED, {"id": str(placement_id), "column": damage.column}
                ) from damage
            return _record(values, notes)

    def _read(self, query: Select[Any]) -> tuple[list[PlacementRecord], list[DamagedPlacement]]:
        records: list[PlacementRecord] = []
        damaged: list[DamagedPlacement] = []
        with self._engine.connect() as con:
            for row in con.execute(query):
                try:
                    records.append(_record(_readable(con, row)))
                except pm.UnreadableColumn as damage:
                    log.warning("placement %s is damaged: %s cannot be read", row.id, damage.column)
                    damaged.append(DamagedPlacement(int(row.id), damage.column))
        return records, damaged

    def find_with_damaged(
        self, status: PlacementStatus | None = None
    ) -> tuple[list[PlacementRecord], list[DamagedPlacement]]:
        """Records newest first, optionally of one status (notes are not loaded), and the
        stored placements that cannot be read, which the rest of the history goes on without."""
        query = pm.raw_select(pm.Placement).order_by(
            pm.Placement.updated_at.desc(), pm.Placement.id.desc()
        )
        if status is not None:
            query = query.where(pm.Placement.status == status.value)
        return self._read(query)

    def find(self, status: PlacementStatus | None = None) -> list[PlacementRecord]:
        """The readable records, newest first (see find_with_damaged)."""
        return self.find_with_damaged(status)[0]

    def damaged(self) -> list[DamagedPlacement]:
        """Every stored placement that cannot be read, with its notes, in id order."""
        found = {
            d.id: d for d in self._read(pm.raw_select(pm.Placement).order_by(pm.Placement.id))[1]
        }
        with self._engine.connect() as con:
            for row in con.execute(pm.raw_select(pm.PlacementNote)):
                try:
                    pm.decode(con, pm.PlacementNote, row)
                except pm.UnreadableColumn as damage:
                    found.setdefault(
                        int(row.placement_id),
                        DamagedPlacement(int(row.placement_id), f"placement_note.{damage.column}"),
                    )
        return [found[k] for k in sorted(found)]

    def unfinished(self) -> list[PlacementRecord]:
        """Drafts whose wizard was never finished (e.g. the application was killed)."""
        query = (
            pm.raw_select(pm.Placement)
            .where(pm.Placement.wizard_open.is_(True))
            .order_by(pm.Placement.updated_at.desc(), pm.Placement.id.desc())
        )
        return self._read(query)[0]

    def change_status(self, placement_id: int, status: PlacementStatus, note: str = "") -> None:
        """Record a change of status, an event kept for ever; the placement's status is then
        its latest status change (db.placement_sync.settle_status), which is this one unless
        a change with a later time came from another desk."""
        refuse_identity_codes(note=note)
        desk = self.desk_id
        with writing(self._engine, RECORDS) as con:
            row = con.execute(select(pm.Placement).where(pm.Placement.id == placement_id)).first()
            if row is None:
                return
            self._insert_note(con, placement_id, note.strip(), status.value, desk)
            placement_sync.settle_status(con, placement_id)

    def add_note(self, placement_id: int, text: str) -> None:
        self._add_note(placement_id, text, "")

    def _add_note(self, placement_id: int, text: str, status: str) -> None:
        refuse_identity_codes(note=text)
        desk = self.desk_id
        with writing(self._engine, RECORDS) as con:
            self._insert_note(con, placement_id, text, status, desk)
            if status:
                placement_sync.settle_status(con, placement_id)
            else:
                con.execute(
                    update(pm.Placement)
                    .where(pm.Placement.id == placement_id)
                    .values(updated_at=_now())
                )

    @staticmethod
    def _insert_note(con: Connection, placement_id: int, text: str, status: str, desk: str) -> None:
        # Microseconds kept: two status changes within a second still read in their order.
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        uid = placement_sync.new_uid()
        con.execute(
            insert(pm.PlacementNote).values(
                placement_id=placement_id,
                created_at=now,
                text=text,
                status=status,
                uid=uid,
                desk_id=desk,
            )
        )
        placement_sync.queue(con, placement_sync.NOTE, uid, now)

    def close_draft(self, placement_id: int) -> None:
        """The wizard was cancelled: keep the draft in the history, but offer it no more."""
        with writing(self._engine, RECORDS) as con:
            con.execute(
                update(pm.Placement)
                .where(pm.Placement.id == placement_id)
                .values(wizard_open=False, updated_at=_now())
            )

    def discard(self, placement_id: int) -> bool:
        """Delete a draft the counsellor does not want to continue. False if not a draft."""
        with writing(self._engine, RECORDS) as con:
            is_draft = con.execute(
                select(pm.Placement.id).where(
                    pm.Placement.id == placement_id,
                    pm.Placement.status == PlacementStatus.DRAFT.value,
                )
            ).first()
            if is_draft is None:
                return False
            con.execute(
                delete(pm.PlacementNote).where(pm.PlacementNote.placement_id == placement_id)
            )
            con.execute(delete(pm.Placement).where(pm.Placement.id == placement_id))
            return True
