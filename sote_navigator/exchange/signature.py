"""Detached Ed25519 signatures of catalogue files, and the key files that make and check them.

A signed catalogue is two files side by side: the catalogue exactly as published (a native
``.json``, ``.json.gz`` or ``.zip``, a PTV zip, or a PTV folder) and ``<name>.sig`` beside it
(``ptv-export.sig`` for a folder ``ptv-export/``). The signature file is JSON:

    {"format": "sote-navigator-signature", "format_version": 1,
     "statement": {"purpose": "sote-navigator-catalogue", "algorithm": "Ed25519",
                   "file": "uusi.json.gz", "sha256": "<hex of the file's bytes>",
                   "signer": "<the publisher's name>", "signed_at": "2026-12-03T13:20:05Z",
                   "key": "<the public key, 32 bytes in base64>"},
     "signature": "<Ed25519 over the statement's canonical bytes, base64>"}

The canonical bytes are the statement as compact JSON with sorted keys in UTF-8; every value
is a string, so that every reader turns it into the same bytes. The signer's name and the time
are inside the statement, so they are covered by the signature. The hash is the one
``reading.file_hash`` makes (a folder's files with their relative paths).

Key files are PEM with a ``Name:`` line above the armour (OpenSSL skips text outside it, so
``openssl pkey -pubin -in KEY.pub -text`` reads a public key file as it is).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # cryptography is loaded only when a key or a signature is used
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

FORMAT_NAME = "sote-navigator-signature"
FORMAT_VERSION = 1
PURPOSE = "sote-navigator-catalogue"
ALGORITHM = "Ed25519"
SUFFIX = ".sig"
MAX_SIGNATURE_BYTES = 64 * 1024
MAX_KEY_BYTES = 16 * 1024
MAX_NAME_CHARS = 200
STATEMENT_FIELDS = ("purpose", "algorithm", "file", "sha256", "signer", "signed_at", "key")
_ARMOUR = re.compile(
    r"-----BEGIN (?P<kind>[A-Z ]+)-----\s+(?P<body>[A-Za-z0-9+/=\s]+?)-----END (?P=kind)-----"
)


class BadSignatureFile(ValueError):
    """A signature file that is not one: not JSON, another format, a field missing."""


class BadKeyFile(ValueError):
    """A key file that holds no Ed25519 key of the kind asked for."""


@dataclass(frozen=True)
class PublicKey:
    name: str
    raw: bytes  # the 32 bytes of an Ed25519 public key

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.raw)


@dataclass(frozen=True)
class SignatureFile:
    statement: dict[str, str]
    signature: bytes

    @property
    def key(self) -> bytes:
        return base64.b64decode(self.statement["key"])

    @property
    def signer(self) -> str:
        return self.statement["signer"]

    @property
    def signed_at(self) -> dt.datetime:
        return parse_time(self.statement["signed_at"])

    @property
    def sha256(self) -> str:
        return self.statement["sha256"]


def fingerprint(raw: bytes) -> str:
    """SHA-256 of the public key, its first 16 bytes in groups of four hex digits."""
    digest = hashlib.sha256(raw).hexdigest()[:32].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def signature_path(catalogue: Path) -> Path:
    """Where a catalogue's signature lives: beside it, its name plus ``.sig``."""
    return catalogue.parent / (catalogue.name + SUFFIX)


