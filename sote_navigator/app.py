"""GUI wiring only: the application object, translators, the workspace and the main window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import Engine

from sote_navigator import __version__, i18n, messages, paths
from sote_navigator.core.errors import UserFacingError
from sote_navigator.i18n import translate
from sote_navigator.services.workspace import open_workspace
from sote_navigator.ui.main_window import MainWindow


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Sote Navigator")
    app.setOrganizationName("sote-navigator")
    app.setApplicationVersion(__version__)
    return app


def run(args: argparse.Namespace, language: str) -> int:
    app = _application()
    i18n.set_language(language)
    db_path: Path | None = getattr(args, "db", None)
    try:
        engine = open_workspace(db_path)
    except UserFacingError as error:
        if getattr(args, "screenshot", None):
            sys.stderr.write(messages.problem_text(error) + "\n")
        else:
            QMessageBox.critical(
                None, translate("App", "Sote Navigator"), messages.problem_text(error)
            )
        return 2
    window = MainWindow(engine, db_path or paths.database_path())
    municipality: str | None = getattr(args, "municipality", None)
    search: str | None = getattr(args, "search", None)
    if municipality:
        window.choose_municipality(municipality)
    if search:
        window.search_for(search)
    screenshot: Path | None = getattr(args, "screenshot", None)
    if screenshot is not None:
        return _screenshot(app, window, screenshot, engine)
    window.show()
    if not municipality:
        window.focus_municipality()
    QTimer.singleShot(0, window.raise_)
    code = app.exec()
    engine.dispose()
    return int(code)


def _screenshot(app: QApplication, window: MainWindow, path: Path, engine: Engine) -> int:
    """Render the window in its current state (first result and provider chosen) to a PNG."""
    window.resize(1440, 900)
    window.show()
    window.show_first_result()
    for _ in range(5):
        app.processEvents()
    ok = window.grab().save(str(path), "PNG")
    window.close()
    engine.dispose()
    if not ok:
        sys.stderr.write(translate("App", "Could not write the screenshot file.") + "\n")
        return 2
    return 0
