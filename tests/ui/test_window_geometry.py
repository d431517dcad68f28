"""The main window reopens where it was closed; the first time, at a size that fits."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMainWindow

from sote_navigator.settings import WINDOW_GEOMETRY, Settings
from sote_navigator.ui import window_geometry


def test_the_first_start_fits_the_screen(qtbot: Any, tmp_path: Path) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window_geometry.restore(window, Settings(tmp_path / "settings.ini"))
    available = window.screen().availableGeometry()
    assert window.width() <= int(available.width() * window_geometry.SCREEN_SHARE)
    assert window.height() <= int(available.height() * window_geometry.SCREEN_SHARE)


def test_the_window_reopens_at_its_last_size(qtbot: Any, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    first = QMainWindow()
    qtbot.addWidget(first)
    window_geometry.restore(first, settings)
    first.resize(612, 433)
    first.show()
    window_geometry.remember(first, settings)
    first.close()
    again = QMainWindow()
    qtbot.addWidget(again)
    window_geometry.restore(again, Settings(tmp_path / "settings.ini"))
    assert (again.width(), again.height()) == (612, 433)


def test_a_damaged_geometry_counts_as_none(qtbot: Any, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    settings.set(WINDOW_GEOMETRY, "bm90IGEgZ2VvbWV0cnk=")  # base64 of "not a geometry"
    window = QMainWindow()
    qtbot.addWidget(window)
    window_geometry.restore(window, settings)
    available = window.screen().availableGeometry()
    assert window.width() == min(
        window_geometry.DEFAULT_SIZE[0], int(available.width() * window_geometry.SCREEN_SHARE)
    )
