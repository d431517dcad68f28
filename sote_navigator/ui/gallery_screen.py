"""One screen of the gallery (sote_navigator/ui/gallery.py): its name, how to build it on a
catalogue, and the size to check it at (None: the widget's own size hint)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QWidget
from sqlalchemy import Engine


@dataclass(frozen=True)
class Screen:
    name: str
    build: Callable[[Engine, Path], QWidget]
    size: tuple[int, int] | None = None
