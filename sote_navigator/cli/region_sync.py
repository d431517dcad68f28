"""``sote-navigator region sync``: push this laptop's outbox, pull the region's catalogue."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sote_navigator.cli import common
from sote_navigator.i18n import translate
from sote_navigator.settings import REGION
from sote_navigator.wording import region_sync as words

if TYPE_CHECKING:
    # Loaded by the sync itself: it brings the catalogue import (and its validator) along,
    # which the other commands do not pay for.
    from sote_navigator.services.region_sync import SyncResult


def register(action: Callable[[str, common.Handler, str], argparse.ArgumentParser]) -> None:
    p = action(
        "sync",
        handle_sync,
        translate(
            "Cli",
            "Push the placements and status changes saved here since the last sync to the "
            "region, and pull the region's status changes and its current catalogue.",
        ),
    )
    p.add_argument(
        "--region",
        metavar="URL",
        help=translate(
            "Cli",
            "the region's database, postgresql://USER@HOST/NAME (default: location= under "
            "[region] in the settings); the password comes from PGPASSWORD or ~/.pgpass",
        ),
    )


def _json(result: SyncResult) -> dict[str, Any]:
    plan = result.plan
    return {
        "placements_pushed": result.placements_pushed,
        "notes_pushed": result.notes_pushed,
        "already_in_region": result.already_in_region,
        "waiting": result.waiting,
        "status_changes_pulled": result.status_changes_pulled,
        "catalogue_ok": plan.ok if plan else None,
        "catalogue_diff": plan.diff.to_json() if plan and plan.diff else None,
        "catalogue_changed": result.changes.catalogue,
        "catalogue_version": result.changes.catalogue_after if result.changes.catalogue else None,
    }


def handle_sync(ctx: common.Context) -> int:
    from sote_navigator.cli.catalogue_output import diff_lines, findings_lines
    from sote_navigator.services import region_sync

    where = region_sync.region_database(ctx.args.region or common.remembered(REGION))
    result = region_sync.sync(ctx.workspace(), where)
    plan = result.plan
    failed = plan is not None and not plan.ok
    if ctx.as_json:
        common.emit_json(_json(result))
        return common.EXIT_BAD_INPUT if failed else common.EXIT_FOUND
    for line in words.pushed_lines(result, where.shown):
        common.emit(line)
    if plan is not None:
        for line in findings_lines(plan.findings):
            common.emit(line)
        if plan.ok and result.changes.catalogue and plan.diff is not None:
            for line in diff_lines(plan.diff, ctx.language):
                common.emit(line)
    common.emit(words.catalogue_line(result))
    return common.EXIT_BAD_INPUT if failed else common.EXIT_FOUND
