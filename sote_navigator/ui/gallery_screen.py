"""One screen of the gallery (sote_navigator/ui/gallery.py): its name, how to build it on a
workspace, and the size to check it at (None: the widget's own size hint)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from sote_navigator.services.workspace import Workspace


@dataclass(frozen=True)
class Screen:
    name: str
    build: Callable[[Workspace, Path], QWidget]
    size: tuple[int, int] | None = None
