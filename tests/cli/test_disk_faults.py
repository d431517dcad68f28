"""A full disk, a damaged or emptied database, a read-only folder or file: each is named as
what it is, in one sentence, and nothing the desk holds is lost or blamed on the database."""

from __future__ import annotations

import json
import logging
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from sote_navigator import logs
from sote_navigator.services.workspace import open_workspace
from tests import small_disk
from tests.catalogue_factory import placement_catalogue
from tests.cli_runner import Run, run_cli

REFERENCE = "ASIAKAS-4711-XQ"
NOTE = "Tytär soittaa maanantaina zyxwv"
PORVOO = ["--municipality", "Borgå", "--age", "82", "--language", "sv", "--need", "hemvård"]
SAVE = ["place", *PORVOO, "--save", "--client-ref", REFERENCE, "--note", NOTE]
MOVE_AWAY = "move it away"


@pytest.fixture(autouse=True)
def _log_closed_after() -> Iterator[None]:
    yield
    logging.getLogger(logs.LOGGER_NAME).handlers.clear()
    logs._State.handler = None


def _desk(home: Path, catalogue_file: Path) -> Path:
    """A desk's database with its catalogue and one saved placement."""
    home.mkdir(mode=0o700, exist_ok=True)
    database = home / "sote-navigator.sqlite"
    open_workspace(database, catalogue_file).dispose()
    saved = run_cli([*SAVE, "--lang", "en"], home=home)
    assert saved.code == 0, saved.err
    return database


def _state(home: Path) -> tuple[str, str]:
    """The placements (with their notes) and the catalogue history, as the desk reads them."""
    shown = run_cli(["placements", "show", "1", "--json"], home=home)
    history = run_cli(["catalogue", "history", "--json"], home=home)
    assert shown.code == 0 and history.code == 0, (shown.err, history.err)
    return shown.out, history.out


def _one_sentence(run: Run) -> None:
    assert run.code == 2, run.err
    assert len(run.err.strip().splitlines()) == 1, run.err
    assert "Traceback" not in run.err and "Logging error" not in run.err
    assert MOVE_AWAY not in run.err and "not a Sote Navigator database" not in run.err


def _other_catalogue(tmp_path: Path) -> Path:
    document = placement_catalogue()
    document["catalogue"]["version"] = "2"
    document["services"][0]["names"][0]["value"] += " (uusi)"
    path = tmp_path / "next-catalogue.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


# --- 2 and 16: a full disk -------------------------------------------------------------------


def test_a_full_disk_is_said_with_where_and_how_much_and_loses_nothing(
    tmp_path: Path, placement_catalogue_file: Path
) -> None:
    importable = _other_catalogue(tmp_path)
    with small_disk.mounted(tmp_path / "disk") as disk:
        home = disk / "home"
        database = _desk(home, placement_catalogue_file)
        before_state = _state(home)
        before = database.read_bytes()
        filler = small_disk.fill(disk)
        commands = (
            ["info"],
            ["search", "kotihoito"],
            ["placements", "list"],
            [*SAVE],
            ["catalogue", "import", str(importable)],
        )
        for command in commands:
            run = run_cli([*command, "--lang", "en"], home=home)
            _one_sentence(run)
            assert run.err.startswith(f"The disk holding {home} is full (0 MB free): ")
            assert "free at least 4 MB there" in run.err, run.err
            assert database.read_bytes() == before, command
        logged = (home / "logs" / "sote-navigator.log").read_text(encoding="utf-8")
        filler.unlink()
        assert _state(home) == before_state
        assert database.read_bytes() == before
    for secret in (REFERENCE, NOTE, "kotihoito"):
        assert secret not in logged


def test_a_disk_that_fills_during_an_import_or_a_save_loses_nothing(
    tmp_path: Path, placement_catalogue_file: Path
) -> None:
    """Room to open the database, not to write what the import or the save adds."""
    document = placement_catalogue()
    document["catalogue"]["version"] = "2"
    long_text = " ".join(f"sana{n}" for n in range(2_000))  # under the 20,000-character limit
    for kind in ("services", "locations"):
        for item in document[kind]:
            item["descriptions"] = [
                {"language": language, "value": f"{language} {long_text}", "type": "description"}
                for language in ("fi", "sv", "en")
            ]
    importable = tmp_path / "bulky.json"
    importable.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with small_disk.mounted(tmp_path / "disk") as disk:
        home = disk / "home"
        _desk(home, placement_catalogue_file)
        before_state = _state(home)
        filler = small_disk.fill(disk, leave=300_000)
        run = run_cli(["catalogue", "import", str(importable), "--lang", "en"], home=home)
        _one_sentence(run)
        assert f"The disk holding {home} is full" in run.err
        filler.unlink()
        assert _state(home) == before_state


