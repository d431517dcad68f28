"""A headless command loads QtCore and nothing else of Qt.

The Qt-free layers (core, db, exchange, services) never import PySide6 (tests/project/
test_layers.py). The command line is the one documented exception: it loads QtCore, for the
translators that word its output and help in the user's language (sote_navigator/i18n.py), and
nothing else of Qt: no QtGui, no QtWidgets, so it runs where no display or GPU library is.
"""

from __future__ import annotations

from pathlib import Path

from tests.module_probe import probe


def qt_modules(tmp_path: Path, *args: str) -> list[str]:
    done = probe(tmp_path, *args, display=False)  # nothing may ask for a display
    assert done.exit == "0", done.stderr
    assert "Espoo" in done.stdout, done.stderr
    return sorted(m for m in done.modules if m.startswith("PySide6.Qt"))


def test_lookup_loads_qtcore_and_no_gui_module(tmp_path: Path) -> None:
    # QtCore is the documented exception (translations); QtGui or QtWidgets would be a leak.
    assert qt_modules(tmp_path, "lookup", "049") == ["PySide6.QtCore"]
