"""The PySide6 guard keeps a long session alive (sote_navigator/pyside_guard.py)."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.paths import ROOT

# As many void calls and bool signals as a long desk session makes; without the guard, PySide6
# 6.12.0 on Python 3.11 aborts this process ("none_dealloc" or "bool_dealloc") well before the
# end.
SESSION = """
import sys
from sote_navigator import pyside_guard
if sys.argv[1] == "guarded":
    pyside_guard.protect_none()
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel
class Switch(QObject):
    flipped = Signal(bool)
app = QApplication([])
label = QLabel()
switch = Switch()
switch.flipped.connect(lambda on: None)
for n in range(20_000):
    label.setText(str(n))
    # Emitting a bool signal drops a reference to True (or False): "bool_dealloc" unguarded.
    switch.flipped.emit(n % 2 == 0)
print("done", flush=True)
"""


def session(mode: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", SESSION, mode],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def test_twenty_thousand_void_calls_leave_the_session_alive() -> None:
    run = session("guarded")
    assert (run.returncode, run.stdout.strip()) == (0, "done"), run.stderr[-2000:]


def test_without_the_guard_the_session_aborts() -> None:
    """The test above can fail: the same session unguarded dies of a dropped reference."""
    run = session("bare")
    assert run.returncode != 0
    assert "_dealloc: deallocating" in run.stderr
