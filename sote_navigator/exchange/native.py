"""Reading and writing native catalogue files (plain JSON, .json.gz or .zip)."""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sote_navigator.exchange import reading
from sote_navigator.exchange.diff import KINDS
from sote_navigator.exchange.entity_lists import BATCH, EntityList
from sote_navigator.exchange.findings import Code, refuse

FORMAT_NAME = "sote-navigator-catalogue"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class LoadedFile:
    document: dict[str, Any]
    source_hash: str
    name: str


def read(path: Path) -> LoadedFile:
    """The native document in ``path``; raises FileRefused with the reason it cannot be read."""
    file = str(path)
    data = reading.read_document_bytes(path)
    # Parsed as a stream: the entity lists become EntityLists (compact JSON), and the bytes
    # are dropped as soon as they are parsed.
    document = reading.parse_catalogue(data, file, KINDS)
    del data
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise refuse(Code.NOT_A_CATALOGUE, file)
    if document.get("format_version") != FORMAT_VERSION:
        raise refuse(
            Code.UNSUPPORTED_VERSION,
            file,
            "$.format_version",
            found=document.get("format_version"),
            supported=FORMAT_VERSION,
        )
    return LoadedFile(document, reading.file_hash(path), path.name)


def _encoder() -> json.JSONEncoder:
    return json.JSONEncoder(ensure_ascii=False, indent=2, sort_keys=True)


def canonical_chunks(document: dict[str, Any]) -> Iterator[str]:
    """The canonical text in pieces, so that a large catalogue is never one big string."""
    yield from _encoder().iterencode(document)
    yield "\n"


def canonical_bytes(document: dict[str, Any]) -> bytes:
    """The one byte form of a document: sorted keys, two-space indent, UTF-8, final newline."""
    return (_encoder().encode(document) + "\n").encode()


def write_canonical(stream: IO[bytes] | gzip.GzipFile, document: dict[str, Any]) -> None:
    buffer: list[str] = []
    size = 0
    for chunk in canonical_chunks(document):
        buffer.append(chunk)
        size += len(chunk)
        if size > 1 << 20:
            stream.write("".join(buffer).encode())
            buffer, size = [], 0
    stream.write("".join(buffer).encode())


_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def compact_chunks(document: Mapping[str, Any]) -> Iterator[bytes]:
    """Compact JSON (UTF-8), one batch of entities at a time: the C encoder's speed without
    one huge string. An EntityList is already compact JSON: its batches go out as they are."""

    def encode(value: Any) -> bytes:
        return _COMPACT.encode(value).encode("utf-8", "surrogatepass")

    yield b"{"
    for n, (key, value) in enumerate(document.items()):
        yield (b"," if n else b"") + encode(key) + b":"
        if isinstance(value, EntityList):
            yield from value.compact_json()
        elif isinstance(value, list):
            yield b"["
            for start in range(0, len(value), BATCH):
                # A slice at a time: one C-encoder call, and no string of the whole list.
                yield (b"," if start else b"") + encode(value[start : start + BATCH])[1:-1]
            yield b"]"
        else:
            yield encode(value)
    yield b"}"


def snapshot(document: Mapping[str, Any]) -> bytes:
    """The document as compact JSON, gzip-compressed, to be restored by ``from_snapshot``."""
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=1, mtime=0) as packed:
        buffer: list[bytes] = []
        size = 0
        for chunk in compact_chunks(document):
            buffer.append(chunk)
            size += len(chunk)
            if size > 1 << 20:
                packed.write(b"".join(buffer))
                buffer, size = [], 0
        packed.write(b"".join(buffer))
    return out.getvalue()


def from_snapshot(data: bytes) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(gzip.decompress(data))
    return document


def write(path: Path, document: dict[str, Any]) -> None:
    """Write atomically: a ``.part`` file renamed over the target once complete."""
    tmp = path.with_name(path.name + ".part")
    with tmp.open("wb") as f:
        if path.name.endswith(".gz"):
            with gzip.GzipFile(filename="", fileobj=f, mode="wb", mtime=0) as packed:
                write_canonical(packed, document)
        elif path.suffix == ".zip":
            with zipfile.ZipFile(f, "w", zipfile.ZIP_DEFLATED) as archive:
                info = zipfile.ZipInfo("catalogue.json", date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                with archive.open(info, "w") as member:
                    write_canonical(member, document)
        else:
            write_canonical(f, document)
    tmp.replace(path)
