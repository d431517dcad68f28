"""``sote-navigator placements list|show|status|export``: the placement records."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from sote_navigator import follow_up_text as follow_up_words
from sote_navigator import i18n
from sote_navigator.cli import common
from sote_navigator.core import localized
from sote_navigator.core.placement_record import (
    SUMMARY_LANGUAGES,
    PlacementRecord,
    PlacementStatus,
)
from sote_navigator.core.placement_snapshot import snapshot_to_json
from sote_navigator.i18n import arg, translate
from sote_navigator.services.placement_export import counts_path
from sote_navigator.services.placement_followups import HistoryEntry, HistoryFilter
from sote_navigator.wording.summary import status_text, summary_text

STATUSES = [s.value for s in PlacementStatus]


def register(subparsers: Any) -> None:
    parser = common.subcommand(
        subparsers,
        "placements",
        _usage,
        translate("Cli", "List, show, update and export placement records."),
    )
    actions = parser.add_subparsers(dest="placements_command", metavar="ACTION")
    listing = actions.add_parser(
        "list",
        help=translate(
            "Cli",
            "list placements: referrals waiting for a decision first, then the newest first",
        ),
    )
    common.add_common_options(listing)
    listing.add_argument(
        "--status", choices=STATUSES, help=translate("Cli", "only placements with this status")
    )
    _add_filters(listing)
    listing.set_defaults(handler=handle_list)
    show = actions.add_parser("show", help=translate("Cli", "print a placement summary as text"))
    common.add_common_options(show)
    show.add_argument("id", type=int, metavar="ID")
    show.add_argument(
        "--summary-language",
        choices=SUMMARY_LANGUAGES,
        help=translate("Cli", "language of the summary (default: the client's)"),
    )
    show.set_defaults(handler=handle_show)
    status = actions.add_parser("status", help=translate("Cli", "change the status of a placement"))
    common.add_common_options(status)
    status.add_argument("id", type=int, metavar="ID")
    status.add_argument("status", choices=STATUSES)
    status.add_argument("--note", default="", help=translate("Cli", "why the status changed"))
    status.set_defaults(handler=handle_status)
    export = actions.add_parser(
        "export",
        help=translate(
            "Cli",
            "write the placements to FILE.csv and counts by service, provider and regional "
            "unit to FILE-counts.csv",
        ),
    )
    common.add_common_options(export)
    export.add_argument("file", type=Path, metavar="FILE.csv")
    export.add_argument(
        "--delimiter", choices=[",", ";"], default=",", help=translate("Cli", "cell separator")
    )
    export.set_defaults(handler=handle_export)


def day_argument(text: str) -> dt.date:
    """A day as 1.1.2025 (Finland's way) or 2025-01-01."""
    value = text.strip()
    try:
        if "." in value:
            day, month, year = (int(part) for part in value.rstrip(".").split("."))
            return dt.date(year, month, day)
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            arg(translate("Cli", "\u201c%1\u201d is not a date: write it as 1.1.2025"), text)
        ) from None


