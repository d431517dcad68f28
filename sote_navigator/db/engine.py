"""Opening the one SQLite file: checks first, so a bad file gets a sentence, not a traceback."""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import OperationalError

from sote_navigator.core.errors import Problem, UserFacingError
from sote_navigator.db import schema

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 15_000


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself, so that writers can take the write
    # lock up front (BEGIN IMMEDIATE) and wait for it instead of failing half-way.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _on_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.pop(_IMMEDIATE, False) else "BEGIN")


_IMMEDIATE = "sote_navigator_begin_immediate"


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A transaction that holds the database's write lock from its start to its commit."""
    with engine.connect() as conn:
        conn.info[_IMMEDIATE] = True
        with conn.begin():
            yield conn


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise UserFacingError(Problem.NOT_A_DATABASE, {"path": str(path)})
    if path.exists() and path.stat().st_size > 0:
        try:
            with path.open("rb") as f:
                header = f.read(len(SQLITE_HEADER))
        except PermissionError as exc:
            raise UserFacingError(Problem.DATABASE_READ_ONLY, {"path": str(path)}) from exc
        if header != SQLITE_HEADER:
            raise UserFacingError(Problem.NOT_A_DATABASE, {"path": str(path)})


def _check_writable(path: Path) -> None:
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        # A real probe: permission bits say nothing for root, a read-only mount or an
        # immutable folder. SQLite in WAL mode writes -wal and -shm files beside the database.
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise UserFacingError(Problem.DISK_FULL, {"path": str(folder)}) from exc
        raise UserFacingError(Problem.DATABASE_READ_ONLY, {"path": str(folder)}) from exc
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise UserFacingError(Problem.DATABASE_READ_ONLY, {"path": str(path)})


def stored_schema_version(path: Path) -> int:
    """The schema version of an existing file, read without changing it."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(con.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        raise UserFacingError(Problem.NOT_A_DATABASE, {"path": str(path)}) from exc
    finally:
        con.close()


def translate_operational_error(exc: BaseException, path: Path) -> UserFacingError:
    message = str(exc).lower()
    if "readonly" in message or "read-only" in message:
        return UserFacingError(Problem.DATABASE_READ_ONLY, {"path": str(path)})
    if "locked" in message or "busy" in message:
        return UserFacingError(Problem.DATABASE_BUSY, {"path": str(path)})
    if "full" in message or getattr(exc, "errno", None) == errno.ENOSPC:
        return UserFacingError(Problem.DISK_FULL, {"path": str(path)})
    if "not a database" in message or "malformed" in message:
        return UserFacingError(Problem.NOT_A_DATABASE, {"path": str(path)})
    return UserFacingError(Problem.DATABASE_CORRUPT, {"path": str(path), "detail": str(exc)})


def open_database(path: Path) -> Engine:
    """An engine on ``path``, with the schema created or migrated to the current version.

    Raises UserFacingError for a file that is not a database, a database written by a newer
    version of the application, or a folder the user cannot write to. A newer database is
    left untouched.
    """
    path = path.expanduser().absolute()
    _check_file(path)
    _check_writable(path)
    if path.exists() and path.stat().st_size > 0:
        found = stored_schema_version(path)
        if found > schema.SCHEMA_VERSION:
            raise UserFacingError(
                Problem.DATABASE_NEWER,
                {"path": str(path), "found": str(found), "supported": str(schema.SCHEMA_VERSION)},
            )
    engine = create_engine(f"sqlite+pysqlite:///{path}")
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    try:
        schema.ensure_current(engine)
    except OperationalError as exc:
        engine.dispose()
        raise translate_operational_error(exc.orig or exc, path) from exc
    except sqlite3.DatabaseError as exc:
        engine.dispose()
        raise translate_operational_error(exc, path) from exc
    return engine


def integrity_ok(engine: Engine) -> bool:
    with engine.connect() as con:
        return con.execute(text("PRAGMA integrity_check")).scalar() == "ok"
