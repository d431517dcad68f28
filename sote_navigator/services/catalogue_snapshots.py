"""What each catalogue version keeps, so that rollback restores it exactly.

A version keeps either the whole catalogue (a full snapshot: exchange.native.snapshot) or,
when an import changed a small part of the version it was imported over, only that part: a
delta naming its base version, the document's header fields, the added and changed entities
whole and the keys of the removed ones. Reading a delta reads its base (a chain of at most
``MAX_CHAIN`` deltas ending in a full snapshot) and applies it: the entities of the result
are those of the imported document, so the catalogue a rollback installs is the imported one.

Deltas use the same column as full snapshots (no schema change): a delta's text is a line
``DELTA_START`` then its JSON, which no full snapshot (JSON) can start with.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, func, select

from sote_navigator.db import models as m
from sote_navigator.db.catalogue_changes import Changes, size
from sote_navigator.db.catalogue_rows import SPECS, entity_key
from sote_navigator.exchange import native

Document = dict[str, Any]
KINDS = tuple(spec.kind for spec in SPECS)
DELTA_START = b"sote-navigator-catalogue-delta\n"
# A delta chain longer than this, or a change larger than this share of the catalogue,
# makes a full snapshot instead.
MAX_CHAIN = 20
MAX_SHARE = 0.1


def depth(blob: bytes) -> int:
    """How many deltas lead from this snapshot to a full one (0: it is full). Reads only
    the start of the compressed data."""
    head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(blob, 120)
    if not head.startswith(DELTA_START):
        return 0
    start = head.index(b'"depth":', len(DELTA_START)) + len(b'"depth":')
    end = start
    while head[end : end + 1].isdigit():
        end += 1
    return int(head[start:end])


def wants_delta(doc: Mapping[str, Any], changes: Changes, base_depth: int) -> bool:
    total = sum(len(doc.get(kind) or ()) for kind in KINDS)
    return base_depth < MAX_CHAIN and size(changes) <= MAX_SHARE * max(total, 1)


def delta(base: int, base_depth: int, doc: Mapping[str, Any], changes: Changes) -> bytes:
    """The delta snapshot of ``doc``, imported over version ``base`` with these changes."""
    put: dict[str, list[Any]] = {}
    for kind, change in changes.items():
        if change.written:
            put[kind] = [x for x in doc.get(kind) or () if entity_key(kind, x) in change.written]
    content = {
        "delta": {"depth": base_depth + 1, "base": base},
        "top": {k: v for k, v in doc.items() if k not in KINDS},
        "put": put,
        "drop": {kind: sorted(c.removed) for kind, c in changes.items() if c.removed},
    }
    text = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    return gzip.compress(DELTA_START + text.encode(), compresslevel=1, mtime=0)


def depth_of(con: Connection, version: int) -> int:
    """``depth`` of a stored version, reading only the first bytes of its snapshot."""
    head = con.execute(
        select(func.substr(m.CatalogueVersion.snapshot, 1, 512)).where(
            m.CatalogueVersion.id == version
        )
    ).scalar_one()
    return depth(bytes(head))


def snapshot_of(con: Connection, version: int) -> bytes:
    blob = con.execute(
        select(m.CatalogueVersion.snapshot).where(m.CatalogueVersion.id == version)
    ).scalar_one()
    return bytes(blob)


def load(con: Connection, version: int, blob: bytes | None = None) -> Document:
    """The catalogue document of ``version`` (its snapshot ``blob`` when already read)."""
    deltas: list[dict[str, Any]] = []
    data = blob if blob is not None else snapshot_of(con, version)
    while True:
        raw = gzip.decompress(data)
        if not raw.startswith(DELTA_START):
            document: Document = json.loads(raw)
            break
        step = json.loads(raw[len(DELTA_START) :])
        deltas.append(step)
        data = snapshot_of(con, int(step["delta"]["base"]))
    for step in reversed(deltas):
        document = _applied(document, step)
    return document


def _applied(base: Document, step: Mapping[str, Any]) -> Document:
    out: Document = dict(step["top"])
    for kind in KINDS:
        put = {entity_key(kind, x): x for x in step["put"].get(kind) or ()}
        drop = set(step["drop"].get(kind) or ())
        items = []
        for item in base.get(kind) or ():
            key = entity_key(kind, item)
            if key not in drop:
                items.append(put.pop(key, item))
        items.extend(put.values())
        if kind in base or items:
            out[kind] = items
    return out


def full(doc: Document) -> bytes:
    return native.snapshot(doc)
