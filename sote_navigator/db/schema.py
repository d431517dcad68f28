"""Schema version in ``PRAGMA user_version`` and forward migrations.

Version history:
1. catalogue tables, catalogue versions, search index.
2. placement records (placement, placement_note), apart from the catalogue tables.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Engine, text

from sote_navigator.db import search_index
from sote_navigator.db.models import Base
from sote_navigator.db.placement_models import PLACEMENT_TABLES

SCHEMA_VERSION = 2


def _add_placement_records(con: Connection) -> None:
    tables = [Base.metadata.tables[t.__tablename__] for t in PLACEMENT_TABLES]
    Base.metadata.create_all(con, tables=tables)


# Migration from version N to N+1, keyed by N. Each runs inside the upgrade transaction.
MIGRATIONS: dict[int, Callable[[Connection], None]] = {1: _add_placement_records}


def current_version(con: Connection) -> int:
    return int(con.execute(text("PRAGMA user_version")).scalar() or 0)


def _set_version(con: Connection, version: int) -> None:
    con.execute(text(f"PRAGMA user_version = {int(version)}"))


def ensure_current(engine: Engine) -> None:
    with engine.begin() as con:
        found = current_version(con)
        if found == SCHEMA_VERSION:
            return
        if found == 0:
            Base.metadata.create_all(con)
            search_index.create(con)
            _set_version(con, SCHEMA_VERSION)
            return
        for step in range(found, SCHEMA_VERSION):
            MIGRATIONS[step](con)
        _set_version(con, SCHEMA_VERSION)
