"""Moving a whole catalogue between its native document form and the database tables.

``replace_catalogue`` runs inside the caller's transaction: the caller decides when it commits,
so that an import is all or nothing. It touches only the catalogue tables and the search
index, never the desk's own records. Rows go to the driver's ``executemany`` in chunks, with
JSON columns serialised up front, so that a national catalogue imports close to the speed of
raw SQLite and without holding every row in memory at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from itertools import islice
from typing import Any, TypeVar

from sqlalchemy import JSON, Connection, Date, DateTime, func, inspect, select

from sote_navigator.core.progress import Progress
from sote_navigator.db import models as m
from sote_navigator.db import search_entries, search_index, search_update
from sote_navigator.db.catalogue_rows import SPECS, open_evenings, open_weekends

Document = dict[str, Any]
T = TypeVar("T")
CHUNK = 5000
__all__ = ["dump_catalogue", "open_evenings", "open_weekends", "replace_catalogue"]


def _chunks(rows: Iterable[T], size: int = CHUNK) -> Iterator[list[T]]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, size)):
        yield chunk


def clear_catalogue(con: Connection) -> None:
    for table in reversed(m.CATALOGUE_TABLES):
        con.exec_driver_sql(f"DELETE FROM {table.__tablename__}")
    search_index.clear(con)


def _entity_total(doc: Document) -> int:
    return sum(len(doc.get(spec.kind) or ()) for spec in SPECS)


def replace_catalogue(con: Connection, doc: Document, progress: Progress | None = None) -> None:
    """Replace every catalogue row with the content of ``doc`` (already validated).

    ``progress`` hears how many entities are stored ("store"), then indexed ("index"), and
    may cancel: the caller's transaction then rolls back and nothing is changed.
    """
    total = _entity_total(doc)
    done = 0

    def report(n: int, stage: str = "store") -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress.report(done, total, stage)

    clear_catalogue(con)
    mark = _mark(con)
    for spec in SPECS:
        sql = spec.insert_sql(mark)
        for chunk in _chunks(spec.to_row(item) for item in doc.get(spec.kind) or ()):
            con.exec_driver_sql(sql, chunk)
            report(len(chunk))
        if spec.kind == "services":
            _insert_links(con, doc)
    _insert_units(con, doc)
    steps = _index_steps(doc)
    total, done = sum(len(doc.get(name) or ()) for name in search_update.INDEXED), 0
    report(0, "index")
    for entries in _chunks(search_entries.index_entries(doc), CHUNK):
        search_index.add(con, entries, steps)
        report(len(entries), "index")
    search_index.optimize(con)


def _index_steps(doc: Document) -> dict[str, int]:
    """How far apart each kind's rowids are in the search index (search_index.spacing)."""
    return {
        kind: search_index.spacing(len(doc.get(name) or ()))
        for name, kind in search_update.INDEXED.items()
    }


def _mark(con: Connection) -> str:
    """The driver's positional parameter mark."""
    return "%s" if con.dialect.paramstyle in ("format", "pyformat") else "?"


def _as_text(con: Connection, table: str) -> frozenset[str]:
    """Columns a driver other than SQLite's returns decoded (JSON, dates): read as text, so
    that a row reads the same on both engines."""
    if con.dialect.name == "sqlite":
        return frozenset()
    columns = m.Base.metadata.tables[table].columns
    return frozenset(c.name for c in columns if isinstance(c.type, JSON | Date | DateTime))


def _insert_links(con: Connection, doc: Document) -> None:
    links = (
        (s["id"], uri)
        for s in doc.get("services") or ()
        for uri in dict.fromkeys(s.get("classes") or ())
    )
    for chunk in _chunks(links):
        con.exec_driver_sql(
            "INSERT INTO service_class_link (service_id, class_uri) VALUES (?, ?)".replace(
                "?", _mark(con)
            ),
            chunk,
        )


def _insert_units(con: Connection, doc: Document) -> None:
    units = (
        (o["id"], u)
        for o in doc.get("offerings") or ()
        for u in dict.fromkeys(o.get("regional_units") or ())
    )
    for chunk in _chunks(units):
        con.exec_driver_sql(
            "INSERT INTO offering_unit (offering_id, regional_unit_id) VALUES (?, ?)".replace(
                "?", _mark(con)
            ),
            chunk,
        )


def rebuild_search_index(con: Connection) -> None:
    """Index the catalogue already in the tables again (after the index layout changed)."""
    search_index.drop(con)
    search_index.create(con)
    doc = dump_catalogue(con, {})
    steps = _index_steps(doc)
    for entries in _chunks(search_entries.index_entries(doc), CHUNK):
        search_index.add(con, entries, steps)
    search_index.optimize(con)


# --- export -------------------------------------------------------------------------------


def dump_catalogue(con: Connection, header: Mapping[str, Any]) -> Document:
    """The catalogue in the database as a native document, every list sorted by its key."""
    doc: Document = {
        "format": "sote-navigator-catalogue",
        "format_version": 1,
        "catalogue": dict(header),
    }
    # A migration from before a table existed (contact_route: schema 5) reads it as empty.
    tables = set(inspect(con).get_table_names())
    for spec in SPECS:
        sql = spec.select_sql(_as_text(con, spec.table)) if spec.table in tables else ""
        doc[spec.kind] = (
            [spec.from_row(spec.decode(r)) for r in con.exec_driver_sql(sql)]
            if spec.table in tables
            else []
        )
    units: dict[str, list[str]] = {}
    for offering_id, unit_id in con.exec_driver_sql(
        "SELECT offering_id, regional_unit_id FROM offering_unit "
        "ORDER BY offering_id, regional_unit_id"
    ):
        units.setdefault(offering_id, []).append(unit_id)
    for offering in doc["offerings"]:
        offering["regional_units"] = units.get(offering["id"], [])
    return doc


def counts(con: Connection) -> dict[str, int]:
    tables = {
        "organisers": m.Organiser,
        "regional_units": m.RegionalUnit,
        "municipalities": m.Municipality,
        "service_classes": m.ServiceClass,
        "services": m.Service,
        "providers": m.Provider,
        "locations": m.Location,
        "offerings": m.Offering,
        "contact_routes": m.ContactRoute,
    }
    return {
        name: int(con.execute(select(func.count()).select_from(table)).scalar_one())
        for name, table in tables.items()
    }
