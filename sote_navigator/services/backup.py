"""Backup and restore of the user's database: consistent copies, checked before replacing.

A backup may be taken while the application runs: the copy reads one snapshot (db.snapshot).
A restore checks a private copy of the file first (integrity, schema version, that it is ours,
then, brought to this version, that its schema is exactly ours and every placement reads),
keeps the current database aside as a timestamped copy, and only then replaces its contents.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
from dataclasses import dataclass
from pathlib import Path

from sote_navigator import paths
from sote_navigator.core.errors import Problem, UserFacingError
from sote_navigator.db import schema, snapshot
from sote_navigator.db.engine import open_database, translate_operational_error
from sote_navigator.db.location import Database
from sote_navigator.db.postgresql import server_backup
from sote_navigator.services.placement_records import PlacementRecords


@dataclass(frozen=True)
class BackupReport:
    path: Path
    size: int
    schema_version: int


@dataclass(frozen=True)
class RestoreReport:
    restored_from: Path
    database: Path
    kept_aside: Path | None
    schema_version: int


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _io_error(exc: OSError, path: Path) -> UserFacingError:
    if exc.errno == errno.ENOSPC:
        return UserFacingError(Problem.DISK_FULL, {"path": str(path)})
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return UserFacingError(Problem.FILE_MISSING, {"path": str(path)})
    return UserFacingError(Problem.DATABASE_READ_ONLY, {"path": str(path)})


def database_file(database: Path | Database) -> Path:
    """The database file: a copy here is of a file; a database server has its own tools."""
    if isinstance(database, Path):
        return database.absolute()
    if database.file is None:
        raise server_backup(database)
    return database.file.expanduser().absolute()


def backup(database: Path | Database, target: Path) -> BackupReport:
    """Write a consistent copy of ``database`` to ``target``; safe while others use it."""
    database, target = database_file(database), target.expanduser().absolute()
    if not database.is_file():
        raise UserFacingError(Problem.NO_DATABASE_YET, {"path": str(database)})
    if target == database or _same_file(database, target):
        raise UserFacingError(Problem.BACKUP_IS_DATABASE, {"path": str(target)})
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        snapshot.copy(database, target)
    except OSError as exc:
        raise _io_error(exc, target.parent) from exc
    except snapshot.Error as exc:
        raise translate_operational_error(exc, target) from exc
    facts = snapshot.inspect(target, check_integrity=False)
    return BackupReport(target, target.stat().st_size, facts.schema_version)


def _check_restorable(copy: Path, shown_as: Path) -> int:
    try:
        facts = snapshot.inspect(copy)
    except snapshot.Error as exc:
        raise UserFacingError(Problem.RESTORE_NOT_OURS, {"path": str(shown_as)}) from exc
    if facts.integrity != "ok":
        raise UserFacingError(
            Problem.RESTORE_DAMAGED, {"path": str(shown_as), "detail": facts.integrity}
        )
    if facts.schema_version > schema.SCHEMA_VERSION:
        raise UserFacingError(
            Problem.RESTORE_NEWER,
            {
                "path": str(shown_as),
                "found": str(facts.schema_version),
                "supported": str(schema.SCHEMA_VERSION),
            },
        )
    if facts.schema_version < 1 or not schema.is_ours(
        facts.schema_version, facts.application_id, facts.tables
    ):
        raise UserFacingError(Problem.RESTORE_NOT_OURS, {"path": str(shown_as)})
    return facts.schema_version


def _check_contents(staged: Path, shown_as: Path) -> None:
    """Bring the private copy to this version's schema, then check that the schema is exactly
    ours and that every placement reads: a backup is a file anyone could have edited."""
    try:
        engine = open_database(staged, keep_copy=False)
    except UserFacingError as error:
        if error.problem is Problem.SCHEMA_ALTERED:
            facts = {**error.facts, "path": str(shown_as)}
            raise UserFacingError(Problem.RESTORE_ALTERED, facts) from error
        raise
    try:
        damaged = PlacementRecords(engine).damaged()
    finally:
        engine.dispose()
    if damaged:
        raise UserFacingError(
            Problem.RESTORE_PLACEMENTS_DAMAGED,
            {"path": str(shown_as), "count": str(len(damaged)), "id": str(damaged[0].id)},
        )


def aside_name(database: Path, now: dt.datetime | None = None) -> Path:
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = database.with_name(f"{database.stem}.before-restore-{stamp}{database.suffix}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = database.with_name(
            f"{database.stem}.before-restore-{stamp}-{n}{database.suffix}"
        )
    return candidate


def _keep_aside(database: Path) -> Path:
    kept = aside_name(database)
    snapshot.keep_as_it_is(database, kept)
    return kept


def restore(source: Path, database: Path | Database) -> RestoreReport:
    """Make ``database`` hold what ``source`` holds, keeping the current contents aside.

    Nothing is replaced unless ``source`` passes every check. The file checked is a private
    copy of ``source``, so a file changing under us cannot slip past the checks.
    """
    source, database = source.expanduser().absolute(), database_file(database)
    if not source.is_file():
        raise UserFacingError(Problem.FILE_MISSING, {"path": str(source)})
    if source == database or _same_file(source, database):
        raise UserFacingError(Problem.BACKUP_IS_DATABASE, {"path": str(source)})
    staged = database.with_name(f".{database.name}.restoring-{os.getpid()}")
    existed = database.exists()
    try:
        try:
            paths.ensure_private_dir(database.parent)
            snapshot.copy(source, staged)
        except snapshot.Error as exc:
            if snapshot.writing_failed(exc):
                raise translate_operational_error(exc, database.parent) from exc
            raise UserFacingError(Problem.RESTORE_NOT_OURS, {"path": str(source)}) from exc
        except OSError as exc:
            raise _io_error(exc, database.parent) from exc
        version = _check_restorable(staged, source)
        _check_contents(staged, source)
        kept: Path | None = None
        try:
            if database.exists() and database.stat().st_size > 0:
                kept = _keep_aside(database)
            snapshot.install(staged, database)
            if not existed and os.name == "posix":
                database.chmod(0o600)
        except OSError as exc:
            raise _io_error(exc, database.parent) from exc
        except snapshot.Error as exc:
            raise translate_operational_error(exc, database) from exc
    finally:
        snapshot.remove(staged)
    # Opening migrates a backup from an older version now, not at the next start.
    open_database(database).dispose()
    return RestoreReport(source, database, kept, version)
