"""Placements as CSV for reporting, and counts by service, provider and regional unit.

The CSV holds no identity: the client reference is pseudonymous and is left out unless asked
for. Cells that a spreadsheet would run as a formula are quoted with a leading apostrophe.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Engine

from sote_navigator import paths
from sote_navigator.core.placement_record import PlacementStatus
from sote_navigator.core.progress import Progress, silent
from sote_navigator.db import placement_models as pm

COLUMNS = (
    "id",
    "created_at",
    "updated_at",
    "status",
    "catalogue_id",
    "catalogue_version",
    "municipality_code",
    "municipality",
    "organiser_id",
    "organiser",
    "regional_unit_id",
    "regional_unit",
    "service_id",
    "service",
    "verdict",
    "provider_id",
    "provider",
    "location_id",
    "location",
    "client_language",
    "age",
)
DIMENSIONS = {
    "service": ("service_id", "service_name"),
    "provider": ("provider_id", "provider_name"),
    "regional_unit": ("regional_unit_id", "regional_unit_name"),
}
COUNT_COLUMNS = ("dimension", "id", "name", "total", *(s.value for s in PlacementStatus))
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# How often the export says how far it got (and checks for a cancel), in rows.
PROGRESS_EVERY = 200


@dataclass
class CountRow:
    dimension: str
    id: str
    name: str
    by_status: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.by_status.values())


@dataclass(frozen=True)
class ExportResult:
    placements: int
    counts: list[CountRow]


def safe_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return "" if value is None else value


def _rows(engine: Engine) -> list[Any]:
    """The placements that can be read (a damaged one is listed by ``placements list``)."""
    rows = []
    with engine.connect() as con:
        for row in con.execute(pm.raw_select(pm.Placement).order_by(pm.Placement.id)):
            try:
                rows.append(SimpleNamespace(**pm.decode(con, pm.Placement, row)))
            except pm.UnreadableColumn:
                continue
    return rows


def counts(rows: Sequence[Any]) -> list[CountRow]:
    """Counts by dimension and status, largest first; the newest name wins for an id."""
    found: dict[tuple[str, str], CountRow] = {}
    for row in rows:
        for dimension, (id_column, name_column) in DIMENSIONS.items():
            key = getattr(row, id_column)
            if not key:
                continue
            entry = found.setdefault((dimension, key), CountRow(dimension, key, ""))
            entry.name = getattr(row, name_column) or entry.name
            entry.by_status[row.status] = entry.by_status.get(row.status, 0) + 1
    order = list(DIMENSIONS)
    return sorted(found.values(), key=lambda c: (order.index(c.dimension), -c.total, c.name, c.id))


def placement_counts(engine: Engine) -> list[CountRow]:
    return counts(_rows(engine))


def export_csv(
    engine: Engine, path: Path, delimiter: str = ",", progress: Progress | None = None
) -> ExportResult:
    """Write the placements to ``path`` and the counts beside it (``NAME-counts.csv``), both
    readable by their owner only: they describe clients.

    Both are written under other names and put in place together at the end: a cancel (see
    ``progress``) or a failure leaves whatever was there before."""
    report = progress or silent()
    report.report(0, 0, "read")
    rows = _rows(engine)
    tally = counts(rows)
    staged = [_staged(path), _staged(counts_path(path))]
    try:
        _write_placements(staged[0], rows, delimiter, report)
        _write_counts(staged[1], tally, delimiter)
        report.check()
        os.replace(staged[0], path)
        os.replace(staged[1], counts_path(path))
    finally:
        for leftover in staged:
            leftover.unlink(missing_ok=True)
    return ExportResult(len(rows), tally)


def _staged(path: Path) -> Path:
    return path.with_name(f".{path.name}.part")


def _write_placements(path: Path, rows: Sequence[Any], delimiter: str, report: Progress) -> None:
    with paths.open_private(path, "w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f, delimiter=delimiter)
        out.writerow(COLUMNS)
        for done, r in enumerate(rows):
            if done % PROGRESS_EVERY == 0:
                report.report(done, len(rows), "write")
            out.writerow(
                safe_cell(v)
                for v in (
                    r.id,
                    r.created_at.isoformat(sep=" "),
                    r.updated_at.isoformat(sep=" "),
                    r.status,
                    r.catalogue_id,
                    r.catalogue_label,
                    r.municipality_code,
                    r.municipality_name,
                    r.organiser_id,
                    r.organiser_name,
                    r.regional_unit_id,
                    r.regional_unit_name,
                    r.service_id,
                    r.service_name,
                    r.verdict,
                    r.provider_id,
                    r.provider_name,
                    r.location_id,
                    r.location_name,
                    r.client_language,
                    r.age,
                )
            )
        report.report(len(rows), len(rows), "write")


def _write_counts(path: Path, tally: Sequence[CountRow], delimiter: str) -> None:
    with paths.open_private(path, "w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f, delimiter=delimiter)
        out.writerow(COUNT_COLUMNS)
        for c in tally:
            out.writerow(
                safe_cell(v)
                for v in (
                    c.dimension,
                    c.id,
                    c.name,
                    c.total,
                    *(c.by_status.get(s.value, 0) for s in PlacementStatus),
                )
            )


def counts_path(path: Path) -> Path:
    return path.with_name(f"{path.stem}-counts{path.suffix or '.csv'}")
