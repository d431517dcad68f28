"""The command line: every use case headless, as text or as JSON with stable keys.

Each subcommand lives in its own module with ``register(subparsers)``; ``COMMANDS`` lists them.
No subcommand opens the GUI.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from sote_navigator import __version__, i18n, pyside_guard
from sote_navigator.cli import (
    argparse_text,
    backup,
    catalogue,
    common,
    gui,
    info,
    lookup,
    place,
    placements,
    search,
)
from sote_navigator.i18n import translate

COMMANDS = (lookup, search, info, place, placements, catalogue, backup, gui)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sote-navigator",
        description=translate(
            "Cli",
            "Sote Navigator: find who organises, which services and which providers "
            "serve a client, and record the placement.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=translate("Cli", "show the version number and exit"),
    )
    common.add_common_options(parser, suppress=False)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    pyside_guard.protect_none()
    arguments = list(sys.argv[1:] if argv is None else argv)
    # The language is known before parsing, so that help and usage errors are worded in it.
    i18n.set_language(common.resolve_language(common.language_in(arguments)))
    with argparse_text.translated():
        args = build_parser().parse_args(arguments)
    handler = getattr(args, "handler", None)
    if handler is None:
        args.handler = gui.run
        args.screenshot = None
        args.municipality = None
        args.search = None
    return common.run(args)


if __name__ == "__main__":
    sys.exit(main())
