"""Signed catalogue files: the publisher's key pair and signature, the desk's trusted keys.

The publisher makes a key pair once (``keygen``), signs each catalogue it publishes
(``sign_file`` writes ``<catalogue>.sig`` beside it) and gives the desks its public key; a desk
keeps the public keys it trusts in a folder (``trust_key`` copies one in) and every import checks
the signature against them (``verify``). Why a detached signature and not an envelope: the
catalogue stays byte for byte what was published, so a zip is still a zip and a PTV export still
what PTV's API returned (a folder too), every other tool still reads it, and the signature is
checked on the file's hash before a byte of it is parsed.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sote_navigator import paths
from sote_navigator.core.errors import Problem, UserFacingError
from sote_navigator.exchange import reading, signature
from sote_navigator.exchange.findings import FileRefused
from sote_navigator.exchange.signature import BadKeyFile, BadSignatureFile, PublicKey

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

log = logging.getLogger(__name__)

KEY_SUFFIX = ".pub"


@dataclass(frozen=True)
class Signature:
    """A checked signature: who signed, when, and which trusted key of this desk it is."""

    signer: str
    signed_at: dt.datetime  # aware, UTC
    key_name: str
    fingerprint: str
    sha256: str
    path: Path


def public_key_path(private_path: Path) -> Path:
    """``region.key`` → ``region.pub``; any other name gets ``.pub`` added."""
    if private_path.suffix == ".key":
        return private_path.with_suffix(KEY_SUFFIX)
    return private_path.parent / (private_path.name + KEY_SUFFIX)


def keygen(private_path: Path, name: str) -> tuple[Path, PublicKey]:
    """A new key pair: the private key written owner-only (0600), the public key beside it.

    Refuses to overwrite either file: a lost private key cannot be recovered, and desks that
    trust the old public key would refuse everything signed with a new one.
    """
    public_path = public_key_path(private_path)
    for path in (private_path, public_path):
        if path.exists():
            raise UserFacingError(Problem.KEY_FILE_EXISTS, {"path": str(path)})
    key = signature.generate()
    public = signature.public_of(key, name)
    text = signature.private_key_text(key, public.name)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(private_path, flags, paths.PRIVATE_FILE_MODE)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        if os.name == "posix":
            os.fchmod(fd, paths.PRIVATE_FILE_MODE)  # the umask may have narrowed it, not widened
        out.write(text)
    public_path.write_text(signature.public_key_text(public), encoding="utf-8")
    return public_path, public


def sign_file(
    catalogue: Path, private_path: Path, *, now: dt.datetime | None = None
) -> tuple[Path, Signature]:
    """Sign ``catalogue`` (a file or a PTV folder) and write ``<catalogue>.sig`` beside it.

    Raises FileRefused when the catalogue cannot be read, UserFacingError for the key.
    """
    if not catalogue.exists():
        raise UserFacingError(Problem.FILE_MISSING, {"path": str(catalogue)})
    signer, key = _private_key(private_path)
    sha256 = reading.file_hash(catalogue)
    moment = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    document = signature.sign(key, signer, catalogue.name, sha256, moment)
    out = signature.signature_path(catalogue)
    out.write_text(signature.signature_text(document), encoding="utf-8")
    public = signature.public_of(key, signer)
    return out, Signature(
        signer,
        signature.parse_time(document["statement"]["signed_at"]),
        public.name,
        public.fingerprint,
        sha256,
        out,
    )


def _private_key(path: Path) -> tuple[str, Ed25519PrivateKey]:
    try:
        return signature.read_private_key(path)
    except FileNotFoundError as exc:
        raise UserFacingError(Problem.FILE_MISSING, {"path": str(path)}) from exc
    except (OSError, BadKeyFile) as exc:
        raise UserFacingError(Problem.KEY_FILE_UNREADABLE, {"path": str(path)}) from exc


def trusted_keys(folder: Path | None) -> list[PublicKey]:
    """The public keys in ``folder`` (``*.pub``); a file that holds none is logged and skipped."""
    if folder is None or not folder.is_dir():
        return []
    keys: list[PublicKey] = []
    for path in sorted(folder.glob("*" + KEY_SUFFIX)):
        try:
            keys.append(signature.read_public_key(path))
        except (OSError, BadKeyFile) as exc:
            log.warning("trusted key %s skipped: %s", path, exc)
    return keys


def trust_key(public_path: Path, folder: Path) -> tuple[Path, PublicKey]:
    """Copy a publisher's public key into this desk's trusted keys."""
    try:
        key = signature.read_public_key(public_path)
    except FileNotFoundError as exc:
        raise UserFacingError(Problem.FILE_MISSING, {"path": str(public_path)}) from exc
    except (OSError, BadKeyFile) as exc:
        raise UserFacingError(Problem.KEY_FILE_UNREADABLE, {"path": str(public_path)}) from exc
    for known in trusted_keys(folder):
        if known.raw == key.raw:
            return folder, known
    paths.ensure_private_dir(folder)
    name = (
        public_path.name if public_path.name.endswith(KEY_SUFFIX) else public_path.name + KEY_SUFFIX
    )
    target = folder / name
    if target.exists():
        raise UserFacingError(Problem.KEY_FILE_EXISTS, {"path": str(target)})
    target.write_text(signature.public_key_text(key), encoding="utf-8")
    return target, key


def is_signed(catalogue: Path) -> bool:
    return signature.signature_path(catalogue).exists()


def require_signed(catalogue: Path) -> None:
    """Refuse an unsigned catalogue with the sentence that says how to accept it anyway."""
    if not is_signed(catalogue):
        raise UserFacingError(
            Problem.CATALOGUE_UNSIGNED,
            {"path": str(catalogue), "signature": str(signature.signature_path(catalogue))},
        )


def verify(catalogue: Path, keys_folder: Path | None) -> Signature | None:
    """The checked signature of ``catalogue``, or None when there is no signature file.

    Refuses (UserFacingError) a signature that is damaged, made with a key not in
    ``keys_folder``, or that does not hold for the catalogue's bytes: the file was changed
    after it was signed. The catalogue's bytes are hashed here, before anything parses them;
    raises FileRefused when they cannot be read.
    """
    sig_path = signature.signature_path(catalogue)
    try:
        data = reading.read_head(sig_path, signature.MAX_SIGNATURE_BYTES + 1)
    except FileRefused:
        if not sig_path.exists() and not sig_path.is_symlink():
            return None
        raise UserFacingError(Problem.SIGNATURE_UNREADABLE, {"path": str(sig_path)}) from None
    try:
        signed = signature.parse_signature(data)
    except BadSignatureFile as exc:
        log.info("signature %s refused: %s", sig_path, exc)
        raise UserFacingError(Problem.SIGNATURE_UNREADABLE, {"path": str(sig_path)}) from exc
    key = next((k for k in trusted_keys(keys_folder) if k.raw == signed.key), None)
    if key is None:
        raise UserFacingError(
            Problem.SIGNATURE_UNKNOWN_KEY,
            {
                "path": str(catalogue),
                "fingerprint": signature.fingerprint(signed.key),
                "folder": str(keys_folder or paths.trusted_keys_dir()),
            },
        )
    altered = UserFacingError(
        Problem.SIGNATURE_MISMATCH, {"path": str(catalogue), "signature": str(sig_path)}
    )
    if not signature.signature_holds(signed, key):
        raise altered
    if reading.file_hash(catalogue) != signed.sha256:
        raise altered
    return Signature(
        signed.signer, signed.signed_at, key.name, key.fingerprint, signed.sha256, sig_path
    )


def refuse_if_changed(catalogue: Path, checked: Signature | None, source_hash: str) -> None:
    """The bytes read are the bytes whose signature was checked (not swapped meanwhile)."""
    if checked is not None and source_hash != checked.sha256:
        raise UserFacingError(
            Problem.SIGNATURE_MISMATCH, {"path": str(catalogue), "signature": str(checked.path)}
        )
