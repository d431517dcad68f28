"""The window shows before the database libraries load, then answers once they have."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from sote_navigator.cli import _starts_the_window
from sote_navigator.core.navigation import NodeKind
from sote_navigator.db import startup_snapshot
from sote_navigator.db.location import Database
from sote_navigator.ui import service_browser
from sote_navigator.ui.main_window import MainWindow
from tests.navigator_catalogue import navigator_engine

__all__ = ["navigator_engine"]


def database_of(engine: Engine) -> Path:
    path = Path(str(engine.url.database))
    engine.dispose()
    return path


# What the first paint does without: each of these costs the start-up 5 to 175 ms and is
# loaded once the window is on screen, or when first used.
NOT_BEFORE_THE_WINDOW = (
    "sqlalchemy",
    "babel",
    "jsonschema",
    "logging.handlers",
    "importlib.metadata",
    "PySide6.QtNetwork",
    "sote_navigator.core.catalogue",
)


def test_starting_the_window_imports_no_heavy_libraries() -> None:
    code = (
        "import sys\n"
        "from sote_navigator import cli\n"
        "cli.build_parser(('gui',)).parse_args(['gui'])\n"
        "from sote_navigator import app\n"
        "from sote_navigator.ui import main_window\n"
        f"heavy = {NOT_BEFORE_THE_WINDOW!r}\n"
        "print(','.join(sorted({h for h in heavy for m in sys.modules "
        "if m == h or m.startswith(h + '.')})))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", "import these inside the methods that use them"


@pytest.mark.parametrize(
    ("argv", "window"),
    [
        ([], True),
        (["gui"], True),
        (["--db", "x.sqlite", "--lang", "sv"], True),
        (["--lang", "fi", "gui", "--search", "lookup"], True),
        (["lookup", "Borgå"], False),
        (["--db", "gui", "search", "x"], False),
        (["--help"], False),
        (["--version"], False),
    ],
)
def test_which_command_lines_start_the_window(argv: list[str], window: bool) -> None:
    assert _starts_the_window(argv) is window


def test_snapshot_reads_catalogue_and_services(navigator_engine: Engine, tmp_path: Path) -> None:
    path = database_of(navigator_engine)
    snapshot = startup_snapshot.read(path)
    assert snapshot is not None
    assert snapshot.info.version == "1" and snapshot.info.name("en") == "Test catalogue"
    assert set(snapshot.services) == {"S-DENTAL", "S-HOMECARE", "S-DAYCARE"}
    assert startup_snapshot.read(tmp_path / "missing.sqlite") is None
    not_sqlite = tmp_path / "text.sqlite"
    not_sqlite.write_text("hello", encoding="utf-8")
    assert startup_snapshot.read(not_sqlite) is None
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    assert startup_snapshot.read(path) is None  # an upgrade goes the usual way


def test_window_before_and_after_the_database(
    qtbot: Any, navigator_engine: Engine, tmp_path: Path
) -> None:
    path = database_of(navigator_engine)
    snapshot = startup_snapshot.read(path)
    window = MainWindow(None, path, startup=snapshot)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted):
        window.show()
    tree = window.browser.tree_model
    top = tree.node(tree.index(0, 0))
    assert top is not None and top.kind is NodeKind.LEVEL and top.count() == 3
    assert "Test catalogue" in window._catalogue_label.text()
    assert window.choose_municipality("Borgå") is None  # not answering yet, and no error
    from sote_navigator.services.workspace import Workspace

    workspace = Workspace(path)
    try:
        with qtbot.waitSignal(window.ready):
            window.attach_workspace(workspace)
        assert window.choose_municipality("Borgå") is not None
        assert window.browser.tree_model.node(window.browser.tree_model.index(0, 0)) is not None
    finally:
        workspace.close()


def test_the_first_paint_shows_the_folded_country_without_decoding_a_service(
    qtbot: Any, navigator_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole country's tree stays folded: levels and counts come from the ids alone, and
    the services' text is read only when a level is opened."""
    monkeypatch.setattr(service_browser, "EXPAND_AT_MOST", 2)  # this catalogue's 3 count as many
    path = database_of(navigator_engine)
    snapshot = startup_snapshot.read(path)
    assert snapshot is not None
    window = MainWindow(None, path, startup=snapshot)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted):
        window.show()
    assert "services" not in vars(snapshot), "decoded before the first paint"
    tree = window.browser.tree_model
    level = tree.index(0, 0)
    assert tree.data(level).endswith("(3)") and tree.hasChildren(level)
    assert window.browser.status.text() == "3 services in scope"
    window.browser.tree.expand(level)
    names = [tree.data(tree.index(row, 0, level)) for row in range(tree.rowCount(level))]
    assert names == ["Early childhood education", "Home care", "Oral and dental care"]
    assert "services" in vars(snapshot)


