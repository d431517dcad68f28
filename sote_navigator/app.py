"""GUI wiring only: the application object, translators, the workspace and the main window."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from sote_navigator import __version__, i18n, logs, messages, paths
from sote_navigator.core.errors import UserFacingError
from sote_navigator.i18n import arg, translate
from sote_navigator.instance import Claim, InstanceGuard
from sote_navigator.services.workspace import open_workspace
from sote_navigator.settings import Settings
from sote_navigator.ui.crash import CrashReporter

log = logging.getLogger(__name__)

DESKTOP_ID = "fi.sotenavigator.SoteNavigator"


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Sote Navigator")
    app.setOrganizationName("sote-navigator")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(application_icon())
    return app


def application_icon() -> QIcon:
    icon = QIcon()
    folder = paths.resources_dir()
    if folder is not None:
        for png in sorted((folder / "icons").glob("sote-navigator-*.png")):
            icon.addFile(str(png))
    return icon


def bring_to_front(window: QMainWindow) -> None:
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    # Started from a desktop menu, nobody sees stderr: Qt's own warnings go to the log.
    logging.getLogger("sote_navigator.qt").log(_QT_LEVELS.get(kind, logging.WARNING), message)


def _quit_on_termination(app: QApplication) -> None:
    """Logging out or `kill` closes the window as the close button does: the lock is released
    and the database closed cleanly."""
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: app.quit())
    # Python runs signal handlers only between bytecodes: wake it now and then.
    heartbeat = QTimer(app)
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start(300)


def _tell(text: str, *, headless: bool) -> None:
    if headless:
        sys.stderr.write(text + "\n")
    else:
        QMessageBox.critical(None, translate("App", "Sote Navigator"), text)


def run(args: argparse.Namespace, language: str) -> int:
    qInstallMessageHandler(_qt_message)
    app = _application()
    i18n.set_language(language)
    db_path: Path | None = getattr(args, "db", None)
    database = (db_path or paths.database_path()).expanduser().absolute()
    screenshot: Path | None = getattr(args, "screenshot", None)
    guard: InstanceGuard | None = None
    if screenshot is None:
        # One window per database: a second start hands over to the first and leaves.
        guard = InstanceGuard(database, app)
        claim = guard.claim()
        if claim is Claim.HANDED_OVER:
            log.info("already open on %s: asked that window to come forward", database)
            sys.stderr.write(
                translate(
                    "App", "Sote Navigator is already open: its window was brought to the front."
                )
                + "\n"
            )
            return 0
        if claim is Claim.NOT_ANSWERING:
            _tell(
                arg(
                    translate(
                        "App",
                        "Sote Navigator is already open on %1 but does not answer: wait a "
                        "moment and start it again, or close the other window.",
                    ),
                    str(database),
                ),
                headless=False,
            )
            return 2
    try:
        engine = open_workspace(db_path)
    except UserFacingError as error:
        log.warning("cannot open %s: %s", database, error.problem.value)
        _tell(messages.problem_text(error), headless=screenshot is not None)
        if guard is not None:
            guard.release()
        return 2
    reporter = CrashReporter(database, logs.log_file(), app)
    reporter.install()
    from sote_navigator.ui.main_window import MainWindow

    window = MainWindow(engine, db_path or paths.database_path(), Settings())
    try:
        if screenshot is not None:
            return _screenshot(app, window, screenshot)
        if guard is not None:
            guard.activation_requested.connect(lambda: bring_to_front(window))
        _quit_on_termination(app)
        window.show()
        QTimer.singleShot(0, window.raise_)
        QTimer.singleShot(0, window.placement.offer_unfinished_draft)
        log.info("main window shown (version %s, database %s)", __version__, database)
        return int(app.exec())
    finally:
        reporter.uninstall()
        if guard is not None:
            guard.release()
        engine.dispose()


def _screenshot(app: QApplication, window: QMainWindow, target: Path) -> int:
    window.resize(1280, 800)
    window.show()
    for _ in range(5):
        app.processEvents()
    ok = window.grab().save(str(target), "PNG")
    window.close()
    if not ok:
        sys.stderr.write(translate("App", "Could not write the screenshot file.") + "\n")
        return 2
    return 0
