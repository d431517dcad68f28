"""``sote-navigator backup FILE`` and ``sote-navigator restore FILE``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sote_navigator import i18n
from sote_navigator.cli import common
from sote_navigator.core.errors import Problem, UserFacingError
from sote_navigator.i18n import arg, translate
from sote_navigator.services import backup


def register(subparsers: Any) -> None:
    parser = common.subcommand(
        subparsers,
        "backup",
        handle_backup,
        translate(
            "Cli",
            "Write a consistent copy of the database to FILE; safe while the application is open.",
        ),
    )
    parser.add_argument(
        "file", type=Path, metavar="FILE", help=translate("Cli", "where to write the copy")
    )
    parser = common.subcommand(
        subparsers,
        "restore",
        handle_restore,
        translate(
            "Cli",
            "Replace the database with a backup FILE after checking it; the current database "
            "is kept aside as a timestamped copy.",
        ),
    )
    parser.add_argument(
        "file", type=Path, metavar="FILE", help=translate("Cli", "a file made by backup")
    )


def _database(ctx: common.Context) -> Path:
    """The database file (a server's database is backed up with its own tools)."""
    return backup.database_file(ctx.database)


def handle_backup(ctx: common.Context) -> int:
    report = backup.backup(_database(ctx), ctx.args.file)
    if ctx.as_json:
        common.emit_json(
            {
                "backup": str(report.path),
                "bytes": report.size,
                "schema_version": report.schema_version,
            }
        )
    else:
        common.emit(
            arg(
                translate("Backup", "Backed up the database to %1 (%2 kB)."),
                str(report.path),
                i18n.format_count(max(1, report.size // 1024), ctx.language),
            )
        )
    return common.EXIT_FOUND


def handle_restore(ctx: common.Context) -> int:
    database = _database(ctx)
    # Imported here: only restore needs to talk to a running window (QtNetwork, no widgets).
    from sote_navigator import instance

    if instance.is_running(database):
        raise UserFacingError(Problem.APPLICATION_RUNNING, {"path": str(database)})
    report = backup.restore(ctx.args.file, database)
    if ctx.as_json:
        common.emit_json(
            {
                "restored_from": str(report.restored_from),
                "database": str(report.database),
                "kept_aside": str(report.kept_aside) if report.kept_aside else None,
                "schema_version": report.schema_version,
            }
        )
        return common.EXIT_FOUND
    common.emit(
        arg(translate("Backup", "Restored %1 from %2."), str(database), str(report.restored_from))
    )
    if report.kept_aside:
        common.emit(
            arg(translate("Backup", "The previous database is kept as %1."), str(report.kept_aside))
        )
    return common.EXIT_FOUND
