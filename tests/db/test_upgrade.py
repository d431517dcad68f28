"""Upgrades keep everything: every row of every table of a database an older version wrote.

The fixtures in tests/fixtures/ are databases as each schema version wrote them
(tests/fixtures/make_fixture.py). Opening one with the current code must migrate it and keep
every row: catalogue versions now, placements and notes once they exist.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import Connection, text

from sote_navigator.core.errors import Problem, UserFacingError
from sote_navigator.db import catalogue_store, schema, search_entries, search_index
from sote_navigator.db import engine as db_engine
from sote_navigator.db.engine import integrity_ok, open_database
from sote_navigator.services import catalogue
from sote_navigator.services.search import CatalogueSearch
from tests import paths

FIXTURES = sorted(paths.FIXTURES.glob("schema-v*.sqlite"))
# A migration that renames a table says so here: {old name: new name}.
RENAMED: dict[str, str] = {}

Rows = dict[str, tuple[list[str], Counter[tuple[object, ...]]]]


def _derived(con: sqlite3.Connection) -> set[str]:
    """Full-text indexes and their shadow tables: rebuilt from the data, not data themselves."""
    virtual = [
        str(name)
        for (name,) in con.execute(
            "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'"
        )
    ]
    tables = {str(n) for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return {t for t in tables for v in virtual if t == v or t.startswith(v + "_")}


def all_rows(path: Path) -> Rows:
    con = sqlite3.connect(path)
    try:
        skip = _derived(con)
        rows: Rows = {}
        for (table,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        ):
            if table in skip:
                continue
            columns = [str(c[1]) for c in con.execute(f'PRAGMA table_info("{table}")')]
            quoted = ", ".join(f'"{c}"' for c in columns)
            rows[str(table)] = (
                columns,
                Counter(con.execute(f'SELECT {quoted} FROM "{table}"').fetchall()),
            )
        return rows
    finally:
        con.close()


@pytest.fixture(params=FIXTURES, ids=[f.stem for f in FIXTURES])
def old_database(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    copy = tmp_path / "upgraded.sqlite"
    shutil.copyfile(request.param, copy)
    return copy


def test_there_is_a_fixture_for_every_schema_version_so_far() -> None:
    versions = {int(f.stem.removeprefix("schema-v")) for f in FIXTURES}
    assert versions == set(range(1, schema.SCHEMA_VERSION + 1))


def test_every_migration_step_is_defined() -> None:
    assert set(schema.MIGRATIONS) == set(range(1, schema.SCHEMA_VERSION))


def test_each_fixture_has_rows_in_every_table(old_database: Path) -> None:
    empty = [table for table, (_, rows) in all_rows(old_database).items() if not rows]
    assert empty == [], "fill these tables in tests/fixtures/make_fixture.py"


def test_opening_an_old_database_keeps_every_row_of_every_table(old_database: Path) -> None:
    before = all_rows(old_database)
    engine = open_database(old_database)
    engine.dispose()
    after = all_rows(old_database)
    for table, (columns, rows) in before.items():
        new_table = RENAMED.get(table, table)
        assert new_table in after, f"table {table} disappeared"
        new_columns, _ = after[new_table]
        assert set(columns) <= set(new_columns), f"{table} lost columns"
        con = sqlite3.connect(old_database)
        quoted = ", ".join(f'"{c}"' for c in columns)
        kept = Counter(con.execute(f'SELECT {quoted} FROM "{new_table}"').fetchall())
        con.close()
        missing = rows - kept
        assert not missing, f"{table} lost {sum(missing.values())} rows"


def test_an_upgraded_database_works(old_database: Path) -> None:
    versions_before = all_rows(old_database)["catalogue_version"][1]
    engine = open_database(old_database)
    try:
        assert integrity_ok(engine)
        with engine.connect() as con:
            assert schema.current_version(con) == schema.SCHEMA_VERSION
            count = con.execute(text("SELECT count(*) FROM catalogue_version")).scalar()
        assert count == sum(versions_before.values()) == 2
        info = catalogue.current(engine)
        assert info is not None and info.version == "2"
        assert CatalogueSearch(engine).search("hammashoitola")
    finally:
        engine.dispose()


def _add_note_table(con: Connection) -> None:
    con.execute(text("CREATE TABLE desk_note (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"))
    con.execute(text("INSERT INTO desk_note (body) VALUES ('migrated')"))


def test_a_migration_runs_once_and_keeps_a_copy_from_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "v1.sqlite"
    shutil.copyfile(FIXTURES[0], path)
    before = all_rows(path)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(schema.MIGRATIONS, 1, _add_note_table)
    # A made-up version 2: its schema is not this version's, which opening would refuse.
    monkeypatch.setattr(db_engine, "_check_schema", lambda *_args, **_options: None)
    open_database(path).dispose()
    open_database(path).dispose()  # already current: the migration does not run again
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 2
    assert con.execute("SELECT body FROM desk_note").fetchall() == [("migrated",)]
    con.close()
    copies = list(tmp_path.glob("v1.schema-1-*.sqlite"))
    assert len(copies) == 1
    assert all_rows(copies[0]) == before


def _broken(con: Connection) -> None:
    con.execute(text("DELETE FROM catalogue_version"))
    raise RuntimeError("a bug in a migration")


def test_a_failing_migration_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "v1.sqlite"
    shutil.copyfile(FIXTURES[0], path)
    before = all_rows(path)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(schema.MIGRATIONS, 1, _broken)
    with pytest.raises(RuntimeError):
        open_database(path)
    assert all_rows(path) == before
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 1
    con.close()


def test_a_database_in_wal_mode_from_a_newer_version_is_left_byte_identical(
    tmp_path: Path,
) -> None:
    path = tmp_path / "newer.sqlite"
    shutil.copyfile(FIXTURES[-1], path)
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA journal_mode = WAL").fetchone() == ("wal",)
    con.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(UserFacingError) as caught:
        open_database(path)
    assert caught.value.problem is Problem.DATABASE_NEWER
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["newer.sqlite"]


def test_another_programs_sqlite_file_is_not_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE shopping (item TEXT)")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(UserFacingError) as caught:
        open_database(path)
    assert caught.value.problem is Problem.NOT_A_DATABASE
    assert path.read_bytes() == before


def test_an_upgraded_database_lists_each_kind_shortest_name_first(old_database: Path) -> None:
    """Version 4 re-indexes: a broad word's bounded candidates are the shortest names."""
    engine = open_database(old_database)
    try:
        with engine.connect() as con:
            expected = [
                (e.kind, e.ref_id)
                for e in search_entries.index_entries(catalogue_store.dump_catalogue(con, {}))
            ]
            indexed = con.execute(
                text(f"SELECT kind, ref_id FROM {search_index.WORDS_TABLE} ORDER BY rowid")
            ).all()
    finally:
        engine.dispose()
    for kind in {k for k, _ in expected}:
        assert [r for k, r in indexed if k == kind] == [r for k, r in expected if k == kind]
