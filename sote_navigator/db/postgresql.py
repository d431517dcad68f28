"""A database on a PostgreSQL 15+ server, named by a ``postgresql://`` URL.

What SQLite keeps in the file header (the schema version, that the database is ours) is kept
here in a one-row table, ``sote_navigator_schema``. Writers serialise on one advisory lock
taken at the start of their transaction (as SQLite's BEGIN IMMEDIATE does), in READ COMMITTED
so that they see the latest commit once they hold it; every other connection reads in
REPEATABLE READ, so that a search or a placement sees one catalogue version, never half of an
import. The password comes from the environment (PGPASSWORD) or the PostgreSQL password file
(~/.pgpass, PGPASSFILE), as libpq reads them: never from the URL in a setting.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from sote_navigator.core.errors import Problem, UserFacingError
from sote_navigator.db.location import Database

SCHEMES = ("postgresql", "postgresql+psycopg")
VERSION_TABLE = "sote_navigator_schema"
# How an operator backs the database up and restores it (README: "A region's database").
BACKUP_TOOLS = "pg_dump, pg_restore"
APPLICATION = "sote-navigator"
# pg_advisory_xact_lock's keys for "a writer is at work": "SNav" as an integer for the
# catalogue (imports, rollbacks), the next one for the placement records.
WRITE_LOCK = 0x534E6176
RECORDS_LOCK = WRITE_LOCK + 1


def is_postgresql(database: Database) -> bool:
    return database.file is None and database.scheme in SCHEMES


def engine_for(database: Database) -> Engine:
    assert database.url is not None
    url = make_url(database.url).set(drivername="postgresql+psycopg")
    return create_engine(
        url,
        hide_parameters=True,  # parameters hold client references and searched words
        isolation_level="REPEATABLE READ",
        pool_pre_ping=True,
    )


def begin_writing(con: Connection, scope: str = "catalogue") -> None:
    """Called first in a writing transaction: wait for any other writer of the same kind
    (``scope``: "catalogue", "records", or "schema" for both) to finish."""
    if scope != "records":
        con.exec_driver_sql("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
    if scope != "catalogue":
        con.exec_driver_sql("SELECT pg_advisory_xact_lock(%s)", (RECORDS_LOCK,))


def writer_options() -> dict[str, Any]:
    return {"isolation_level": "READ COMMITTED"}


def current_version(con: Connection) -> int:
    """The schema version recorded in the database; 0 for an empty database.

    Raises UserFacingError for a database that holds other tables and not ours."""
    marked = con.exec_driver_sql(
        "SELECT to_regclass(%s) IS NOT NULL", (f"public.{VERSION_TABLE}",)
    ).scalar()
    if marked:
        row = con.exec_driver_sql(f"SELECT version, application FROM {VERSION_TABLE}").first()
        if row is None or row[1] != APPLICATION:
            raise UserFacingError(Problem.NOT_A_DATABASE, {"path": _shown(con)})
        return int(row[0])
    others = con.exec_driver_sql(
        "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = 'public'"
    ).scalar()
    if others:
        # Another program's database: adding our tables to it would damage both.
        raise UserFacingError(Problem.NOT_A_DATABASE, {"path": _shown(con)})
    return 0


def set_version(con: Connection, version: int) -> None:
    con.exec_driver_sql(
        f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE} "
        "(version INTEGER NOT NULL, application TEXT NOT NULL)"
    )
    con.exec_driver_sql(f"DELETE FROM {VERSION_TABLE}")
    con.exec_driver_sql(
        f"INSERT INTO {VERSION_TABLE} (version, application) VALUES (%s, %s)",
        (int(version), APPLICATION),
    )


def _shown(con: Connection) -> str:
    return con.engine.url.render_as_string(hide_password=True)


def translate_error(exc: BaseException, database: Database) -> UserFacingError:
    """The sentence for a failure talking to the server."""
    orig = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    state = str(getattr(orig, "sqlstate", "") or "")
    shown = database.shown
    if state.startswith("42501"):  # insufficient privilege: the user's role lacks a right
        user = make_url(database.url or "").username or ""
        return UserFacingError(Problem.SERVER_NOT_PERMITTED, {"path": shown, "user": user})
    if state == "25006":  # a read-only transaction (a standby server)
        return UserFacingError(Problem.DATABASE_READ_ONLY, {"path": shown})
    if state in ("55P03", "40P01", "40001"):  # lock timeout, deadlock, serialization
        return UserFacingError(Problem.DATABASE_BUSY, {"path": shown})
    text = str(orig).strip()
    first_line = text.splitlines()[0] if text else type(orig).__name__
    if not state or state.startswith("08") or state.startswith("57P") or state == "28P01":
        # No connection, the server shutting down, or the login refused.
        return UserFacingError(Problem.SERVER_UNREACHABLE, {"path": shown, "detail": first_line})
    return UserFacingError(Problem.SERVER_FAILED, {"path": shown, "detail": first_line})


def server_backup(database: Database) -> UserFacingError:
    """The refusal to copy a server's database as a file: the operator's tools do that."""
    if not is_postgresql(database):
        from sote_navigator.db.location import unsupported

        return unsupported(database.shown)
    return UserFacingError(
        Problem.BACKUP_ON_SERVER, {"path": database.shown, "tools": BACKUP_TOOLS}
    )
