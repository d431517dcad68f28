"""One start-up, run as its own process by bench/startup_time.py.

    python bench/startup_probe.py bare
    python bench/startup_probe.py app DATABASE

``bare`` shows an empty PySide6 QMainWindow; ``app`` starts Sote Navigator through its real
entry point (``sote_navigator.cli.main([...])`` with no subcommand: what the desktop icon runs).
The parent passes the wall-clock time at which it spawned this process in STARTUP_SPAWNED_AT;
the probe prints ``shown MS`` when its main window is painted for the first time and, for the
application, ``ready MS`` when the window answers everything (database open, navigator
attached) and ``freeze MS``, the longest the GUI thread's event loop went unserved in between
(how long a keystroke could wait for its echo), then quits.

The probe watches the main window's own events only (an event filter on that one window, for
both starts). An application-wide filter would route every event of every widget through
Python, which costs the application's hundred widgets some 45 ms and the bare window nothing.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def _elapsed_ms() -> float:
    return (time.time() - float(os.environ["STARTUP_SPAWNED_AT"])) * 1000


class Probe(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.shown = False
        # Created only after the first paint: it must not add to either start (nor touch the
        # Qt namespace, whose first use alone costs 20 ms).
        self._heartbeat: QTimer | None = None
        self._last_beat = 0.0
        self.longest_gap = 0.0

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest_gap = max(self.longest_gap, now - self._last_beat)
        self._last_beat = now

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.shown or event.type() != QEvent.Type.Paint or not isinstance(watched, QMainWindow):
            return False
        watched.removeEventFilter(self)
        self.shown = True
        print(f"shown {_elapsed_ms():.1f}", flush=True)
        ready = getattr(watched, "ready", None)
        if ready is not None and getattr(watched, "navigator", True) is None:
            ready.connect(self._ready)
            self._heartbeat = QTimer(self)
            self._heartbeat.setInterval(1)
            self._heartbeat.timeout.connect(self._beat)
            self._last_beat = time.perf_counter()
            self._heartbeat.start()
        else:
            self._ready()
        return False

    def _ready(self) -> None:
        print(f"ready {_elapsed_ms():.1f}", flush=True)
        if self._heartbeat is not None:
            self._beat()
            self._heartbeat.stop()
            print(f"freeze {self.longest_gap * 1000:.1f}", flush=True)
        QTimer.singleShot(0, QApplication.quit)


def main() -> int:
    app = QApplication(sys.argv[:1])
    probe = Probe()
    if sys.argv[1] == "bare":
        window = QMainWindow()
        window.installEventFilter(probe)
        # The size Sote Navigator's window first opens at (ui/window_geometry.py: 1440x900 or
        # 90 % of the screen), so that both paint as many pixels.
        available = app.primaryScreen().availableGeometry()
        window.resize(
            min(1440, int(available.width() * 0.9)), min(900, int(available.height() * 0.9))
        )
        window.show()
        return app.exec()
    # The module the entry point imports anyway; watched from the moment the window exists.
    from sote_navigator.ui.main_window import MainWindow

    build = MainWindow.__init__

    def watched_build(self: MainWindow, *args: Any, **kwargs: Any) -> None:
        build(self, *args, **kwargs)
        self.installEventFilter(probe)

    MainWindow.__init__ = watched_build  # type: ignore[method-assign]
    from sote_navigator import cli

    return cli.main(["--db", sys.argv[2], "--lang", "fi"])


if __name__ == "__main__":
    raise SystemExit(main())
