"""One user, one database: one window, and headless commands that wait their turn."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from sote_navigator import cli
from sote_navigator.db import engine as db_engine
from sote_navigator.db import snapshot
from sote_navigator.db.engine import open_database
from sote_navigator.instance import Claim, InstanceGuard, is_running
from sote_navigator.services import catalogue
from sote_navigator.services.workspace import open_workspace
from tests.cli_runner import run_cli
from tests.helpers_processes import ROOT, start_gui, wait_for_log, write_lock_held

SHOWN = "main window shown"


@pytest.fixture
def empty_database(tmp_path: Path) -> Path:
    """A database with the schema but no catalogue yet: the next command will write."""
    path = tmp_path / "home" / "sote-navigator.sqlite"
    open_database(path).dispose()
    return path


def test_a_cli_write_waits_for_another_writer_instead_of_failing(empty_database: Path) -> None:
    with write_lock_held(empty_database, 2.5):
        run = run_cli(["info", "--json", "--db", str(empty_database)])
    assert run.code == 0, run.err
    assert "locked" not in run.err.lower()
    assert run.json()["catalogue"] is not None


def test_a_lock_held_too_long_is_one_sentence(
    empty_database: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(db_engine, "BUSY_TIMEOUT_MS", 300)
    monkeypatch.setattr(snapshot, "BUSY_TIMEOUT_S", 0.3)
    with write_lock_held(empty_database, 1.5):
        code = cli.main(["info", "--db", str(empty_database), "--lang", "en"])
    err = capsys.readouterr().err
    assert code == 2
    assert "busy in another program" in err
    assert "locked" not in err and "Traceback" not in err
    engine = open_workspace(empty_database)  # and nothing was half-written
    assert catalogue.current(engine) is not None
    engine.dispose()


def test_a_second_start_brings_the_first_window_forward(qtbot: QtBot, tmp_path: Path) -> None:
    database = tmp_path / "home" / "sote-navigator.sqlite"
    first = InstanceGuard(database)
    assert first.claim() is Claim.FIRST
    assert is_running(database)
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from sote_navigator.instance import InstanceGuard\n"
        "app = QCoreApplication([])\n"
        "print(InstanceGuard(Path(sys.argv[1])).claim().name)\n"
    )
    with qtbot.waitSignal(first.activation_requested, timeout=20_000):
        second = subprocess.Popen(
            [sys.executable, "-c", code, str(database)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=20_000)
    assert second.stdout is not None and second.stdout.read().strip() == "HANDED_OVER"
    first.release()
    assert not is_running(database)


@pytest.fixture
def running_gui(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    home = tmp_path / "home"
    proc = start_gui(home)
    try:
        wait_for_log(home / "logs" / "sote-navigator.log", SHOWN)
        yield home, proc
    finally:
        if proc.poll() is None:
            proc.terminate()
        proc.communicate(timeout=30)


def test_two_real_starts_give_one_window(running_gui: tuple[Path, subprocess.Popen[str]]) -> None:
    home, first = running_gui
    second = start_gui(home)
    _out, err = second.communicate(timeout=60)
    assert second.returncode == 0, err
    assert "already open" in err
    wait_for_log(home / "logs" / "sote-navigator.log", "bringing it to the front")
    assert first.poll() is None  # the first window is still there
    log = (home / "logs" / "sote-navigator.log").read_text(encoding="utf-8")
    assert log.count(SHOWN) == 1
    # While the window is open, a restore is refused; a backup is not.
    copy = home.parent / "copy.sqlite"
    assert run_cli(["backup", str(copy)], home=home).code == 0
    refused = run_cli(["restore", str(copy), "--lang", "en"], home=home)
    assert refused.code == 2 and "close its window first" in refused.err
    first.terminate()  # as at logout: the window closes cleanly and lets go of the database
    assert first.wait(timeout=30) == 0
    assert not (home / "sote-navigator.sqlite.lock").exists()
    assert run_cli(["restore", str(copy)], home=home).code == 0


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_crashed_window_does_not_block_the_next_start(
    qtbot: QtBot, running_gui: tuple[Path, subprocess.Popen[str]]
) -> None:
    home, first = running_gui
    first.send_signal(signal.SIGKILL)  # no clean-up: the lock file and the socket stay
    first.wait(timeout=30)
    database = home / "sote-navigator.sqlite"
    assert (home / "sote-navigator.sqlite.lock").exists()
    assert not is_running(database)
    guard = InstanceGuard(database)
    assert guard.claim(patience_s=1) is Claim.FIRST
    guard.release()
