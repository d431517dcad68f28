"""First run on an empty profile: a private data folder and the default catalogue, no questions."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from sote_navigator import paths
from sote_navigator.db import location
from sote_navigator.exchange import native
from sote_navigator.services import catalogue
from sote_navigator.services.workspace import open_workspace
from tests.cli_runner import run_cli


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _shipped_catalogue_id() -> str:
    shipped = paths.default_catalogue_path()
    assert shipped is not None, "data/default-catalogue.json is missing"
    return str(native.read(shipped).document["catalogue"]["id"])


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_first_open_creates_a_private_data_folder_with_the_default_catalogue(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "profile" / "sote-navigator"
    monkeypatch.setenv("SOTE_NAVIGATOR_HOME", str(home))
    engine = open_workspace()
    try:
        info = catalogue.current(engine)
    finally:
        engine.dispose()
    assert info is not None and info.catalogue_id == _shipped_catalogue_id()
    assert _mode(home) == 0o700
    assert _mode(tmp_path / "profile") == 0o700  # created on the way: private too
    database = location.default().file
    assert database is not None and _mode(database) == 0o600


def test_first_run_from_the_command_line_asks_nothing(tmp_path: Path) -> None:
    home = tmp_path / "empty-profile"
    run = run_cli(["info", "--json"], home=home)
    assert run.code == 0, run.err
    data = run.json()
    assert data["catalogue"]["id"] == _shipped_catalogue_id()
    assert _mode(home) == 0o700
    assert _mode(home / "logs") == 0o700
    assert (home / "logs" / "sote-navigator.log").is_file()


def test_an_existing_folder_keeps_the_permissions_its_owner_gave_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "managed"
    home.mkdir(mode=0o750)
    home.chmod(0o750)
    monkeypatch.setenv("SOTE_NAVIGATOR_HOME", str(home))
    open_workspace().dispose()
    assert _mode(home) == 0o750
