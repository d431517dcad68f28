"""Opening the one SQLite file: checks first, so a bad file gets a sentence, not a traceback."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import tempfile
import time
import weakref
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, QueuePool, create_engine, event, text
from sqlalchemy.exc import DBAPIError, OperationalError

from sote_navigator import paths
from sote_navigator.core.errors import Problem, UserFacingError
from sote_navigator.db import schema, schema_check, snapshot
from sote_navigator.db.location import DEFAULT_FILE_NAME, Database, locate, unsupported
from sote_navigator.db.transactions import on_begin
from sote_navigator.db.transactions import writing as writing

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 15_000


# Engines opened read-only: a folder or file we may not write to (see open_database).
_READ_ONLY: weakref.WeakSet[Engine] = weakref.WeakSet()


def is_read_only(engine: Engine) -> bool:
    """Whether ``engine`` reads a database it cannot write (read-only folder, file or mount)."""
    return engine in _READ_ONLY


def _on_connect_read_only(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


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


def _folder_writable(folder: Path) -> OSError | None:
    """None if a file can be created in ``folder``, else why not.

    A real probe: permission bits say nothing for root, a read-only mount or an immutable
    folder. SQLite in WAL mode writes -wal and -shm files beside the database."""
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        return exc
    return None


def _file_writable(path: Path) -> bool:
    if not path.exists():
        return True
    try:
        # Opening for writing (no byte written) also sees an immutable file, which access()
        # may not.
        os.close(os.open(path, os.O_RDWR))
    except OSError:
        return False
    return True


def write_problem(path: Path) -> UserFacingError | None:
    """Why ``path`` (a database, existing or to be) cannot be written, or None if it can."""
    folder = path.parent
    try:
        paths.ensure_private_dir(folder)
    except OSError as exc:
        return _os_problem(exc, folder)
    failed = _folder_writable(folder)
    if failed is not None:
        return _os_problem(failed, folder)
    if not _file_writable(path):
        return UserFacingError(Problem.FILE_READ_ONLY, {"path": str(path)})
    return None


def _os_problem(exc: OSError, folder: Path) -> UserFacingError:
    if exc.errno == errno.ENOSPC:
        return disk_full(folder)
    return UserFacingError(Problem.DATABASE_READ_ONLY, {"path": str(folder)})


def stored_schema_version(path: Path) -> int:
    """The schema version of an existing file, read without changing it."""
    return _facts(path).schema_version


def _facts(path: Path) -> snapshot.FileFacts:
    try:
        return snapshot.inspect(path, check_integrity=False)
    except sqlite3.DatabaseError as exc:
        # The header said SQLite (see _check_file): a file SQLite cannot read is damaged,
        # unless the disk is the trouble (full, failing, read-only).
        raise translate_operational_error(exc, path) from exc


LOW_SPACE_BYTES = 1 << 20
# What a write may need: a write-ahead log up to its checkpoint (1,000 pages of 4 KiB) and
# the shared-memory index, or for an import as much again as the database already holds.
MIN_SPACE_NEEDED = 4_000_000


def _existing(path: Path) -> Path:
    folder = path
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    return folder


def _space_left(path: Path) -> int:
    try:
        return shutil.disk_usage(_existing(path)).free
    except OSError:
        return 0


def _database_bytes(path: Path) -> int:
    total = 0
    for companion in ("", "-wal"):
        with contextlib.suppress(OSError):
            total += path.with_name(path.name + companion).stat().st_size
    return total


def disk_full(path: Path) -> UserFacingError:
    """The disk holding ``path`` is full: where, how much is free, and how much to free."""
    folder = path if path.is_dir() else path.parent
    database = path if path.is_file() else folder / DEFAULT_FILE_NAME
    needed = max(MIN_SPACE_NEEDED, _database_bytes(database))
    return UserFacingError(
        Problem.DISK_FULL,
        {"path": str(folder), "free": str(_space_left(folder)), "needed": str(needed)},
    )


def _file_of(where: Path | Database) -> Path | None:
    if isinstance(where, Database):
        return None if where.file is None else where.file.expanduser().absolute()
    return where


def translate_operational_error(exc: BaseException, where: Path | Database) -> UserFacingError:
    """The sentence for a database failure: disk full, read-only, busy, failing, damaged.

    Never "not a Sote Navigator database": that is decided from the file's header and marks
    before it is opened (see open_database), not from an error on a file that is ours."""
    path = _file_of(where)
    if path is None:
        from sote_navigator.db import postgresql

        assert isinstance(where, Database)
        if postgresql.is_postgresql(where):
            return postgresql.translate_error(exc, where)
        return _unsupported(where)
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        exc = exc.orig
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if code is not None else None
    message = str(exc).lower()
    io_error = primary == sqlite3.SQLITE_IOERR or "i/o error" in message
    if (
        primary == sqlite3.SQLITE_FULL
        or getattr(exc, "errno", None) == errno.ENOSPC
        or "disk is full" in message
        # SQLite reports a write that ran out of space as an I/O error: look at the disk.
        or (io_error and _space_left(path) < LOW_SPACE_BYTES)
    ):
        return disk_full(path)
    if primary == sqlite3.SQLITE_READONLY or "readonly" in message or "read-only" in message:
        return write_problem(path) or UserFacingError(
            Problem.DATABASE_READ_ONLY, {"path": str(path.parent)}
        )
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in message:
        return UserFacingError(Problem.DATABASE_BUSY, {"path": str(path)})
    if io_error:
        return UserFacingError(Problem.DISK_ERROR, {"path": str(path), "detail": str(exc)})
    if primary == sqlite3.SQLITE_CANTOPEN:
        return write_problem(path) or UserFacingError(
            Problem.DISK_ERROR, {"path": str(path), "detail": str(exc)}
        )
    return UserFacingError(Problem.DATABASE_CORRUPT, {"path": str(path), "detail": str(exc)})


def database_of(engine: Engine) -> Database:
    """The database ``engine`` is open on, as db.location names it."""
    if engine.url.get_backend_name() == "sqlite":
        named = engine.url.database
        return Database(Path(named)).absolute() if named else locate(None).absolute()
    return Database(None, engine.url.render_as_string(hide_password=False))


def database_failure(error: BaseException, where: Path | Database) -> UserFacingError | None:
    """The sentence for an error raised by the database driver, or None for any other."""
    if isinstance(error, DBAPIError | sqlite3.Error):
        return translate_operational_error(error, where)
    return None


def failed_on_server(error: DBAPIError) -> bool:
    """Whether a driver's error came from a database server, not from a database file."""
    return not isinstance(error.orig, sqlite3.Error)


