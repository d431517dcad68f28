"""`region sync` end to end: two laptops (two SQLite files, each its own data folder and
desk) work offline and sync with one region on a throwaway PostgreSQL."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import psycopg
import pytest

from sote_navigator.services.workspace import Workspace, open_workspace
from tests.catalogue_factory import placement_catalogue
from tests.cli_runner import Run, run_cli
from tests.postgres_server import Server

REFERENCE = "ASIAKAS-4711-XQ"
NOTE = "Tytär soittaa maanantaina zyxwv"
PORVOO = ["--municipality", "Borgå", "--age", "82", "--language", "sv", "--need", "hemvård"]


def _region_rows(server: Server, url: str, sql: str) -> list[tuple[Any, ...]]:
    name = url.split("?")[0].rsplit("/", 1)[1]
    with psycopg.connect(dbname=name, user="postgres", host=str(server.socket_dir)) as con:
        return list(con.execute(sql).fetchall())  # type: ignore[arg-type]


class Laptop:
    def __init__(self, home: Path) -> None:
        self.home = home
        self.db = home / "laptop.sqlite"

    def run(self, *args: str) -> Run:
        return run_cli([*args, "--db", str(self.db), "--lang", "en"], home=self.home)

    def sync(self, region: str) -> Run:
        run = self.run("region", "sync", "--region", region)
        assert run.code == 0, run.err
        return run


def _second_release(document: dict[str, Any]) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    changed["catalogue"]["version"] = "2"
    for text in changed["services"][0]["names"]:
        text["value"] += " (2)"
    return changed


@pytest.fixture
def region(postgres_server: Server, placement_catalogue_file: Path) -> str:
    url = postgres_server.new_database()
    open_workspace(url, placement_catalogue_file).dispose()
    return url


def test_two_laptops_sync_each_record_once_and_keep_both_status_changes(
    postgres_server: Server, region: str, tmp_path: Path, placement_catalogue_file: Path
) -> None:
    a = Laptop(tmp_path / "a")
    open_workspace(a.db, placement_catalogue_file).dispose()
    # Offline: saved on the laptop only.
    saved = a.run(
        "place",
        *PORVOO,
        "--save",
        "--offering",
        "off-ll-homecare",
        "--status",
        "referred",
        "--note",
        NOTE,
        "--client-ref",
        REFERENCE,
    )
    assert saved.code == 0, saved.err
    first = a.sync(region)
    assert "1 placements and 1 notes or status changes (0 of them it had already)" in first.out
    again = a.sync(region)
    assert "0 placements and 0 notes" in again.out
    [(uid, desk, status)] = _region_rows(
        postgres_server, region, "SELECT uid, desk_id, status FROM placement"
    )
    assert status == "referred" and desk.startswith("desk-")
    assert (a.home / "desk-id").read_text().strip() == desk

    # The second laptop holds the same record (the first one's backup restored on it).
    b = Laptop(tmp_path / "b")
    copy_file = tmp_path / "a-backup.sqlite"
    assert a.run("backup", str(copy_file)).code == 0
    b.home.mkdir()
    assert b.run("restore", str(copy_file)).code == 0

    # Each desk changes the status offline; the second one's change is the later one.
    assert a.run("placements", "status", "1", "decided").code == 0
    assert b.run("placements", "status", "1", "cancelled", "--note", "muutti").code == 0
    a.sync(region)
    pulled = b.sync(region)
    assert "Status changes from other desks: 1." in pulled.out
    a.sync(region)

    notes = _region_rows(
        postgres_server,
        region,
        "SELECT n.status, n.desk_id FROM placement_note n ORDER BY n.created_at, n.uid",
    )
    desk_b = (b.home / "desk-id").read_text().strip()
    assert notes == [("referred", desk), ("decided", desk), ("cancelled", desk_b)]
    assert _region_rows(postgres_server, region, "SELECT status FROM placement") == [("cancelled",)]
    for laptop in (a, b):
        shown = laptop.run("placements", "show", "1", "--json")
        data = json.loads(shown.out)
        assert data["uid"] == uid and data["status"] == "cancelled"
        assert [(c["status"], c["desk_id"]) for c in data["status_changes"]] == notes
        text = laptop.run("placements", "show", "1").out
        assert f"Record id: {uid}" in text and f"Saved at desk: {desk}" in text
        assert text.index("decided") < text.index(desk_b)
        logged = "".join(p.read_text() for p in (laptop.home / "logs").glob("*.log*"))
        assert "region sync: 1 placements" in logged or "region sync: 0 placements" in logged
        assert REFERENCE not in logged and NOTE not in logged and "muutti" not in logged


def test_the_regions_catalogue_becomes_a_local_version_that_rolls_back(
    region: str, tmp_path: Path, placement_catalogue_file: Path
) -> None:
    laptop = Laptop(tmp_path / "a")
    open_workspace(laptop.db, placement_catalogue_file).dispose()
    same = laptop.sync(region)
    assert "The catalogue is the region's already." in same.out
    # The maintainer publishes a new version in the region.
    published = tmp_path / "release-2.json"
    published.write_text(json.dumps(_second_release(placement_catalogue())), encoding="utf-8")
    maintainer = Workspace(region)
    try:
        plan = maintainer.plan_import(published, "native")
        maintainer.apply_import(plan, allow_unsigned=True)
    finally:
        maintainer.close()
    pulled = laptop.sync(region)
    assert "The region's catalogue is now catalogue version 2 here" in pulled.out
    assert "(2)" in pulled.out  # the diff names the renamed service
    history = laptop.run("catalogue", "history", "--json").json()["versions"]
    assert [(h["version_number"], h["current"]) for h in history] == [(2, True), (1, False)]
    assert history[0]["source_name"] == "region-catalogue.json" and history[0]["version"] == "2"
    assert "already" in laptop.sync(region).out
    assert laptop.run("catalogue", "rollback").code == 0
    assert laptop.run("info", "--json").json()["catalogue"]["version"] != "2"


def test_a_password_in_the_regions_address_is_refused(tmp_path: Path) -> None:
    laptop = Laptop(tmp_path / "a")
    run = laptop.run("region", "sync", "--region", "postgresql://desk:salasana@dbhost/region")
    assert run.code == 2
    assert "salasana" not in run.err and "PGPASSWORD" in run.err
    assert "salasana" not in "".join(
        p.read_text() for p in (laptop.home / "logs").glob("*") if p.is_file()
    )
    none = laptop.run("region", "sync")
    assert none.code == 2 and "--region" in none.err
