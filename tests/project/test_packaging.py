"""What the bundle is made of: desktop metadata, icons, and where a frozen app finds its data."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from sote_navigator import paths
from tests.paths import ROOT

LINUX = ROOT / "packaging" / "linux"
APP_ID = "fi.sotenavigator.SoteNavigator"
ICONS = ROOT / "resources" / "icons"


def test_desktop_entry_names_the_executable_and_an_icon_we_ship() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"].split()[0] == "sote-navigator"
    assert (ICONS / f"{section['Icon']}.svg").is_file()
    assert section["Name"] == "Sote Navigator"
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")], check=True)


def test_appstream_metadata_matches_the_desktop_entry() -> None:
    component = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == f"{APP_ID}.desktop"
    assert component.findtext("provides/binary") == "sote-navigator"
    from sote_navigator.app import DESKTOP_ID

    assert DESKTOP_ID == APP_ID


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_icons_in_the_sizes_desktops_ask_for(size: int) -> None:
    png = (ICONS / f"sote-navigator-{size}.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (size, size)


def test_windows_and_macos_icons() -> None:
    ico = (ICONS / "sote-navigator.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 6
    assert (ICONS / "sote-navigator.icns").read_bytes()[:4] == b"icns"


def test_a_frozen_bundle_finds_its_data_under_meipass(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for kind, name in (
        ("_data", "default-catalogue.json"),
        ("_data", "vocabulary.csv"),
        ("_translations", "sote_navigator_fi.qm"),
        ("_resources", "icons/sote-navigator-16.png"),
    ):
        (tmp_path / kind / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / kind / name).write_bytes(b"x")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.default_catalogue_path() == tmp_path / "_data" / "default-catalogue.json"
    assert paths.vocabulary_path() == tmp_path / "_data" / "vocabulary.csv"
    assert paths.translations_dir() == tmp_path / "_translations"
    assert paths.resources_dir() == tmp_path / "_resources"


def test_the_spec_ships_what_paths_looks_for() -> None:
    spec = (ROOT / "packaging" / "sote-navigator.spec").read_text(encoding="utf-8")
    for folder in ('"_data"', '"_translations"', '"_resources/'):
        assert folder in spec
    assert '"vocabulary.csv"' in spec
