"""Files that can hold a client's data are the owner's only; so is the data folder."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from sote_navigator.services.workspace import open_workspace
from tests.cli_runner import run_cli

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")

PORVOO = ["--municipality", "Borgå", "--age", "82", "--language", "sv", "--need", "hemvård"]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _umask_022() -> None:
    os.umask(0o022)


@pytest.fixture
def home(tmp_path: Path, placement_catalogue_file: Path) -> Path:
    folder = tmp_path / "home"
    open_workspace(folder / "sote-navigator.sqlite", placement_catalogue_file).dispose()
    return folder


def test_a_data_folder_open_to_others_is_made_private_with_a_warning(home: Path) -> None:
    home.chmod(0o777)
    run = run_cli(["info", "--lang", "en"], home=home, preexec=_umask_022)
    assert run.code == 0, run.err
    assert _mode(home) == 0o700
    assert f"Other users had access to the data folder {home} (mode 0777)" in run.err
    assert "open to you only" in run.err
    assert "mode 777" in (home / "logs" / "sote-navigator.log").read_text(encoding="utf-8")
    again = run_cli(["info", "--lang", "en"], home=home, preexec=_umask_022)
    assert again.code == 0 and again.err == ""  # said once, when it was needed


def test_the_log_is_the_owners_only_even_when_it_was_not(home: Path) -> None:
    log = home / "logs" / "sote-navigator.log"
    log.parent.mkdir(exist_ok=True)
    log.write_text("earlier\n", encoding="utf-8")
    log.chmod(0o644)
    rotated = log.with_name("sote-navigator.log.1")
    rotated.write_text("older\n", encoding="utf-8")
    rotated.chmod(0o644)
    assert run_cli(["info"], home=home, preexec=_umask_022).code == 0
    assert _mode(log) == 0o600
    assert _mode(rotated) == 0o600
    assert log.read_text(encoding="utf-8").startswith("earlier\n")


def test_placement_exports_are_the_owners_only(home: Path, tmp_path: Path) -> None:
    saved = run_cli(
        ["place", *PORVOO, "--save", "--client-ref", "K-77", "--lang", "en"],
        home=home,
        preexec=_umask_022,
    )
    assert saved.code == 0, saved.err
    target = tmp_path / "out" / "placements.csv"
    target.parent.mkdir()
    target.write_text("an older export\n", encoding="utf-8")
    target.chmod(0o644)
    run = run_cli(["placements", "export", str(target)], home=home, preexec=_umask_022)
    assert run.code == 0, run.err
    assert _mode(target) == 0o600
    assert _mode(target.with_name("placements-counts.csv")) == 0o600
    assert "an older export" not in target.read_text(encoding="utf-8-sig")


def test_a_saved_summary_pdf_is_the_owners_only(qtbot: QtBot, tmp_path: Path) -> None:
    from sote_navigator.ui.placement_pdf import write_pdf

    old = os.umask(0o022)
    try:
        target = write_pdf("<p>Asiakas K-77</p>", tmp_path / "summary.pdf", "Summary")
    finally:
        os.umask(old)
    assert target.read_bytes().startswith(b"%PDF")
    assert _mode(target) == 0o600
