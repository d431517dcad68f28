"""A re-import writes only what changed, and leaves the same catalogue, search index and
history as installing the file from scratch (issue 15, point 2)."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from sote_navigator.core.vocabulary import EntityKind
from sote_navigator.db import search_index
from sote_navigator.db.catalogue_rows import SPECS, comparable
from sote_navigator.db.engine import writing
from sote_navigator.services import catalogue, catalogue_history, catalogue_snapshots
from sote_navigator.services.catalogue_import import apply_import, changes_of, plan_import
from sote_navigator.services.workspace import open_workspace
from tests import postgres_server as pg
from tests.catalogue_factory import small_catalogue, texts

pytestmark = pytest.mark.both_engines

Doc = dict[str, Any]


def _one_service_text(doc: Doc) -> None:
    doc["services"][0]["descriptions"][0]["value"] += " Muutettu."


def _service_becomes_municipal(doc: Doc) -> None:
    # Its scope, kept from the index, gains the "municipal" token.
    doc["services"][0]["responsibility"] = "municipality"


def _location_renamed(doc: Doc) -> None:
    # A longer name: the entry moves to its place in the shortest-first order.
    doc["locations"][0]["names"] = texts("Esimerkki Hammashoitola Porvoon keskusta", "Exempel")


def _municipality_moves(doc: Doc) -> None:
    doc["memberships"][3]["regional_unit"] = "unit-u3"


def _membership_ends(doc: Doc) -> None:
    doc["memberships"][0]["valid_to"] = "2026-12-31"


def _offering_and_location_go(doc: Doc) -> None:
    doc["offerings"] = [o for o in doc["offerings"] if o["id"] != "off-dent-porvoo"]
    doc["locations"] = []
    doc["services"].append(
        {**copy.deepcopy(doc["services"][1]), "id": "S-NEW", "names": texts("Uusi", "Ny")}
    )
    doc["offerings"].append({**copy.deepcopy(doc["offerings"][0]), "id": "off-new"})
    doc["offerings"][-1]["service"] = "S-NEW"


def _many_services(doc: Doc) -> None:
    # More new names of one length than the room between two rowids: the band is renumbered.
    for n in range(40):
        doc["services"].append(
            {
                **copy.deepcopy(doc["services"][1]),
                "id": f"S-{n:02}",
                "names": texts(f"Palvelu {n:02}", f"Tjänst {n:02}"),
            }
        )


SMALL = (
    "one service",
    "service becomes municipal",
    "location renamed",
    "municipality moves",
    "membership ends",
)
CHANGES: dict[str, Callable[[Doc], None]] = {
    "one service": _one_service_text,
    "service becomes municipal": _service_becomes_municipal,
    "location renamed": _location_renamed,
    "municipality moves": _municipality_moves,
    "membership ends": _membership_ends,
    "offering and location go": _offering_and_location_go,
    "many services": _many_services,
}


def _write(path: Path, doc: Doc) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _entities(engine: Engine) -> Doc:
    doc = catalogue.export_document(engine)
    return {k: v for k, v in doc.items() if k != "catalogue"}


def _index(engine: Engine) -> dict[str, list[tuple[str, ...]]]:
    """Each band's entries, in rowid order, without their rowids."""
    with engine.connect() as con:
        return {
            kind: [
                (e.ref_id, e.names, e.keywords, e.other, e.scope, e.display)
                for _, e in search_index.band_entries(con, kind)
            ]
            for kind in (k.value for k in EntityKind)
        }


def _same_entries(a: list[tuple[str, ...]], b: list[tuple[str, ...]]) -> bool:
    return sorted(a) == sorted(b)


