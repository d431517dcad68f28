"""Writing only what an import changes: the rows of the added, changed and removed entities.

``apply_changes`` is the store step of a re-import whose diff is known (exchange.diff): the
tables end up exactly as ``catalogue_store.replace_catalogue`` would leave them, but an
unchanged row is not touched and an unchanged search entry is not rebuilt (db.search_update).
It runs inside the caller's transaction, like ``replace_catalogue``.

Order, so that every foreign key holds after each statement: added and changed rows are
written first, referenced kinds before the kinds that refer to them; removed rows are deleted
after, in the reverse order.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from sote_navigator.core.progress import Progress
from sote_navigator.db import search_update
from sote_navigator.db.batches import in_batches
from sote_navigator.db.catalogue_rows import SPECS, TableSpec, entity_key, membership_key

Document = dict[str, Any]


@dataclass(frozen=True)
class KindChanges:
    """The keys (catalogue_rows.entity_key) of one kind's added, changed and removed entities."""

    added: frozenset[str] = field(default_factory=frozenset)
    changed: frozenset[str] = field(default_factory=frozenset)
    removed: frozenset[str] = field(default_factory=frozenset)

    @property
    def written(self) -> frozenset[str]:
        return self.added | self.changed


Changes = Mapping[str, KindChanges]


def size(changes: Changes) -> int:
    return sum(len(c.added) + len(c.changed) + len(c.removed) for c in changes.values())


def apply_changes(
    con: Connection, doc: Document, changes: Changes, progress: Progress | None = None
) -> None:
    """Make the catalogue tables and the search index hold ``doc``, given that they hold the
    catalogue ``changes`` was worked out against."""
    mark = "%s" if con.dialect.paramstyle in ("format", "pyformat") else "?"
    total, done = size(changes) + 1, 0

    def report(n: int, stage: str = "store") -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress.report(done, total, stage)

    old_offerings = _offering_owners(con, mark, _keys(changes, "offerings", "changed", "removed"))
    for spec in SPECS:
        change = changes.get(spec.kind)
        if change is None or not change.written:
            continue
        added, changed = _entities(doc, spec.kind, change)
        _update(con, mark, spec, changed)
        if added:
            con.exec_driver_sql(spec.insert_sql(mark), [spec.to_row(x) for x in added])
        _links(con, mark, spec.kind, change.changed, [*added, *changed])
        report(len(added) + len(changed))
    for spec in reversed(SPECS):
        change = changes.get(spec.kind)
        if change is None or not change.removed:
            continue
        _links(con, mark, spec.kind, change.removed, [])
        _delete(con, mark, spec, change.removed)
        report(len(change.removed))
    if progress is not None:
        progress.report(done, total, "index")
    search_update.update(
        con,
        doc,
        {kind: c.written for kind, c in changes.items()},
        {kind: c.removed for kind, c in changes.items()},
        old_offerings,
    )
    report(1, "index")


def _keys(changes: Changes, kind: str, *which: str) -> list[str]:
    change = changes.get(kind)
    if change is None:
        return []
    return sorted(k for w in which for k in getattr(change, w))


def _entities(doc: Document, kind: str, change: KindChanges) -> tuple[list[Any], list[Any]]:
    added, changed = [], []
    for item in doc.get(kind) or ():
        key = entity_key(kind, item)
        if key in change.added:
            added.append(item)
        elif key in change.changed:
            changed.append(item)
    return added, changed


def _update(con: Connection, mark: str, spec: TableSpec, items: list[Any]) -> None:
    if not items:
        return
    if not spec.key:  # memberships: the key is every column but valid_to
        ids = _membership_ids(con)
        con.exec_driver_sql(
            f"UPDATE membership SET valid_to = {mark} WHERE id = {mark}",
            [(x.get("valid_to"), ids[membership_key(x)]) for x in items],
        )
        return
    key, *rest = spec.columns
    assignments = ", ".join(f"{c} = {mark}" for c in rest)
    rows = (spec.to_row(x) for x in items)
    con.exec_driver_sql(
        f"UPDATE {spec.table} SET {assignments} WHERE {key} = {mark}",
        [(*row[1:], row[0]) for row in rows],
    )


def _delete(con: Connection, mark: str, spec: TableSpec, keys: Collection[str]) -> None:
    if not spec.key:
        ids = _membership_ids(con)
        con.exec_driver_sql(f"DELETE FROM membership WHERE id = {mark}", [(ids[k],) for k in keys])
        return
    con.exec_driver_sql(
        f"DELETE FROM {spec.table} WHERE {spec.columns[0]} = {mark}", [(k,) for k in keys]
    )


def _membership_ids(con: Connection) -> dict[str, int]:
    """Membership key → row id (the key's columns are not a key in the table)."""
    valid_from = "valid_from" if con.dialect.name == "sqlite" else "CAST(valid_from AS TEXT)"
    rows = con.exec_driver_sql(
        f"SELECT id, municipality_code, regional_unit_id, {valid_from} FROM membership"
    )
    return {
        membership_key({"municipality": m, "regional_unit": u, "valid_from": f}): int(i)
        for i, m, u, f in rows
    }


# The link tables: a service's classes and an offering's regional units.
_LINKS = {
    "services": ("service_class_link", "service_id", "class_uri", "classes"),
    "offerings": ("offering_unit", "offering_id", "regional_unit_id", "regional_units"),
}


def _links(
    con: Connection, mark: str, kind: str, replaced: Collection[str], items: list[Any]
) -> None:
    """Drop the link rows of the ``replaced`` keys, then write those of ``items``."""
    if kind not in _LINKS:
        return
    table, owner, other, field_name = _LINKS[kind]
    if replaced:
        con.exec_driver_sql(
            f"DELETE FROM {table} WHERE {owner} = {mark}", [(k,) for k in sorted(replaced)]
        )
    rows = [(x["id"], v) for x in items for v in dict.fromkeys(x.get(field_name) or ())]
    if rows:
        con.exec_driver_sql(f"INSERT INTO {table} ({owner}, {other}) VALUES ({mark}, {mark})", rows)


def _offering_owners(
    con: Connection, mark: str, ids: list[str]
) -> list[search_update.OfferingOwners]:
    return list(_owner_rows(con, mark, ids))


def _owner_rows(con: Connection, mark: str, ids: list[str]) -> Iterator[Any]:
    for batch in in_batches(ids):
        marks = ", ".join(mark for _ in batch)
        yield from con.exec_driver_sql(
            f"SELECT service_id, provider_id, location_id FROM offering WHERE id IN ({marks})",
            tuple(batch),
        )
