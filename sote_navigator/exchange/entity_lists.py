"""A catalogue document whose entity lists are held as compact JSON, parsed as a stream.

A national catalogue parsed into Python objects takes over three times the size of its file
(a dict per entity, a str per value), and the decoded text of the file took another two bytes
a character besides. Here the file is decoded and parsed a piece at a time, and each entity
list is kept as compact UTF-8 JSON in batches (about 60 % of a file in the canonical,
indented layout). An ``EntityList`` parses one batch at a time as it is iterated, so a stage
that goes through a list once (validation, the diff, the store, the snapshot) holds one batch
of entities, never the whole tree.

What json.loads would do is kept exactly: the same values, the last of duplicate keys, the
same numbers. Anything the stream cannot take (malformed JSON, bytes that are not UTF-8, a
document that is not an object) raises ``NotStreamable``, and the caller reads the file the
plain way, which refuses it with its place.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, overload

BATCH = 2000
CHUNK = 1024 * 1024
_WS = re.compile(r"[ \t\n\r]*")
_NUMBER_GOES_ON = re.compile(r"[0-9.eE+-]*\Z")
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _no_constants(name: str) -> float:
    raise ValueError(f"{name} is not a JSON number")


_DECODER = json.JSONDecoder(parse_constant=_no_constants)


class NotStreamable(Exception):
    """The bytes are not a JSON object the stream can take: read them the plain way."""


def pack(batch: list[Any]) -> bytes:
    """One batch of entities as a compact JSON array (lone surrogates kept, as json.loads
    keeps them, so that the text check finds them)."""
    return _COMPACT.encode(batch).encode("utf-8", "surrogatepass")


class EntityList(Sequence[Any]):
    """A read-only list of entities kept as compact JSON batches, parsed as it is read."""

    __slots__ = ("_batches", "_length")

    def __init__(self, batches: list[bytes], length: int) -> None:
        self._batches = batches
        self._length = length

    @classmethod
    def of(cls, items: Iterable[Any]) -> EntityList:
        batches: list[bytes] = []
        batch: list[Any] = []
        length = 0
        for item in items:
            batch.append(item)
            if len(batch) == BATCH:
                batches.append(pack(batch))
                length += len(batch)
                batch = []
        if batch:
            batches.append(pack(batch))
            length += len(batch)
        return cls(batches, length)

    def __len__(self) -> int:
        return self._length

    def __iter__(self) -> Iterator[Any]:
        for batch in self._batches:
            yield from json.loads(batch)

    @overload
    def __getitem__(self, index: int) -> Any: ...

    @overload
    def __getitem__(self, index: slice) -> list[Any]: ...

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return list(self)[index]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError(index)
        # Every batch but the last holds BATCH entities.
        return json.loads(self._batches[index // BATCH])[index % BATCH]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, EntityList | list):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"EntityList({self._length} entities)"

    def compact_json(self) -> Iterator[bytes]:
        """The list as compact JSON (as json.dumps with separators (",", ":") would write
        it, UTF-8), in pieces."""
        yield b"["
        for n, batch in enumerate(self._batches):
            if n:
                yield b","
            yield batch[1:-1]
        yield b"]"


class _Stream:
    """UTF-8 text decoded from bytes a piece at a time, with a read position."""

    def __init__(self, data: bytes | bytearray, start: int) -> None:
        self.data = data
        self.offset = start
        self.decoder = codecs.getincrementaldecoder("utf-8")()
        self.buf = ""
        self.pos = 0

    @property
    def exhausted(self) -> bool:
        return self.offset >= len(self.data)

    def more(self) -> bool:
        """Decode more of the bytes (as much again as is buffered, at least CHUNK)."""
        if self.exhausted:
            return False
        size = max(CHUNK, len(self.buf) - self.pos)
        with memoryview(self.data) as view:
            piece = view[self.offset : self.offset + size]
            self.offset += len(piece)
            text = self.decoder.decode(piece, final=self.exhausted)
        self.buf = self.buf[self.pos :] + text
        self.pos = 0
        return True

    def peek(self) -> str:
        """The next character after whitespace ("" at the end)."""
        while True:
            match = _WS.match(self.buf, self.pos)
            self.pos = match.end() if match else self.pos
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self.more():
                return ""

    def expect(self, char: str) -> None:
        if self.peek() != char:
            raise NotStreamable
        self.pos += 1

    def value(self) -> Any:
        """One whole JSON value. A number that ends where the buffer ends (or before a "."
        or an exponent there) may go on in the bytes not yet decoded: it is read again with
        more text."""
        self.peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                if self.more():
                    continue
                raise NotStreamable from exc
            cut = end == len(self.buf) or (
                # "1." or "1e" at the end: a number may go on past what is decoded.
                isinstance(value, int | float) and _NUMBER_GOES_ON.match(self.buf, end) is not None
            )
            if not cut or not self.more():
                self.pos = end
                return value

    def entities(self) -> EntityList:
        self.expect("[")
        batches: list[bytes] = []
        batch: list[Any] = []
        length = 0
        if self.peek() == "]":
            self.pos += 1
            return EntityList(batches, 0)
        while True:
            batch.append(self.value())
            if len(batch) == BATCH:
                batches.append(pack(batch))
                length += len(batch)
                batch = []
            char = self.peek()
            self.pos += 1
            if char == "]":
                break
            if char != ",":
                raise NotStreamable
        if batch:
            batches.append(pack(batch))
            length += len(batch)
        return EntityList(batches, length)


def parse_document(data: bytes | bytearray, start: int, lists: Iterable[str]) -> dict[str, Any]:
    """The JSON object in ``data`` from byte ``start`` on, its ``lists`` (when arrays) as
    EntityLists; raises NotStreamable for anything else."""
    kinds = frozenset(lists)
    stream = _Stream(data, start)
    try:
        stream.expect("{")
        document: dict[str, Any] = {}
        if stream.peek() == "}":
            stream.pos += 1
        else:
            while True:
                if stream.peek() != '"':
                    raise NotStreamable
                key = stream.value()
                stream.expect(":")
                if key in kinds and stream.peek() == "[":
                    document[key] = stream.entities()
                else:
                    document[key] = stream.value()
                char = stream.peek()
                stream.pos += 1
                if char == "}":
                    break
                if char != ",":
                    raise NotStreamable
        if stream.peek() != "":
            raise NotStreamable
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise NotStreamable from exc
    return document