@pytest.fixture(autouse=True)
def _row_by_row(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every change of the small catalogue is a large share of it: store them row by row
    anyway, as a national catalogue's small changes are."""
    monkeypatch.setattr(catalogue, "INCREMENTAL_SHARE", 1.0)


@pytest.fixture
def fresh(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[[Path], Engine]]:
    """A database of its own with the given file installed from scratch."""
    engines: list[Engine] = []

    def make(path: Path) -> Engine:
        name = f"fresh{len(engines)}"
        engines.append(open_workspace(pg.database_for(request, tmp_path, name), path))
        return engines[-1]

    yield make
    for engine in engines:
        engine.dispose()


@pytest.mark.parametrize("change", CHANGES)
def test_reimport_equals_a_fresh_install_and_rolls_back_exactly(
    change: str, small_engine: Engine, tmp_path: Path, fresh: Callable[[Path], Engine]
) -> None:
    before_entities, before_index = _entities(small_engine), _index(small_engine)
    doc = small_catalogue()
    CHANGES[change](doc)
    doc["catalogue"]["version"] = "2"
    path = _write(tmp_path / "changed.json", doc)

    plan = plan_import(small_engine, path)
    assert plan.ok and plan.diff is not None and not plan.diff.empty
    version = apply_import(small_engine, plan, allow_unsigned=True)
    assert version is not None

    scratch = fresh(path)
    assert _entities(small_engine) == _entities(scratch)
    ours, theirs = _index(small_engine), _index(scratch)
    for kind in ours:
        assert _same_entries(ours[kind], theirs[kind]), kind
        # Still shortest name first, as db.search_candidates reads a band.
        shortest = [min(len(t["value"]) for t in json.loads(d)["names"]) for *_, d in ours[kind]]
        assert shortest == sorted(shortest), kind

    # The new version keeps only what changed, and reads back as the imported catalogue.
    with small_engine.connect() as con:
        blob = catalogue_snapshots.snapshot_of(con, version)
        # A small change is kept as a delta; a large one as the whole catalogue.
        assert catalogue_snapshots.depth(blob) == (1 if change in SMALL else 0)
        assert catalogue_snapshots.depth_of(con, version) == catalogue_snapshots.depth(blob)
        assert _rows(catalogue_snapshots.load(con, version)) == _rows(
            catalogue.export_document(scratch)
        )

    assert catalogue_history.rollback(small_engine) == version - 1
    assert _entities(small_engine) == before_entities
    assert all(_same_entries(_index(small_engine)[k], before_index[k]) for k in before_index)
    assert catalogue_history.rollback(small_engine, version) == version
    assert _entities(small_engine) == _entities(scratch)


def _rows(doc: Doc) -> dict[str, list[Any]]:
    """Every entity as the database stores it, in order."""
    return {
        spec.kind: sorted(comparable(spec.kind, x) for x in doc.get(spec.kind) or [])
        for spec in SPECS
    }


@pytest.mark.sqlite_only
def test_unchanged_rows_are_not_written(small_engine: Engine, tmp_path: Path) -> None:
    doc = small_catalogue()
    _one_service_text(doc)
    plan = plan_import(small_engine, _write(tmp_path / "changed.json", doc))
    assert plan.diff is not None
    with writing(small_engine) as con:
        before = con.exec_driver_sql("SELECT total_changes()").scalar_one()
        catalogue.install(
            con,
            plan.document or {},
            source_hash="x",
            source_format="native",
            source_name="changed.json",
            changes=changes_of(plan.diff),
        )
        written = con.exec_driver_sql("SELECT total_changes()").scalar_one() - before
    # The service row, its one class link out and in, its search entry out and in (two
    # indexes), the old version no longer current, the new version.
    assert written <= 10


@pytest.mark.sqlite_only
def test_a_large_change_replaces_the_catalogue_at_once(
    small_engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(catalogue, "INCREMENTAL_SHARE", 0.25)
    doc = small_catalogue()
    _many_services(doc)
    version = apply_import(
        small_engine,
        plan_import(small_engine, _write(tmp_path / "c.json", doc)),
        allow_unsigned=True,
    )
    assert version is not None
    with small_engine.connect() as con:
        assert catalogue_snapshots.depth_of(con, version) == 0
    assert len(catalogue.export_document(small_engine)["services"]) == 42
