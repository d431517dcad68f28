"""A database is named by a path or a URL, and only db/ knows which engine is behind it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import sote_navigator
from sote_navigator.core.errors import Problem, UserFacingError
from sote_navigator.db import location
from sote_navigator.db.location import Database, locate
from sote_navigator.services import backup
from tests.cli_runner import run_cli

PACKAGE = Path(sote_navigator.__file__).resolve().parent
# Words that name the file engine or its files: they belong in db/ only.
ENGINE_WORDS = re.compile(r"sqlite|pragma|fts5|-wal\b|-shm\b|-journal\b|\bwal\b", re.IGNORECASE)


def test_no_engine_fact_outside_db() -> None:
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{number}: {line.strip()}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if (PACKAGE / "db") not in path.parents
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if ENGINE_WORDS.search(line)
    ]
    assert len(list(PACKAGE.rglob("*.py"))) > 50  # the walk sees the package
    assert found == []


def test_the_check_sees_a_fact() -> None:
    for line in ("import sqlite3", 'con.execute("PRAGMA x")', 'name + "-wal"', "USING fts5("):
        assert ENGINE_WORDS.search(line), line
    assert not ENGINE_WORDS.search("walk the tree; wall; shmoo")


def test_a_path_names_a_file(tmp_path: Path) -> None:
    assert locate(str(tmp_path / "a.sqlite")) == Database(tmp_path / "a.sqlite")
    assert locate(tmp_path / "a.sqlite") == Database(tmp_path / "a.sqlite")
    assert locate("relative/a.db").file == Path("relative/a.db")
    assert locate(r"C:\Users\x\a.sqlite").file == Path(r"C:\Users\x\a.sqlite")


def test_no_name_is_the_file_in_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOTE_NAVIGATOR_HOME", str(tmp_path))
    assert locate(None) == locate("") == Database(tmp_path / location.DEFAULT_FILE_NAME)


def test_a_file_url_names_the_same_file(tmp_path: Path) -> None:
    assert locate(f"sqlite:///{tmp_path}/a.sqlite").file == tmp_path / "a.sqlite"
    assert locate("sqlite:///relative.sqlite").file == Path("relative.sqlite")
    assert locate("SQLite+pysqlite:///x.sqlite").file == Path("x.sqlite")


def test_a_server_url_is_shown_without_its_password() -> None:
    database = locate("postgresql://desk:secret@db.example/navigator")
    assert database.file is None
    assert "secret" not in database.shown
    assert database.shown.startswith("postgresql://desk:")
    assert database.shown.endswith("@db.example/navigator")


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///x.sqlite?mode=ro", "sqlite:///"])
def test_a_file_url_this_application_cannot_use_is_refused(url: str) -> None:
    with pytest.raises(UserFacingError) as caught:
        locate(url)
    assert caught.value.problem is Problem.DATABASE_UNSUPPORTED


def test_backup_of_a_database_without_a_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserFacingError) as caught:
        backup.backup(Database(None, "mysql://u@h/db"), tmp_path / "copy.sqlite")
    assert caught.value.problem is Problem.DATABASE_UNSUPPORTED


def test_cli_opens_a_file_named_by_url(tmp_path: Path) -> None:
    db = tmp_path / "by-url.sqlite"
    run = run_cli(["info", "--json", "--db", f"sqlite:///{db}"], home=tmp_path / "home")
    assert run.code == 0, run.err
    assert run.json()["database"] == str(db)
    assert db.is_file()
    assert not (tmp_path / "home" / location.DEFAULT_FILE_NAME).exists()


def test_cli_refuses_an_engine_it_cannot_open_in_one_sentence(tmp_path: Path) -> None:
    run = run_cli(
        ["info", "--lang", "en", "--db", "mysql://desk:secret@db.example/navigator"],
        home=tmp_path,
    )
    assert run.code == 2
    assert "secret" not in run.err
    assert "cannot open the database mysql://desk:***@db.example/navigator" in run.err
    assert "Traceback" not in run.err


def test_the_settings_file_names_the_database_when_db_does_not(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    db = tmp_path / "elsewhere.sqlite"
    (home / "settings.ini").write_text(f"[database]\nlocation={db}\n", encoding="utf-8")
    run = run_cli(["info", "--json"], home=home)
    assert run.code == 0, run.err
    assert run.json()["database"] == str(db)
    assert db.is_file()
    other = tmp_path / "given.sqlite"
    run = run_cli(["info", "--json", "--db", str(other)], home=home)
    assert run.json()["database"] == str(other)  # --db first
