"""Words for signed catalogues, the same on the command line and in the import dialog (the
signing problems are rows of ``wording.errors.PROBLEMS``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sote_navigator import i18n
from sote_navigator.i18n import arg, translate

if TYPE_CHECKING:
    from sote_navigator.exchange.signature import PublicKey
    from sote_navigator.services.catalogue_signing import Signature


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
