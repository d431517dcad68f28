"""Reading catalogue files that may be hostile: bounded in size, memory and trust.

Limits (documented in docs/catalogue-format.md):

- a JSON document, after unpacking, is at most ``MAX_DOCUMENT_BYTES`` (128 MiB: a national
  catalogue is about 72 MiB); a bigger file is refused before it is read;
- compressed data is unpacked as a stream and stopped as soon as it passes that size, or
  when it expands more than ``MAX_RATIO`` times (a decompression bomb);
- a zip member whose path is absolute or climbs out with ``..`` refuses the whole zip;
- a PTV folder or zip holds at most ``MAX_PTV_FILES`` JSON files and ``MAX_PTV_BYTES``
  in all; each file is read, mapped and dropped before the next;
- only regular files are read (after following a link): a device such as ``/dev/zero`` or a
  named pipe would never end or would block; the check is made on the opened file, and every
  read is bounded, also for a file that grows while it is read.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import IO, Any, BinaryIO

from sote_navigator.exchange import entity_lists
from sote_navigator.exchange.findings import Code, refuse

MAX_DOCUMENT_BYTES = 128 * 1024 * 1024
MAX_RATIO = 100
RATIO_FLOOR = 1024 * 1024
MAX_PTV_FILES = 20_000
MAX_PTV_BYTES = 1024 * 1024 * 1024
CHUNK = 256 * 1024
GZIP_MAGIC = b"\x1f\x8b"
ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"
UTF8_BOM = b"\xef\xbb\xbf"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _mib(n: int) -> str:
    return f"{n / (1024 * 1024):.0f}"


def _read_capped(stream: IO[bytes], file: str, packed_size: int | None) -> bytearray:
    """Read a stream that unpacks data, stopping at the size cap or a bomb-sized ratio.
    One growing buffer: joining a list of chunks would hold the data twice."""
    out = bytearray()
    while chunk := stream.read(CHUNK):
        out += chunk
        total = len(out)
        if packed_size and total > RATIO_FLOOR and total > packed_size * MAX_RATIO:
            raise refuse(Code.DECOMPRESSION_BOMB, file, ratio=MAX_RATIO)
        if total > MAX_DOCUMENT_BYTES:
            raise refuse(Code.TOO_LARGE, file, limit_mib=_mib(MAX_DOCUMENT_BYTES))
    return out


def gunzip(packed: bytes, file: str) -> bytearray:
    """Unpack gzip data as a stream, so that a bomb is stopped, not inflated."""
    inflater = zlib.decompressobj(wbits=31)
    parts = bytearray()
    total = 0
    data = packed
    try:
        while data:
            out = inflater.decompress(data, CHUNK)
            data = inflater.unconsumed_tail
            total += len(out)
            if total > RATIO_FLOOR and total > len(packed) * MAX_RATIO:
                raise refuse(Code.DECOMPRESSION_BOMB, file, ratio=MAX_RATIO)
            if total > MAX_DOCUMENT_BYTES:
                raise refuse(Code.TOO_LARGE, file, limit_mib=_mib(MAX_DOCUMENT_BYTES))
            parts += out
            if inflater.eof:
                break
        if not inflater.eof:
            raise refuse(Code.CORRUPT_ARCHIVE, file, detail="the gzip data ends too early")
    except zlib.error as exc:
        raise refuse(Code.CORRUPT_ARCHIVE, file, detail=str(exc)) from exc
    return parts


def safe_member_name(name: str) -> bool:
    if "\\" in name or name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return False
    return ".." not in PurePosixPath(name).parts


def _check_members(archive: zipfile.ZipFile, file: str) -> list[zipfile.ZipInfo]:
    members = []
    for info in archive.infolist():
        if not safe_member_name(info.filename):
            raise refuse(Code.UNSAFE_ZIP_PATH, file, member=info.filename[:200])
        if stat.S_ISLNK(info.external_attr >> 16):
            raise refuse(Code.UNSAFE_ZIP_PATH, file, member=info.filename[:200])
        if info.is_dir() or not info.filename.lower().endswith(".json"):
            continue
        if info.file_size > MAX_DOCUMENT_BYTES:
            raise refuse(Code.TOO_LARGE, file, limit_mib=_mib(MAX_DOCUMENT_BYTES))
        members.append(info)
    return members


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, file: str) -> bytearray:
    label = f"{file}!{info.filename}"
    try:
        with archive.open(info) as stream:
            return _read_capped(stream, label, info.compress_size or 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
        raise refuse(Code.CORRUPT_ARCHIVE, label, detail=str(exc)) from exc
    except RuntimeError as exc:  # an encrypted member
        raise refuse(Code.CORRUPT_ARCHIVE, label, detail=str(exc)) from exc


def open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading if it is a regular file (after following a link); anything
    else (a device, a named pipe, a socket) is refused before a byte is read."""
    file = str(path)
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise refuse(Code.NOT_A_FILE, file)
        # Not blocking: opening a named pipe swapped in after the check must not hang.
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
        fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise refuse(Code.UNREADABLE, file, detail=exc.strerror or str(exc)) from exc
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise refuse(Code.NOT_A_FILE, file)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")


