"""On a region's database a desk's save does not wait for a maintainer's import: the two
writers take different locks (db.transactions scopes); two imports still wait in turn."""

from __future__ import annotations

import threading
from pathlib import Path

import psycopg
from sqlalchemy import Engine

from sote_navigator.core.placement_record import PlacementInput
from sote_navigator.db import postgresql
from sote_navigator.db.engine import writing
from sote_navigator.services.workspace import Workspace, open_workspace
from tests.postgres_server import Server


def _hold(server: Server, url: str, key: int) -> psycopg.Connection[tuple[object, ...]]:
    name = url.split("@/")[1].split("?")[0]
    con = psycopg.connect(dbname=name, user="postgres", host=str(server.socket_dir))
    con.execute("SELECT pg_advisory_lock(%s)", (key,))
    return con


def _in_thread(work: object) -> tuple[threading.Thread, list[object]]:
    done: list[object] = []

    def run() -> None:
        done.append(work())  # type: ignore[operator]

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, done


def test_a_save_goes_through_while_the_catalogue_is_being_written(
    postgres_server: Server, placement_catalogue_file: Path
) -> None:
    url = postgres_server.new_database()
    engine: Engine = open_workspace(url, placement_catalogue_file)
    records = Workspace(engine=engine).records
    importing = _hold(postgres_server, url, postgresql.WRITE_LOCK)  # as an import's transaction
    try:
        thread, done = _in_thread(
            lambda: records.commit(None, PlacementInput(municipality="Porvoo", age=70)).id
        )
        thread.join(timeout=60)
        assert done, "the save waited for the catalogue's writer"

        def catalogue_write() -> int:
            with writing(engine) as con:
                return int(con.exec_driver_sql("SELECT 1").scalar() or 0)

        other, written = _in_thread(catalogue_write)
        other.join(timeout=2)
        assert not written  # a second catalogue writer waits for the first
    finally:
        importing.close()
    other.join(timeout=60)
    assert written == [1]
    engine.dispose()
