"""Reading and writing native catalogue files (plain JSON, .json.gz or .zip)."""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sote_navigator.exchange import reading
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
    text = reading.read_document_text(path)
    document = reading.parse_json(text, file)
    del text  # the document's memory only, from here on
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


def compact_chunks(document: dict[str, Any]) -> Iterator[str]:
    """Compact JSON, one entity at a time: the C encoder's speed without one huge string."""
    yield "{"
    for n, (key, value) in enumerate(document.items()):
        yield ("," if n else "") + _COMPACT.encode(key) + ":"
        if isinstance(value, list):
            yield "["
            for start in range(0, len(value), 2000):
                # A slice at a time: one C-encoder call, and no string of the whole list.
                yield ("," if start else "") + _COMPACT.encode(value[start : start + 2000])[1:-1]
            yield "]"
        else:
            yield _COMPACT.encode(value)
    yield "}"


def snapshot(document: dict[str, Any]) -> bytes:
    """The document as compact JSON, gzip-compressed, to be restored by ``from_snapshot``."""
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=1, mtime=0) as packed:
        buffer: list[str] = []
        size = 0
        for chunk in compact_chunks(document):
            buffer.append(chunk)
            size += len(chunk)
            if size > 1 << 20:
                packed.write("".join(buffer).encode())
                buffer, size = [], 0
        packed.write("".join(buffer).encode())
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
