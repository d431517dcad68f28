"""Reading and writing native catalogue files (plain JSON, .json.gz or .zip)."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FORMAT_NAME = "sote-navigator-catalogue"
FORMAT_VERSION = 1
GZIP_MAGIC = b"\x1f\x8b"
ZIP_MAGIC = b"PK\x03\x04"
UTF8_BOM = b"\xef\xbb\xbf"


class CatalogueFileError(Exception):
    """A file that cannot be read as a catalogue; ``reason`` is a stable code."""

    def __init__(self, path: str, reason: str, detail: str = "") -> None:
        super().__init__(f"{path}: {reason}{': ' + detail if detail else ''}")
        self.path = path
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class LoadedFile:
    document: dict[str, Any]
    source_hash: str
    name: str


def unpack(path: Path, raw: bytes) -> bytes:
    if raw.startswith(GZIP_MAGIC):
        try:
            return gzip.decompress(raw)
        except (OSError, EOFError) as exc:
            raise CatalogueFileError(str(path), "corrupt_archive", str(exc)) from exc
    if raw.startswith(ZIP_MAGIC):
        try:
            with zipfile.ZipFile(io.BytesIO(raw)) as archive:
                members = [n for n in archive.namelist() if n.lower().endswith(".json")]
                if len(members) != 1:
                    raise CatalogueFileError(str(path), "zip_needs_one_json")
                return archive.read(members[0])
        except zipfile.BadZipFile as exc:
            raise CatalogueFileError(str(path), "corrupt_archive", str(exc)) from exc
    return raw


def decode(path: Path, data: bytes) -> Any:
    if data.startswith(UTF8_BOM):
        data = data[len(UTF8_BOM) :]
    try:
        source = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CatalogueFileError(str(path), "not_utf8", f"byte {exc.start}") from exc
    try:
        return json.loads(source)
    except json.JSONDecodeError as exc:
        raise CatalogueFileError(
            str(path), "not_json", f"line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from exc


def read(path: Path) -> LoadedFile:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CatalogueFileError(str(path), "unreadable", exc.strerror or str(exc)) from exc
    document = decode(path, unpack(path, raw))
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise CatalogueFileError(str(path), "not_a_catalogue")
    if document.get("format_version") != FORMAT_VERSION:
        raise CatalogueFileError(
            str(path), "unsupported_version", str(document.get("format_version"))
        )
    return LoadedFile(document, hashlib.sha256(raw).hexdigest(), path.name)


def canonical_bytes(document: dict[str, Any]) -> bytes:
    """The one byte form of a document: sorted keys, two-space indent, UTF-8, final newline."""
    return (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()


def write(path: Path, document: dict[str, Any]) -> None:
    data = canonical_bytes(document)
    if path.name.endswith(".gz"):
        data = gzip.compress(data, mtime=0)
    elif path.suffix == ".zip":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            info = zipfile.ZipInfo("catalogue.json", date_time=(1980, 1, 1, 0, 0, 0))
            archive.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
        data = buffer.getvalue()
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)