def _unsupported(where: Path | Database) -> UserFacingError:
    return unsupported(str(where))


def _has_wal(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def _engine(path: Path, *, read_only: bool = False) -> Engine:
    if not read_only:
        # Statement parameters hold client references, notes and searched words: an error
        # names the statement only, so that nothing of a client reaches a message or the log.
        engine = create_engine(f"sqlite+pysqlite:///{path}", hide_parameters=True)
        event.listen(engine, "connect", _on_connect)
        event.listen(engine, "begin", on_begin)
        return engine
    # Nobody can create a write-ahead log in a folder that cannot be written: without one
    # the file alone is the database, read without locks (SQLite's "immutable").
    immutable = not _has_wal(path) and _folder_writable(path.parent) is not None
    uri = f"{path.as_uri()}?mode=ro{'&immutable=1' if immutable else ''}"
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
        poolclass=QueuePool,
        hide_parameters=True,
    )
    event.listen(engine, "connect", _on_connect_read_only)
    event.listen(engine, "begin", on_begin)
    _READ_ONLY.add(engine)
    return engine


def _create(path: Path) -> None:
    """A new, empty database of the current schema at ``path``, which must not exist.

    Built under another name and linked into place once complete: a 0-byte or half-made file
    at ``path`` is then never one of ours, and is treated as damaged (see open_database)."""
    staged = path.with_name(f".{path.name}.new-{os.getpid()}")
    companions = ("", "-wal", "-shm", "-journal")
    for suffix in companions:
        staged.with_name(staged.name + suffix).unlink(missing_ok=True)
    try:
        engine = _engine(staged)
        try:
            schema.ensure_current(engine)
        finally:
            engine.dispose()
        if os.name == "posix":
            staged.chmod(0o600)
        try:
            os.link(staged, path)  # fails if another process made it first: keep theirs
        except FileExistsError:
            pass
        except OSError:
            if not path.exists():
                os.replace(staged, path)
    finally:
        for suffix in companions:
            with contextlib.suppress(OSError):
                staged.with_name(staged.name + suffix).unlink()


def _check_schema(engine: Engine, path: Path, *, code_only: bool = False) -> None:
    """Refuse a database whose schema is not exactly ours (see db.schema_check).

    ``code_only``: only what would run by itself, triggers and views, none of which is ours
    in any version (checked before an upgrade runs, when the rest is still the older one)."""
    with engine.connect() as con:
        raw = con.connection.dbapi_connection
        assert isinstance(raw, sqlite3.Connection)
        found = schema_check.differences(raw)
    if code_only:
        found = [d for d in found if d.object_type in ("trigger", "view")]
    if found:
        first = found[0]
        raise UserFacingError(
            Problem.SCHEMA_ALTERED,
            {
                "path": str(path),
                "difference": first.kind.value,
                "object_type": first.object_type,
                "name": first.name,
            },
        )


