"""Schema version in ``PRAGMA user_version`` (on PostgreSQL: db.postgresql) and forward
migrations, one chain for both engines.

Why not Alembic: the chain below is a handful of functions written against SQLAlchemy Core,
run in one transaction, and proven by a fixture file of every version (tests/test_upgrade.py);
the search index is FTS5 virtual tables on SQLite and tsvector columns on PostgreSQL, which
Alembic's autogenerate does not model; the schema check (db.schema_check) compares a file
with a database made the way a new one is, which Alembic does not do; and Alembic's script
folder would have to be shipped beside the frozen bundle. A PostgreSQL database starts at
version 5; each later version adds one function here that runs on both engines.

Version history:
1. catalogue tables, catalogue versions, search index.
2. placement records (placement, placement_note), apart from the catalogue tables.
3. search index: a scope column (regional units and filters served), what a hit shows, and
   rowids shared by both tables in one band per kind of entity; rebuilt from the tables.
4. search index: each kind indexed shortest name first, so that a broad word's bounded set of
   candidates holds the best names (db.search_candidates); rebuilt from the tables.
5. contact routes (contact_route): phone lines, e-services, web pages and printable forms of a
   service, organiser or provider; a new catalogue table, empty until a catalogue has them.
6. a region (services.region_sync): each placement and note gets a stable id (uid, a UUID) and
   the desk that saved it (desk_id, "" for the records from before); an outbox (sync_outbox)
   of what this desk has not pushed to its region yet, holding every finished placement and
   every note already saved.

Adding a version: bump SCHEMA_VERSION (in db/schema_version.py), add ``MIGRATIONS[old] =
function`` that takes the database from ``old`` to ``old + 1`` on the connection it is given,
add a line above, and run
``python tests/fixtures/make_fixture.py`` to commit a fixture of the new version. Migrations run
inside one write transaction with foreign keys on; a migration that rebuilds a table follows
SQLite's 12-step ALTER procedure with ``PRAGMA defer_foreign_keys = ON``, and recreates the
search index triggers it drops. Before migrating, the file is copied aside
(see db.engine.keep_before_upgrade).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Engine, text

from sote_navigator.db import (
    catalogue_store,
    placement_sync,
    postgresql,
    region_roles,
    search_index,
)
from sote_navigator.db.models import Base
from sote_navigator.db.placement_models import PLACEMENT_TABLES
from sote_navigator.db.schema_version import SCHEMA_VERSION as SCHEMA_VERSION
from sote_navigator.db.transactions import SCHEMA, writing

# SCHEMA_VERSION is set in db/schema_version.py (start-up reads it without SQLAlchemy).
# PRAGMA application_id marks the file as ours ("SNav"), for tools like file(1) and for restore.
APPLICATION_ID = 0x534E6176
# Tables every version of our schema has: how a file from before application_id is recognised.
CORE_TABLES = frozenset({"catalogue_version", "municipality", "organiser", "service"})


def _add_placement_records(con: Connection) -> None:
    """1 -> 2: the placement records, new tables beside the catalogue (no rebuild)."""
    tables = [Base.metadata.tables[t.__tablename__] for t in PLACEMENT_TABLES]
    Base.metadata.create_all(con, tables=tables)


def _add_contact_routes(con: Connection) -> None:
    """4 -> 5: the contact routes, a new catalogue table (no rebuild, every row kept)."""
    Base.metadata.create_all(con, tables=[Base.metadata.tables["contact_route"]])


def _add_stable_ids(con: Connection) -> None:
    """5 -> 6: stable ids and desks on the records, and the outbox (every row kept)."""
    placement_sync.add_stable_ids(con)
    Base.metadata.create_all(con, tables=[Base.metadata.tables["sync_outbox"]])
    placement_sync.queue_everything(con)


# Migration from version N to N+1, keyed by N. Each runs inside the upgrade transaction.
MIGRATIONS: dict[int, Callable[[Connection], None]] = {
    1: _add_placement_records,
    2: catalogue_store.rebuild_search_index,
    3: catalogue_store.rebuild_search_index,
    4: _add_contact_routes,
    5: _add_stable_ids,
}


class MigrationError(RuntimeError):
    """A migration left the database inconsistent; the transaction was rolled back."""


def current_version(con: Connection) -> int:
    if con.dialect.name == "postgresql":
        return postgresql.current_version(con)
    return int(con.execute(text("PRAGMA user_version")).scalar() or 0)


def _set_version(con: Connection, version: int) -> None:
    if con.dialect.name == "postgresql":
        postgresql.set_version(con, version)
        return
    con.execute(text(f"PRAGMA user_version = {int(version)}"))
    con.execute(text(f"PRAGMA application_id = {APPLICATION_ID}"))


def is_ours(version: int, application_id: int, tables: frozenset[str]) -> bool:
    """Whether a file with these facts is a Sote Navigator database (or a new, empty one)."""
    if application_id == APPLICATION_ID:
        return True
    if application_id != 0:
        return False
    if version == 0:
        return not tables
    return tables >= CORE_TABLES


def create_current(con: Connection) -> None:
    """A new database's schema: every table of the metadata and the search index (also what
    db.schema_check compares every database with)."""
    Base.metadata.create_all(con)
    search_index.create(con)


def ensure_current(engine: Engine) -> int:
    """Create or migrate the schema to SCHEMA_VERSION. Returns the version found."""
    # The write lock is taken before the version is read, so two processes starting at once
    # cannot both migrate.
    with writing(engine, SCHEMA) as con:
        found = current_version(con)
        if found == SCHEMA_VERSION:
            return found
        if found == 0:
            create_current(con)
            _set_version(con, SCHEMA_VERSION)
            return found
        for step in range(found, SCHEMA_VERSION):
            MIGRATIONS[step](con)
        problems = (
            []  # PostgreSQL checks every foreign key as it is written
            if con.dialect.name == "postgresql"
            else con.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        )
        if problems:
            raise MigrationError(f"foreign key violations after migrating: {problems[:5]}")
        _set_version(con, SCHEMA_VERSION)
        if con.dialect.name == "postgresql" and region_roles.roles_exist(con):
            region_roles.grant(con)  # a new table gets its roles' rights by the same rule
        return found
