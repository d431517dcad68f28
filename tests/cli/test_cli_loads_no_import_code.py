"""Commands that read no catalogue file do not load the import's readers and schema validator.

Building the parser used to import services.catalogue_import for the list of formats, which
pulled in jsonschema and the PTV mapping: about a quarter of a second on every command,
`info` and `placements list` included.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

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

IMPORT_CODE = (
    "jsonschema",
    "sote_navigator.services.catalogue_import",
    "sote_navigator.exchange.ptv.merge",
)


def loaded(tmp_path: Path, *args: str) -> set[str]:
    env = {**os.environ, "SOTE_NAVIGATOR_HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    lines = dict(line.split(" ", 1) for line in done.stderr.splitlines() if " " in line)
    assert lines.get("exit") in {"0", "1"}, done.stderr  # 1: found nothing (no placements yet)
    return set(lines["loaded"].split())


@pytest.mark.parametrize("command", [["info"], ["placements", "list"], ["lookup", "049"]])
def test_a_command_that_reads_no_file_loads_no_import_code(
    tmp_path: Path, command: list[str]
) -> None:
    modules = loaded(tmp_path, *command)
    assert [m for m in IMPORT_CODE if m in modules] == []


def test_the_probe_sees_the_import_code_when_a_file_is_read(tmp_path: Path) -> None:
    # The same probe on `catalogue validate` does load it, so the test above can fail.
    document = ROOT / "data" / "default-catalogue.json"
    modules = loaded(tmp_path, "catalogue", "validate", str(document))
    assert "sote_navigator.services.catalogue_import" in modules
