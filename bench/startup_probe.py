"""One start-up, run as its own process by bench/startup_time.py.

    python bench/startup_probe.py bare
    python bench/startup_probe.py app DATABASE

``bare`` shows an empty PySide6 QMainWindow; ``app`` starts Sote Navigator through its real
entry point (``sote_navigator.cli.main([...])`` with no subcommand: what the desktop icon runs).
The parent passes the wall-clock time at which it spawned this process in STARTUP_SPAWNED_AT;
the probe prints ``shown MS`` when its main window is painted for the first time and, for the
application, ``ready MS`` when the window answers everything (database open, navigator
attached), then quits.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def _elapsed_ms() -> float:
    return (time.time() - float(os.environ["STARTUP_SPAWNED_AT"])) * 1000


class Probe(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.shown = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.shown or event.type() != QEvent.Type.Paint or not isinstance(watched, QMainWindow):
            return False
        self.shown = True
        print(f"shown {_elapsed_ms():.1f}", flush=True)
        ready = getattr(watched, "ready", None)
        if ready is not None and getattr(watched, "navigator", True) is None:
            ready.connect(self._ready)
        else:
            self._ready()
        return False

    def _ready(self) -> None:
        print(f"ready {_elapsed_ms():.1f}", flush=True)
        QTimer.singleShot(0, QApplication.quit)


def main() -> int:
    app = QApplication(sys.argv[:1])
    probe = Probe()
    app.installEventFilter(probe)
    if sys.argv[1] == "bare":
        window = QMainWindow()
        window.resize(1280, 800)
        window.show()
        return app.exec()
    from sote_navigator import cli

    return cli.main(["--db", sys.argv[2], "--lang", "fi"])


if __name__ == "__main__":
    raise SystemExit(main())
