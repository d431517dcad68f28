"""``sote-navigator region ...``: a region's shared database (PostgreSQL)."""

from __future__ import annotations

from typing import Any

from sote_navigator.cli import region_admin
from sote_navigator.i18n import translate


def register(subparsers: Any) -> None:
    help_text = translate("Cli", "A region's shared database: roles, reports.")
    parser = subparsers.add_parser("region", help=help_text, description=help_text)
    group = parser.add_subparsers(dest="region_command", metavar="COMMAND", required=True)
    region_admin.register(group)
