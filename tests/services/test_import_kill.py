"""A real import process killed at several moments leaves the previous catalogue intact."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.national_catalogue import generate
from sote_navigator.db.engine import integrity_ok, open_database
from sote_navigator.exchange import native
from sote_navigator.services import catalogue
from sote_navigator.services.workspace import open_workspace
from tests.paths import ROOT

# Seconds after the import starts writing (its WAL file grows); None = while still validating.
KILL_MOMENTS = (None, 0.0, 0.4, 1.2, 2.5)


def _start_import(db: Path, source: Path, home: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "SOTE_NAVIGATOR_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "sote_navigator",
            "catalogue",
            "import",
            str(source),
            "--db",
            str(db),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _wait_for_writing(process: subprocess.Popen[bytes], wal: Path, floor: int) -> bool:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if wal.exists() and wal.stat().st_size > floor:
            return True
        time.sleep(0.005)
    return False


@pytest.mark.slow
def test_killed_import_leaves_previous_catalogue_and_a_sound_database(tmp_path: Path) -> None:
    source = tmp_path / "national.json"
    source.write_text(json.dumps(generate(seed=3), ensure_ascii=False), encoding="utf-8")
    base = tmp_path / "base.sqlite"
    engine = open_workspace(base)
    before = native.canonical_bytes(catalogue.export_document(engine))
    engine.dispose()

    outcomes = []
    for n, moment in enumerate(KILL_MOMENTS):
        db = tmp_path / f"kill-{n}.sqlite"
        shutil.copy(base, db)
        wal = Path(f"{db}-wal")
        process = _start_import(db, source, tmp_path / "home")
        if moment is None:
            time.sleep(1.0)  # reading and validating: nothing written yet
        else:
            assert _wait_for_writing(process, wal, floor=64 * 1024), "import never wrote"
            time.sleep(moment)
        finished = process.poll() is not None
        process.send_signal(signal.SIGKILL)
        process.wait()

        engine = open_database(db)
        try:
            assert integrity_ok(engine)
            info = catalogue.current(engine)
            assert info is not None
            if info.catalogue_id == "bench.national":
                outcomes.append("committed")
                assert info.counts["offerings"] == 100_000
            else:
                outcomes.append("rolled back")
                assert native.canonical_bytes(catalogue.export_document(engine)) == before
                assert info.version_number == 1
        finally:
            engine.dispose()
        assert not finished or outcomes[-1] == "committed"
    print("kill outcomes:", list(zip(KILL_MOMENTS, outcomes, strict=True)))
    # Most kills must land before the commit, or this test would prove nothing.
    assert outcomes.count("rolled back") >= 3, outcomes
