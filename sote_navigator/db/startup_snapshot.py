"""What the main window shows first, read straight from the SQLite file before SQLAlchemy and
the rest of the database layer are imported (they take longer to import than Qt itself).

Returns None whenever the quick read does not apply (no file, another schema version, no
current catalogue, any error): the caller then opens the workspace first, as usual. Only
reads; never creates, migrates or locks anything.

The rows are read in one go (one transaction, so they belong to one catalogue version), but
the services' JSON is decoded only when first needed: the first paint shows the service
levels and their counts, which the ids and levels alone give.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from functools import cached_property
from pathlib import Path
from typing import Any

from sote_navigator.core.catalogue_info import CatalogueInfo
from sote_navigator.core.navigation import ClassEntry, ServiceEntry
from sote_navigator.core.vocabulary import Responsibility, ServiceLevel
from sote_navigator.db.schema_version import SCHEMA_VERSION


class StartupSnapshot:
    def __init__(
        self,
        info: CatalogueInfo,
        service_rows: list[tuple[Any, ...]],
        class_rows: list[tuple[Any, ...]],
    ) -> None:
        self.info = info
        self._service_rows = service_rows
        self._class_rows = class_rows
        by_code: dict[str, list[str]] = {}
        for row in service_rows:
            by_code.setdefault(row[2], []).append(row[0])
        self.ids_by_level = {ServiceLevel(code): ids for code, ids in by_code.items()}

    @cached_property
    def services(self) -> dict[str, ServiceEntry]:
        return {
            r[0]: ServiceEntry(
                json.loads(r[1]),
                r[0],
                ServiceLevel(r[2]),
                tuple(json.loads(r[3])),
                Responsibility(r[4]),
                bool(r[5]),
            )
            for r in self._service_rows
        }

    @cached_property
    def classes(self) -> dict[str, ClassEntry]:
        return {r[0]: ClassEntry(json.loads(r[3]), r[0], r[1], r[2]) for r in self._class_rows}


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value else None


def read(database: Path) -> StartupSnapshot | None:
    if not database.is_file():
        return None
    try:
        con = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=0.2)
    except sqlite3.Error:
        return None
    try:
        return _read(con)
    except (sqlite3.Error, ValueError, KeyError, TypeError):
        return None
    finally:
        con.close()


def _read(con: sqlite3.Connection) -> StartupSnapshot | None:
    con.execute("BEGIN")  # every row from one catalogue version, even if an import commits
    if con.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
        return None
    row = con.execute(
        "SELECT id, catalogue_id, version, publisher, header, valid_from, imported_at, "
        "source_format, source_name, counts FROM catalogue_version WHERE is_current = 1"
    ).fetchone()
    if row is None:
        return None
    header = json.loads(row[4])
    info = CatalogueInfo(
        catalogue_id=row[1],
        version=row[2],
        publisher=row[3],
        names=header.get("names", []),
        valid_from=_date(row[5]),
        imported_at=dt.datetime.fromisoformat(row[6]),
        source_format=row[7],
        source_name=row[8],
        version_number=int(row[0]),
        counts=json.loads(row[9]),
    )
    services = con.execute(
        "SELECT id, names, level, classes, responsibility, example FROM service"
    ).fetchall()
    classes = con.execute("SELECT uri, code, parent_uri, names FROM service_class").fetchall()
    return StartupSnapshot(info, services, classes)
