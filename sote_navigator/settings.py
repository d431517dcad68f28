"""Every user setting, declared once with its type and default, kept in the data folder.

Add a setting by declaring a ``Setting`` below and listing it in ``ALL``; read and write it
through ``Settings.get``/``Settings.set``, never with a raw key. QSettings is used only on the
GUI thread (or the main thread of a headless command): it is not safe to share across threads.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QSettings, QThread

from sote_navigator import paths

T = TypeVar("T", str, int, bool)


def _any(value: object) -> bool:
    return True


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type[T]
    default: T
    valid: Callable[[T], bool] = field(default=_any, compare=False)


# The UI language the user chose in the Language menu; "" follows the system's.
UI_LANGUAGE: Setting[str] = Setting("ui/language", str, "", lambda v: v in ("", "fi", "sv", "en"))

# The main window's size and place when it was last closed (QWidget.saveGeometry, base64).
WINDOW_GEOMETRY: Setting[str] = Setting("window/geometry", str, "")
# The import dialog's size and place when it was last closed (as WINDOW_GEOMETRY).
IMPORT_DIALOG_GEOMETRY: Setting[str] = Setting("import_dialog/geometry", str, "")

# The database when --db names none: a file path or a database URL, never with a password (see
# db/location.py); "" is the file in the data folder.
DATABASE: Setting[str] = Setting("database/location", str, "")

# After this many days a referral (lähete) with no decision is flagged for follow-up
# (services.placement_followups.DEFAULT_FOLLOW_UP_DAYS, the same 14, when none is set).
FOLLOW_UP_DAYS: Setting[int] = Setting(
    "placements/follow_up_days", int, 14, lambda v: 1 <= v <= 365
)

# This desk's id on its placements and status changes (services.desks): a machine's name the
# region gives, never a person's; "" is an id made once and kept in the data folder.
DESK_ID: Setting[str] = Setting(
    "desk/id", str, "", lambda v: v == "" or re.fullmatch(r"[A-Za-z0-9._-]{1,64}", v) is not None
)

# The region's database that `region sync` pushes to and pulls from: a postgresql:// URL
# without a password (the password comes from PGPASSWORD or ~/.pgpass); "" when none.
REGION: Setting[str] = Setting("region/location", str, "")

ALL: tuple[Setting[str] | Setting[int] | Setting[bool], ...] = (
    UI_LANGUAGE,
    WINDOW_GEOMETRY,
    IMPORT_DIALOG_GEOMETRY,
    DATABASE,
    FOLLOW_UP_DAYS,
    DESK_ID,
    REGION,
)


class WrongThread(RuntimeError):
    """Settings were touched off the GUI thread."""


def _require_gui_thread() -> None:
    app = QCoreApplication.instance()
    if app is not None:
        ok = QThread.currentThread() is app.thread()
    else:
        ok = threading.current_thread() is threading.main_thread()
    if not ok:
        raise WrongThread("settings are read and written on the GUI thread only")


def _convert(raw: object, kind: type) -> object:
    """The stored value as ``kind``; None when it cannot be one (a hand-edited file)."""
    text = str(raw).strip()
    if kind is bool:
        return {"true": True, "1": True, "false": False, "0": False}.get(text.lower())
    if kind is int:
        try:
            return int(text)
        except ValueError:
            return None
    return text


class Settings:
    """The user's settings file (an INI file: readable, and safe to delete)."""

    def __init__(self, path: Path | None = None) -> None:
        _require_gui_thread()
        self.path = path or paths.settings_path()
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, setting: Setting[T]) -> T:
        _require_gui_thread()
        raw = self._store.value(setting.key)
        if raw is None:
            return setting.default
        value = _convert(raw, setting.type)
        if not isinstance(value, setting.type) or not setting.valid(value):
            return setting.default
        return value

    def set(self, setting: Setting[T], value: T) -> None:
        _require_gui_thread()
        if not isinstance(value, setting.type) or not setting.valid(value):
            raise ValueError(f"{value!r} is not a valid value for {setting.key}")
        self._store.setValue(setting.key, value)
        self._store.sync()

    def reset(self, setting: Setting[T]) -> None:
        _require_gui_thread()
        self._store.remove(setting.key)
        self._store.sync()
