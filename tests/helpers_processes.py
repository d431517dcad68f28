"""Other processes on the same database: a writer holding the lock, a running window."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

HOLD_WRITE_LOCK = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
con.execute("CREATE TABLE IF NOT EXISTS holder_scratch (x)")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
con.execute("ROLLBACK")
"""


@contextmanager
def write_lock_held(database: Path, seconds: float) -> Iterator[subprocess.Popen[str]]:
    """Another process holds ``database``'s write lock (BEGIN IMMEDIATE) for ``seconds``."""
    # As a context manager, Popen closes its pipe when done (else: a ResourceWarning).
    with subprocess.Popen(
        [sys.executable, "-c", HOLD_WRITE_LOCK, str(database), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    ) as proc:
        try:
            assert proc.stdout is not None
            assert proc.stdout.readline().strip() == "locked"
            yield proc
        finally:
            proc.wait(timeout=seconds + 30)


def wait_for_log(log: Path, text: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.exists() and text in log.read_text(encoding="utf-8", errors="replace"):
            return
        time.sleep(0.1)
    raise AssertionError(f"{text!r} did not appear in {log}")


def start_gui(home: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, SOTE_NAVIGATOR_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-m", "sote_navigator", "gui", "--lang", "en"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
