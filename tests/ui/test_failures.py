"""Failures: a full disk, a read-only folder, an unexpected error. Clear words, nothing lost."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from sote_navigator import cli, logs, paths
from sote_navigator.core.errors import Problem, UserFacingError
from sote_navigator.db import engine as db_engine
from sote_navigator.db.engine import integrity_ok, open_database
from sote_navigator.services import catalogue
from sote_navigator.services.workspace import open_workspace
from sote_navigator.ui.crash import CrashReporter
from tests.catalogue_factory import small_catalogue, texts
from tests.cli_runner import run_cli

original_on_connect = db_engine._on_connect

# --- the seam: SQLite itself answers SQLITE_FULL once the file may not grow any more ---------


def _capped(pages: int) -> Any:
    original = db_engine._on_connect

    def on_connect(dbapi_connection: Any, record: Any) -> None:
        original(dbapi_connection, record)
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    return on_connect


def _page_count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute("PRAGMA page_count").fetchone()[0])
    finally:
        con.close()


@pytest.fixture
def bulky_default_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A default catalogue that cannot fit in the pages an empty database already has."""
    document = small_catalogue()
    document["services"][0]["descriptions"] = texts(
        "pitkä kuvaus " * 20_000, "lång beskrivning " * 20_000, kind="description"
    )
    path = tmp_path / "bulky-default.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(paths, "default_catalogue_path", lambda: path)
    return path


def test_disk_full_while_the_default_catalogue_goes_in(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    bulky_default_catalogue: Path,
) -> None:
    path = tmp_path / "db.sqlite"
    open_database(path).dispose()
    monkeypatch.setattr(db_engine, "_on_connect", _capped(_page_count(path)))
    code = cli.main(["info", "--db", str(path), "--lang", "en"])
    err = capsys.readouterr().err
    assert code == 2
    assert "is full" in err and "Traceback" not in err
    monkeypatch.setattr(db_engine, "_on_connect", original_on_connect)
    engine = open_database(path)
    assert integrity_ok(engine)
    assert catalogue.current(engine) is None  # rolled back whole, not half-installed
    engine.dispose()
    assert cli.main(["info", "--json", "--db", str(path)]) == 0
    assert '"test.small"' in capsys.readouterr().out


def test_disk_full_words_come_from_the_sqlite_error_code(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    open_database(path).dispose()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA max_page_count = {_page_count(path)}")
    with pytest.raises(sqlite3.OperationalError) as caught:
        con.execute("CREATE TABLE filler (x)")
        con.executemany("INSERT INTO filler VALUES (?)", [(b"x" * 4000,)] * 50)
    con.close()
    assert db_engine.translate_operational_error(caught.value, path).problem is Problem.DISK_FULL


# --- the real thing: a tiny file system that fills up, then turns read-only ------------------


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=16m,mode=0755", "tmpfs", str(mount)],
        capture_output=True,
    )
    if made.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(disk: Path, leave: int) -> Path:
    """Fill ``disk`` up to ``leave`` free bytes."""
    filler = disk / "filler"
    stats = os.statvfs(disk)
    free = stats.f_bavail * stats.f_frsize
    with filler.open("wb") as f, contextlib.suppress(OSError):
        chunk = b"\0" * (1 << 20)
        remaining = max(0, free - leave)
        while remaining > 0:
            remaining -= f.write(chunk[: min(len(chunk), remaining)])
    return filler


def _listing(folder: Path) -> list[str]:
    """The files in ``folder``, less SQLite's own -wal/-shm companions and the log folder."""
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm", "logs")))


def test_first_run_on_a_full_disk_then_after_freeing_space(tiny_disk: Path) -> None:
    home = tiny_disk / "home"
    filler = _fill(tiny_disk, leave=48 * 1024)
    run = run_cli(["info", "--lang", "en"], home=home)
    assert run.code == 2
    assert "is full" in run.err, run.err
    assert "Traceback" not in run.err
    filler.unlink()
    again = run_cli(["info", "--json"], home=home)
    assert again.code == 0, again.err
    assert again.json()["catalogue"] is not None


