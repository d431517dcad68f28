"""The region's server dies in the middle of a sync (pg_ctl stop -m immediate): in the middle
of the push, and in the middle of the catalogue pull. After a restart and another sync,
every placement is in the region exactly once and the laptop's database is intact."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import insert, select

from sote_navigator.core.placement_record import PlacementStatus
from sote_navigator.db import placement_models as pm
from sote_navigator.db import placement_sync
from sote_navigator.db.engine import writing
from sote_navigator.services.workspace import Workspace, open_workspace
from tests import postgres_server as pg
from tests.paths import ROOT
from tests.services.test_placement_records import porvoo_home_care

COPIES = 2000


@pytest.fixture
def own_server() -> Iterator[pg.Server]:
    """A cluster of this test's own: the session's one must not be killed."""
    server = pg.start()
    yield server
    server.stop()


def _laptop(path: Path, catalogue_file: Path, copies: int) -> None:
    """A laptop with ``copies + 1`` finished placements, each with its status change, all in
    the outbox (copies of one saved placement, each with ids of its own)."""
    engine = open_workspace(path, catalogue_file)
    try:
        records = Workspace(engine=engine, desk="desk-fault").records
        saved = records.commit(None, porvoo_home_care())
        with writing(engine) as con:
            placement = dict(con.execute(select(pm.Placement)).mappings().one())
            note = dict(con.execute(select(pm.PlacementNote)).mappings().one())
            for _ in range(copies):
                uid = placement_sync.new_uid()
                values = {**placement, "id": None, "uid": uid}
                new = con.execute(insert(pm.Placement).values(values)).inserted_primary_key
                assert new is not None
                note_uid = placement_sync.new_uid()
                con.execute(
                    insert(pm.PlacementNote).values(
                        {**note, "id": None, "uid": note_uid, "placement_id": new[0]}
                    )
                )
                placement_sync.queue(con, placement_sync.PLACEMENT, uid, placement["updated_at"])
                placement_sync.queue(con, placement_sync.NOTE, note_uid, note["created_at"])
        assert saved.status is PlacementStatus.REFERRED
    finally:
        engine.dispose()


def _region(server: pg.Server, url: str, sql: str) -> list[tuple[object, ...]]:
    name = url.split("?")[0].rsplit("/", 1)[1]
    with psycopg.connect(dbname=name, user="postgres", host=str(server.socket_dir)) as con:
        return list(con.execute(sql).fetchall())  # type: ignore[arg-type]


def _local(path: Path, sql: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path, timeout=30)
    try:
        return list(con.execute(sql).fetchall())
    finally:
        con.close()


def _sync_process(path: Path, url: str, home: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "SOTE_NAVIGATOR_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "sote_navigator",
            "region",
            "sync",
            "--region",
            url,
            "--db",
            str(path),
            "--lang",
            "en",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _wait_for(found: object, process: subprocess.Popen[bytes], seconds: float = 180) -> bool:
    deadline = time.monotonic() + seconds
    while process.poll() is None and time.monotonic() < deadline:
        if callable(found) and found():
            return True
        time.sleep(0.005)
    return False


def _intact(path: Path) -> None:
    assert _local(path, "PRAGMA integrity_check") == [("ok",)]
    assert _local(path, "PRAGMA foreign_key_check") == []


@pytest.mark.slow
def test_a_server_killed_mid_push_and_mid_pull_loses_and_doubles_nothing(
    own_server: pg.Server, tmp_path: Path, placement_catalogue_file: Path
) -> None:
    url = own_server.new_database()
    open_workspace(url).dispose()  # the region, on the shipped default catalogue
    laptop = tmp_path / "laptop.sqlite"
    _laptop(laptop, placement_catalogue_file, COPIES)
    total = COPIES + 1
    placements_before = _local(laptop, "SELECT uid, status FROM placement ORDER BY uid")
    assert _local(laptop, "SELECT count(*) FROM sync_outbox") == [(2 * total,)]

    # 1. Killed while the push is writing in the region (its transaction holds the lock).
    name = url.split("?")[0].rsplit("/", 1)[1]

    def pushing() -> bool:
        return bool(
            _region(
                own_server,
                url,
                "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
                f"WHERE l.locktype = 'advisory' AND l.granted AND d.datname = '{name}'",
            )[0][0]
        )

    with _sync_process(laptop, url, tmp_path / "home") as process:
        assert _wait_for(pushing, process), "the push never started writing"
        own_server.crash()
        _, err = process.communicate(timeout=120)
    assert process.returncode == 2, err
    assert b"cannot be reached" in err or b"failed" in err
    own_server.restart()
    _intact(laptop)
    assert _local(laptop, "SELECT count(*) FROM sync_outbox") == [(2 * total,)]
    assert _region(own_server, url, "SELECT count(*) FROM placement") == [(0,)]

    # 2. Killed while the region's catalogue is read, after the push has been committed.
    def reading_catalogue() -> bool:
        if _local(laptop, "SELECT count(*) FROM sync_outbox") != [(0,)]:
            return False
        return bool(
            _region(
                own_server,
                url,
                "SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid() "
                f"AND datname = '{name}' AND state IN ('active', 'idle in transaction') "
                "AND query NOT ILIKE '%placement%'",
            )[0][0]
        )

    with _sync_process(laptop, url, tmp_path / "home") as process:
        assert _wait_for(reading_catalogue, process), "the catalogue pull was not caught"
        own_server.crash()
        _, err = process.communicate(timeout=120)
    assert process.returncode == 2, err
    own_server.restart()
    _intact(laptop)
    assert _local(laptop, "SELECT count(*) FROM catalogue_version") == [(1,)]
    assert _region(own_server, url, "SELECT count(*), count(DISTINCT uid) FROM placement") == [
        (total, total)
    ]

    # 3. The next sync finishes: nothing lost, nothing twice, the catalogue pulled once.
    with _sync_process(laptop, url, tmp_path / "home") as process:
        out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err
    assert b"catalogue version 2 here" in out
    _intact(laptop)
    assert _local(laptop, "SELECT count(*) FROM sync_outbox") == [(0,)]
    assert _local(laptop, "SELECT uid, status FROM placement ORDER BY uid") == placements_before
    assert _region(own_server, url, "SELECT uid, status FROM placement ORDER BY uid") == [
        tuple(row) for row in placements_before
    ]
    assert _region(own_server, url, "SELECT count(*), count(DISTINCT uid) FROM placement_note") == [
        (total, total)
    ]
    logged = "".join(p.read_text() for p in (tmp_path / "home" / "logs").glob("*.log*"))
    assert logged.count("refused: server_") == 2  # the two failed syncs, said without client text
    assert porvoo_home_care().notes not in logged