def format_time(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_time(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise ValueError("a signing time without its time zone")
    return moment.astimezone(dt.UTC)


def canonical(statement: dict[str, str]) -> bytes:
    return json.dumps(statement, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def clean_name(name: str) -> str:
    """A key's or signer's name on one line, without control characters, not too long."""
    kept = "".join(ch if ch.isprintable() else " " for ch in name)
    return " ".join(kept.split())[:MAX_NAME_CHARS]


# --- keys -----------------------------------------------------------------------------------


def generate() -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.generate()


def public_of(key: Ed25519PrivateKey, name: str) -> PublicKey:
    from cryptography.hazmat.primitives import serialization

    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return PublicKey(clean_name(name), raw)


def private_key_text(key: Ed25519PrivateKey, name: str) -> str:
    from cryptography.hazmat.primitives import serialization

    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode("ascii")
    return (
        "Sote Navigator catalogue signing key: PRIVATE, keep it secret and off the desks.\n"
        f"Name: {clean_name(name)}\n{pem}"
    )


def public_key_text(key: PublicKey) -> str:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    pem = (
        Ed25519PublicKey.from_public_bytes(key.raw)
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode("ascii")
    )
    return (
        "Sote Navigator catalogue public key: desks that trust this key accept catalogues "
        "signed with it.\n"
        f"Name: {key.name}\nFingerprint: {key.fingerprint}\n{pem}"
    )


def _key_parts(text: str, kind: str) -> tuple[str, bytes]:
    match = next((m for m in _ARMOUR.finditer(text) if m.group("kind") == kind), None)
    if match is None:
        raise BadKeyFile(f"no {kind} block")
    name = ""
    for line in text[: match.start()].splitlines():
        if line.lower().startswith("name:"):
            name = clean_name(line.split(":", 1)[1])
    pem = f"-----BEGIN {kind}-----\n{match.group('body').strip()}\n-----END {kind}-----\n"
    return name, pem.encode("ascii")


def _read_key_text(path: Path) -> str:
    data = path.read_bytes()[: MAX_KEY_BYTES + 1]
    if len(data) > MAX_KEY_BYTES:
        raise BadKeyFile("too large for a key file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadKeyFile("not text") from exc


def read_public_key(path: Path) -> PublicKey:
    """The named public key in ``path``; OSError when it cannot be read, BadKeyFile else."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    name, pem = _key_parts(_read_key_text(path), "PUBLIC KEY")
    try:
        key = serialization.load_pem_public_key(pem)
    except (ValueError, TypeError) as exc:
        raise BadKeyFile(str(exc)) from exc
    if not isinstance(key, Ed25519PublicKey):
        raise BadKeyFile("not an Ed25519 key")
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return PublicKey(name or path.stem, raw)


def read_private_key(path: Path) -> tuple[str, Ed25519PrivateKey]:
    """The signer's name and the private key in ``path`` (unencrypted PKCS#8)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    name, pem = _key_parts(_read_key_text(path), "PRIVATE KEY")
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError) as exc:
        raise BadKeyFile(str(exc)) from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise BadKeyFile("not an Ed25519 key")
    return name or path.stem, key


# --- signatures -----------------------------------------------------------------------------


def sign(
    key: Ed25519PrivateKey, signer: str, file_name: str, sha256: str, signed_at: dt.datetime
) -> dict[str, Any]:
    """The signature document for a catalogue with this name and hash."""
    statement = {
        "purpose": PURPOSE,
        "algorithm": ALGORITHM,
        "file": file_name,
        "sha256": sha256,
        "signer": clean_name(signer),
        "signed_at": format_time(signed_at),
        "key": base64.b64encode(public_of(key, signer).raw).decode("ascii"),
    }
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "statement": statement,
        "signature": base64.b64encode(key.sign(canonical(statement))).decode("ascii"),
    }


def signature_text(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def parse_signature(data: bytes) -> SignatureFile:
    """A signature file's statement and signature, checked for form (not yet for trust)."""
    if len(data) > MAX_SIGNATURE_BYTES:
        raise BadSignatureFile("too large for a signature file")
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BadSignatureFile(str(exc)) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise BadSignatureFile("not a Sote Navigator signature")
    if document.get("format_version") != FORMAT_VERSION:
        raise BadSignatureFile(f"format_version {document.get('format_version')!r}")
    statement = document.get("statement")
    if not isinstance(statement, dict) or set(statement) != set(STATEMENT_FIELDS):
        raise BadSignatureFile("the statement's fields are not the expected ones")
    if not all(isinstance(v, str) for v in statement.values()):
        raise BadSignatureFile("a statement value is not text")
    if statement["purpose"] != PURPOSE or statement["algorithm"] != ALGORITHM:
        raise BadSignatureFile("another purpose or algorithm")
    try:
        signature = base64.b64decode(str(document.get("signature", "")), validate=True)
        key = base64.b64decode(statement["key"], validate=True)
        parse_time(statement["signed_at"])
    except (binascii.Error, ValueError) as exc:
        raise BadSignatureFile(str(exc)) from exc
    if (
        len(signature) != 64
        or len(key) != 32
        or not re.fullmatch(r"[0-9a-f]{64}", statement["sha256"])
    ):
        raise BadSignatureFile("a signature, key or hash of the wrong length")
    return SignatureFile(statement, signature)


def signature_holds(signed: SignatureFile, key: PublicKey) -> bool:
    """True when ``key`` made this signature over this statement."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(key.raw).verify(
            signed.signature, canonical(signed.statement)
        )
    except InvalidSignature:
        return False
    return True