def open_database(database: str | Path | Database, *, keep_copy: bool = True) -> Engine:
    """An engine on ``database`` (a path or a URL, see db.location), with the schema created or
    migrated to the current version.

    Raises UserFacingError for a file that is not a database, a damaged or empty one, one
    written by a newer version of the application, or one whose schema differs from ours
    (tables, columns, indexes; a trigger or view of anyone else). ``keep_copy``: before an
    upgrade, keep a copy of the file as it was beside it. A
    database in a folder (or a file) that cannot be written is opened read-only: reading
    works, and a write gets the sentence naming why. A refused file is left untouched.
    """
    where = locate(database)
    if where.file is None:
        return _open_server(where)
    path = where.file.expanduser().absolute()
    _check_file(path)
    if path.exists() and path.stat().st_size == 0 and not _has_wal(path):
        # Not one of ours (a new database appears complete, see _create): something emptied
        # it. Filling it anew would hide the loss of every placement it held.
        raise UserFacingError(Problem.DATABASE_EMPTY, {"path": str(path)})
    cannot_write = write_problem(path)
    if not path.exists():
        if cannot_write is not None:
            raise cannot_write
        try:
            _create(path)
        except OSError as exc:
            raise _os_problem(exc, path.parent) from exc
        except sqlite3.DatabaseError as exc:
            raise translate_operational_error(exc, path) from exc
        except DBAPIError as exc:
            raise translate_operational_error(exc, path) from exc
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
    read_only = cannot_write is not None
    if cannot_write is not None and (
        cannot_write.problem is Problem.DISK_FULL or facts.schema_version == 0
    ):
        raise cannot_write
    older = facts.schema_version < schema.SCHEMA_VERSION
    if older and cannot_write is not None:
        raise cannot_write  # an upgrade writes
    engine = _engine(path, read_only=read_only)
    try:
        _check_schema(engine, path, code_only=older)
        if older and keep_copy:
            keep_before_upgrade(path, facts.schema_version)
        if not read_only:
            schema.ensure_current(engine)
        _check_schema(engine, path)
    except UserFacingError:
        engine.dispose()
        raise
    except OperationalError as exc:
        engine.dispose()
        raise translate_operational_error(exc.orig or exc, path) from exc
    except sqlite3.DatabaseError as exc:
        engine.dispose()
        raise translate_operational_error(exc, path) from exc
    return engine


def _open_server(where: Database) -> Engine:
    """An engine on a database server, the schema created or migrated (db.postgresql).

    No copy is kept before an upgrade: the server's own backups (pg_dump) are the operator's,
    and the upgrade runs in one transaction, so it is whole or not at all."""
    from sote_navigator.db import postgresql

    if not postgresql.is_postgresql(where):
        raise _unsupported(where)
    engine = postgresql.engine_for(where)
    try:
        with engine.connect() as con:
            found = schema.current_version(con)
        if found > schema.SCHEMA_VERSION:
            raise UserFacingError(
                Problem.DATABASE_NEWER,
                {
                    "path": where.shown,
                    "found": str(found),
                    "supported": str(schema.SCHEMA_VERSION),
                },
            )
        schema.ensure_current(engine)
        _check_server_schema(engine, where)
    except UserFacingError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        raise postgresql.translate_error(exc, where) from exc
    return engine


def _check_server_schema(engine: Engine, where: Database) -> None:
    """Refuse a server database whose schema is not exactly ours (db.pg_schema_check)."""
    from sote_navigator.db import pg_schema_check

    with engine.connect() as con:
        found = pg_schema_check.differences(con)
        con.rollback()
    if found:
        first = found[0]
        raise UserFacingError(
            Problem.SERVER_SCHEMA_ALTERED,
            {
                "path": where.shown,
                "difference": first.kind.value,
                "object_type": first.object_type,
                "name": first.name,
            },
        )


def keep_before_upgrade(path: Path, version: int) -> Path:
    """A copy of the database as it was before a schema upgrade, beside it."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    copy = path.with_name(f"{path.stem}.schema-{version}-{stamp}{path.suffix}")
    try:
        snapshot.copy(path, copy)
    except OSError as exc:
        raise _os_problem(exc, path.parent) from exc
    except sqlite3.Error as exc:
        raise translate_operational_error(exc, path) from exc
    return copy


def integrity_ok(engine: Engine) -> bool:
    with engine.connect() as con:
        return con.execute(text("PRAGMA integrity_check")).scalar() == "ok"
