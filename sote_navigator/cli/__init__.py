"""The command line: every use case headless, as text or as JSON with stable keys.

Each subcommand lives in its own module with ``register(subparsers)``; ``COMMANDS`` lists them.
No subcommand opens the GUI.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from sote_navigator import __version__
from sote_navigator.cli import common, gui, info, lookup, place, placements, search

COMMANDS = (lookup, search, info, place, placements, gui)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sote-navigator",
        description="Sote Navigator: find who organises, which services and which providers "
        "serve a client, and record the placement.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    common.add_common_options(parser, suppress=False)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        args.handler = gui.run
        args.screenshot = None
        args.municipality = None
        args.search = None
    return common.run(args)


if __name__ == "__main__":
    sys.exit(main())
