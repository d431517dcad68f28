"""The command line end to end: real subprocess, real SQLite file, exit codes and output."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from sote_navigator.db import schema
from sote_navigator.services.workspace import open_workspace
from tests.cli_runner import run_cli
from tests.postgres_server import database_for

pytestmark = pytest.mark.both_engines


@pytest.fixture
def db(
    request: pytest.FixtureRequest, tmp_path: Path, small_catalogue_file: Path, engine_kind: str
) -> str:
    """The database the commands run on: a file, or a PostgreSQL database (both_engines)."""
    database = database_for(request, tmp_path, "cli")
    open_workspace(database, small_catalogue_file).dispose()
    return database


def test_lookup_text_in_swedish(db: str) -> None:
    run = run_cli(["lookup", "Borgå", "--db", str(db), "--lang", "sv"])
    assert run.code == 0, run.err
    assert "Östra Nylands välfärdsområde" in run.out
    assert "Östra Nyland" in run.out


def test_lookup_json_keys_are_stable_across_languages(db: str) -> None:
    fi = run_cli(["lookup", "049", "--json", "--db", str(db), "--lang", "fi"]).json()
    sv = run_cli(["--lang", "sv", "lookup", "049", "--json", "--db", str(db)]).json()
    assert fi.keys() == sv.keys()
    assert fi["organiser"]["name"] == "Länsi-Uudenmaan hyvinvointialue"
    assert sv["organiser"]["name"] == "Västra Nylands välfärdsområde"
    assert fi["regional_unit"]["id"] == sv["regional_unit"]["id"] == "unit-u3"


def test_unknown_municipality_exits_1_with_suggestions(db: str) -> None:
    run = run_cli(["lookup", "Porvo", "--db", str(db), "--lang", "en"])
    assert run.code == 1
    assert "Porvoo" in run.out
    data = run_cli(["lookup", "Porvo", "--db", str(db), "--json"]).json()
    assert data["found"] is False
    assert data["suggestions"][0]["code"] == "638"


def test_search_marks_example_data(db: str) -> None:
    run = run_cli(["search", "hammashoitolan", "--db", str(db), "--lang", "en"])
    assert run.code == 0, run.err
    assert "EXAMPLE DATA" in run.out
    data = run_cli(["search", "tandvård", "--json", "--db", str(db)]).json()
    assert data["results"][0]["id"] == "S-DENTAL"


def test_search_nothing_found_exits_1(db: str) -> None:
    assert run_cli(["search", "qqqzzz", "--db", str(db)]).code == 1


def test_info_json(db: str) -> None:
    data = run_cli(["info", "--json", "--db", str(db)]).json()
    assert data["catalogue"]["id"] == "test.small"
    assert data["counts"]["municipalities"] == 4
    assert data["database"] == str(db)


def test_bad_usage_exits_2() -> None:
    assert run_cli(["lookup"]).code == 2
    assert run_cli(["no-such-command"]).code == 2


def test_newer_database_is_one_sentence_and_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    run = run_cli(["info", "--db", str(path), "--lang", "en"])
    assert run.code == 2
    assert "newer version" in run.err
    assert "Traceback" not in run.err
    assert len(run.err.strip().splitlines()) == 1


def test_not_a_database_is_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("shopping list\n")
    run = run_cli(["lookup", "Porvoo", "--db", str(path), "--lang", "en"])
    assert run.code == 2
    assert "not a Sote Navigator database" in run.err
    assert "Traceback" not in run.err


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody may write to: immutable for root (chattr), mode 0555 for others."""
    folder = tmp_path / "locked"
    folder.mkdir()
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode:
            pytest.skip("this file system cannot make a folder read-only for root")
        yield folder
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    else:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)


def test_read_only_folder_is_one_sentence(read_only_folder: Path) -> None:
    run = run_cli(["info", "--db", str(read_only_folder / "db.sqlite"), "--lang", "en"])
    assert run.code == 2, run.err
    assert "cannot be written to" in run.err
    assert "Traceback" not in run.err
    assert list(read_only_folder.iterdir()) == []


def test_first_run_fills_the_database_from_the_default_catalogue(tmp_path: Path) -> None:
    home = tmp_path / "fresh-home"
    data = run_cli(["info", "--json"], home=home).json()
    assert data["database"].startswith(str(home))
    assert data["catalogue"]["id"] == "fi.sote-navigator.default"
    assert data["counts"]["municipalities"] == 308
