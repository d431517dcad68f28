"""Run the real ``python -m sote_navigator`` in a subprocess and see which modules it loaded.

The start-up tests (which parts of Qt a command loads, whether it loads the import code) share
this probe: it runs the command as the console script does and reports its exit code and the
names in ``sys.modules`` on stderr, after the command's own output.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.paths import ROOT

PROBE = """
import runpy, sys
sys.argv = ["sote_navigator", *sys.argv[1:]]
code = 0
try:
    runpy.run_module("sote_navigator", run_name="__main__", alter_sys=True)
except SystemExit as exit:
    code = exit.code
print("exit", code, file=sys.stderr)
print("loaded", *sorted(sys.modules), file=sys.stderr)
"""


@dataclass(frozen=True)
class Probed:
    exit: str
    modules: frozenset[str]
    stdout: str
    stderr: str


def probe(tmp_path: Path, *args: str, display: bool = True) -> Probed:
    """``args`` run as a command in a data folder of its own; ``display=False`` drops
    QT_QPA_PLATFORM, so that nothing may ask for a display."""
    env = {**os.environ, "SOTE_NAVIGATOR_HOME": str(tmp_path / "home")}
    if not display:
        env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    lines = dict(line.split(" ", 1) for line in done.stderr.splitlines() if " " in line)
    return Probed(
        lines.get("exit", ""), frozenset(lines.get("loaded", "").split()), done.stdout, done.stderr
    )