# --- 13: a damaged or emptied database -------------------------------------------------------


def test_damaged_pages_are_called_damaged_with_the_restore_command(
    tmp_path: Path, placement_catalogue_file: Path
) -> None:
    home = tmp_path / "home"
    database = _desk(home, placement_catalogue_file)
    data = bytearray(database.read_bytes())
    page = 4096
    for start in range(2 * page, len(data), 2 * page):  # every other page after the second
        data[start : start + page] = b"\xa5" * page
    database.write_bytes(bytes(data))
    before = database.read_bytes()
    for command in (["info"], ["search", "kotihoito"], ["placements", "list"], [*SAVE]):
        run = run_cli([*command, "--lang", "en"], home=home)
        _one_sentence(run)
        assert f"The database {database} is damaged" in run.err, run.err
        assert "sote-navigator restore FILE" in run.err
        assert database.read_bytes() == before


def test_an_empty_database_file_is_damaged_not_replaced(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    database = home / "sote-navigator.sqlite"
    database.write_bytes(b"")
    run = run_cli(["info", "--lang", "en"], home=home)
    _one_sentence(run)
    assert f"The database {database} is an empty file" in run.err
    assert "sote-navigator restore FILE" in run.err
    assert database.read_bytes() == b""
    database.unlink()
    fresh = run_cli(["info", "--json"], home=home)  # a database we create is never empty
    assert fresh.code == 0, fresh.err
    assert fresh.json()["catalogue"] is not None


# --- 8: a read-only folder, an immutable file ------------------------------------------------


def _chattr(flag: str, path: Path) -> None:
    made = subprocess.run(["chattr", flag, str(path)], capture_output=True, text=True)
    if made.returncode:
        small_disk._cannot(f"chattr {flag} is impossible here: {made.stderr.strip()}")


@pytest.fixture
def immutable() -> Iterator[list[Path]]:
    marked: list[Path] = []
    yield marked
    for path in reversed(marked):
        subprocess.run(["chattr", "-i", str(path)], check=False)


def test_an_immutable_data_folder_reads_backs_up_and_names_the_cause(
    tmp_path: Path, placement_catalogue_file: Path, immutable: list[Path]
) -> None:
    home = tmp_path / "home"
    database = _desk(home, placement_catalogue_file)
    before = database.read_bytes()
    _chattr("+i", home)
    immutable.append(home)
    for command in (["info"], ["search", "kotihoito"], ["placements", "list"]):
        run = run_cli([*command, "--lang", "en"], home=home)
        assert run.code == 0, (command, run.err)
    listed = run_cli(["placements", "list", "--json"], home=home).json()
    assert [p["id"] for p in listed["placements"]] == [1]
    copy = tmp_path / "backup.sqlite"
    backup = run_cli(["backup", str(copy), "--lang", "en"], home=home)
    assert backup.code == 0, backup.err
    inside = run_cli(["backup", str(home / "again.sqlite"), "--lang", "en"], home=home)
    _one_sentence(inside)
    assert f"The folder {home} cannot be written to" in inside.err
    save = run_cli([*SAVE, "--lang", "en"], home=home)
    _one_sentence(save)
    assert f"The folder {home} cannot be written to" in save.err
    assert database.read_bytes() == before


def test_an_immutable_database_file_is_called_a_file(
    tmp_path: Path, placement_catalogue_file: Path, immutable: list[Path]
) -> None:
    home = tmp_path / "home"
    database = _desk(home, placement_catalogue_file)
    before = database.read_bytes()
    _chattr("+i", database)
    immutable.append(database)
    assert run_cli(["placements", "list", "--lang", "en"], home=home).code == 0
    save = run_cli([*SAVE, "--lang", "en"], home=home)
    _one_sentence(save)
    assert f"The database file {database} cannot be changed" in save.err
    assert "folder" not in save.err
    assert database.read_bytes() == before
