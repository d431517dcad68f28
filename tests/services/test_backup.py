"""Backup while the application runs, and a restore that checks before it replaces anything."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from sote_navigator.core.errors import Problem, UserFacingError
from sote_navigator.db import schema
from sote_navigator.db.engine import integrity_ok, open_database, writing
from sote_navigator.services import backup, catalogue
from sote_navigator.services.workspace import open_workspace
from tests.catalogue_factory import small_catalogue
from tests.cli_runner import run_cli
from tests.helpers_processes import write_lock_held
from tests.paths import FIXTURES

FIXTURE_V1 = FIXTURES / "schema-v1.sqlite"


@pytest.fixture
def live(tmp_path: Path, small_catalogue_file: Path) -> Iterator[tuple[Path, Engine]]:
    """The user's database, open as the running application holds it."""
    path = tmp_path / "home" / "sote-navigator.sqlite"
    engine = open_workspace(path, small_catalogue_file)
    yield path, engine
    engine.dispose()


def _install_release(engine: Engine, version: str) -> None:
    document = small_catalogue()
    document["catalogue"]["version"] = version
    with writing(engine) as con:
        catalogue.install(
            con, document, source_hash=version, source_format="native", source_name=version
        )


def _versions(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT version FROM catalogue_version ORDER BY id")]
    finally:
        con.close()


def test_backup_while_the_application_writes_holds_only_committed_data(
    live: tuple[Path, Engine], tmp_path: Path
) -> None:
    path, engine = live
    _install_release(engine, "2")  # committed, still in the WAL: the engine keeps it open
    target = tmp_path / "copies" / "backup.sqlite"
    with write_lock_held(path, 1.5):  # another process is in the middle of a write
        report = backup.backup(path, target)
    assert report.path == target
    assert _versions(target) == ["1", "2"]
    con = sqlite3.connect(target)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    con.close()
    assert "holder_scratch" not in names
    assert not (tmp_path / "copies" / "backup.sqlite-wal").exists()


def test_restore_puts_the_backup_back_and_keeps_the_current_database_aside(
    live: tuple[Path, Engine], tmp_path: Path
) -> None:
    path, engine = live
    saved = tmp_path / "saved.sqlite"
    backup.backup(path, saved)
    _install_release(engine, "2")
    engine.dispose()
    report = backup.restore(saved, path)
    assert _versions(path) == ["1"]
    assert report.kept_aside is not None and report.kept_aside.parent == path.parent
    assert "before-restore-" in report.kept_aside.name
    assert _versions(report.kept_aside) == ["1", "2"]
    reopened = open_database(path)
    assert integrity_ok(reopened)
    reopened.dispose()


def test_restore_through_the_cli_beside_another_writer(
    live: tuple[Path, Engine], tmp_path: Path
) -> None:
    path, engine = live
    saved = tmp_path / "saved.sqlite"
    backup.backup(path, saved)
    _install_release(engine, "2")
    engine.dispose()
    with write_lock_held(path, 2):
        run = run_cli(["restore", str(saved), "--db", str(path), "--json"])
    assert run.code == 0, run.err
    assert "locked" not in run.err
    assert _versions(path) == ["1"]
    assert Path(run.json()["kept_aside"]).is_file()


def test_an_older_schema_backup_restores(tmp_path: Path, live: tuple[Path, Engine]) -> None:
    path, engine = live
    engine.dispose()
    report = backup.restore(FIXTURE_V1, path)
    assert report.schema_version == 1
    assert _versions(path) == ["1", "2"]


def _not_sqlite(tmp_path: Path) -> Path:
    path = tmp_path / "notes.sqlite"
    path.write_text("not a database\n" * 100)
    return path


def _foreign_sqlite(tmp_path: Path) -> Path:
    path = tmp_path / "other-app.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    return path


def _newer(tmp_path: Path) -> Path:
    path = tmp_path / "newer.sqlite"
    shutil.copyfile(FIXTURE_V1, path)
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    return path


def _damaged(tmp_path: Path) -> Path:
    path = tmp_path / "damaged.sqlite"
    shutil.copyfile(FIXTURE_V1, path)
    con = sqlite3.connect(path)
    page = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'municipality'")
    root = int(page.fetchone()[0])
    con.close()
    with path.open("r+b") as f:  # scribble over a table's b-tree page
        f.seek((root - 1) * 4096 + 8)
        f.write(b"\xff\x13" * 200)
    return path


@pytest.mark.parametrize(
    ("make", "problem", "words"),
    [
        (_not_sqlite, Problem.RESTORE_NOT_OURS, "not a Sote Navigator database"),
        (_foreign_sqlite, Problem.RESTORE_NOT_OURS, "not a Sote Navigator database"),
        (_newer, Problem.RESTORE_NEWER, "newer version"),
        (_damaged, Problem.RESTORE_DAMAGED, "damaged"),
        (lambda tmp: tmp / "missing.sqlite", Problem.FILE_MISSING, "does not exist"),
    ],
)
def test_restore_refuses_with_one_sentence_and_changes_nothing(
    live: tuple[Path, Engine], tmp_path: Path, make: object, problem: Problem, words: str
) -> None:
    path, engine = live
    engine.dispose()
    source = make(tmp_path)  # type: ignore[operator]
    before = path.read_bytes()
    listing = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(UserFacingError) as caught:
        backup.restore(source, path)
    assert caught.value.problem is problem
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == listing
    run = run_cli(["restore", str(source), "--db", str(path), "--lang", "en"])
    assert run.code == 2
    assert words in run.err
    assert len(run.err.strip().splitlines()) == 1, run.err
    assert path.read_bytes() == before


def test_backup_onto_the_database_itself_is_refused(live: tuple[Path, Engine]) -> None:
    path, _ = live
    with pytest.raises(UserFacingError) as caught:
        backup.backup(path, path)
    assert caught.value.problem is Problem.BACKUP_IS_DATABASE


def test_backup_with_no_database_yet(tmp_path: Path) -> None:
    run = run_cli(["backup", str(tmp_path / "copy.sqlite")], home=tmp_path / "new-home")
    assert run.code == 2
    assert "nothing to back up" in run.err
    assert not (tmp_path / "copy.sqlite").exists()


def test_restore_onto_a_new_laptop_with_no_database_yet(
    live: tuple[Path, Engine], tmp_path: Path
) -> None:
    path, engine = live
    _install_release(engine, "2")
    saved = tmp_path / "usb" / "backup.sqlite"
    backup.backup(path, saved)
    new_home = tmp_path / "new-laptop"
    run = run_cli(["restore", str(saved), "--json"], home=new_home)
    assert run.code == 0, run.err
    assert run.json()["kept_aside"] is None
    restored = new_home / "sote-navigator.sqlite"
    assert _versions(restored) == ["1", "2"]
    assert restored.stat().st_mode & 0o777 == 0o600
    assert new_home.stat().st_mode & 0o777 == 0o700


def test_restore_replaces_a_database_damaged_beyond_reading(
    live: tuple[Path, Engine], tmp_path: Path
) -> None:
    path, engine = live
    saved = tmp_path / "saved.sqlite"
    backup.backup(path, saved)
    engine.dispose()
    damaged = b"\x00garbage where the header was" * 200 + path.read_bytes()[6000:]
    path.write_bytes(damaged)
    run = run_cli(["restore", str(saved), "--db", str(path), "--json"])
    assert run.code == 0, run.err
    assert _versions(path) == ["1"]
    assert Path(run.json()["kept_aside"]).read_bytes() == damaged
