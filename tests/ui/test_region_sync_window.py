"""File → Sync with the region…: the sync runs off the GUI thread and what it changed reaches
the views; without a region named, one sentence and nothing else."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from sote_navigator.services.changes import Changes
from sote_navigator.services.workspace import Workspace
from sote_navigator.ui.changes import ChangeFeed
from sote_navigator.ui.main_window import MainWindow
from tests.catalogue_factory import placement_catalogue
from tests.postgres_server import Server
from tests.services.test_placement_records import porvoo_home_care


def _region(server: Server, tmp_path: Path) -> str:
    url = server.new_database()
    document = placement_catalogue()
    document["catalogue"]["version"] = "region-2"
    published = tmp_path / "region.json"
    published.write_text(json.dumps(document), encoding="utf-8")
    Workspace(url, published).close()
    return url


def test_the_menu_action_syncs_off_the_gui_thread_and_publishes_the_changes(
    qtbot: QtBot, postgres_server: Server, tmp_path: Path, placement_catalogue_file: Path
) -> None:
    region = _region(postgres_server, tmp_path)
    workspace = Workspace(tmp_path / "laptop.sqlite", placement_catalogue_file, desk="desk-1")
    try:
        workspace.records.commit(None, porvoo_home_care())
        window = MainWindow(workspace, workspace.database)
        qtbot.addWidget(window)
        sync = window.region_sync
        assert sync is not None and sync.action in window.file_menu.actions()
        assert sync.action.text() == "S&ync with the region\u2026"
        published: list[Changes] = []
        window.changes.published.connect(published.append)
        assert sync.start(region) is not None
        qtbot.waitUntil(lambda: sync.running is None, timeout=120_000)
        assert "1 placements and 1 notes or status changes" in sync.last_message
        assert "catalogue version 2 here" in sync.last_message
        assert len(published) == 1 and published[0].catalogue
        assert window.catalogue_menu is not None
        assert "region-2" in window.catalogue_menu.status.text()
    finally:
        workspace.close()


def test_without_a_region_the_action_says_so_and_starts_nothing(
    qtbot: QtBot, tmp_path: Path, placement_catalogue_file: Path
) -> None:
    workspace = Workspace(tmp_path / "laptop.sqlite", placement_catalogue_file)
    try:
        from PySide6.QtWidgets import QMainWindow, QMenu

        from sote_navigator.ui.region_sync import RegionSync

        window = QMainWindow()
        qtbot.addWidget(window)
        sync = RegionSync(window, QMenu(window), workspace, ChangeFeed())
        assert sync.start("") is None
        assert "--region" in sync.last_message and sync.running is None
    finally:
        workspace.close()
