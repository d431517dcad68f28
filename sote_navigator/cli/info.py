"""``sote-navigator info``: where the database is and which catalogue it holds."""

from __future__ import annotations

from typing import Any

from sote_navigator import i18n, paths
from sote_navigator.cli import common
from sote_navigator.i18n import arg, translate
from sote_navigator.services import catalogue


def register(subparsers: Any) -> None:
    common.subcommand(
        subparsers,
        "info",
        handle,
        "Show the database path, the current catalogue and counts per entity.",
    )


def handle(ctx: common.Context) -> int:
    engine = ctx.engine()
    info = catalogue.current(engine)
    db_path = str(ctx.db_path or paths.database_path())
    if ctx.as_json:
        common.emit_json(
            {
                "database": db_path,
                "catalogue": None
                if info is None
                else {
                    "id": info.catalogue_id,
                    "version": info.version,
                    "name": info.name(ctx.language),
                    "publisher": info.publisher,
                    "valid_from": info.valid_from.isoformat() if info.valid_from else None,
                    "imported_at": info.imported_at.isoformat(),
                    "source_format": info.source_format,
                    "source_name": info.source_name,
                    "version_number": info.version_number,
                },
                "counts": info.counts if info else {},
            }
        )
        return common.EXIT_FOUND
    common.emit(arg(translate("Info", "Database: %1"), db_path))
    if info is None:
        common.emit(translate("Info", "No catalogue is installed."))
        return common.EXIT_NOTHING_FOUND
    common.emit(
        arg(
            translate("Info", "Catalogue: %1 (%2), version %3"),
            info.name(ctx.language),
            info.catalogue_id,
            info.version,
        )
    )
    if info.valid_from:
        common.emit(
            arg(
                translate("Info", "Valid from: %1"), i18n.format_date(info.valid_from, ctx.language)
            )
        )
    common.emit(
        arg(
            translate("Info", "Imported: %1 from %2"),
            i18n.format_datetime(info.imported_at, ctx.language),
            info.source_name,
        )
    )
    labels = {
        "organisers": translate("Info", "organisers"),
        "regional_units": translate("Info", "regional units"),
        "municipalities": translate("Info", "municipalities"),
        "service_classes": translate("Info", "service classes"),
        "services": translate("Info", "services"),
        "providers": translate("Info", "providers"),
        "locations": translate("Info", "locations"),
        "offerings": translate("Info", "offerings"),
    }
    for key, label in labels.items():
        common.emit(f"  {label}: {i18n.format_number(int(info.counts.get(key, 0)), ctx.language)}")
    return common.EXIT_FOUND
