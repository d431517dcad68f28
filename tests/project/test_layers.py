"""The Qt-free layers stay Qt-free: the CLI and a future server depend on it. The window
stays database-free: it works through the workspace's services."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

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


def _imported_modules(path: Path) -> set[str]:
    """Every module a source file imports, at any depth (also under TYPE_CHECKING)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_the_window_reaches_the_database_only_through_the_workspace() -> None:
    """No ui module and not app.py imports SQLAlchemy or the database layer's engine: they
    get services from services.workspace.Workspace, and its database errors as the
    project's own error codes (Workspace.failure). db.startup_snapshot, a plain sqlite3 read
    made before SQLAlchemy loads, and db.location, which names the database (a path or a
    URL) without loading SQLAlchemy, are the parts of db/ the first paint uses."""
    package = Path(sote_navigator.__path__[0])
    sources = [package / "app.py", *sorted((package / "ui").rglob("*.py"))]
    assert len(sources) > 20
    allowed_db = ("sote_navigator.db.startup_snapshot", "sote_navigator.db.location")
    offenders = {
        str(path.relative_to(package)): sorted(
            name
            for name in _imported_modules(path)
            if name == "sqlalchemy"
            or name.startswith("sqlalchemy.")
            or (name.startswith("sote_navigator.db.") and not name.startswith(allowed_db))
        )
        for path in sources
    }
    assert {k: v for k, v in offenders.items() if v} == {}
