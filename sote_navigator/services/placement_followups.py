"""The follow-up list: referrals (lähete, remiss) still without a decision after some days,
the reasons given for rejections and cancellations, and the history's filters.

Everything is read from the database each time, never kept in memory: a session that was
killed and started again shows the same follow-ups. The window and the command line both list
the history through ``PlacementHistory`` and filter it with ``HistoryFilter``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Engine, Text, func, select, type_coerce

from sote_navigator.core import localized
from sote_navigator.core.placement_record import PlacementRecord, PlacementStatus
from sote_navigator.core.placement_snapshot import SnapshotRegionalUnit, SnapshotService
from sote_navigator.db import placement_models as pm
from sote_navigator.services.placement_records import DamagedPlacement, PlacementRecords

log = logging.getLogger(__name__)

# A referral waits this many days for a decision before it is flagged (settings.py keeps the
# counsellor's own choice; the command line and the window read it there).
DEFAULT_FOLLOW_UP_DAYS = 14
# Statuses whose reason (the note written with the change) is shown with the placement.
REASONED = (PlacementStatus.REJECTED, PlacementStatus.CANCELLED)


def now_utc() -> dt.datetime:
    """Now as the database stores moments: UTC without a zone."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class FollowUp:
    """A referral with no decision: when it was made, and for how many whole days."""

    referred_at: dt.datetime
    days_waiting: int


@dataclass(frozen=True)
class StatusReason:
    """The note written when the placement got its present status."""

    status: PlacementStatus
    text: str
    at: dt.datetime


@dataclass(frozen=True)
class HistoryEntry:
    record: PlacementRecord
    follow_up: FollowUp | None = None
    reason: StatusReason | None = None

    def _part(self, key: str) -> SnapshotService | SnapshotRegionalUnit | None:
        snap = self.record.snapshot
        if snap is None:
            return None
        return snap.service if key == "service" else snap.context.regional_unit

    def part_id(self, key: str) -> str:
        """The id the record keeps for its ``"service"`` or ``"regional_unit"``."""
        part = self._part(key)
        return part.id if part is not None else ""

    def part_name(self, key: str, language: str) -> str:
        part = self._part(key)
        return localized.pick(part.names, language) if part is not None else ""

    def part_names(self, key: str) -> list[str]:
        """Every name the record keeps for its service or regional unit, in any language."""
        part = self._part(key)
        return localized.all_values(part.names) if part is not None else []


def local_day(moment: dt.datetime) -> dt.date:
    """The desk's calendar day of a stored (UTC) moment."""
    return moment.replace(tzinfo=dt.UTC).astimezone().date()


@dataclass(frozen=True)
class HistoryFilter:
    """What the counsellor narrowed the history to; empty fields let everything through.

    ``since``/``until`` are days of the last change (the date the lists show), both included;
    ``service`` and ``unit`` match an id exactly or a part of a name in any language."""

    status: PlacementStatus | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    service: str = ""
    unit: str = ""
    follow_up_only: bool = False

    def matches(self, entry: HistoryEntry) -> bool:
        record = entry.record
        if self.status is not None and record.status is not self.status:
            return False
        if self.follow_up_only and entry.follow_up is None:
            return False
        day = local_day(record.updated_at)
        if (self.since and day < self.since) or (self.until and day > self.until):
            return False
        return _names_match(entry, "service", self.service) and _names_match(
            entry, "regional_unit", self.unit
        )


def _names_match(entry: HistoryEntry, key: str, wanted: str) -> bool:
    wanted = wanted.strip().casefold()
    if not wanted:
        return True
    if entry.part_id(key).casefold() == wanted:
        return True
    return any(wanted in name.casefold() for name in entry.part_names(key))


def follow_up_for(
    status: PlacementStatus, referred_at: dt.datetime, now: dt.datetime, days: int
) -> FollowUp | None:
    """A follow-up when a referral has waited ``days`` whole days or more for its decision."""
    if status is not PlacementStatus.REFERRED:
        return None
    waited = (now - referred_at).days
    return FollowUp(referred_at, waited) if waited >= days else None