class _OwnZip(zipfile.ZipFile):
    """A zip over a file it opened itself, and closes with itself."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        super().__init__(stream)

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._stream.close()


def open_zip(path: Path) -> zipfile.ZipFile:
    stream = open_regular(path)
    try:
        return _OwnZip(stream)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        stream.close()
        raise refuse(Code.CORRUPT_ARCHIVE, str(path), detail=str(exc)) from exc


def read_head(path: Path, size: int) -> bytes:
    """The first ``size`` bytes of a regular file."""
    try:
        with open_regular(path) as f:
            return f.read(size)
    except OSError as exc:
        raise refuse(Code.UNREADABLE, str(path), detail=exc.strerror or str(exc)) from exc


def _head(path: Path) -> bytes:
    return read_head(path, 4)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError as exc:
        raise refuse(Code.UNREADABLE, str(path), detail=exc.strerror or str(exc)) from exc


def file_hash(path: Path) -> str:
    """SHA-256 of a file's bytes, or of a folder's files and their relative paths."""
    digest = hashlib.sha256()
    files = (
        sorted(p for p in path.rglob("*") if p.is_file() and not p.is_symlink())
        if path.is_dir()
        else [path]
    )
    total = 0
    try:
        for member in files:
            if path.is_dir():
                digest.update(member.relative_to(path).as_posix().encode() + b"\0")
            with open_regular(member) as f:
                while chunk := f.read(CHUNK * 4):
                    total += len(chunk)
                    if total > MAX_PTV_BYTES:
                        raise refuse(Code.TOO_LARGE, str(path), limit_mib=_mib(MAX_PTV_BYTES))
                    digest.update(chunk)
    except OSError as exc:
        raise refuse(Code.UNREADABLE, str(path), detail=exc.strerror or str(exc)) from exc
    return digest.hexdigest()


def read_document_bytes(path: Path) -> bytes | bytearray:
    """The JSON bytes in a plain, gzip or zip file, within the limits."""
    file = str(path)
    if path.is_dir():
        raise refuse(Code.UNREADABLE, file, detail="a folder")
    size = _size(path)
    head = _head(path)
    if head.startswith((ZIP_MAGIC, EMPTY_ZIP_MAGIC)):
        with open_zip(path) as archive:
            members = _check_members(archive, file)
            if len(members) != 1:
                raise refuse(Code.ZIP_NEEDS_ONE_JSON, file, found=len(members))
            return read_member(archive, members[0], file)
    if size > MAX_DOCUMENT_BYTES:
        raise refuse(Code.TOO_LARGE, file, limit_mib=_mib(MAX_DOCUMENT_BYTES))
    raw = read_file_bytes(path)
    return gunzip(raw, file) if head.startswith(GZIP_MAGIC) else raw


def read_file_bytes(path: Path) -> bytes:
    """A regular file's bytes, at most ``MAX_DOCUMENT_BYTES`` of them."""
    try:
        with open_regular(path) as f:
            # Asked for the size the file has, not the limit: a read of n bytes reserves n.
            expected = min(os.fstat(f.fileno()).st_size, MAX_DOCUMENT_BYTES) + 1
            data = f.read(expected)
            if len(data) == expected:  # it grew since: the rest, up to the limit
                data += f.read(MAX_DOCUMENT_BYTES + 1 - len(data))
        if len(data) > MAX_DOCUMENT_BYTES:
            raise refuse(Code.TOO_LARGE, str(path), limit_mib=_mib(MAX_DOCUMENT_BYTES))
        return data
    except OSError as exc:
        raise refuse(Code.UNREADABLE, str(path), detail=exc.strerror or str(exc)) from exc


