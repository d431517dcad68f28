"""Words for signed catalogues, the same on the command line and in the import dialog."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sote_navigator import i18n
from sote_navigator.core.errors import Problem, UserFacingError
from sote_navigator.i18n import arg, translate

if TYPE_CHECKING:
    from sote_navigator.exchange.signature import PublicKey
    from sote_navigator.services.catalogue_signing import Signature


def problem_text(error: UserFacingError) -> str | None:
    """The sentence for a signing problem, or None for any other problem."""
    f = error.facts
    p = error.problem
    if p is Problem.CATALOGUE_UNSIGNED:
        return arg(
            translate(
                "Signing",
                "The catalogue %1 is not signed (there is no %2 beside it), so nothing was imported: ask the publisher for the signature file, or, if you know where the file comes from, import it with --allow-unsigned.",
            ),
            f.get("path", ""),
            f.get("signature", ""),
        )
    if p is Problem.SIGNATURE_MISMATCH:
        return arg(
            translate(
                "Signing",
                "The catalogue %1 was changed after it was signed (its signature %2 does not match it), so nothing was imported and the current catalogue stays: get the file and its signature again from the publisher.",
            ),
            f.get("path", ""),
            f.get("signature", ""),
        )
    if p is Problem.SIGNATURE_UNKNOWN_KEY:
        return arg(
            translate(
                "Signing",
                "The catalogue %1 is signed with a key this desk does not trust (fingerprint %2), so nothing was imported and the current catalogue stays: if the key is your publisher's, get its public key from them and add it with \u201csote-navigator catalogue trust FILE.pub\u201d (it goes to %3).",
            ),
            f.get("path", ""),
            f.get("fingerprint", ""),
            f.get("folder", ""),
        )
    if p is Problem.SIGNATURE_UNREADABLE:
        return arg(
            translate(
                "Signing",
                "The signature file %1 is damaged or not a Sote Navigator signature, so nothing was imported: get it again from the publisher.",
            ),
            f.get("path", ""),
        )
    if p is Problem.KEY_FILE_UNREADABLE:
        return arg(
            translate(
                "Signing",
                "The file %1 holds no Ed25519 key of the kind needed here: give the private key (made by \u201ccatalogue keygen\u201d) to sign, and the public key (.pub) to trust.",
            ),
            f.get("path", ""),
        )
    if p is Problem.KEY_FILE_EXISTS:
        return arg(
            translate(
                "Signing",
                "The file %1 already exists and was left as it is: choose another name, or move the old file away first.",
            ),
            f.get("path", ""),
        )
    return None


def signed_text(signature: Signature, language: str | None = None) -> str:
    """Who signed a catalogue and when, and the trusted key it was checked with."""
    return arg(
        translate(
            "Signing",
            "Signed by %1 on %2 with the key \u201c%3\u201d that this desk trusts (fingerprint %4).",
        ),
        signature.signer,
        i18n.format_datetime(signature.signed_at, language),
        signature.key_name,
        signature.fingerprint,
    )


def made_text(signature: Signature, language: str | None = None) -> str:
    """The signature a publisher just made: by whom, when, with which key."""
    return arg(
        translate("Signing", "Signed by %1 on %2 with the key fingerprint %3."),
        signature.signer,
        i18n.format_datetime(signature.signed_at, language),
        signature.fingerprint,
    )


def unsigned_text() -> str:
    return translate(
        "Signing",
        "This catalogue is not signed: nobody vouches that it is the one your publisher sent. Import it only if you know where it comes from.",
    )


def keygen_text(key: PublicKey, private_path: Path, public_path: Path) -> str:
    return arg(
        translate(
            "Signing",
            "Made the key pair \u201c%1\u201d (fingerprint %2): the private key %3 is readable by you only; keep it off the desks and keep a copy in a safe place. Give the public key %4 to the desks.",
        ),
        key.name,
        key.fingerprint,
        private_path,
        public_path,
    )


def trusted_text(key: PublicKey, path: Path) -> str:
    return arg(
        translate(
            "Signing",
            "This desk now accepts catalogues signed with the key \u201c%1\u201d (fingerprint %2; kept in %3). Check the fingerprint with the publisher.",
        ),
        key.name,
        key.fingerprint,
        path,
    )


def no_keys_text(folder: Path) -> str:
    return arg(
        translate(
            "Signing",
            "This desk trusts no publisher's key yet (folder %1): add one with \u201csote-navigator catalogue trust FILE.pub\u201d.",
        ),
        folder,
    )