def days_argument(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        days = 0
    if not 1 <= days <= 365:
        raise argparse.ArgumentTypeError(translate("Cli", "give a number of days from 1 to 365"))
    return days


def _add_filters(listing: argparse.ArgumentParser) -> None:
    listing.add_argument(
        "--follow-up",
        action="store_true",
        help=translate("Cli", "only referrals still waiting for a decision after the set days"),
    )
    listing.add_argument(
        "--days",
        type=days_argument,
        metavar="N",
        help=translate(
            "Cli",
            "a referral with no decision after N days needs a follow-up "
            "(default: the setting, 14 unless changed)",
        ),
    )
    listing.add_argument(
        "--since",
        type=day_argument,
        metavar="DATE",
        help=translate("Cli", "only placements changed on or after DATE (e.g. 1.1.2025)"),
    )
    listing.add_argument(
        "--until",
        type=day_argument,
        metavar="DATE",
        help=translate("Cli", "only placements changed on or before DATE"),
    )
    listing.add_argument(
        "--service",
        default="",
        metavar="TEXT",
        help=translate("Cli", "only placements into this service (its id or part of its name)"),
    )
    listing.add_argument(
        "--unit",
        default="",
        metavar="TEXT",
        help=translate("Cli", "only placements in this regional unit (its id or part of its name)"),
    )


def _usage(ctx: common.Context) -> int:
    common.fail(translate("Placements", "Say what to do: list, show, status or export."))
    return common.EXIT_BAD_INPUT


def record_json(r: PlacementRecord) -> dict[str, Any]:
    snap = r.snapshot
    service = snap.service if snap else None
    provider = snap.provider if snap else None
    return {
        "id": r.id,
        "status": r.status.value,
        "wizard_open": r.wizard_open,
        "created_at": r.created_at.isoformat(),
        "updated_at": r.updated_at.isoformat(),
        "client_reference": r.input.client_reference or None,
        "catalogue": snap.catalogue.to_json() if snap and snap.catalogue else None,
        "municipality_code": snap.context.municipality.code if snap else None,
        "service_id": service.id if service else None,
        "verdict": service.verdict.value if service else None,
        "offering_id": provider.offering_id if provider else None,
        "provider_id": provider.provider.id if provider else None,
    }


def record_line(r: PlacementRecord, language: str) -> str:
    snap = r.snapshot
    service = snap.service if snap else None
    provider = snap.provider if snap else None
    parts = [
        localized.pick(snap.context.municipality.names if snap else [], language),
        localized.pick(service.names if service else [], language),
        localized.pick(provider.provider.names if provider else [], language),
    ]
    day = i18n.format_date(local_time(r.updated_at).date(), language)
    text = " \u2014 ".join(p for p in parts if p) or translate("Placements", "(no details yet)")
    flag = f" ({translate('Placements', 'unfinished')})" if r.wizard_open else ""
    return f"{r.id}\t{day}\t{status_text(r.status)}{flag}\t{text}"


def local_time(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC).astimezone()


def follow_up_days(ctx: common.Context) -> int:
    """--days, else the counsellor's setting (the one the window uses)."""
    if ctx.args.days is not None:
        return int(ctx.args.days)
    from sote_navigator.settings import FOLLOW_UP_DAYS, Settings

    return Settings().get(FOLLOW_UP_DAYS)


def entry_json(e: HistoryEntry) -> dict[str, Any]:
    follow_up = e.follow_up
    return {
        **record_json(e.record),
        "follow_up": {
            "referred_at": follow_up.referred_at.isoformat(),
            "days_waiting": follow_up.days_waiting,
        }
        if follow_up
        else None,
        "reason": e.reason.text if e.reason else None,
    }


def entry_line(e: HistoryEntry, language: str) -> str:
    """The record's line; a follow-up is marked with "!" and says how long it has waited, a
    rejection or cancellation ends with its reason."""
    line = record_line(e.record, language)
    if e.follow_up is not None:
        number, rest = line.split("\t", 1)
        line = f"{number}\t! {rest}\t{follow_up_words.waiting_text(e.follow_up)}"
    if e.reason is not None:
        line += "\t" + follow_up_words.reason_text(e.reason)
    return line


def handle_list(ctx: common.Context) -> int:
    a = ctx.args
    wanted = HistoryFilter(
        status=PlacementStatus(a.status) if a.status else None,
        since=a.since,
        until=a.until,
        service=a.service,
        unit=a.unit,
        follow_up_only=a.follow_up,
    )
    history = ctx.workspace().history(follow_up_days(ctx))
    entries, damaged = history.entries()
    found = [e for e in entries if wanted.matches(e)]
    if wanted != HistoryFilter():
        damaged = []  # a damaged record cannot be said to match; the full list names them
    if ctx.as_json:
        listing: dict[str, Any] = {"placements": [entry_json(e) for e in found]}
        if damaged:  # the key only when there are any: a healthy history reads as before
            listing["damaged"] = [{"id": d.id, "column": d.column} for d in damaged]
        common.emit_json(listing)
    else:
        for e in found:
            common.emit(entry_line(e, ctx.language))
        for d in damaged:
            common.emit(
                f"{d.id}\t\u2014\t"
                + arg(translate("Placements", "damaged: its stored %1 cannot be read"), d.column)
            )
        if not found and not damaged:
            common.emit(translate("Placements", "No placements."))
    return common.EXIT_FOUND if found or damaged else common.EXIT_NOTHING_FOUND


def _missing(placement_id: int) -> int:
    common.fail(arg(translate("Placements", "There is no placement number %1."), placement_id))
    return common.EXIT_NOTHING_FOUND


def handle_show(ctx: common.Context) -> int:
    record = ctx.workspace().records.get(ctx.args.id)
    if record is None:
        return _missing(ctx.args.id)
    if ctx.as_json:
        common.emit_json(
            {
                **record_json(record),
                "input": record.input.to_json(),
                "snapshot": snapshot_to_json(record.snapshot),
                "uid": record.uid,
                "desk_id": record.desk_id,
                "status_changes": [
                    {
                        "at": n.created_at.isoformat(),
                        "status": n.status,
                        "uid": n.uid,
                        "desk_id": n.desk_id,
                    }
                    for n in record.notes
                    if n.status
                ],
            }
        )
        return common.EXIT_FOUND
    text = summary_text(
        record.input,
        record.snapshot,
        status=record.status.value,
        day=local_time(record.updated_at).date(),
        notes=[n.text for n in record.notes],
        language=ctx.args.summary_language,
    )
    common.emit(text.rstrip("\n"))
    common.emit()
    for line in record_origin(record, ctx.language):
        common.emit(line)
    return common.EXIT_FOUND


def _desk(desk_id: str) -> str:
    return desk_id or translate("Placements", "not recorded")


def record_origin(record: PlacementRecord, language: str) -> list[str]:
    """Where the record comes from and its status changes in time order: shown on the desk,
    never in the printout (the summary above)."""
    lines = [
        arg(translate("Placements", "Record id: %1"), record.uid),
        arg(translate("Placements", "Saved at desk: %1"), _desk(record.desk_id)),
    ]
    changes = [n for n in record.notes if n.status]
    if changes:
        lines.append(
            translate("Placements", "Status changes in time order (the latest is the status):")
        )
        for n in changes:
            when = i18n.format_datetime(n.created_at, language)
            lines.append(f"  {when}\t{status_text(PlacementStatus(n.status))}\t{_desk(n.desk_id)}")
    return lines


def handle_status(ctx: common.Context) -> int:
    records = ctx.workspace().records
    if records.get(ctx.args.id) is None:
        return _missing(ctx.args.id)
    status = PlacementStatus(ctx.args.status)
    records.change_status(ctx.args.id, status, ctx.args.note)
    common.emit(
        arg(translate("Placements", "Placement %1 is now %2."), ctx.args.id, status_text(status))
    )
    return common.EXIT_FOUND


def handle_export(ctx: common.Context) -> int:
    path: Path = ctx.args.file
    try:
        result = ctx.workspace().export_placements(path, ctx.args.delimiter)
    except OSError as error:
        common.fail(
            arg(
                translate("Placements", "Could not write %1 (%2): choose another file."),
                str(path),
                error.strerror or str(error),
            )
        )
        return common.EXIT_BAD_INPUT
    if ctx.as_json:
        common.emit_json(
            {
                "file": str(path),
                "counts_file": str(counts_path(path)),
                "placements": result.placements,
                "counts": [
                    {
                        "dimension": c.dimension,
                        "id": c.id,
                        "name": c.name,
                        "total": c.total,
                        "by_status": c.by_status,
                    }
                    for c in result.counts
                ],
            }
        )
        return common.EXIT_FOUND
    common.emit(
        arg(
            translate(
                "Placements",
                "Wrote %n placement(s) to %1 and the counts to %2.",
                None,
                result.placements,
            ),
            str(path),
            str(counts_path(path)),
        )
    )
    labels = {
        "service": translate("Placements", "By service"),
        "provider": translate("Placements", "By provider"),
        "regional_unit": translate("Placements", "By regional unit"),
    }
    for dimension, label in labels.items():
        rows = [c for c in result.counts if c.dimension == dimension]
        if rows:
            common.emit(label)
            for c in rows:
                common.emit(f"  {c.total}\t{c.name or c.id}")
    return common.EXIT_FOUND