def _text_start(data: bytes | bytearray, file: str) -> int:
    """Where the UTF-8 text starts (after a byte-order mark); refuses UTF-16 and binary."""
    skip = len(UTF8_BOM) if data.startswith(UTF8_BOM) else 0
    if data.startswith(UTF16_BOMS, skip):
        raise refuse(Code.NOT_UTF8, file, encoding="UTF-16", offset=0)
    if b"\x00" in data[skip : skip + 8192]:
        raise refuse(Code.BINARY, file)
    return skip


def decode_text(data: bytes | bytearray, file: str) -> str:
    """UTF-8 text (a byte-order mark is dropped), or a refusal saying what the bytes are."""
    skip = _text_start(data, file)
    sample = data[skip : skip + 8192]
    try:
        with memoryview(data) as view:
            return str(view[skip:], "utf-8")  # no copy of the bytes without the mark
    except UnicodeDecodeError as exc:
        control = sum(1 for b in sample if b < 9 or 13 < b < 32)
        if control > len(sample) // 20:
            raise refuse(Code.BINARY, file) from exc
        raise refuse(Code.NOT_UTF8, file, encoding="", offset=exc.start) from exc


def ptv_sources(path: Path) -> Iterator[tuple[str, bytes | bytearray]]:
    """Every JSON file under a folder (any nesting) or inside a zip, one at a time."""
    file = str(path)
    count = 0
    total = 0

    def account(label: str, size: int) -> None:
        nonlocal count, total
        count += 1
        total += size
        if count > MAX_PTV_FILES or total > MAX_PTV_BYTES:
            raise refuse(Code.TOO_LARGE, label, limit_mib=_mib(MAX_PTV_BYTES))

    if path.is_dir():
        for member in sorted(p for p in path.rglob("*") if p.suffix.lower() in (".json", ".gz")):
            if member.is_symlink() or not member.is_file():
                continue
            account(str(member), _size(member))
            yield str(member), read_document_bytes(member)
        return
    head = _head(path)
    if head.startswith((ZIP_MAGIC, EMPTY_ZIP_MAGIC)):
        with open_zip(path) as archive:
            for info in sorted(_check_members(archive, file), key=lambda i: i.filename):
                account(f"{file}!{info.filename}", info.file_size)
                yield f"{file}!{info.filename}", read_member(archive, info, file)
        return
    yield file, read_document_bytes(path)


def _no_constants(name: str) -> float:
    raise ValueError(f"{name} is not a JSON number")


def parse_json(text: str, file: str) -> Any:
    """The JSON value in ``text``; truncated or malformed JSON is refused with its place."""
    try:
        return json.loads(text, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        raise refuse(
            Code.NOT_JSON, file, f"line {exc.lineno}, column {exc.colno}", detail=exc.msg
        ) from exc
    except ValueError as exc:
        raise refuse(Code.NOT_JSON, file, detail=str(exc)) from exc
    except RecursionError as exc:
        raise refuse(Code.NOT_JSON, file, detail="nested too deeply") from exc


def parse_catalogue(data: bytes | bytearray, file: str, lists: Iterable[str]) -> Any:
    """The JSON value in ``data``, like ``load_json``; when it is an object, its ``lists``
    are EntityLists, parsed as a stream, so that neither the whole decoded text nor the
    whole tree is ever in memory. Whatever the stream cannot take is parsed the plain way,
    which refuses it with its place."""
    start = _text_start(data, file)
    try:
        return entity_lists.parse_document(data, start, lists)
    except entity_lists.NotStreamable:
        return load_json(data, file)


def load_json(data: bytes | bytearray, file: str) -> Any:
    return parse_json(decode_text(data, file), file)
