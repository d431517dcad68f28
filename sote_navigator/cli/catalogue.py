"""``sote-navigator catalogue validate|import|export|history|rollback|stale`` (and the
signing actions in cli/catalogue_signing.py).

Exit 0 on success, 2 on invalid input (with the findings); nothing is written on failure.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sote_navigator import paths
from sote_navigator.cli import catalogue_signing, catalogue_stale, common
from sote_navigator.cli.catalogue_output import (
    diff_lines,
    findings_lines,
    history_json,
    history_line,
)
from sote_navigator.core.errors import Problem, UserFacingError
from sote_navigator.exchange.formats import FORMATS
from sote_navigator.i18n import arg, translate
from sote_navigator.services import catalogue, catalogue_history
from sote_navigator.services import catalogue_signing as signing
from sote_navigator.wording import signing as signing_words

if TYPE_CHECKING:
    # The readers and the schema validator load only for the commands that read a file.
    from sote_navigator.services.catalogue_import import ImportPlan


def register(subparsers: Any) -> None:
    parser = common.subcommand(
        subparsers,
        "catalogue",
        _usage,
        translate(
            "Cli", "Validate, import, export and roll back catalogue files (native format or PTV)."
        ),
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION")

    def action(name: str, handler: common.Handler, help_text: str) -> argparse.ArgumentParser:
        return common.subcommand(actions, name, handler, help_text)

    p = action(
        "validate",
        handle_validate,
        translate("Cli", "Check a catalogue file; nothing is written."),
    )
    _file_options(p)
    p = action(
        "import",
        handle_import,
        translate(
            "Cli",
            "Validate a catalogue file, show what changes, and install it as a new version.",
        ),
    )
    _file_options(p)
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Cli", "only show what would change; write nothing"),
    )
    catalogue_signing.add_import_options(p)
    p = action(
        "export",
        handle_export,
        translate("Cli", "Write the current catalogue as a native file."),
    )
    p.add_argument(
        "file",
        type=Path,
        metavar="FILE",
        help=translate("Cli", "the file to write (.json, .json.gz or .zip)"),
    )
    action(
        "history",
        handle_history,
        translate("Cli", "List the installed catalogue versions, newest first."),
    )
    p = action(
        "rollback",
        handle_rollback,
        translate(
            "Cli", "Make an earlier catalogue version current again (default: the one before)."
        ),
    )
    p.add_argument(
        "version",
        type=int,
        nargs="?",
        metavar="VERSION",
        help=translate("Cli", "the version number, as catalogue history shows it"),
    )
    catalogue_stale.register(action)
    catalogue_signing.register(action)


def _file_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file",
        type=Path,
        metavar="FILE",
        help=translate("Cli", "a native .json, .json.gz or .zip file, or a PTV folder or zip"),
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="auto",
        help=translate("Cli", "native or ptv (default: recognised from the file)"),
    )


def _usage(ctx: common.Context) -> int:
    common.fail(
        translate(
            "Catalogue",
            "Say what to do: catalogue validate, import, export, history or rollback (see --help).",
        )
    )
    return common.EXIT_BAD_INPUT


def _plan(ctx: common.Context, with_diff: bool) -> ImportPlan:
    return ctx.workspace().plan_import(
        ctx.args.file,
        ctx.args.format,
        with_diff=with_diff,
        keys_folder=paths.trusted_keys_dir(),
    )


def _plan_json(plan: ImportPlan) -> dict[str, Any]:
    return {
        "file": str(plan.path),
        "format": plan.source_format,
        "valid": plan.ok,
        "findings": plan.findings.to_json(),
        "signature": catalogue_signing.signature_json(plan.signature),
    }


def _signature_line(ctx: common.Context, plan: ImportPlan) -> str:
    if plan.signature is not None:
        return signing_words.signed_text(plan.signature, ctx.language)
    return signing_words.unsigned_text()


def handle_validate(ctx: common.Context) -> int:
    plan = _plan(ctx, with_diff=False)
    if ctx.as_json:
        common.emit_json(_plan_json(plan))
    else:
        for line in findings_lines(plan.findings):
            common.emit(line)
        if plan.ok:
            common.emit(arg(translate("Catalogue", "%1 is a valid catalogue file."), plan.path))
            common.emit(_signature_line(ctx, plan))
    return common.EXIT_FOUND if plan.ok else common.EXIT_BAD_INPUT


def handle_import(ctx: common.Context) -> int:
    from sote_navigator.services.catalogue_import import CatalogueChanged

    if not ctx.args.allow_unsigned and ctx.args.file.exists():
        signing.require_signed(ctx.args.file)  # refused before the file is read
    plan = _plan(ctx, with_diff=True)
    version: int | None = None
    applied = False
    if plan.ok and not ctx.args.dry_run:
        try:
            changes = ctx.workspace().apply_import(plan, allow_unsigned=ctx.args.allow_unsigned)
        except CatalogueChanged as exc:
            raise UserFacingError(Problem.CATALOGUE_CHANGED) from exc
        applied = changes.catalogue
        version = changes.catalogue_after if applied else None
    if ctx.as_json:
        common.emit_json(
            {
                **_plan_json(plan),
                "dry_run": bool(ctx.args.dry_run),
                "diff": plan.diff.to_json() if plan.diff else None,
                "applied": applied,
                "version_number": version,
            }
        )
        return common.EXIT_FOUND if plan.ok else common.EXIT_BAD_INPUT
    for line in findings_lines(plan.findings):
        common.emit(line)
    if not plan.ok:
        common.emit(translate("Catalogue", "Nothing was imported: correct the errors above."))
        return common.EXIT_BAD_INPUT
    common.emit(_signature_line(ctx, plan))
    if plan.diff is not None:
        for line in diff_lines(plan.diff, ctx.language):
            common.emit(line)
    if ctx.args.dry_run:
        common.emit(translate("Catalogue", "Dry run: nothing was written."))
    elif applied:
        common.emit(arg(translate("Catalogue", "Imported as catalogue version %1."), version))
    return common.EXIT_FOUND


def handle_export(ctx: common.Context) -> int:
    from sote_navigator.services.catalogue_import import export_catalogue

    info = catalogue.current(ctx.engine())
    try:
        export_catalogue(ctx.engine(), ctx.args.file)
    except OSError as exc:
        common.fail(
            arg(
                translate("Catalogue", "Could not write %1 (%2): choose another place."),
                ctx.args.file,
                exc.strerror or str(exc),
            )
        )
        return common.EXIT_BAD_INPUT
    number = info.version_number if info else None
    if ctx.as_json:
        common.emit_json({"file": str(ctx.args.file), "version_number": number})
    else:
        common.emit(
            arg(
                translate("Catalogue", "Catalogue version %1 written to %2."), number, ctx.args.file
            )
        )
    return common.EXIT_FOUND


def handle_history(ctx: common.Context) -> int:
    entries = catalogue_history.history(ctx.engine())
    if ctx.as_json:
        common.emit_json({"versions": [history_json(e, ctx.language) for e in entries]})
    else:
        for entry in entries:
            common.emit(history_line(entry, ctx.language))
    return common.EXIT_FOUND if entries else common.EXIT_NOTHING_FOUND


def handle_rollback(ctx: common.Context) -> int:
    workspace = ctx.workspace()
    number = workspace.rollback(ctx.args.version).catalogue_after
    info = workspace.catalogue_info()
    if ctx.as_json:
        common.emit_json({"version_number": number})
    elif info is not None:
        common.emit(
            arg(
                translate("Catalogue", "Catalogue version %1 is current again: %2 %3."),
                number,
                info.name(ctx.language),
                info.version,
            )
        )
    return common.EXIT_FOUND
