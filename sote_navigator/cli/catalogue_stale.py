"""``sote-navigator catalogue stale``: what in the current catalogue is older than its limit."""

from __future__ import annotations

import argparse
from typing import Any

from sote_navigator.cli import common
from sote_navigator.core import localized
from sote_navigator.i18n import arg, translate
from sote_navigator.services.freshness_report import StaleReport, stale_report
from sote_navigator.wording.reasons import information_date_text


def register(action: Any) -> argparse.ArgumentParser:
    """Add the ``stale`` action; ``action(name, handler, help)`` makes a catalogue action."""
    parser: argparse.ArgumentParser = action(
        "stale",
        handle_stale,
        translate(
            "Cli",
            "List the locations and offerings whose information is older than the catalogue's "
            "freshness limit (default 24 months).",
        ),
    )
    return parser


def _json(report: StaleReport, language: str) -> dict[str, Any]:
    return {
        "freshness_months": report.rule.months,
        "today": report.rule.today.isoformat(),
        "stale": [
            {
                "kind": s.kind,
                "id": s.id,
                "names": common.names_json(s.names),
                "name": localized.pick(s.names, language),
                "verified_on": s.verified_on,
                "source": {"name": s.source.name, "url": s.source.url} if s.source else None,
                "example": s.example,
                "offerings": s.offerings,
            }
            for s in report.stale
        ],
        "undated": {"locations": report.undated_locations, "offerings": report.undated_offerings},
    }


def handle_stale(ctx: common.Context) -> int:
    report = stale_report(ctx.engine())
    if ctx.as_json:
        common.emit_json(_json(report, ctx.language))
    else:
        common.emit(
            arg(
                translate(
                    "Cli",
                    "%n record(s) older than the freshness limit of %1 months:",
                    None,
                    len(report.stale),
                ),
                report.rule.months,
            )
        )
        for s in report.stale:
            kind = (
                translate("Cli", "location")
                if s.kind == "location"
                else translate("Cli", "offering")
            )
            line = arg(
                translate("Cli", "%1 %2 \u2014 %3, information from %4"),
                kind,
                s.id,
                localized.pick(s.names, ctx.language),
                information_date_text(s.verified_on),
            )
            if s.offerings:
                line += " " + translate("Cli", "(%n offering(s))", None, s.offerings)
            if s.source is not None:
                line += "; " + arg(translate("Cli", "source: %1"), s.source.name)
            common.emit(line)
        common.emit(
            arg(
                translate("Cli", "No date given: %1 location(s), %2 offering(s)."),
                report.undated_locations,
                report.undated_offerings,
            )
        )
    return common.EXIT_FOUND if report.stale else common.EXIT_NOTHING_FOUND