def test_backup_and_restore_on_a_full_disk_lose_nothing(
    tiny_disk: Path, small_catalogue_file: Path
) -> None:
    home = tiny_disk / "home"
    database = home / "sote-navigator.sqlite"
    open_workspace(database, small_catalogue_file).dispose()
    saved = home / "saved.sqlite"
    assert run_cli(["backup", str(saved)], home=home).code == 0
    before = database.read_bytes()
    listing = _listing(home)
    _fill(tiny_disk, leave=16 * 1024)
    for args in (["backup", str(home / "second.sqlite")], ["restore", str(saved)]):
        run = run_cli([*args, "--lang", "en"], home=home)
        assert run.code == 2, (args, run.err)
        assert "is full" in run.err, run.err
        assert "Traceback" not in run.err
        assert database.read_bytes() == before
        assert _listing(home) == listing  # no partial copy left behind


def test_a_folder_turned_read_only_reads_and_refuses_writes_in_one_sentence(
    tiny_disk: Path, placement_catalogue_file: Path
) -> None:
    home = tiny_disk / "home"
    database = home / "sote-navigator.sqlite"
    open_workspace(database, placement_catalogue_file).dispose()
    before = database.read_bytes()
    subprocess.run(["mount", "-o", "remount,ro", str(tiny_disk)], check=True)
    run = run_cli(["lookup", "Porvoo", "--lang", "en"], home=home)
    assert run.code == 0, run.err
    assert "Porvoo" in run.out
    porvoo = ["--municipality", "Borgå", "--age", "82", "--language", "sv", "--need", "hemvård"]
    rollback = run_cli(["place", *porvoo, "--save", "--lang", "en"], home=home)
    assert rollback.code == 2
    assert f"The folder {home} cannot be written to" in rollback.err
    assert "Traceback" not in rollback.err
    assert database.read_bytes() == before


# --- the GUI's last line of defence ----------------------------------------------------------


@pytest.fixture
def reporter(qtbot: QtBot, tmp_path: Path) -> Iterator[CrashReporter]:
    log_file = logs.configure(tmp_path / "logs")
    crash = CrashReporter(tmp_path / "db.sqlite", log_file)
    yield crash
    if crash.dialog is not None:
        crash.dialog.close()
    logging.getLogger(logs.LOGGER_NAME).handlers.clear()


def test_an_unexpected_error_is_logged_and_explained(qtbot: QtBot, reporter: CrashReporter) -> None:
    try:
        raise RuntimeError("the wizard lost its page")
    except RuntimeError as error:
        reporter.handle(RuntimeError, error, error.__traceback__)
    dialog = reporter.dialog
    assert dialog is not None and dialog.isVisible()
    assert "RuntimeError: the wizard lost its page" in dialog.text()
    assert str(reporter.log_file) in dialog.text()
    assert "Your data is safe" in dialog.text()
    assert reporter.log_file is not None
    logged = reporter.log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "the wizard lost its page" in logged


def test_a_full_disk_in_the_window_gets_the_disk_full_sentence(
    qtbot: QtBot, reporter: CrashReporter
) -> None:
    error = OperationalError("INSERT ...", {}, sqlite3.OperationalError("database or disk is full"))
    reporter.handle(OperationalError, error, None)
    assert reporter.dialog is not None
    assert "is full" in reporter.dialog.text()
    with pytest.raises(UserFacingError):
        raise UserFacingError(Problem.DISK_FULL)


@pytest.mark.qt_no_exception_capture
def test_the_application_keeps_running_after_an_error_in_a_slot(
    qtbot: QtBot, reporter: CrashReporter, small_engine: Any
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    reporter.install()
    try:

        def broken() -> None:
            raise ValueError("a bug in a slot")

        QTimer.singleShot(0, broken)
        qtbot.waitUntil(lambda: reporter.dialog is not None, timeout=5000)
        QTimer.singleShot(0, broken)  # a second error while the dialog is open: logged only
        qtbot.wait(50)
    finally:
        reporter.uninstall()
    assert window.isVisible()
    assert integrity_ok(small_engine)
    assert catalogue.current(small_engine) is not None
    assert reporter.log_file is not None
    assert reporter.log_file.read_text(encoding="utf-8").count("a bug in a slot") >= 2
