"""Words for a sync with the region, the same on the command line and in the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sote_navigator.i18n import arg, translate

if TYPE_CHECKING:
    from sote_navigator.services.region_sync import SyncResult


def pushed_lines(result: SyncResult, region: str) -> list[str]:
    """What went to the region and what came back from other desks."""
    lines = [
        arg(
            translate(
                "Region",
                "Pushed to the region %1: %2 placements and %3 notes or status changes "
                "(%4 of them it had already).",
            ),
            region,
            result.placements_pushed,
            result.notes_pushed,
            result.already_in_region,
        )
    ]
    if result.waiting:
        lines.append(
            arg(
                translate("Region", "Waiting until their placement is finished: %1."),
                result.waiting,
            )
        )
    lines.append(
        arg(
            translate("Region", "Status changes from other desks: %1."),
            result.status_changes_pulled,
        )
    )
    return lines


def catalogue_line(result: SyncResult) -> str:
    """What became of the region's catalogue here (after its findings and diff)."""
    plan = result.plan
    if plan is None:
        return translate("Region", "The region has no catalogue yet.")
    if not plan.ok:
        return translate(
            "Region", "The region's catalogue was not taken: correct the errors above."
        )
    if not result.changes.catalogue:
        return translate("Region", "The catalogue is the region's already.")
    return arg(
        translate(
            "Region",
            "The region's catalogue is now catalogue version %1 here "
            "(catalogue rollback takes it back).",
        ),
        result.changes.catalogue_after,
    )
