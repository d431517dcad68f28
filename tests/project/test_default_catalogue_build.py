"""data/default-catalogue.json is exactly what tools/build_default_catalogue.py assembles from
data/ (a hand edit of either fails here), the assembly reads nothing outside the data folder it
is given, and it refuses what the application's own validation and vocabularies refuse."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.paths import ROOT as REPO

BUILDER = REPO / "tools" / "build_default_catalogue.py"


def assemble(data: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(BUILDER), "--data", str(data), "--out", str(out)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def copy_of_data(tmp_path: Path) -> Path:
    """data/ without the catalogue it builds: the assembly must need nothing else."""
    data = tmp_path / "data"
    shutil.copytree(REPO / "data", data, ignore=shutil.ignore_patterns("default-catalogue.json"))
    return data


def edit(path: Path, change: Any) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def test_the_committed_catalogue_is_what_the_data_files_build(tmp_path: Path) -> None:
    out = tmp_path / "default-catalogue.json"
    result = assemble(copy_of_data(tmp_path), out)
    assert result.returncode == 0, result.stderr
    built = out.read_bytes()
    committed = (REPO / "data" / "default-catalogue.json").read_bytes()
    assert built == committed, (
        "data/default-catalogue.json differs from what data/ builds: "
        "run python tools/build_default_catalogue.py and commit both"
    )


def test_a_service_level_outside_the_vocabulary_is_refused(tmp_path: Path) -> None:
    data = copy_of_data(tmp_path)

    def bad_level(document: dict[str, Any]) -> None:
        document["services"][0]["level"] = "basic"

    edit(data / "catalogue" / "services.json", bad_level)
    result = assemble(data, tmp_path / "out.json")
    assert result.returncode == 1
    assert "'basic' is not a ServiceLevel" in result.stderr
    assert not (tmp_path / "out.json").exists()


def test_a_wrong_business_id_is_refused_by_the_applications_validation(tmp_path: Path) -> None:
    data = copy_of_data(tmp_path)

    def wrong_check_digit(document: dict[str, Any]) -> None:
        document["hus"]["business_id"] = "1567535-1"

    edit(data / "catalogue" / "providers.json", wrong_check_digit)
    result = assemble(data, tmp_path / "out.json")
    assert result.returncode == 1
    assert "invalid_business_id" in result.stderr
    assert "1567535-1" in result.stderr
    assert not (tmp_path / "out.json").exists()
