"""The Qt-free layers stay Qt-free: the CLI and a future server depend on it."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import sote_navigator

QT_FREE = ("core", "db", "exchange", "services")


def _modules(layer: str) -> list[str]:
    package = f"sote_navigator.{layer}"
    path = [str(p) for p in sote_navigator.__path__]
    found = [package]
    for info in pkgutil.walk_packages([f"{path[0]}/{layer}"], prefix=package + "."):
        found.append(info.name)
    return found


def test_qt_free_layers_import_no_pyside6() -> None:
    modules = [name for layer in QT_FREE for name in _modules(layer)]
    assert len(modules) > len(QT_FREE)
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "leaks = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(','.join(leaks))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"PySide6 imported by a Qt-free layer: {result.stdout}"


def test_headless_commands_do_not_load_widgets() -> None:
    code = (
        "import sys\n"
        "from sote_navigator import cli\n"
        "cli.build_parser()\n"
        "print(','.join(m for m in sys.modules if m.startswith('PySide6.QtWidgets')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
