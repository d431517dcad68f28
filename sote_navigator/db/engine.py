"""Opening the one SQLite file: checks first, so a bad file gets a sentence, not a traceback."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, OperationalError

from sote_navigator import paths
from sote_navigator.core.errors import Problem, UserFacingError
from sote_navigator.db import schema, snapshot
from sote_navigator.db.transactions import on_begin
from sote_navigator.db.transactions import writing as writing

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
        paths.ensure_private_dir(folder)
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
    return _facts(path).schema_version


def _facts(path: Path) -> snapshot.FileFacts:
    try:
        return snapshot.inspect(path, check_integrity=False)
    except sqlite3.DatabaseError as exc:
        raise UserFacingError(Problem.NOT_A_DATABASE, {"path": str(path)}) from exc


LOW_SPACE_BYTES = 1 << 20


def _space_left(path: Path) -> int:
    folder = path
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return LOW_SPACE_BYTES


def translate_operational_error(exc: BaseException, path: Path) -> UserFacingError:
    """The sentence for a database failure: read-only, busy, disk full, damaged."""
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        exc = exc.orig
    code = getattr(exc, "sqlite_errorcode", None)
    if code == sqlite3.SQLITE_FULL:
        return UserFacingError(Problem.DISK_FULL, {"path": str(path)})
    if code == sqlite3.SQLITE_READONLY:
        return UserFacingError(Problem.DATABASE_READ_ONLY, {"path": str(path)})
    message = str(exc).lower()
    if (code is not None and code & 0xFF == sqlite3.SQLITE_IOERR) or "i/o error" in message:
        # SQLite reports a write that ran out of space as an I/O error: look at the disk.
        if _space_left(path) < LOW_SPACE_BYTES:
            return UserFacingError(Problem.DISK_FULL, {"path": str(path)})
        return UserFacingError(Problem.DISK_ERROR, {"path": str(path), "detail": str(exc)})
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
    is_new = not path.exists() or path.stat().st_size == 0
    if not is_new:
        facts = _facts(path)
        if facts.schema_version > schema.SCHEMA_VERSION:
            raise UserFacingError(
                Problem.DATABASE_NEWER,
                {
                    "path": str(path),
                    "found": str(facts.schema_version),
                    "supported": str(schema.SCHEMA_VERSION),
                },
            )
        if not schema.is_ours(facts.schema_version, facts.application_id, facts.tables):
            # Another program's SQLite file: adding our tables to it would damage both.
            raise UserFacingError(Problem.NOT_A_DATABASE, {"path": str(path)})
        if facts.schema_version < schema.SCHEMA_VERSION:
            keep_before_upgrade(path, facts.schema_version)
    # Statement parameters hold client references, notes and searched words: an error names
    # the statement only, so that nothing of a client reaches a message or the log.
    engine = create_engine(f"sqlite+pysqlite:///{path}", hide_parameters=True)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", on_begin)
    try:
        schema.ensure_current(engine)
        if is_new and os.name == "posix":
            path.chmod(0o600)
    except OperationalError as exc:
        engine.dispose()
        raise translate_operational_error(exc.orig or exc, path) from exc
    except sqlite3.DatabaseError as exc:
        engine.dispose()
        raise translate_operational_error(exc, path) from exc
    return engine


def keep_before_upgrade(path: Path, version: int) -> Path:
    """A copy of the database as it was before a schema upgrade, beside it."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    copy = path.with_name(f"{path.stem}.schema-{version}-{stamp}{path.suffix}")
    try:
        snapshot.copy(path, copy)
    except OSError as exc:
        raise UserFacingError(
            Problem.DISK_FULL if exc.errno == errno.ENOSPC else Problem.DATABASE_READ_ONLY,
            {"path": str(path.parent)},
        ) from exc
    except sqlite3.Error as exc:
        raise translate_operational_error(exc, path) from exc
    return copy


def integrity_ok(engine: Engine) -> bool:
    with engine.connect() as con:
        return con.execute(text("PRAGMA integrity_check")).scalar() == "ok"
