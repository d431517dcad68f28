"""The baseline for bench/bundle.py: a bare PySide6 QMainWindow, shown and grabbed like
``sote-navigator gui --screenshot FILE`` does, then exit."""

import sys

from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1440, 900)  # as sote-navigator renders its screenshots (app.SCREENSHOT_SIZE)
    window.show()
    for _ in range(5):
        app.processEvents()
    ok = window.grab().save(sys.argv[-1], "PNG")
    window.close()
    return 0 if ok else 2


if __name__ == "__main__":
    raise SystemExit(main())
