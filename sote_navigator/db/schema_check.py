"""Whether a database file holds exactly the schema this version makes, and nothing else.

A backup is a file anyone could have edited: a trigger added to it (``AFTER INSERT ON
placement BEGIN DELETE FROM placement; END``) would run inside every later save. The schema
this version expects is not listed by hand: it is made, once per process, the way a new
database is made (the SQLAlchemy metadata and the search index, see schema.ensure_current) in
a database in memory, and read back as SQLite describes it. Tables are compared by their
columns (name, type, NOT NULL, primary key) and foreign keys, indexes by their table, columns
and uniqueness, the search index's virtual tables by their definition; a trigger or a view is
never ours. SQLite's own objects (``sqlite_*``) are left out.
"""

from __future__ import annotations

import functools
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import create_engine

Description = tuple[Any, ...]


class Difference(StrEnum):
    MISSING = "missing"  # one of our tables or indexes is not there
    FOREIGN = "foreign"  # a table, index, trigger or view that is not ours
    CHANGED = "changed"  # one of ours, altered (columns, keys, definition)


@dataclass(frozen=True)
class SchemaDifference:
    kind: Difference
    object_type: str  # table, index, trigger, view
    name: str


def _normalised(sql: str | None) -> str:
    return " ".join((sql or "").split())


def _describe(con: sqlite3.Connection) -> dict[tuple[str, str], Description]:
    """Every schema object of the main database, described in a form that does not depend on
    how it was created (CREATE TABLE or a later migration's statement)."""
    found: dict[tuple[str, str], Description] = {}
    rows = con.execute(
        "SELECT type, name, tbl_name, sql FROM main.sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall()
    virtual = {
        str(name)
        for kind, name, _table, sql in rows
        if kind == "table" and _normalised(sql).upper().startswith("CREATE VIRTUAL TABLE")
    }
    for kind, name, table, sql in rows:
        kind, name, table = str(kind), str(name), str(table)
        if kind == "table" and name in virtual:
            description: Description = ("virtual", _normalised(sql))
        elif kind == "table":
            columns = frozenset(
                (str(r[1]), str(r[2]).upper(), int(r[3]), int(r[5]), int(r[6]))
                for r in con.execute(f'PRAGMA main.table_xinfo("{name}")')
            )
            keys = frozenset(
                (str(r[2]), str(r[3]), str(r[4]), str(r[5]), str(r[6]))
                for r in con.execute(f'PRAGMA main.foreign_key_list("{name}")')
            )
            description = ("table", columns, keys)
        elif kind == "index":
            unique = any(
                str(r[1]) == name and int(r[2])
                for r in con.execute(f'PRAGMA main.index_list("{table}")')
            )
            columns_in_order = tuple(
                (str(r[2]), int(r[3]))
                for r in con.execute(f'PRAGMA main.index_xinfo("{name}")')
                if int(r[5])  # key columns only
            )
            description = (
                "index",
                table,
                unique,
                columns_in_order,
                _normalised(sql).count(" WHERE "),
            )
        else:
            description = (kind, table, _normalised(sql))
        found[(kind, name)] = description
    return found


@functools.cache
def expected() -> dict[tuple[str, str], Description]:
    """The schema a new database of this version gets, described as _describe describes it."""
    from sote_navigator.db import schema

    engine = create_engine("sqlite+pysqlite://")
    try:
        with engine.begin() as con:
            schema.create_current(con)
            raw = con.connection.dbapi_connection
            assert isinstance(raw, sqlite3.Connection)
            return _describe(raw)
    finally:
        engine.dispose()


def differences(con: sqlite3.Connection) -> list[SchemaDifference]:
    """How the schema of the database open on ``con`` differs from ours; [] when it does not."""
    ours = expected()
    theirs = _describe(con)
    found: list[SchemaDifference] = []
    for (kind, name), description in sorted(theirs.items()):
        if (kind, name) not in ours:
            found.append(SchemaDifference(Difference.FOREIGN, kind, name))
        elif ours[(kind, name)] != description:
            found.append(SchemaDifference(Difference.CHANGED, kind, name))
    for kind, name in sorted(ours):
        if (kind, name) not in theirs:
            found.append(SchemaDifference(Difference.MISSING, kind, name))
    # A foreign trigger or view first: it is what would do the damage.
    order = {"trigger": 0, "view": 1, "table": 2, "index": 3}
    return sorted(found, key=lambda d: (order.get(d.object_type, 4), d.kind != "foreign"))
