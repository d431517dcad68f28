"""GUI wiring only: the application object, translators, the workspace and the main window.

Start-up shows the window first: when the database already holds a current catalogue, the
window is built from a quick read of it (db.startup_snapshot: the catalogue version and the
service tree) before SQLAlchemy is even imported, and the workspace is opened and attached
right after the first paint. A first run, an upgrade, a screenshot or a start with
--municipality/--search opens the workspace first, as before.

The window opens its ``Workspace`` (services.workspace) as the command line does, and hands
its services down; nothing here touches the database or SQLAlchemy itself.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QMessageLogContext,
    Qt,
    QThreadPool,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from sote_navigator import __version__, i18n, logs, paths
from sote_navigator.core.errors import UserFacingError
from sote_navigator.db import startup_snapshot
from sote_navigator.db.location import Database, locate_given
from sote_navigator.i18n import arg, translate
from sote_navigator.instance import Claim, InstanceGuard
from sote_navigator.settings import DATABASE, DESK_ID, Settings
from sote_navigator.ui import window_geometry
from sote_navigator.ui.main_window import MainWindow
from sote_navigator.wording.errors import problem_text

if TYPE_CHECKING:
    from sote_navigator.services.workspace import Workspace

log = logging.getLogger(__name__)

DESKTOP_ID = "fi.sotenavigator.SoteNavigator"
SCREENSHOT_SIZE = (1440, 900)


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


def open_workspace(database: Database, desk: str = "") -> Workspace:
    """The workspace, as the command line opens it (imports SQLAlchemy and the database
    layer). Any thread: ``desk`` is the ``[desk] id`` setting, read on the GUI thread."""
    from sote_navigator.services.workspace import Workspace

    return Workspace(database, desk=desk)


@dataclass
class _Session:
    """What a running window holds and must let go of at the end."""

    database: Database
    workspace: Workspace | None = None
    reporter: Any = None
    guard: InstanceGuard | None = None
    failed: list[str] = field(default_factory=list)

    def open(self, app: QApplication) -> Workspace:
        """Open the workspace and install the crash reporter (both import the database
        libraries). Raises UserFacingError."""
        return self.opened(app, open_workspace(self.database, Settings().get(DESK_ID)))

    def opened(self, app: QApplication, workspace: Workspace) -> Workspace:
        self.workspace = workspace
        self.report_errors(app).known_failure = workspace.failure
        return workspace

    def report_errors(self, app: QApplication) -> Any:
        """The crash reporter, installed on first use (once the database libraries are
        loaded: opening the workspace loads them, whether it succeeds or not)."""
        from sote_navigator.services.workspace import Workspace
        from sote_navigator.ui.crash import CrashReporter

        if self.reporter is None:
            self.reporter = CrashReporter(
                logs.log_file(), app, known_failure=Workspace.failure_on(self.database)
            )
            self.reporter.install()
        return self.reporter

    def close(self) -> None:
        # A workspace still opening in the background: let it finish before Python winds down.
        QThreadPool.globalInstance().waitForDone(30_000)
        if self.reporter is not None:
            self.reporter.uninstall()
        if self.guard is not None:
            self.guard.release()
        if self.workspace is not None:
            self.workspace.close()


def run(args: argparse.Namespace, language: str) -> int:
    qInstallMessageHandler(_qt_message)
    app = _application()
    i18n.set_language(language)
    screenshot: Path | None = getattr(args, "screenshot", None)
    # The window as a start from the desktop first paints it (before the database opens).
    first_paint: Path | None = getattr(args, "first_paint_screenshot", None)
    municipality: str | None = getattr(args, "municipality", None)
    search: str | None = getattr(args, "search", None)
    headless = screenshot is not None or first_paint is not None
    try:
        # --db, else the settings file's database, else the file in the data folder.
        database = locate_given(getattr(args, "db", None) or Settings().get(DATABASE) or None)
    except UserFacingError as error:
        _tell(problem_text(error), headless=headless)
        return 2
    database = database.absolute()
    session = _Session(database)
    if not headless and database.file is not None:
        # One window per database: a second start hands over to the first and leaves.
        session.guard = InstanceGuard(database.file, app)
        claim = session.guard.claim(listen=False)
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
    quick = None
    if screenshot is None and not municipality and not search and database.file is not None:
        quick = startup_snapshot.read(database.file)  # as the desktop starts it
    try:
        if quick is None:
            try:
                session.open(app)
            except UserFacingError as error:
                log.warning("cannot open %s: %s", database, error.problem.value)
                _tell(problem_text(error), headless=headless)
                return 2
        settings = Settings()
        window = MainWindow(session.workspace, database, settings, startup=quick)
        if municipality:
            window.choose_municipality(municipality)
        if search:
            window.search_for(search)
        if screenshot is not None:
            return _screenshot(app, window, screenshot)
        if first_paint is not None:
            return _first_paint_screenshot(app, window, first_paint)
        if session.guard is not None:
            guard = session.guard
            guard.activation_requested.connect(lambda: bring_to_front(window))
            # Listening loads QtNetwork: after the first paint, or soon in any case (a window
            # started minimized is not painted).
            window.first_painted.connect(guard.listen)
            QTimer.singleShot(2000, guard.listen)
        if quick is not None:
            _open_after_first_paint(app, window, session)
        _quit_on_termination(app)
        window_geometry.restore(window, settings)
        window.show()
        if not municipality:
            window.focus_municipality()
        QTimer.singleShot(0, window.raise_)
        QTimer.singleShot(0, lambda: _offer_unfinished_draft(window))
        log.info("main window shown (version %s, database %s)", __version__, database)
        code = int(app.exec())
        window_geometry.remember(window, settings)
        return 2 if session.failed else code
    finally:
        session.close()


def _open_after_first_paint(app: QApplication, window: MainWindow, session: _Session) -> None:
    """Once the window is on screen, open the workspace on a worker thread.

    Importing SQLAlchemy and opening the database take some 300 ms; on the GUI thread the
    window would not repaint or echo typing meanwhile. What is typed is answered on attach.
    """

    def opened(workspace: Workspace) -> None:
        window.attach_workspace(session.opened(app, workspace))
        log.info("database open: the window answers")
        _offer_unfinished_draft(window)

    def not_opened(error: BaseException) -> None:
        if not isinstance(error, UserFacingError):
            # Unexpected: logged and said as any error in the window (naming the log); the
            # window stays, without answers, and nothing was written.
            session.report_errors(app).handle(type(error), error, error.__traceback__)
            return
        log.warning("cannot open %s: %s", session.database, error.problem.value)
        session.failed.append(error.problem.value)
        _tell(problem_text(error), headless=False)
        app.quit()

    def start() -> None:
        from sote_navigator.ui.background import Operation

        desk = Settings().get(DESK_ID)
        operation = Operation(lambda _progress: open_workspace(session.database, desk), window)
        operation.succeeded.connect(opened)
        operation.failed.connect(not_opened)
        operation.start()

    window.first_painted.connect(lambda: QTimer.singleShot(0, start))


def _offer_unfinished_draft(window: MainWindow) -> None:
    """Once the database is open: offer to continue a placement left unfinished."""
    if window.placement is not None:
        window.placement.offer_unfinished_draft()


def _first_paint_screenshot(app: QApplication, window: MainWindow, target: Path) -> int:
    """Render the window at its first paint into a PNG and quit: what a start from the
    desktop shows first, for timing start-up from outside the process (bench/bundle.py)."""
    saved: list[bool] = []

    def save() -> None:
        saved.append(window.grab().save(str(target), "PNG"))
        app.quit()

    window.resize(*SCREENSHOT_SIZE)
    window.first_painted.connect(lambda: QTimer.singleShot(0, save))
    window.show()
    app.exec()
    window.close()
    if saved != [True]:
        sys.stderr.write(translate("App", "Could not write the screenshot file.") + "\n")
        return 2
    return 0


def _screenshot(app: QApplication, window: MainWindow, target: Path) -> int:
    """Render the window in its current state (first result and provider chosen) to a PNG."""
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    window.show_first_result()
    for _ in range(5):
        app.processEvents()
    ok = window.grab().save(str(target), "PNG")
    window.close()
    if not ok:
        sys.stderr.write(translate("App", "Could not write the screenshot file.") + "\n")
        return 2
    return 0
