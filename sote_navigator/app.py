"""GUI wiring only: the application object, translators, the workspace and the main window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from sote_navigator import __version__, i18n, messages, paths
from sote_navigator.core.errors import UserFacingError
from sote_navigator.i18n import translate
from sote_navigator.services.workspace import open_workspace
from sote_navigator.settings import Settings


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
    from sote_navigator.ui.main_window import MainWindow

    window = MainWindow(engine, db_path or paths.database_path(), Settings())
    screenshot: Path | None = getattr(args, "screenshot", None)
    if screenshot is not None:
        window.resize(1280, 800)
        window.show()
        for _ in range(5):
            app.processEvents()
        ok = window.grab().save(str(screenshot), "PNG")
        window.close()
        engine.dispose()
        if not ok:
            sys.stderr.write(translate("App", "Could not write the screenshot file.") + "\n")
            return 2
        return 0
    window.show()
    QTimer.singleShot(0, window.raise_)
    QTimer.singleShot(0, window.placement.offer_unfinished_draft)
    code = app.exec()
    engine.dispose()
    return int(code)
