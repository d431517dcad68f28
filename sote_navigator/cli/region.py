"""``sote-navigator region ...``: a desk and its region's shared database (PostgreSQL)."""

from __future__ import annotations

import argparse
from typing import Any

from sote_navigator.cli import common, region_admin, region_sync
from sote_navigator.i18n import translate


def register(subparsers: Any) -> None:
    parser = common.subcommand(
        subparsers,
        "region",
        _usage,
        translate(
            "Cli", "A region's shared database: sync this desk with it, set up its roles, report."
        ),
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION")

    def action(name: str, handler: common.Handler, help_text: str) -> argparse.ArgumentParser:
        return common.subcommand(actions, name, handler, help_text)

    region_sync.register(action)
    region_admin.register(actions)


def _usage(ctx: common.Context) -> int:
    common.fail(translate("Cli", "Say what to do: sync, init or report."))
    return common.EXIT_BAD_INPUT
