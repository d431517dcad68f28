"""Start-up time to the main window shown, national catalogue loaded, against a bare PySide6
QMainWindow measured in the same run.

    python -m bench.startup_time [--seed N] [--runs N] [--platform offscreen|xcb]

Each start is a fresh process (bench/startup_probe.py) that reports when its main window is
first painted and, for the application, when it answers everything; times count from the
moment the parent spawned it. Runs alternate so that a busy machine slows both alike.
Target: shown / bare <= 2.
PYTHONDONTWRITEBYTECODE is dropped for the children, as an installed application has its
bytecode cached.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.national_db import national_database

PROBE = Path(__file__).with_name("startup_probe.py")
ROOT = Path(__file__).resolve().parent.parent


def start(args: list[str], platform: str, home: Path) -> dict[str, float]:
    """Milliseconds from spawning the probe to each moment it reports."""
    # A profile of the bench's own: the window opens at its first-start size, and the user's
    # settings are left alone.
    env = dict(
        os.environ, QT_QPA_PLATFORM=platform, PYTHONPATH=str(ROOT), SOTE_NAVIGATOR_HOME=str(home)
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["STARTUP_SPAWNED_AT"] = repr(time.time())
    done = subprocess.run(
        [sys.executable, str(PROBE), *args],
        env=env,
        check=True,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    moments = {}
    for line in done.stdout.splitlines():
        name, _, value = line.partition(" ")
        moments[name] = float(value)
    return moments


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = parser.parse_args()
    db, _ = national_database(args.seed)
    with tempfile.TemporaryDirectory() as folder:
        return _measure(db, args.platform, args.runs, Path(folder))


def _measure(db: Path, platform: str, runs: int, home: Path) -> int:
    start(["bare"], platform, home)  # warm the file cache and the bytecode for both
    start(["app", str(db)], platform, home)
    bare, shown, ready, freeze = [], [], [], []
    for _ in range(runs):
        bare.append(start(["bare"], platform, home)["shown"])
        moments = start(["app", str(db)], platform, home)
        shown.append(moments["shown"])
        ready.append(moments["ready"])
        freeze.append(moments.get("freeze", 0.0))
    b, a, r = statistics.median(bare), statistics.median(shown), statistics.median(ready)
    print(f"platform {platform}, {runs} runs each, national catalogue in {db.name}")
    print(f"bare PySide6 QMainWindow shown:           median {b:5.0f} ms (min {min(bare):.0f})")
    print(f"Sote Navigator shown, catalogue and tree: median {a:5.0f} ms (min {min(shown):.0f})")
    print(f"Sote Navigator answering (database open): median {r:5.0f} ms (min {min(ready):.0f})")
    print(
        f"longest wait of the window's event loop between the two: median "
        f"{statistics.median(freeze):5.0f} ms (max {max(freeze):.0f})"
    )
    print(
        f"shown / bare: {a / b:.2f}x by median (target <= 2), "
        f"{min(shown) / min(bare):.2f}x by the fastest of each"
    )
    print(f"answering / bare: {r / b:.2f}x by median")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
