"""``sote-navigator catalogue``: validate, import, export, history, rollback."""

from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from sote_navigator.cli import main
from sote_navigator.core.placement_record import PlacementInput
from sote_navigator.db.engine import integrity_ok, open_database
from sote_navigator.services.workspace import Workspace, open_workspace
from tests.catalogue_factory import small_catalogue, texts
from tests.cli_runner import run_cli


class Cli:
    def __init__(self, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.db = db
        self.capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str]:
        self.capsys.readouterr()
        code = main([*args, "--db", str(self.db)])
        out = self.capsys.readouterr()
        return code, out.out + out.err

    def json(self, *args: str) -> Any:
        code, out = self(*args, "--json")
        return code, json.loads(out)


@pytest.fixture
def cli(tmp_path: Path, small_catalogue_file: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    db = tmp_path / "cat.sqlite"
    open_workspace(db, small_catalogue_file).dispose()
    return Cli(db, capsys)


def write(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def changed_catalogue() -> dict[str, Any]:
    doc = small_catalogue()
    doc["catalogue"]["version"] = "2"
    doc["services"][0]["names"] = texts("Suun terveys", "Munhälsa", "Oral health")
    doc["offerings"] = [o for o in doc["offerings"] if o["id"] != "off-ll-dental"]
    doc["providers"].append(
        {
            "id": "prov-new",
            "names": texts("Uusi Hoiva Oy", "Ny Vård Ab"),
            "kind": "voucher_provider",
            "business_id": "2331972-7",
            "organiser": "org-01",
            "web": None,
            "example": False,
        }
    )
    return doc


def test_validate_reports_findings_with_exit_2(cli: Cli, tmp_path: Path) -> None:
    doc = small_catalogue()
    doc["offerings"][0]["service"] = "S-NOWHERE"
    code, data = cli.json("catalogue", "validate", str(write(tmp_path / "bad.json", doc)))
    assert code == 2
    assert data["valid"] is False
    item = data["findings"]["items"][0]
    assert item["code"] == "dangling_reference"
    assert item["place"] == "$.offerings[0].service"
    assert item["file"].endswith("bad.json")
    code, text = cli("catalogue", "validate", str(tmp_path / "bad.json"))
    assert code == 2
    assert "$.offerings[0].service: error: It refers to S-NOWHERE" in text


def test_invalid_import_writes_nothing(cli: Cli, tmp_path: Path) -> None:
    before = cli.json("catalogue", "history")[1]
    doc = changed_catalogue()
    doc["providers"][-1]["business_id"] = "2331972-1"
    code, data = cli.json(
        "catalogue", "import", "--allow-unsigned", str(write(tmp_path / "bad.json", doc))
    )
    assert code == 2
    assert data["applied"] is False
    assert data["findings"]["items"][0]["code"] == "invalid_business_id"
    assert cli.json("catalogue", "history")[1] == before


def test_dry_run_prints_the_diff_with_names_and_writes_nothing(cli: Cli, tmp_path: Path) -> None:
    path = write(tmp_path / "v2.json", changed_catalogue())
    code, text = cli(
        "catalogue", "import", "--allow-unsigned", str(path), "--dry-run", "--lang", "en"
    )
    assert code == 0
    assert "services: 0 added, 1 changed, 0 removed" in text
    assert "~ Oral health (S-DENTAL) [name]" in text
    assert any(
        line.startswith("  + ") and line.endswith(" (prov-new)") for line in text.splitlines()
    )
    assert "offerings: 0 added, 0 changed, 1 removed" in text
    assert "Dry run: nothing was written." in text
    code, data = cli.json("catalogue", "import", "--allow-unsigned", str(path), "--dry-run")
    assert data["diff"]["kinds"]["providers"]["added"] == 1
    assert data["diff"]["kinds"]["offerings"]["removed_items"][0]["id"] == "off-ll-dental"
    assert len(cli.json("catalogue", "history")[1]["versions"]) == 1


def test_import_then_same_file_again_changes_nothing(cli: Cli, tmp_path: Path) -> None:
    path = write(tmp_path / "v2.json", changed_catalogue())
    code, data = cli.json("catalogue", "import", "--allow-unsigned", str(path))
    assert (code, data["applied"], data["version_number"]) == (0, True, 2)
    code, data = cli.json("catalogue", "import", "--allow-unsigned", str(path))
    assert (code, data["applied"], data["diff"]["empty"]) == (0, False, True)
    versions = cli.json("catalogue", "history")[1]["versions"]
    assert [v["version_number"] for v in versions] == [2, 1]
    assert versions[0]["current"] and versions[0]["source_format"] == "native"
    assert versions[0]["counts"]["providers"] == 3


def test_rollback_restores_an_earlier_version_byte_for_byte(cli: Cli, tmp_path: Path) -> None:
    cli("catalogue", "export", str(tmp_path / "v1.json"))
    cli(
        "catalogue",
        "import",
        "--allow-unsigned",
        str(write(tmp_path / "v2.json", changed_catalogue())),
    )
    cli("catalogue", "export", str(tmp_path / "v2-export.json"))
    third = changed_catalogue()
    third["catalogue"]["version"] = "3"
    third["locations"] = []
    third["offerings"] = [o for o in third["offerings"] if o["location"] is None]
    cli("catalogue", "import", "--allow-unsigned", str(write(tmp_path / "v3.json", third)))
    assert cli("catalogue", "rollback")[0] == 0  # back to version 2
    cli("catalogue", "export", str(tmp_path / "after-rollback.json"))
    assert (tmp_path / "after-rollback.json").read_bytes() == (
        tmp_path / "v2-export.json"
    ).read_bytes()
    code, data = cli.json("catalogue", "rollback", "1")
    assert (code, data["version_number"]) == (0, 1)
    cli("catalogue", "export", str(tmp_path / "back-to-1.json"))
    assert (tmp_path / "back-to-1.json").read_bytes() == (tmp_path / "v1.json").read_bytes()
    versions = cli.json("catalogue", "history")[1]["versions"]
    assert [v["current"] for v in versions] == [False, False, True]


def test_rollback_to_a_missing_version_is_bad_input(cli: Cli) -> None:
    code, text = cli("catalogue", "rollback", "42")
    assert code == 2
    assert "There is no catalogue version 42" in text
    code, text = cli("catalogue", "rollback")
    assert code == 2
    assert "no earlier catalogue version" in text


@pytest.mark.parametrize("suffix", [".json", ".json.gz", ".zip"])
def test_export_import_into_an_empty_database_export_is_byte_identical(
    tmp_path: Path, suffix: str
) -> None:
    """Through the real command line: the shipped default catalogue makes the round trip."""
    first = tmp_path / f"first{suffix}"
    assert (
        run_cli(["catalogue", "export", str(first), "--db", str(tmp_path / "a.sqlite")]).code == 0
    )
    other = tmp_path / "b.sqlite"
    second = tmp_path / f"second{suffix}"
    run = run_cli(["catalogue", "import", "--allow-unsigned", str(first), "--db", str(other)])
    assert run.code == 0, run.err
    assert run_cli(["catalogue", "export", str(second), "--db", str(other)]).code == 0
    assert first.read_bytes() == second.read_bytes()


def test_small_catalogue_round_trip_keeps_extra_keys(cli: Cli, tmp_path: Path) -> None:
    doc = small_catalogue()
    doc["services"][0]["ptv_note"] = {"kept": ["as", "is"]}
    cli("catalogue", "import", "--allow-unsigned", str(write(tmp_path / "x.json", doc)))
    cli("catalogue", "export", str(tmp_path / "a.json"))
    exported = json.loads((tmp_path / "a.json").read_text())
    assert exported["services"][0]["ptv_note"] == {"kept": ["as", "is"]}
    empty = Cli(tmp_path / "empty.sqlite", cli.capsys)
    empty("catalogue", "import", "--allow-unsigned", str(tmp_path / "a.json"))
    empty("catalogue", "export", str(tmp_path / "b.json"))
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_import_and_rollback_never_touch_other_tables(cli: Cli, tmp_path: Path) -> None:
    engine = open_database(cli.db)
    records = Workspace(engine=engine).records
    placed = records.commit(
        None,
        PlacementInput(
            municipality="Porvoo",
            age=40,
            need_kind="service",
            need_value="S-DENTAL",
            service_id="S-DENTAL",
            offering_id="off-ll-dental",
            notes="kept",
            status="referred",
        ),
    )
    records.add_note(placed.id, "too")
    engine.dispose()
    with sqlite3.connect(cli.db) as con:
        before = con.execute("SELECT * FROM placement").fetchall()
    cli(
        "catalogue",
        "import",
        "--allow-unsigned",
        str(write(tmp_path / "v2.json", changed_catalogue())),
    )
    cli("catalogue", "rollback")
    with sqlite3.connect(cli.db) as con:
        rows = con.execute("SELECT text FROM placement_note ORDER BY id").fetchall()
        after = con.execute("SELECT * FROM placement").fetchall()
    assert rows == [("kept",), ("too",)]
    assert after == before
    engine = open_database(cli.db)
    assert integrity_ok(engine)
    engine.dispose()


def test_catalogue_without_action_says_what_to_do(cli: Cli) -> None:
    code, text = cli("catalogue")
    assert code == 2
    assert "catalogue validate, import" in text


def test_import_of_a_missing_file_is_one_sentence(cli: Cli, tmp_path: Path) -> None:
    code, text = cli(
        "catalogue", "import", "--allow-unsigned", str(tmp_path / "nope.json"), "--format", "native"
    )
    assert code == 2
    assert "cannot be read" in text
    assert "Traceback" not in text


def test_unchanged_copy_is_not_a_new_version(cli: Cli, tmp_path: Path) -> None:
    doc = copy.deepcopy(small_catalogue())
    code, data = cli.json(
        "catalogue", "import", "--allow-unsigned", str(write(tmp_path / "same.json", doc))
    )
    assert (code, data["applied"]) == (0, False)
