"""Whole-file operations on a SQLite database: consistent copies and read-only inspection.

Copies go through SQLite's online backup API, never through a file copy: a file copy of a
database in WAL mode, taken while another process writes, can miss committed pages.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

BUSY_TIMEOUT_S = 15.0

# What the functions here raise when SQLite fails; callers outside db/ need not import sqlite3.
Error = sqlite3.Error


def writing_failed(exc: BaseException) -> bool:
    """The disk refused the write: full, failing, or read-only."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    return code in (sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_READONLY)


def unreadable(exc: BaseException) -> bool:
    """The file cannot be read as a database at all (not a full or locked disk)."""
    return isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError)


@dataclass(frozen=True)
class FileFacts:
    schema_version: int
    application_id: int
    tables: frozenset[str]
    integrity: str


def inspect(path: Path, *, check_integrity: bool = True) -> FileFacts:
    """What a database file says about itself, read without changing a byte of it.

    Raises sqlite3.DatabaseError when the file is not an SQLite database.
    """
    # Without a WAL file beside it the file alone is the database: open it immutable, so that
    # not even an empty -wal or -shm appears next to a file we only look at. With one (left by
    # a crash or a running writer), read through it: it may hold the latest commits.
    has_wal = path.with_name(path.name + "-wal").exists()
    options = "mode=ro" if has_wal else "mode=ro&immutable=1"
    con = sqlite3.connect(f"{path.absolute().as_uri()}?{options}", uri=True)
    try:
        version = int(con.execute("PRAGMA user_version").fetchone()[0])
        application_id = int(con.execute("PRAGMA application_id").fetchone()[0])
        tables = frozenset(
            str(row[0])
            for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        )
        integrity = "ok"
        if check_integrity:
            lines = [
                line.strip()
                for (row,) in con.execute("PRAGMA integrity_check(20)").fetchall()
                for line in str(row).splitlines()
                if line.strip() and not line.startswith("***")
            ]
            integrity = lines[0] if lines else "ok"
        return FileFacts(version, application_id, tables, integrity)
    finally:
        con.close()


def _connect(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
    con.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    return con


def _connect_reading(path: Path) -> sqlite3.Connection:
    """A read-only connection: a backup needs no write access to the database's folder."""
    uri = path.absolute().as_uri()
    con = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
    try:
        con.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return con
    except sqlite3.OperationalError as exc:
        con.close()
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code not in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY):
            raise
        if path.with_name(path.name + "-wal").exists():
            raise
    # A folder nobody can write to (no -shm can be made there) and no write-ahead log: the
    # file alone is the database and nobody can be writing it.
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)


def copy(source: Path, target: Path) -> None:
    """Write a consistent copy of ``source`` to ``target``, replacing it only when complete.

    The copy is one backup step: it reads one snapshot of ``source`` while other processes may
    go on reading and writing it (WAL). ``target`` appears atomically, in journal mode DELETE,
    so it is one self-contained file.
    """
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    try:
        # Owner-only from the first byte: the copy holds the same personal data as the original.
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        src = _connect_reading(source)
        try:
            dst = sqlite3.connect(str(partial), isolation_level=None)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        with partial.open("r+b") as f:  # writable: Windows refuses to flush a read-only handle
            os.fsync(f.fileno())
        os.replace(partial, target)
    except BaseException:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise


def overwrite(source: Path, target: Path) -> None:
    """Replace the contents of the live database ``target`` with those of ``source``.

    Goes through SQLite, under its locks: other connections to ``target`` wait, then see the
    new contents; none of them is left holding a file that was swapped away underneath it.
    """
    src = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True)
    try:
        dst = _connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


# The files SQLite may keep beside a database: write-ahead log, its index, rollback journal.
COMPANIONS = ("-wal", "-shm", "-journal")


def keep_as_it_is(database: Path, kept: Path) -> None:
    """A consistent copy of ``database`` at ``kept``; of one SQLite cannot read (the very case
    a restore is for), its bytes as they are, with its write-ahead log."""
    try:
        copy(database, kept)
    except Error as exc:
        if not unreadable(exc):
            raise
        shutil.copyfile(database, kept)
        wal = database.with_name(database.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, kept.with_name(kept.name + "-wal"))


def install(staged: Path, database: Path) -> None:
    """Make ``database`` hold what the checked file ``staged`` holds."""
    if not database.exists():
        os.replace(staged, database)
        return
    try:
        # Through SQLite, under its locks, so that any reader sees the old or the new contents.
        overwrite(staged, database)
    except Error as exc:
        if not unreadable(exc):
            raise
        # SQLite cannot open the damaged file to write into it: swap the file itself.
        for companion in ("-wal", "-shm"):
            database.with_name(database.name + companion).unlink(missing_ok=True)
        os.replace(staged, database)


def remove(path: Path) -> None:
    """Delete the database file ``path`` and any file SQLite kept beside it (best effort)."""
    for suffix in ("", *COMPANIONS):
        with contextlib.suppress(OSError):
            path.with_name(path.name + suffix).unlink()
