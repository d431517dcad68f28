"""The main window opens where it was closed, or at a size that suits the screen."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QWidget

from sote_navigator.settings import WINDOW_GEOMETRY, Setting, Settings

# The first start: this size, or 90 % of the screen when that is smaller (a 1366x768 laptop).
DEFAULT_SIZE = (1440, 900)
SCREEN_SHARE = 0.9


def restore(
    window: QWidget,
    settings: Settings,
    setting: Setting[str] = WINDOW_GEOMETRY,
    size: tuple[int, int] = DEFAULT_SIZE,
) -> None:
    """Before the window is shown. A geometry from another screen setup is fitted by Qt onto
    the screens there are now; an unreadable one counts as none. ``setting`` and ``size``:
    another window's (a dialog's) saved geometry and first size."""
    saved = settings.get(setting)
    if saved and window.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
        return
    width, height = size
    screen = window.screen()
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, int(available.width() * SCREEN_SHARE))
        height = min(height, int(available.height() * SCREEN_SHARE))
    window.resize(width, height)


def remember(window: QWidget, settings: Settings, setting: Setting[str] = WINDOW_GEOMETRY) -> None:
    """When the window closes."""
    settings.set(setting, bytes(window.saveGeometry().toBase64().data()).decode("ascii"))
