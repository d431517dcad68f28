"""The follow-up list from the command line, across restarts: every step is a new process."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sote_navigator.services.workspace import open_workspace
from tests.cli_runner import run_cli


def _age_in_file(db: Path, placement_id: int, days: int) -> None:
    """Another program's view: the referral was made ``days`` ago."""
    with sqlite3.connect(db) as con:
        con.execute(
            "UPDATE placement SET created_at = datetime(created_at, ?),"
            " updated_at = datetime(updated_at, ?) WHERE id = ?",
            (f"-{days} days", f"-{days} days", placement_id),
        )
        con.execute(
            "UPDATE placement_note SET created_at = datetime(created_at, ?) WHERE placement_id = ?",
            (f"-{days} days", placement_id),
        )


def test_follow_ups_survive_a_restart(tmp_path: Path, placement_catalogue_file: Path) -> None:
    """Each step is a new process on the same database file: nothing lives in memory."""
    db = tmp_path / "desk.sqlite"
    open_workspace(db, placement_catalogue_file).dispose()
    common = ["--db", str(db)]
    for _ in range(2):
        saved = run_cli(
            [
                "place",
                "--municipality",
                "Borgå",
                "--age",
                "82",
                "--language",
                "sv",
                "--need",
                "S-HOMECARE",
                "--save",
                "--status",
                "referred",
                *common,
            ]
        )
        assert saved.code == 0, saved.err
    _age_in_file(db, 1, 15)
    changed = run_cli(
        ["placements", "status", "2", "rejected", "--note", "Ingen rätt till hemvård", *common]
    )
    assert changed.code == 0, changed.err

    listed = run_cli(["placements", "list", "--json", *common]).json()["placements"]
    assert [p["id"] for p in listed] == [1, 2]
    assert listed[0]["follow_up"]["days_waiting"] == 15
    assert listed[1]["follow_up"] is None
    assert listed[1]["reason"] == "Ingen rätt till hemvård"

    text = run_cli(["--lang", "sv", "placements", "list", *common])
    first, second = text.out.splitlines()
    assert first.startswith("1\t! ") and "Remiss för 15 dagar sedan, inget beslut ännu" in first
    assert "avslag" in second and "Orsak: Ingen rätt till hemvård" in second
    only = run_cli(["placements", "list", "--follow-up", "--json", *common]).json()
    assert [p["id"] for p in only["placements"]] == [1]
    later = run_cli(["placements", "list", "--follow-up", "--days", "16", "--json", *common])
    assert later.code == 1 and later.json()["placements"] == []
    assert run_cli(["placements", "list", "--since", "40.1.2026", *common]).code == 2

    assert run_cli(["placements", "status", "1", "decided", *common]).code == 0
    after = run_cli(["placements", "list", "--follow-up", "--json", *common])
    assert after.json()["placements"] == []
