"""Regional reporting: placements counted by month, service, provider, unit and status, and
the days from referral to decision, for knowledge-based management.

Read from the shared database (or a desk's own file). Only these columns are ever read: the
placement's id, creation time, status, and the ids and names of its service, provider and
regional unit; of the status changes, their time and status. A client reference, a note, the
client's input or a snapshot is never selected, so no aggregate can hold one.

Drafts are not placements yet and are left out. The referral is the first change to
"referred" (saving a placement records its status as a change too); the decision is the
first change to "decided" or "rejected" after it. Days are exact (hours / 24).
The median and the 90th percentile are interpolated between the nearest values (numpy's
default "linear", Excel's PERCENTILE.INC).
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, Text, select, type_coerce

from sote_navigator import paths
from sote_navigator.core.placement_record import PlacementStatus
from sote_navigator.core.progress import Progress, silent
from sote_navigator.db import placement_models as pm

# The dimensions a report can be broken down by, in the order they are offered.
DIMENSIONS = ("month", "service", "provider", "unit", "status")
DECISIONS = (PlacementStatus.DECIDED.value, PlacementStatus.REJECTED.value)
# How often the reading says how far it got (and checks for a cancel), in rows.
PROGRESS_EVERY = 500


class UnknownDimension(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


@dataclass(frozen=True)
class Key:
    """A value of one dimension: an id (a month as 2026-03, a status code) and its name."""

    id: str
    name: str


@dataclass(frozen=True)
class ReportRow:
    keys: tuple[Key, ...]  # one for each of the report's dimensions, in its order
    placements: int
    decided: int  # of them, how many have a decision after a referral
    median_days: float | None
    p90_days: float | None


@dataclass(frozen=True)
class RegionReport:
    by: tuple[str, ...]
    rows: tuple[ReportRow, ...]

    @property
    def placements(self) -> int:
        return sum(r.placements for r in self.rows)


def dimensions(text: str) -> tuple[str, ...]:
    """ "month,service" as a tuple of dimensions; raises UnknownDimension for a wrong one."""
    found: list[str] = []
    for part in (p.strip().lower() for p in text.split(",")):
        if not part:
            continue
        if part not in DIMENSIONS:
            raise UnknownDimension(part)
        if part not in found:
            found.append(part)
    return tuple(found)


def percentile(values: Sequence[float], fraction: float) -> float | None:
    """The ``fraction`` quantile of ``values``, interpolated linearly; None for none."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * fraction
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


@dataclass
class _Placement:
    created_at: dt.datetime
    status: str
    keys: dict[str, Key]


def _moment(value: object) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(str(value)) if value is not None else None
    except ValueError:
        return None


def _read_placements(engine: Engine, progress: Progress) -> dict[int, _Placement]:
    p = pm.Placement
    query = select(
        p.id,
        type_coerce(p.created_at, Text),
        p.status,
        p.service_id,
        p.service_name,
        p.provider_id,
        p.provider_name,
        p.regional_unit_id,
        p.regional_unit_name,
    ).where(p.status != PlacementStatus.DRAFT.value)
    found: dict[int, _Placement] = {}
    with engine.connect() as con:
        for n, row in enumerate(con.execute(query)):
            if n % PROGRESS_EVERY == 0:
                progress.report(n, 0, "placements")
            made = _moment(row[1])
            if made is None:
                continue  # a damaged time: the history names such a placement
            status = str(row[2])
            found[int(row[0])] = _Placement(
                made,
                status,
                {
                    "month": Key(f"{made.year:04d}-{made.month:02d}", ""),
                    "service": Key(str(row[3] or ""), str(row[4] or "")),
                    "provider": Key(str(row[5] or ""), str(row[6] or "")),
                    "unit": Key(str(row[7] or ""), str(row[8] or "")),
                    "status": Key(status, ""),
                },
            )
    return found


def _status_changes(engine: Engine) -> dict[int, list[tuple[dt.datetime, str]]]:
    n = pm.PlacementNote
    query = (
        select(n.placement_id, type_coerce(n.created_at, Text), n.status)
        .where(n.status.in_((PlacementStatus.REFERRED.value, *DECISIONS)))
        .order_by(n.placement_id, n.id)
    )
    found: dict[int, list[tuple[dt.datetime, str]]] = {}
    with engine.connect() as con:
        for placement_id, at, status in con.execute(query):
            moment = _moment(at)
            if moment is not None:
                found.setdefault(int(placement_id), []).append((moment, str(status)))
    return found


def days_to_decision(changes: Iterable[tuple[dt.datetime, str]]) -> float | None:
    """Days from the referral to the decision after it; None without both."""
    referred: dt.datetime | None = None
    for at, status in sorted(changes):
        if status == PlacementStatus.REFERRED.value and referred is None:
            referred = at
        elif status in DECISIONS and referred is not None:
            return max(0.0, (at - referred).total_seconds() / 86400)
    return None


def report(engine: Engine, by: Sequence[str], progress: Progress | None = None) -> RegionReport:
    """The placements counted by ``by`` (DIMENSIONS; none: one total row)."""
    for name in by:
        if name not in DIMENSIONS:
            raise UnknownDimension(name)
    progress = progress or silent()
    placements = _read_placements(engine, progress)
    changes = _status_changes(engine)
    groups: dict[tuple[Key, ...], tuple[list[int], list[float]]] = {}
    for placement_id, placement in placements.items():
        key = tuple(placement.keys[name] for name in by)
        counted, waits = groups.setdefault(key, ([], []))
        counted.append(placement_id)
        days = days_to_decision(changes.get(placement_id, []))
        if days is not None:
            waits.append(days)
    rows = tuple(
        ReportRow(
            key,
            len(counted),
            len(waits),
            _rounded(percentile(waits, 0.5)),
            _rounded(percentile(waits, 0.9)),
        )
        for key, (counted, waits) in sorted(groups.items(), key=lambda g: _order(g[0]))
    )
    return RegionReport(tuple(by), rows)


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def _order(keys: tuple[Key, ...]) -> tuple[tuple[str, str], ...]:
    return tuple((k.name.casefold() or k.id, k.id) for k in keys)


def csv_header(by: Sequence[str]) -> list[str]:
    columns: list[str] = []
    for name in by:
        columns += [name] if name in ("month", "status") else [f"{name}_id", name]
    return [*columns, "placements", "decided", "median_days", "p90_days"]


def csv_row(by: Sequence[str], row: ReportRow) -> list[str]:
    cells: list[str] = []
    for name, key in zip(by, row.keys, strict=True):
        cells += [key.id] if name in ("month", "status") else [key.id, _safe(key.name)]
    return [
        *cells,
        str(row.placements),
        str(row.decided),
        "" if row.median_days is None else f"{row.median_days:.1f}",
        "" if row.p90_days is None else f"{row.p90_days:.1f}",
    ]


def _safe(text: str) -> str:
    """A name a spreadsheet would run as a formula, quoted with a leading apostrophe."""
    return "'" + text if text.startswith(("=", "+", "-", "@", "\t", "\r")) else text


def write_csv(result: RegionReport, path: Path, delimiter: str = ",") -> Path:
    """The report as CSV at ``path`` (UTF-8 with BOM, for spreadsheets), written whole or not
    at all."""
    staged = path.with_name(f".{path.name}.part-{os.getpid()}")
    try:
        with staged.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out, delimiter=delimiter)
            writer.writerow(csv_header(result.by))
            for row in result.rows:
                writer.writerow(csv_row(result.by, row))
        paths.make_private(staged)
        os.replace(staged, path)
    finally:
        staged.unlink(missing_ok=True)
    return path