class PlacementHistory:
    """The placement history with its follow-ups first, read fresh from the database."""

    def __init__(
        self,
        engine: Engine,
        follow_up_days: int = DEFAULT_FOLLOW_UP_DAYS,
        records: PlacementRecords | None = None,
    ) -> None:
        """``records``: the workspace's (services.workspace); without, one that reads only."""
        self._engine = engine
        self.records = records if records is not None else PlacementRecords(engine)
        self.follow_up_days = follow_up_days

    def _status_notes(
        self, placement_id: int | None = None
    ) -> dict[int, list[tuple[dt.datetime, str, str]]]:
        """Each placement's changes of status (only ``placement_id``'s when given), oldest
        first: (when, status, text)."""
        found: dict[int, list[tuple[dt.datetime, str, str]]] = {}
        query = (
            pm.raw_select(pm.PlacementNote)
            .where(pm.PlacementNote.status != "")
            # In time order, as the status is decided (db.placement_sync): a change pulled
            # from another desk may be stored after later ones of this desk.
            .order_by(pm.PlacementNote.created_at, pm.PlacementNote.uid)
        )
        if placement_id is not None:
            query = query.where(pm.PlacementNote.placement_id == placement_id)
        with self._engine.connect() as con:
            for row in con.execute(query):
                try:
                    values = pm.decode(con, pm.PlacementNote, row)
                except pm.UnreadableColumn:
                    continue  # PlacementRecords.damaged names it; the list goes on
                found.setdefault(int(values["placement_id"]), []).append(
                    (values["created_at"], str(values["status"]), str(values["text"] or ""))
                )
        return found

    def _entry(
        self,
        record: PlacementRecord,
        notes: Sequence[tuple[dt.datetime, str, str]],
        now: dt.datetime,
    ) -> HistoryEntry:
        referrals = [at for at, status, _ in notes if status == PlacementStatus.REFERRED.value]
        # Saved as referred without a recorded change (before the change was recorded): the
        # record's creation is the earliest the referral can have been made.
        referred_at = referrals[-1] if referrals else record.created_at
        follow_up = follow_up_for(record.status, referred_at, now, self.follow_up_days)
        reason = None
        if record.status in REASONED:
            last = [n for n in notes if n[1] == record.status.value]
            if last and last[-1][2].strip():
                at, status, text = last[-1]
                reason = StatusReason(PlacementStatus(status), text.strip(), at)
        return HistoryEntry(record, follow_up, reason)

    def entries(
        self, now: dt.datetime | None = None
    ) -> tuple[list[HistoryEntry], list[DamagedPlacement]]:
        """Follow-ups first (the longest waiting first), then the rest newest first; and the
        placements that cannot be read."""
        records, damaged = self.records.find_with_damaged()
        notes = self._status_notes()
        moment = now or now_utc()
        entries = [self._entry(r, notes.get(r.id, ()), moment) for r in records]
        return ordered(entries), damaged

    def entry(self, record: PlacementRecord, now: dt.datetime | None = None) -> HistoryEntry:
        """One record as the history lists it (a changed row redrawn without reading the
        whole history)."""
        notes = self._status_notes(record.id).get(record.id, ())
        return self._entry(record, notes, now or now_utc())

    def follow_up_count(self, now: dt.datetime | None = None) -> int:
        """How many referrals wait for a decision past the set number of days.

        Reads only ids and times (no snapshot is decoded): the main window counts at start-up
        and after every change. A placement whose times cannot be read is left out here; the
        history names it."""
        moment = now or now_utc()
        referred = PlacementStatus.REFERRED.value
        made = select(pm.Placement.id, type_coerce(pm.Placement.created_at, Text)).where(
            pm.Placement.status == referred
        )
        notes = (
            select(
                pm.PlacementNote.placement_id,
                func.max(type_coerce(pm.PlacementNote.created_at, Text)),
            )
            .where(pm.PlacementNote.status == referred)
            .group_by(pm.PlacementNote.placement_id)
        )
        with self._engine.connect() as con:
            created = {int(i): _moment(text) for i, text in con.execute(made)}
            latest = {int(i): _moment(text) for i, text in con.execute(notes) if int(i) in created}
        count = 0
        for placement_id, made_at in created.items():
            referred_at = latest.get(placement_id) or made_at
            if referred_at is not None and (
                follow_up_for(PlacementStatus.REFERRED, referred_at, moment, self.follow_up_days)
            ):
                count += 1
        return count


def _moment(text: object) -> dt.datetime | None:
    """A stored moment (kept as ISO text, read as text); None when it is not one."""
    try:
        return dt.datetime.fromisoformat(str(text)) if text is not None else None
    except ValueError:
        return None


def ordered(entries: Iterable[HistoryEntry]) -> list[HistoryEntry]:
    """Follow-ups first, the longest waiting first; the others keep their order."""
    listed = list(entries)
    waiting = sorted(
        (e for e in listed if e.follow_up is not None),
        key=lambda e: (e.follow_up.referred_at if e.follow_up else dt.datetime.max, e.record.id),
    )
    return waiting + [e for e in listed if e.follow_up is None]
