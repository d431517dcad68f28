"""``sote-navigator gui`` (and no subcommand): open the window, or render it to a PNG."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sote_navigator import i18n
from sote_navigator.cli import common
from sote_navigator.i18n import translate


def register(subparsers: Any) -> None:
    parser = common.subcommand(
        subparsers, "gui", run, translate("Cli", "Open the Sote Navigator window.")
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help=translate("Cli", "render the window into this PNG file and exit"),
    )
    parser.add_argument(
        "--municipality",
        metavar="TEXT",
        help=translate("Cli", "choose this municipality first"),
    )
    parser.add_argument("--search", metavar="TEXT", help=translate("Cli", "search for this first"))
    parser.add_argument(
        "--first-paint-screenshot",
        type=Path,
        metavar="FILE.png",
        help=translate(
            "Cli",
            "render the window as a start first shows it (before the database opens) into "
            "this PNG file and exit; for timing start-up",
        ),
    )


def run(ctx: common.Context) -> int:
    # Imported here so that headless commands never load the widget libraries.
    from sote_navigator import app

    return app.run(ctx.args, i18n.language())
