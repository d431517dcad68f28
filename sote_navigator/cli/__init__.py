"""The command line: every use case headless, as text or as JSON with stable keys.

Each subcommand lives in its own module with ``register(subparsers)``; ``COMMANDS`` names
them. No subcommand opens the GUI. The modules are imported only when the command line needs
them: starting the window (no subcommand, or ``gui``) imports ``gui`` alone, so that the window
shows before the database libraries are loaded.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from sote_navigator import __version__, i18n, pyside_guard
from sote_navigator.cli import argparse_text, common, gui
from sote_navigator.i18n import translate

# Module names under sote_navigator.cli, in the order --help lists them.
COMMANDS = (
    "lookup",
    "search",
    "info",
    "place",
    "placements",
    "catalogue",
    "region",
    "backup",
    "gui",
)
# Options that take a value, to find the subcommand among the raw arguments.
_VALUED_OPTIONS = ("--db", "--lang")


def _subcommand_in(argv: Sequence[str]) -> str | None:
    """The first argument that is not an option or an option's value."""
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token in _VALUED_OPTIONS:
            skip = True
        elif not token.startswith("-"):
            return token
    return None


def _starts_the_window(argv: Sequence[str]) -> bool:
    if any(t in ("-h", "--help", "--version") for t in argv):
        return False
    return _subcommand_in(argv) in (None, "gui")


def build_parser(commands: Sequence[str] = COMMANDS) -> argparse.ArgumentParser:
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
    for name in commands:
        importlib.import_module(f"sote_navigator.cli.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    pyside_guard.protect_none()
    arguments = list(sys.argv[1:] if argv is None else argv)
    # The language is known before parsing, so that help and usage errors are worded in it.
    i18n.set_language(common.resolve_language(common.language_in(arguments)))
    with argparse_text.translated():
        commands = ("gui",) if _starts_the_window(arguments) else COMMANDS
        args = build_parser(commands).parse_args(arguments)
    handler = getattr(args, "handler", None)
    if handler is None:
        args.handler = gui.run
        args.screenshot = None
        args.municipality = None
        args.search = None
    return common.run(args)


if __name__ == "__main__":
    sys.exit(main())
