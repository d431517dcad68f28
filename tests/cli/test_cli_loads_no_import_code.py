"""Commands that read no catalogue file do not load the import's readers and schema validator.

Building the parser used to import services.catalogue_import for the list of formats, which
pulled in jsonschema and the PTV mapping: about a quarter of a second on every command,
`info` and `placements list` included.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.module_probe import probe
from tests.paths import ROOT

IMPORT_CODE = (
    "jsonschema",
    "sote_navigator.services.catalogue_import",
    "sote_navigator.exchange.ptv.merge",
)


def loaded(tmp_path: Path, *args: str) -> frozenset[str]:
    done = probe(tmp_path, *args)
    assert done.exit in {"0", "1"}, done.stderr  # 1: found nothing (no placements yet)
    return done.modules


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
