"""The catalogue in the database read one entity list at a time, as ``dump_catalogue`` reads
it whole: for a diff that holds one list of the current catalogue at a time, never all."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from sqlalchemy import Connection, inspect

from sote_navigator.db.catalogue_rows import BY_KIND, Entity
from sote_navigator.db.catalogue_store import _as_text


def stored_entities(con: Connection, kind: str) -> Iterator[Entity]:
    """The entities of one list, in the order ``dump_catalogue`` gives them."""
    spec = BY_KIND[kind]
    # A migration from before a table existed (contact_route: schema 5) reads it as empty.
    if spec.table not in inspect(con).get_table_names():
        return
    units: dict[str, list[str]] = {}
    if kind == "offerings":
        for offering_id, unit_id in con.exec_driver_sql(
            "SELECT offering_id, regional_unit_id FROM offering_unit "
            "ORDER BY offering_id, regional_unit_id"
        ):
            units.setdefault(offering_id, []).append(unit_id)
    for row in con.exec_driver_sql(spec.select_sql(_as_text(con, spec.table))):
        entity = spec.from_row(spec.decode(row))
        if kind == "offerings":
            entity["regional_units"] = units.get(entity["id"], [])
        yield entity


class StoredCatalogue(Mapping[str, Any]):
    """The current catalogue as a read-only document whose entity lists are read from the
    database each time they are asked for (each read goes through the list once)."""

    def __init__(self, con: Connection, header: Mapping[str, Any]) -> None:
        self._con = con
        self._top: dict[str, Any] = {
            "format": "sote-navigator-catalogue",
            "format_version": 1,
            "catalogue": dict(header),
        }

    def __getitem__(self, key: str) -> Any:
        if key in self._top:
            return self._top[key]
        if key in BY_KIND:
            return stored_entities(self._con, key)
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        yield from self._top
        yield from BY_KIND

    def __len__(self) -> int:
        return len(self._top) + len(BY_KIND)
