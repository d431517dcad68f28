"""The PostgreSQL server stopped as by a power cut in the middle of an import: after it
recovers, the previous catalogue is intact, one catalogue version, every placement once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from bench.national_catalogue import generate
from sote_navigator.core.placement_record import PlacementInput
from sote_navigator.exchange import native
from sote_navigator.services import catalogue, catalogue_history
from sote_navigator.services.workspace import Workspace, open_workspace
from tests import postgres_server
from tests.paths import ROOT

pytestmark = pytest.mark.slow


@pytest.fixture
def own_server() -> Iterator[postgres_server.Server]:
    """A cluster of this test's own: it is crashed and started again."""
    server = postgres_server.start()
    yield server
    server.stop()


def _writing(server: postgres_server.Server, url: str) -> bool:
    """Whether a transaction holds the writers' advisory lock (the import is writing)."""
    name = url.split("@/")[1].split("?")[0]
    with psycopg.connect(
        dbname=name, user="postgres", host=str(server.socket_dir), autocommit=True
    ) as con:
        row = con.execute(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
        ).fetchone()
    return bool(row and row[0])


def test_a_server_stopped_mid_import_recovers_the_previous_catalogue(
    own_server: postgres_server.Server, tmp_path: Path
) -> None:
    source = tmp_path / "national.json"
    source.write_text(json.dumps(generate(seed=3), ensure_ascii=False), encoding="utf-8")
    url = own_server.new_database()
    workspace = Workspace(url)
    try:
        before = native.canonical_bytes(catalogue.export_document(workspace.engine))
        saved = workspace.records.commit(
            None, PlacementInput(municipality="Porvoo", age=70, client_reference="crash-1")
        ).id
    finally:
        workspace.close()
    env = {**os.environ, "SOTE_NAVIGATOR_HOME": str(tmp_path / "home")}
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
            "--lang",
            "en",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 300
    while process.poll() is None and time.monotonic() < deadline:
        if _writing(own_server, url):
            break
        time.sleep(0.05)
    time.sleep(1.0)  # well inside the transaction: rows of the new catalogue are written
    assert process.poll() is None, "the import ended before the server could be stopped"
    own_server.crash()
    _out, err = process.communicate(timeout=120)
    assert process.returncode == 2, err
    assert "Traceback" not in err
    assert "database server" in err
    own_server.restart()
    engine = open_workspace(url)
    try:
        assert native.canonical_bytes(catalogue.export_document(engine)) == before
        assert len(catalogue_history.history(engine)) == 1
        records = Workspace(engine=engine).records.find()
        assert [(r.id, r.input.client_reference) for r in records] == [(saved, "crash-1")]
    finally:
        engine.dispose()
