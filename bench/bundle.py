"""Bundle size on disk and bundled start-up time to the main window, against a bare bundle.

Builds, in the same run, a one-folder PyInstaller bundle of a bare PySide6 QMainWindow
(bench/bare_window.py) and, unless one is given or already built, the application bundle
(packaging/sote-navigator.spec). Both are started from their folders with no Python
environment, offscreen, on a profile that already holds its database (a warm start: the
first start, which installs the default catalogue, is timed separately). Each start shows the
window and, at its first paint, grabs it into a PNG (``gui --first-paint-screenshot``: the
window as a start from the desktop first shows it, the database opening after); the time is
from starting the process to that file appearing, so both do the same work up to the painted
window. The time to a window that has also opened the database and chosen its first result
(``gui --screenshot``) is printed beside it.

    python bench/bundle.py [--runs 9] [--app-bundle dist/sote-navigator] [--rebuild]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build" / "bench"


def pyinstaller(*args: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", *args],
        cwd=ROOT,
        check=True,
    )


def build_bare() -> Path:
    pyinstaller(
        "--onedir",
        "--name",
        "bare-window",
        "--distpath",
        str(BUILD / "dist"),
        "--workpath",
        str(BUILD / "work"),
        "--specpath",
        str(BUILD),
        str(ROOT / "bench" / "bare_window.py"),
    )
    return BUILD / "dist" / "bare-window"


def build_app() -> Path:
    pyinstaller(
        "--distpath",
        str(ROOT / "dist"),
        "--workpath",
        str(ROOT / "build" / "pyinstaller"),
        str(ROOT / "packaging" / "sote-navigator.spec"),
    )
    return ROOT / "dist" / "sote-navigator"


def size_on_disk(folder: Path) -> tuple[int, int]:
    """Bytes and files in ``folder`` (links counted once, as links)."""
    total = files = 0
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        total += path.stat().st_size
        files += 1
    return total, files


def clean_env(home: Path) -> dict[str, str]:
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "SOTE_NAVIGATOR_HOME": str(home / "profile"),
    }


def start(executable: Path, args: list[str], env: dict[str, str], shot: Path) -> float:
    """Seconds from starting the process to its painted main window (the PNG appearing)."""
    shot.unlink(missing_ok=True)
    began = time.perf_counter()
    proc = subprocess.Popen(
        [str(executable), *args, str(shot)],
        cwd=executable.parent,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    shown = None
    while proc.poll() is None and shown is None:
        if shot.exists():
            shown = time.perf_counter() - began
        else:
            time.sleep(0.002)
    _, err = proc.communicate()
    if proc.returncode != 0 or not shot.exists():
        raise SystemExit(f"{executable.name} failed ({proc.returncode}): {err}")
    return shown if shown is not None else time.perf_counter() - began


def mib(n: int) -> str:
    return f"{n / (1 << 20):.1f} MiB"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--app-bundle", type=Path, default=ROOT / "dist" / "sote-navigator")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the application bundle")
    args = parser.parse_args()

    began = time.perf_counter()
    bare = build_bare()
    bare_build = time.perf_counter() - began
    app = args.app_bundle
    if args.rebuild or not (app / "sote-navigator").exists():
        app = build_app()
    app_exe, bare_exe = app / "sote-navigator", bare / "bare-window"

    app_size, app_files = size_on_disk(app)
    bare_size, bare_files = size_on_disk(bare)
    print(f"bundle size: sote-navigator {mib(app_size)} in {app_files} files")
    print(f"bundle size: bare QMainWindow {mib(bare_size)} in {bare_files} files")
    print(
        f"bundle size ratio: {app_size / bare_size:.2f}x (bare bundle built in {bare_build:.0f} s)"
    )

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        env = clean_env(home)
        shot = home / "shot.png"
        app_args = ["gui", "--lang", "fi", "--first-paint-screenshot"]
        answering_args = ["gui", "--lang", "fi", "--screenshot"]
        first = start(app_exe, app_args, env, shot)
        print(f"first start (creates the database, installs the default catalogue): {first:.3f} s")
        app_times: list[float] = []
        bare_times: list[float] = []
        answering_times: list[float] = []
        start(bare_exe, [], env, shot)  # warm the file cache for both
        for _ in range(args.runs):
            app_times.append(start(app_exe, app_args, env, shot))
            bare_times.append(start(bare_exe, [], env, shot))
            answering_times.append(start(app_exe, answering_args, env, shot))
        shutil.rmtree(home / "profile", ignore_errors=True)

    app_median = statistics.median(app_times)
    bare_median = statistics.median(bare_times)
    print(
        f"start to main window, median of {args.runs}: sote-navigator {app_median:.3f} s "
        f"(min {min(app_times):.3f}), bare QMainWindow {bare_median:.3f} s "
        f"(min {min(bare_times):.3f})"
    )
    ratio = app_median / bare_median
    print(f"start-up ratio: {ratio:.2f}x (target: within 2x)")
    answering = statistics.median(answering_times)
    print(
        f"to a window with the database open and a first result shown (gui --screenshot): "
        f"median {answering:.3f} s, {answering / bare_median:.2f}x"
    )
    return 0


if __name__ == "__main__":
    os.chdir(ROOT)
    raise SystemExit(main())
