"""``sote-navigator catalogue keygen|sign|trust|keys``: signed catalogue files.

The publisher: ``keygen`` once, ``sign`` every catalogue it publishes. The desk: ``trust`` the
publisher's public key once; ``catalogue import`` then checks every signature.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sote_navigator import paths
from sote_navigator.cli import common
from sote_navigator.cli.catalogue_output import findings_lines
from sote_navigator.exchange.findings import FileRefused, Findings
from sote_navigator.exchange.signature import PublicKey
from sote_navigator.i18n import arg, translate
from sote_navigator.services import catalogue_signing
from sote_navigator.services.catalogue_signing import Signature
from sote_navigator.wording import signing


def register(action: Any) -> None:
    """Add the signing actions; ``action(name, handler, help)`` makes a catalogue action."""
    p = action(
        "keygen",
        handle_keygen,
        translate(
            "Cli",
            "Make the publisher's key pair: KEYFILE (private, readable by you only) and its "
            "public key beside it (.pub) for the desks.",
        ),
    )
    p.add_argument(
        "key", type=Path, metavar="KEYFILE", help=translate("Cli", "the private key file to make")
    )
    p.add_argument(
        "--name",
        required=True,
        help=translate("Cli", "the publisher's name that desks are shown, in quotes"),
    )
    p = action(
        "sign",
        handle_sign,
        translate(
            "Cli",
            "Sign a catalogue file or PTV folder: writes FILE.sig beside it; publish both.",
        ),
    )
    p.add_argument(
        "file",
        type=Path,
        metavar="FILE",
        help=translate("Cli", "a native .json, .json.gz or .zip file, or a PTV folder or zip"),
    )
    p.add_argument(
        "--key",
        type=Path,
        required=True,
        metavar="KEYFILE",
        help=translate("Cli", "the private key made by catalogue keygen"),
    )
    p = action(
        "trust",
        handle_trust,
        translate("Cli", "Accept catalogues signed with this publisher's public key (.pub)."),
    )
    p.add_argument(
        "key", type=Path, metavar="FILE.pub", help=translate("Cli", "the publisher's public key")
    )
    action(
        "keys",
        handle_keys,
        translate("Cli", "List the publishers' public keys this desk trusts."),
    )


def add_import_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--allow-unsigned",
        action="store_true",
        help=translate(
            "Cli", "import a file that has no signature (only if you know where it comes from)"
        ),
    )


def signature_json(signature: Signature | None) -> dict[str, Any] | None:
    if signature is None:
        return None
    return {
        "signer": signature.signer,
        "signed_at": signature.signed_at.isoformat(),
        "key_name": signature.key_name,
        "fingerprint": signature.fingerprint,
        "sha256": signature.sha256,
    }


def _key_json(path: Path, key: PublicKey) -> dict[str, Any]:
    return {"file": str(path), "name": key.name, "fingerprint": key.fingerprint}


def handle_keygen(ctx: common.Context) -> int:
    public_path, key = catalogue_signing.keygen(ctx.args.key, ctx.args.name)
    if ctx.as_json:
        common.emit_json({"private_key": str(ctx.args.key), **_key_json(public_path, key)})
        return common.EXIT_FOUND
    common.emit(signing.keygen_text(key, ctx.args.key, public_path))
    return common.EXIT_FOUND


def handle_sign(ctx: common.Context) -> int:
    try:
        out, signature = catalogue_signing.sign_file(ctx.args.file, ctx.args.key)
    except FileRefused as refused:
        findings = Findings()
        findings.add(refused.finding)
        for line in findings_lines(findings):
            common.fail(line)
        return common.EXIT_BAD_INPUT
    if ctx.as_json:
        common.emit_json(
            {
                "file": str(ctx.args.file),
                "signature_file": str(out),
                **(signature_json(signature) or {}),
            }
        )
        return common.EXIT_FOUND
    common.emit(
        arg(
            translate("Signing", "Signed %1: publish %2 with it. %3"),
            ctx.args.file,
            out,
            signing.made_text(signature, ctx.language),
        )
    )
    return common.EXIT_FOUND


def handle_trust(ctx: common.Context) -> int:
    path, key = catalogue_signing.trust_key(ctx.args.key, paths.trusted_keys_dir())
    if ctx.as_json:
        common.emit_json(_key_json(path, key))
        return common.EXIT_FOUND
    common.emit(signing.trusted_text(key, path))
    return common.EXIT_FOUND


def handle_keys(ctx: common.Context) -> int:
    folder = paths.trusted_keys_dir()
    keys = catalogue_signing.trusted_keys(folder)
    if ctx.as_json:
        common.emit_json(
            {
                "folder": str(folder),
                "keys": [{"name": k.name, "fingerprint": k.fingerprint} for k in keys],
            }
        )
    elif not keys:
        common.emit(signing.no_keys_text(folder))
    else:
        common.emit(arg(translate("Signing", "Trusted publishers' keys in %1:"), folder))
        for key in keys:
            common.emit(
                arg(translate("Signing", "  %1  (fingerprint %2)"), key.name, key.fingerprint)
            )
    return common.EXIT_FOUND if keys else common.EXIT_NOTHING_FOUND
