"""Nothing a counsellor types about a client reaches the log, in any failure path; a log that
cannot be written costs one line on stderr, not a traceback."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sote_navigator import cli, logs
from sote_navigator.db import engine as db_engine
from sote_navigator.services.workspace import open_workspace
from tests import small_disk
from tests.cli_runner import run_cli

REFERENCE = "ASIAKAS-4711-XQ"
NOTE = "Tytär soittaa maanantaina zyxwv"
SEARCHED = "kotihoito"
PORVOO = ["--municipality", "Borgå", "--age", "82", "--language", "sv", "--need", "hemvård"]
SAVE = ["place", *PORVOO, "--save", "--client-ref", REFERENCE, "--note", NOTE, "--lang", "en"]


def _no_client_text(*texts: str) -> None:
    for text in texts:
        for secret in (REFERENCE, NOTE, SEARCHED):
            assert secret not in text, f"{secret!r} leaked:\n{text}"


@pytest.fixture(autouse=True)
def _log_closed_after() -> Iterator[None]:
    yield
    logging.getLogger(logs.LOGGER_NAME).handlers.clear()
    logs._State.handler = None


def _refusing_inserts(original: Any) -> Any:
    """Every insert into placement fails inside SQLite, as a trigger someone added would.

    A TEMP trigger lives in the connection, not in the file: the database stays ours."""

    def on_connect(dbapi_connection: Any, record: Any) -> None:
        original(dbapi_connection, record)
        dbapi_connection.execute(
            "CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.placement "
            "BEGIN SELECT RAISE(ABORT, 'refused by a trigger'); END"
        )

    return on_connect


def test_a_failing_insert_logs_no_client_reference_or_note(
    tmp_path: Path,
    placement_catalogue_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    database = tmp_path / "db.sqlite"
    open_workspace(database, placement_catalogue_file).dispose()
    monkeypatch.setattr(db_engine, "_on_connect", _refusing_inserts(db_engine._on_connect))
    code = cli.main([*SAVE, "--db", str(database)])
    captured = capsys.readouterr()
    assert code == 2, captured.err
    assert "Traceback" not in captured.err
    log = logs.log_file()
    assert log is not None
    logged = log.read_text(encoding="utf-8")
    assert "INSERT INTO placement" in logged  # the failure is logged, its values are not
    _no_client_text(logged, captured.err)


def test_a_search_that_fails_logs_no_searched_words(
    tmp_path: Path, placement_catalogue_file: Path
) -> None:
    database = tmp_path / "db.sqlite"
    open_workspace(database, placement_catalogue_file).dispose()
    # The search index is damaged: the query fails inside SQLite with the words bound to it.
    import sqlite3

    con = sqlite3.connect(database)
    for table in ("search_words_data", "search_trigrams_data"):
        con.execute(
            f"UPDATE {table} SET block = CAST(printf('%.*c', length(block), 'x') AS BLOB) "
            "WHERE id > 10"
        )
    con.commit()
    con.close()
    home = tmp_path / "home"
    run = run_cli(["search", SEARCHED, "--db", str(database), "--lang", "en"], home=home)
    assert run.code == 2, run.err
    assert "is damaged" in run.err and "Traceback" not in run.err
    _no_client_text((home / "logs" / "sote-navigator.log").read_text(encoding="utf-8"), run.err)


def test_a_log_on_a_full_disk_costs_one_line_and_the_answer_still_comes(
    tmp_path: Path, placement_catalogue_file: Path
) -> None:
    database = tmp_path / "db.sqlite"
    open_workspace(database, placement_catalogue_file).dispose()
    with small_disk.mounted(tmp_path / "disk") as disk:
        home = disk / "home"
        home.mkdir(mode=0o700)
        (home / "logs").mkdir(mode=0o700)
        (home / "logs" / "sote-navigator.log").touch()
        small_disk.fill(disk)
        run = run_cli(["lookup", "Porvoo", "--db", str(database), "--lang", "en"], home=home)
        assert run.code == 0, run.err
        assert "Porvoo" in run.out
        assert "Logging error" not in run.err and "Traceback" not in run.err
        assert run.err.strip().splitlines() == [
            f"The disk holding the log file {home / 'logs' / 'sote-navigator.log'} is full: "
            "Sote Navigator goes on without writing it."
        ]
