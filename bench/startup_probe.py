"""One start-up, run as its own process by bench/startup_time.py.

    python bench/startup_probe.py bare
    python bench/startup_probe.py app DATABASE

``bare`` shows an empty PySide6 QMainWindow; ``app`` starts Sote Navigator through its real
entry point (``sote_navigator.cli.main(["gui", ...])``). Both quit as soon as their main window
has been painted for the first time, so the parent's wall-clock time of the process is the
time from process start to the window shown.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class QuitWhenPainted(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    quitter = QuitWhenPainted()
    app.installEventFilter(quitter)
    if sys.argv[1] == "bare":
        window = QMainWindow()
        window.resize(1280, 800)
        window.show()
        return app.exec()
    from sote_navigator import cli

    return cli.main(["gui", "--db", sys.argv[2], "--lang", "fi"])


if __name__ == "__main__":
    raise SystemExit(main())
