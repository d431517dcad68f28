"""What every subcommand shares: options, the opened workspace, output and exit codes.

Imports nothing of the database layer at import time: ``sote-navigator`` with no subcommand
opens the window, and the window shows before SQLAlchemy is loaded (see app.py).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sote_navigator import __version__, i18n, logs, paths
from sote_navigator.core.errors import UserFacingError
from sote_navigator.i18n import arg, translate
from sote_navigator.settings import (
    DATABASE,
    DESK_ID,
    UI_LANGUAGE,
    Setting,
    Settings,
    WrongThread,
)
from sote_navigator.wording.errors import problem_text

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from sote_navigator.db.location import Database
    from sote_navigator.services.workspace import Workspace

log = logging.getLogger(__name__)

EXIT_FOUND = 0
EXIT_NOTHING_FOUND = 1
EXIT_BAD_INPUT = 2
EXIT_UNEXPECTED = 3

Handler = Callable[["Context"], int]


def language_code(value: str) -> str:
    """--lang's value: fi, sv or en (and the hidden layout-testing "pseudo")."""
    if value.lower() in i18n.LANGUAGES:
        return value.lower()
    raise argparse.ArgumentTypeError(
        arg(translate("Cli", "unknown language \u201c%1\u201d: use fi, sv or en"), value)
    )


def remembered_language() -> str:
    """The language last chosen in the window's Language menu, or "" (follow the system)."""
    try:
        return Settings().get(UI_LANGUAGE)
    except WrongThread:
        return ""


def remembered_database() -> str:
    """The database named in the settings file ("": the file in the data folder)."""
    try:
        return Settings().get(DATABASE)
    except WrongThread:
        return ""


def remembered(setting: Setting[str]) -> str:
    """A text setting from the settings file ("" off the main thread)."""
    try:
        return Settings().get(setting)
    except WrongThread:
        return ""


def chosen_database(given: str | None) -> Database:
    """The database --db names (a path or a URL), else the settings file's, else the default.

    Raises UserFacingError for a URL that names no database this application can open."""
    from sote_navigator.db.location import locate_given

    return locate_given(given or remembered_database() or None)


def resolve_language(requested: str | None) -> str:
    return i18n.choose_language(requested, remembered_language())


def language_in(argv: Sequence[str]) -> str | None:
    """--lang from the raw arguments, before parsing: help and errors are worded in it."""
    found: str | None = None
    for i, token in enumerate(argv):
        if token == "--":
            break
        if token == "--lang" and i + 1 < len(argv):
            found = argv[i + 1]
        elif token.startswith("--lang="):
            found = token.split("=", 1)[1]
    return found if found and found.lower() in i18n.LANGUAGES else None


def add_common_options(parser: argparse.ArgumentParser, *, suppress: bool = True) -> None:
    """--db, --json and --lang, accepted before or after the subcommand."""
    default: Any = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--db",
        default=default,
        metavar="PATH|URL",
        help=translate(
            "Cli",
            "database file or database URL (default: the file in the per-user data folder, "
            "or $SOTE_NAVIGATOR_HOME)",
        ),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help=translate("Cli", "print JSON with stable keys instead of text"),
    )
    parser.add_argument(
        "--lang",
        type=language_code,
        default=default,
        metavar="{fi,sv,en}",
        help=translate(
            "Cli",
            "language of names and messages (default: the one chosen in the window, "
            "else the system's)",
        ),
    )


def subcommand(
    subparsers: Any, name: str, handler: Handler, help_text: str
) -> argparse.ArgumentParser:
    """A subcommand with the common options; ``help_text`` comes already translated."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name, help=help_text, description=help_text
    )
    add_common_options(parser)
    parser.set_defaults(handler=handler)
    return parser


@dataclass
class Context:
    args: argparse.Namespace
    language: str  # for catalogue names and formats: fi, sv or en (messages follow i18n)
    as_json: bool
    _workspace: Workspace | None = field(default=None, repr=False)

    @property
    def database(self) -> Database:
        """The database named by --db, the settings file or the default. Raises
        UserFacingError for a URL that names none this application can open."""
        return chosen_database(getattr(self.args, "db", None))

    def workspace(self) -> Workspace:
        """The workspace, opened on first use as the window opens it (app.py)."""
        if self._workspace is None:
            from sote_navigator.services.workspace import Workspace

            self._workspace = Workspace(self.database, desk=remembered(DESK_ID))
        return self._workspace

    def engine(self) -> Engine:
        return self.workspace().engine

    def close(self) -> None:
        if self._workspace is not None:
            self._workspace.close()
            self._workspace = None


def emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n")


def emit(line: str = "") -> None:
    sys.stdout.write(line + "\n")


def fail(message: str) -> None:
    sys.stderr.write(message + "\n")


def run(args: argparse.Namespace) -> int:
    language = i18n.set_language(resolve_language(getattr(args, "lang", None)))
    # Catalogue names and formats in the language of the messages (pseudo reads as English).
    ctx = Context(args, i18n.content_language(language), bool(getattr(args, "json", False)))
    logs.configure()
    log.info("sote-navigator %s %s", __version__, getattr(args, "command", None) or "gui")
    _make_data_dir_private()
    try:
        return int(args.handler(ctx))
    except UserFacingError as error:
        log.info("refused: %s", error.problem.value)  # facts may name what was searched
        fail(problem_text(error))
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        fail(translate("Cli", "Interrupted; nothing was changed."))
        return 130
    except BrokenPipeError:
        return EXIT_FOUND
    except Exception as error:  # the last line of defence: a sentence, not a traceback
        if (problem := _database_problem(error, ctx)) is not None:
            # A full disk, a folder turned read-only, a lock held too long: a sentence.
            log.warning("database error", exc_info=True)
            fail(problem_text(problem))
            return EXIT_BAD_INPUT
        log.exception("unexpected error")
        fail(
            arg(
                translate(
                    "Cli",
                    "Unexpected error: %1. Please report it with the command you ran and "
                    "the log file %2.",
                ),
                f"{type(error).__name__}: {error}",
                str(logs.log_file() or paths.log_dir()),
            )
        )
        return EXIT_UNEXPECTED
    finally:
        ctx.close()


def _make_data_dir_private() -> None:
    """The data folder holds placements: owner-only at every start, said when it was not."""
    folder = paths.data_dir()
    was = paths.make_data_dir_private(folder)
    if was is None:
        return
    log.warning("data folder %s was mode %o: made 0700", folder, was)
    fail(
        arg(
            translate(
                "Cli",
                "Other users had access to the data folder %1 (mode %2): it is now open to you "
                "only.",
            ),
            str(folder),
            f"{was:04o}",
        )
    )


def _database_problem(error: Exception, ctx: Context) -> UserFacingError | None:
    """The sentence for a database driver error, or None for any other error."""
    if "sote_navigator.db.engine" not in sys.modules:  # not loaded: no database was opened
        return None
    from sote_navigator.db.engine import database_failure

    return database_failure(error, ctx.database)


def names_json(names: Any) -> dict[str, str]:
    """All languages of a localized text as {language: value}, for --json output."""
    out: dict[str, str] = {}
    for t in names or ():
        if t.get("value") and t.get("language") not in out:
            out[str(t["language"])] = str(t["value"])
    return out
