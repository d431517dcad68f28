"""A region's database on PostgreSQL: the same answers as a SQLite file, and its own refusals."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Engine

from bench.national_catalogue import generate
from sote_navigator.core.errors import Problem, UserFacingError
from sote_navigator.core.vocabulary import EntityKind
from sote_navigator.db import schema
from sote_navigator.db.engine import open_database
from sote_navigator.db.location import locate
from sote_navigator.exchange import native
from sote_navigator.services import backup, catalogue, catalogue_history
from sote_navigator.services.search import CatalogueSearch
from sote_navigator.services.workspace import open_workspace
from tests.cli_runner import run_cli
from tests.paths import ROOT
from tests.postgres_server import Server
from tests.ranking_catalogue import ranking_catalogue

QUERIES = [
    "terveysasema",
    "terveys",
    "hammas",
    "hammashoitola",
    "hoitola",
    "hälsocentral",
    "tandvård",
    "koti",
    "kotihoito",
    "hoito",
    "porvoo",
    "borgå",
    "a",
    "sosiaali palvelu",
    "asema",
    "neuvola",
    "qqqq",
]


def _dbname(url: str) -> str:
    return url.split("@/")[1].split("?")[0]


def _connect(server: Server, url: str) -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(
        dbname=_dbname(url), user="postgres", host=str(server.socket_dir), autocommit=True
    )


def _answers(engine: Engine, language: str) -> list[list[tuple[str, str]]]:
    search = CatalogueSearch(engine)
    out = []
    for query in QUERIES:
        for kinds in (None, [EntityKind.SERVICE], [EntityKind.LOCATION]):
            found = search.search(query, 30, kinds, language=language)
            out.append([(str(r.kind), r.id) for r in found])
    return out


def test_search_answers_and_order_are_the_same_as_on_sqlite(
    postgres_server: Server, tmp_path: Path
) -> None:
    source = tmp_path / "ranking.json"
    source.write_text(json.dumps(ranking_catalogue(), ensure_ascii=False), encoding="utf-8")
    on_file = open_workspace(tmp_path / "ranking.sqlite", source)
    on_server = open_workspace(postgres_server.new_database(), source)
    try:
        for language in ("fi", "sv"):
            expected = _answers(on_file, language)
            assert sum(len(a) for a in expected) > 100  # the queries find things
            assert _answers(on_server, language) == expected
    finally:
        on_file.dispose()
        on_server.dispose()


def test_a_server_that_cannot_be_reached_is_one_sentence(tmp_path: Path) -> None:
    url = f"postgresql://desk@/navigator?host={tmp_path / 'no-server'}"
    run = run_cli(["info", "--lang", "en", "--db", url], home=tmp_path / "home")
    assert run.code == 2
    assert "The database server of postgresql://desk@/navigator" in run.err
    assert "Traceback" not in run.err


def test_backup_of_a_server_database_names_the_servers_tools(
    postgres_server: Server, tmp_path: Path
) -> None:
    url = postgres_server.new_database()
    with pytest.raises(UserFacingError) as caught:
        backup.backup(locate(url), tmp_path / "copy.sqlite")
    assert caught.value.problem is Problem.BACKUP_ON_SERVER
    run = run_cli(["backup", str(tmp_path / "copy.sqlite"), "--db", url, "--lang", "en"])
    assert run.code == 2
    assert "pg_dump" in run.err
    assert not (tmp_path / "copy.sqlite").exists()


def test_another_programs_database_is_refused_and_left_alone(postgres_server: Server) -> None:
    url = postgres_server.new_database()
    with _connect(postgres_server, url) as con:
        con.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(UserFacingError) as caught:
        open_database(url)
    assert caught.value.problem is Problem.NOT_A_DATABASE
    with _connect(postgres_server, url) as con:
        tables = {
            r[0] for r in con.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        }
    assert tables == {"invoices"}


def test_a_newer_schema_is_refused(postgres_server: Server) -> None:
    url = postgres_server.new_database()
    open_database(url).dispose()
    with _connect(postgres_server, url) as con:
        con.execute("UPDATE sote_navigator_schema SET version = %s", (schema.SCHEMA_VERSION + 1,))
    with pytest.raises(UserFacingError) as caught:
        open_database(url)
    assert caught.value.problem is Problem.DATABASE_NEWER


def test_a_database_opens_again_at_the_current_version(postgres_server: Server) -> None:
    url = postgres_server.new_database()
    open_database(url).dispose()
    engine = open_database(url)
    engine.dispose()
    with _connect(postgres_server, url) as con:
        row = con.execute("SELECT version, application FROM sote_navigator_schema").fetchall()
    assert row == [(schema.SCHEMA_VERSION, "sote-navigator")]


def _advisory_locks(server: Server, url: str) -> int:
    with _connect(server, url) as con:
        found = con.execute(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
        ).fetchone()
    return int(found[0]) if found else 0


@pytest.mark.slow
def test_a_killed_import_leaves_the_previous_catalogue(
    postgres_server: Server, tmp_path: Path
) -> None:
    source = tmp_path / "national.json"
    source.write_text(json.dumps(generate(seed=3), ensure_ascii=False), encoding="utf-8")
    url = postgres_server.new_database()
    engine = open_workspace(url)
    before = native.canonical_bytes(catalogue.export_document(engine))
    engine.dispose()
    env = {**os.environ, "SOTE_NAVIGATOR_HOME": str(tmp_path / "home")}
    killed_while_writing = 0
    for moment in (0.0, 0.5, 1.5):
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "sote_navigator",
                "catalogue",
                "import",
                str(source),
                "--allow-unsigned",
                "--db",
                url,
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 120
        while process.poll() is None and time.monotonic() < deadline:
            if _advisory_locks(postgres_server, url):  # the import's transaction is writing
                break
            time.sleep(0.01)
        time.sleep(moment)
        if process.poll() is None:
            killed_while_writing += 1
        process.send_signal(signal.SIGKILL)
        process.wait()
        engine = open_workspace(url)  # waits for the server to roll the import back
        try:
            assert native.canonical_bytes(catalogue.export_document(engine)) == before
            assert len(catalogue_history.history(engine)) == 1
        finally:
            engine.dispose()
    assert killed_while_writing >= 2


def test_an_older_schema_is_upgraded_by_the_same_chain_keeping_every_row(
    postgres_server: Server, tmp_path: Path
) -> None:
    # Version 4 had no contact_route table (db.schema: 4 -> 5 adds it).
    source = tmp_path / "ranking.json"
    source.write_text(json.dumps(ranking_catalogue(), ensure_ascii=False), encoding="utf-8")
    url = postgres_server.new_database()
    engine = open_workspace(url, source)
    before = native.canonical_bytes(catalogue.export_document(engine))
    engine.dispose()
    with _connect(postgres_server, url) as con:
        con.execute("DROP TABLE contact_route")
        con.execute("UPDATE sote_navigator_schema SET version = 4")
    engine = open_database(url)
    try:
        assert native.canonical_bytes(catalogue.export_document(engine)) == before
    finally:
        engine.dispose()
    with _connect(postgres_server, url) as con:
        version = con.execute("SELECT version FROM sote_navigator_schema").fetchone()
        table = con.execute("SELECT to_regclass('public.contact_route') IS NOT NULL").fetchone()
    assert version == (schema.SCHEMA_VERSION,)
    assert table == (True,)


def test_a_version_5_database_gets_stable_ids_keeping_every_placement(
    postgres_server: Server, tmp_path: Path
) -> None:
    # Version 5 had no uid or desk_id on the records and no outbox (db.schema: 5 -> 6).
    from sote_navigator.core.placement_record import PlacementInput, PlacementStatus
    from sote_navigator.services.workspace import Workspace

    url = postgres_server.new_database()
    workspace = Workspace(url, ROOT / "data" / "default-catalogue.json", desk="desk-a")
    try:
        saved = workspace.records.commit(
            None, PlacementInput(municipality="Porvoo", age=40, status="referred", step=4)
        )
        workspace.records.change_status(saved.id, PlacementStatus.DECIDED, "päätös")
    finally:
        workspace.close()
    with _connect(postgres_server, url) as con:
        before = con.execute("SELECT id, status, input FROM placement").fetchall()
        notes = con.execute("SELECT id, text, status FROM placement_note ORDER BY id").fetchall()
        for table in ("placement", "placement_note"):
            con.execute(f"ALTER TABLE {table} DROP COLUMN uid, DROP COLUMN desk_id")
        con.execute("DROP TABLE sync_outbox")
        con.execute("UPDATE sote_navigator_schema SET version = 5")
    open_database(url).dispose()
    with _connect(postgres_server, url) as con:
        assert con.execute("SELECT id, status, input FROM placement").fetchall() == before
        assert (
            con.execute("SELECT id, text, status FROM placement_note ORDER BY id").fetchall()
            == notes
        )
        uids = con.execute(
            "SELECT uid FROM placement UNION ALL SELECT uid FROM placement_note"
        ).fetchall()
        desks = con.execute("SELECT DISTINCT desk_id FROM placement").fetchall()
        outbox = con.execute("SELECT count(*) FROM sync_outbox").fetchone()
        version = con.execute("SELECT version FROM sote_navigator_schema").fetchone()
    assert len({u for (u,) in uids}) == len(uids) == 3 and all(uids)
    assert desks == [("",)]  # saved before desks were recorded
    assert outbox == (0,)  # the region keeps no outbox
    assert version == (schema.SCHEMA_VERSION,)
