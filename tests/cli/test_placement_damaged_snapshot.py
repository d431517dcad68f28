"""``placements list --json`` names a placement whose snapshot no version reads."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from sote_navigator.core.placement_record import PlacementInput
from sote_navigator.services.workspace import Workspace
from tests.cli_runner import run_cli


def test_placements_list_names_a_damaged_snapshot(tmp_path: Path, placement_engine: Engine) -> None:
    records = Workspace(engine=placement_engine).records
    entered = PlacementInput(municipality="Borgå", age=82, language="sv")
    first, second = (records.save_draft(None, entered) for _ in range(2))
    path = tmp_path / "placement.sqlite"
    with sqlite3.connect(path) as con:
        con.execute("UPDATE placement SET snapshot = ? WHERE id = ?", ('{"context": 5}', first))
    placement_engine.dispose()
    listed = run_cli(["placements", "list", "--json", "--db", str(path)], home=tmp_path)
    assert listed.code == 0, listed.err
    assert [p["id"] for p in listed.json()["placements"]] == [second]
    assert listed.json()["damaged"] == [{"id": first, "column": "snapshot"}]