def test_pyside_reads_no_module_source_once_the_application_imports_qt() -> None:
    """PySide6's per-module source scan (for __feature__) is replaced by a name check."""
    code = (
        "import inspect, sys\n"
        "import PySide6.QtCore\n"
        "from sote_navigator import i18n\n"
        "def refuse(*args, **kwargs):\n"
        "    raise AssertionError('source read')\n"
        "inspect.getsource = refuse\n"
        "import sqlalchemy.orm\n"
        "from sote_navigator.ui import window_geometry\n"
        "marks = sys.modules['shibokensupport.feature'].pyside_feature_dict\n"
        "print(marks['sqlalchemy'], marks['sote_navigator.ui'])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["-1", "0"]


def test_a_first_paint_screenshot_shows_the_window_before_the_database_opens(
    tmp_path: Path, navigator_engine: Engine
) -> None:
    """What bench/bundle.py times: the window as a desktop start first paints it."""
    from PySide6.QtGui import QImage

    from tests.cli_runner import run_cli

    db = database_of(navigator_engine)
    png = tmp_path / "first.png"
    run = run_cli(
        ["gui", "--db", str(db), "--lang", "sv", "--first-paint-screenshot", str(png)],
        home=tmp_path / "home",
    )
    assert run.code == 0, run.err
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1440, 900)
    assert not (db.parent / (db.name + ".lock")).exists()  # no instance claimed, none left
    unwritable = tmp_path / "missing-folder" / "first.png"
    run = run_cli(
        ["gui", "--db", str(db), "--first-paint-screenshot", str(unwritable)],
        home=tmp_path / "home",
    )
    assert run.code == 2 and "screenshot" in run.err


def test_a_municipality_entered_before_the_database_opens_is_chosen_when_it_does(
    qtbot: Any, navigator_engine: Engine
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from sote_navigator.services.workspace import Workspace
    from tests.wizard_driver import type_text

    path = database_of(navigator_engine)
    window = MainWindow(None, path, startup=startup_snapshot.read(path))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted):
        window.show()
    window.focus_municipality()
    type_text(window.municipality.edit, "Borgå")
    QTest.keyClick(window.municipality.edit, Qt.Key.Key_Return)
    assert window.municipality.routing is None  # nothing to answer with yet
    workspace = Workspace(path)
    try:
        with qtbot.waitSignal(window.ready):
            window.attach_workspace(workspace)
        routing = window.municipality.routing
        assert routing is not None and routing.municipality.code == "638"
    finally:
        workspace.close()


def test_an_unexpected_failure_opening_the_database_is_said_not_swallowed(
    qtbot: Any, navigator_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication

    from sote_navigator import app as app_module

    def fails(_database: Database, _desk: str = "") -> Any:
        raise RuntimeError("the disk answered nonsense")

    monkeypatch.setattr(app_module, "open_workspace", fails)
    path = database_of(navigator_engine)
    window = MainWindow(None, path, startup=startup_snapshot.read(path))
    qtbot.addWidget(window)
    session = app_module._Session(Database(path))
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    app_module._open_after_first_paint(application, window, session)
    try:
        window.show()
        qtbot.waitUntil(
            lambda: session.reporter is not None and session.reporter.dialog is not None,
            timeout=10_000,
        )
        assert "the disk answered nonsense" in session.reporter.dialog.text()
        assert window.navigator is None
    finally:
        if session.reporter is not None and session.reporter.dialog is not None:
            session.reporter.dialog.close()
        session.close()
