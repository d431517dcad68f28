"""``region init`` (the roles of a region's database) and ``region report`` (placements
counted for management)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sote_navigator import i18n
from sote_navigator.cli import common
from sote_navigator.i18n import arg, translate
from sote_navigator.services import region_report, region_setup


def _logins(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _dimensions(value: str) -> tuple[str, ...]:
    try:
        return region_report.dimensions(value)
    except region_report.UnknownDimension as exc:
        raise argparse.ArgumentTypeError(
            arg(
                translate("Cli", "unknown breakdown \u201c%1\u201d: use %2"),
                exc.name,
                ",".join(region_report.DIMENSIONS),
            )
        ) from exc


def register(group: Any) -> None:
    parser = common.subcommand(
        group,
        "init",
        handle_init,
        translate(
            "Cli",
            "Create the catalogue maintainer and desk roles of a region's PostgreSQL database "
            "and grant their rights; run as the database's owner, again after each upgrade.",
        ),
    )
    parser.add_argument(
        "--desk",
        type=_logins,
        default=[],
        metavar="LOGIN[,LOGIN...]",
        help=translate("Cli", "login roles that get the desk role (read, save placements)"),
    )
    parser.add_argument(
        "--maintainer",
        type=_logins,
        default=[],
        metavar="LOGIN[,LOGIN...]",
        help=translate(
            "Cli", "login roles that get the catalogue maintainer role (import, roll back)"
        ),
    )
    parser = common.subcommand(
        group,
        "report",
        handle_report,
        translate(
            "Cli",
            "Placements counted by month, service, provider, unit and status, with the days "
            "from referral to decision; no client reference or note.",
        ),
    )
    parser.add_argument(
        "--by",
        type=_dimensions,
        default=("month",),
        metavar="month,service,provider,unit,status",
        help=translate("Cli", "what to count by, comma-separated (default: month)"),
    )
    parser.add_argument(
        "--csv",
        type=Path,
        metavar="FILE",
        help=translate("Cli", "write the report as CSV to FILE"),
    )


def handle_init(ctx: common.Context) -> int:
    done = region_setup.init_roles(ctx.engine(), ctx.args.desk, ctx.args.maintainer)
    if ctx.as_json:
        common.emit_json(
            {
                "database": ctx.database.shown,
                "maintainer_role": region_setup.MAINTAINER,
                "desk_role": region_setup.DESK,
                "created_roles": done.created_roles,
                "created_logins": done.created_logins,
                "members": [{"login": login, "role": role} for login, role in done.members],
                "desk_writes": done.record_tables,
            }
        )
        return common.EXIT_FOUND
    common.emit(
        arg(
            translate(
                "Region",
                "The roles of %1 are ready: %2 imports and rolls back catalogues and reads "
                "everything; %3 reads the catalogue and saves placements (%4), nothing else.",
            ),
            ctx.database.shown,
            region_setup.MAINTAINER,
            region_setup.DESK,
            ", ".join(done.record_tables),
        )
    )
    for login, role in done.members:
        common.emit(arg(translate("Region", "%1 is a member of %2."), login, role))
    for login in done.created_logins:
        common.emit(
            arg(
                translate(
                    "Region",
                    "The login role %1 was created without a password: set one with "
                    "\u201c\\password %1\u201d in psql.",
                ),
                login,
            )
        )
    return common.EXIT_FOUND


def _cell(name: str, key: region_report.Key, language: str) -> str:
    if name == "month":
        year, month = key.id.split("-")
        return f"{int(month)}/{year}"
    if name == "status":
        from sote_navigator.wording.summary import status_text

        return status_text(key.id)
    return key.name or key.id or "\u2013"


def handle_report(ctx: common.Context) -> int:
    by: tuple[str, ...] = ctx.args.by
    result = region_report.report(ctx.engine(), by)
    if ctx.args.csv is not None:
        region_report.write_csv(result, ctx.args.csv)
    if ctx.as_json:
        common.emit_json(
            {
                "by": list(by),
                "rows": [
                    {
                        **{
                            name: {"id": key.id, "name": key.name}
                            for name, key in zip(by, row.keys, strict=True)
                        },
                        "placements": row.placements,
                        "decided": row.decided,
                        "median_days": row.median_days,
                        "p90_days": row.p90_days,
                    }
                    for row in result.rows
                ],
            }
        )
        return common.EXIT_FOUND if result.rows else common.EXIT_NOTHING_FOUND
    if ctx.args.csv is not None:
        common.emit(
            arg(
                translate("Region", "Wrote %1 rows to %2."),
                i18n.format_count(len(result.rows), ctx.language),
                str(ctx.args.csv),
            )
        )
        return common.EXIT_FOUND
    if not result.rows:
        common.emit(translate("Region", "No placements to count."))
        return common.EXIT_NOTHING_FOUND
    for row in result.rows:
        named = " \u00b7 ".join(
            _cell(name, key, ctx.language) for name, key in zip(by, row.keys, strict=True)
        )
        days = ""
        if row.median_days is not None and row.p90_days is not None:
            days = arg(
                translate("Region", ", referral to decision: median %1 d, 90 %: %2 d"),
                i18n.format_number(row.median_days, ctx.language),
                i18n.format_number(row.p90_days, ctx.language),
            )
        common.emit(
            f"{named or translate('Region', 'All')}: "
            + arg(
                translate("Region", "%1 placements"),
                i18n.format_count(row.placements, ctx.language),
            )
            + days
        )
    return common.EXIT_FOUND
