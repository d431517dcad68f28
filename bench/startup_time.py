"""Start-up time to the main window shown, national catalogue loaded, against a bare PySide6
QMainWindow measured in the same run.

    python -m bench.startup_time [--seed N] [--runs N] [--platform offscreen|xcb]

Each start is a fresh process (bench/startup_probe.py) timed from spawn to exit; the probe
quits as soon as its main window has painted. Runs alternate bare / app so that a busy
machine slows both alike. Target: app / bare <= 2.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.national_db import national_database

PROBE = Path(__file__).with_name("startup_probe.py")
ROOT = Path(__file__).resolve().parent.parent


def start(args: list[str], platform: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=platform, PYTHONPATH=str(ROOT))
    started = time.perf_counter()
    subprocess.run([sys.executable, str(PROBE), *args], env=env, check=True, cwd=ROOT)
    return (time.perf_counter() - started) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = parser.parse_args()
    db, _ = national_database(args.seed)
    start(["bare"], args.platform)  # warm the file cache for both
    start(["app", str(db)], args.platform)
    bare, app = [], []
    for _ in range(args.runs):
        bare.append(start(["bare"], args.platform))
        app.append(start(["app", str(db)], args.platform))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"platform {args.platform}, {args.runs} runs each, national catalogue in {db.name}")
    print(f"bare PySide6 QMainWindow: median {b:.0f} ms (min {min(bare):.0f})")
    print(f"Sote Navigator main window: median {a:.0f} ms (min {min(app):.0f})")
    print(f"ratio: {a / b:.2f}x by median, {min(app) / min(bare):.2f}x by min (target <= 2)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
