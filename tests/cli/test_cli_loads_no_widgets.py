"""A headless command loads QtCore and nothing else of Qt.

The Qt-free layers (core, db, exchange, services) never import PySide6 (tests/project/
test_layers.py). The command line is the one documented exception: it loads QtCore, for the
translators that word its output and help in the user's language (sote_navigator/i18n.py), and
nothing else of Qt: no QtGui, no QtWidgets, so it runs where no display or GPU library is.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.paths import ROOT

# Runs the real ``python -m sote_navigator`` and reports the Qt modules it loaded.
PROBE = """
import runpy, sys
sys.argv = ["sote_navigator", *sys.argv[1:]]
code = 0
try:
    runpy.run_module("sote_navigator", run_name="__main__", alter_sys=True)
except SystemExit as exit:
    code = exit.code
print("exit", code, file=sys.stderr)
print("qt", *sorted(m for m in sys.modules if m.startswith("PySide6.Qt")), file=sys.stderr)
"""


def qt_modules(tmp_path: Path, *args: str) -> list[str]:
    env = {**os.environ, "SOTE_NAVIGATOR_HOME": str(tmp_path / "home")}
    env.pop("QT_QPA_PLATFORM", None)  # no display is needed: nothing may ask for one
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    lines = dict(line.split(" ", 1) for line in done.stderr.splitlines() if " " in line)
    assert lines.get("exit") == "0", done.stderr
    assert "Espoo" in done.stdout, done.stderr
    return lines["qt"].split()


def test_lookup_loads_qtcore_and_no_gui_module(tmp_path: Path) -> None:
    # QtCore is the documented exception (translations); QtGui or QtWidgets would be a leak.
    assert qt_modules(tmp_path, "lookup", "049") == ["PySide6.QtCore"]
