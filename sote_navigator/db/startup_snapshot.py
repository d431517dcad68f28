"""What the main window shows first, read straight from the SQLite file before SQLAlchemy and
the rest of the database layer are imported (they take longer to import than Qt itself).

Returns None whenever the quick read does not apply (no file, another schema version, no
current catalogue, any error): the caller then opens the workspace first, as usual. Only
reads; never creates, migrates or locks anything.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sote_navigator.core.catalogue import CatalogueInfo
from sote_navigator.core.navigation import ClassEntry, ServiceEntry
from sote_navigator.core.vocabulary import Responsibility, ServiceLevel
from sote_navigator.db.schema_version import SCHEMA_VERSION


@dataclass(frozen=True)
class StartupSnapshot:
    info: CatalogueInfo
    services: dict[str, ServiceEntry]
    classes: dict[str, ClassEntry]


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
    services = {
        r[0]: ServiceEntry(
            json.loads(r[1]),
            r[0],
            ServiceLevel(r[2]),
            tuple(json.loads(r[3])),
            Responsibility(r[4]),
            bool(r[5]),
        )
        for r in con.execute(
            "SELECT id, names, level, classes, responsibility, example FROM service"
        )
    }
    classes = {
        r[0]: ClassEntry(json.loads(r[3]), r[0], r[1], r[2])
        for r in con.execute("SELECT uri, code, parent_uri, names FROM service_class")
    }
    return StartupSnapshot(info, services, classes)
