"""``sote-navigator info``: where the database is and which catalogue it holds."""

from __future__ import annotations

from typing import Any

from sote_navigator import i18n
from sote_navigator.cli import common
from sote_navigator.i18n import arg, translate
from sote_navigator.services import catalogue


def register(subparsers: Any) -> None:
    common.subcommand(
        subparsers,
        "info",
        handle,
        translate("Cli", "Show the database path, the current catalogue and counts per entity."),
    )


def handle(ctx: common.Context) -> int:
    engine = ctx.engine()
    info = catalogue.current(engine)
    db_path = ctx.database.shown
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
    for line in _count_lines(info.counts):
        common.emit(f"  {line}")
    return common.EXIT_FOUND


def _count_lines(counts: dict[str, int]) -> list[str]:
    """One line per entity kind, e.g. "308 municipalities", with the plural of the language."""

    def n(key: str) -> int:
        return int(counts.get(key, 0))

    return [
        translate("Info", "%Ln organiser(s)", None, n("organisers")),
        translate("Info", "%Ln regional unit(s)", None, n("regional_units")),
        translate("Info", "%Ln municipality(ies)", None, n("municipalities")),
        translate(
            "Info",
            "%Ln service class(es)",
            None,
            n("service_classes"),
        ),
        translate("Info", "%Ln service(s)", None, n("services")),
        translate("Info", "%Ln provider(s)", None, n("providers")),
        translate("Info", "%Ln location(s)", None, n("locations")),
        translate("Info", "%Ln offering(s)", None, n("offerings")),
    ]
