"""Render every screen of sote_navigator/ui/gallery.py in fi, sv, en and pseudo to PNG files.

    python tools/screenshots.py                    all screens, all languages, to screenshots-tmp/
    python tools/screenshots.py --lang sv pseudo   only these languages
    python tools/screenshots.py --db my.sqlite     on this database instead of the default catalogue
    python tools/screenshots.py --scale 1.5        as on a screen scaled to 150 % (QT_SCALE_FACTOR)
    python tools/screenshots.py --screen main-window placement-provider   only these screens

Prints, for each image, the texts that do not fit their widgets (the same check as the tests),
so that a pseudo-translated run lists the layouts that will break with long Finnish words.
Runs offscreen unless a display is set; look at the images after every layout change.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from sote_navigator import i18n, paths
from sote_navigator.services.workspace import Workspace
from sote_navigator.ui import gallery
from tools import ui_text

LANGUAGES = ("fi", "sv", "en", "pseudo")


def _workspace(db: Path | None, scratch: Path) -> tuple[Workspace, Path]:
    if db is not None:
        return Workspace(db), db
    if paths.default_catalogue_path() is not None:
        path = scratch / "default.sqlite"
        return Workspace(path), path
    from tests.catalogue_factory import small_catalogue

    catalogue = scratch / "catalogue.json"
    catalogue.write_text(json.dumps(small_catalogue(), ensure_ascii=False), encoding="utf-8")
    path = scratch / "screens.sqlite"
    return Workspace(path, catalogue), path


def show(widget: QWidget, size: tuple[int, int] | None) -> None:
    """Show the widget as a user first sees it: at the given size, or its own."""
    if size is not None:
        widget.resize(*size)
    else:
        widget.adjustSize()
    widget.show()
    app = QApplication.instance()
    for _ in range(5):
        if app is not None:
            app.processEvents()


def render(
    out: Path, languages: list[str], db: Path | None = None, names: list[str] | None = None
) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    problems = 0
    with tempfile.TemporaryDirectory() as scratch:
        os.environ.setdefault("SOTE_NAVIGATOR_HOME", str(Path(scratch) / "home"))
        workspace, db_path = _workspace(db, Path(scratch))
        try:
            for language in languages:
                i18n.set_language(language)
                for screen in gallery.screens():
                    if names and screen.name not in names:
                        continue
                    widget = screen.build(workspace, db_path)
                    show(widget, screen.size)
                    target = out / f"{screen.name}-{language}.png"
                    widget.grab().save(str(target), "PNG")
                    cut = [str(c) for c in ui_text.cut_off(widget)]
                    # A window that will not shrink to its size would run off a laptop screen.
                    if screen.size is not None and (
                        widget.width() > screen.size[0] or widget.height() > screen.size[1]
                    ):
                        cut.append(
                            f"{type(widget).__name__}: needs {widget.width()}x{widget.height()}"
                            f" px, more than the {screen.size[0]}x{screen.size[1]} it is shown at"
                        )
                    problems += len(cut)
                    print(f"{target}: {len(cut)} cut off")
                    for c in cut:
                        print(f"    {c}")
                    widget.close()
                    widget.deleteLater()
                    app.processEvents()
        finally:
            workspace.close()
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=Path("screenshots-tmp"))
    parser.add_argument("--lang", nargs="+", choices=LANGUAGES, default=list(LANGUAGES))
    parser.add_argument("--db", type=Path)
    parser.add_argument("--screen", nargs="+", metavar="NAME", help="only these screens")
    parser.add_argument(
        "--scale", type=float, help="the display's scale, e.g. 1.5 or 2 (sets QT_SCALE_FACTOR)"
    )
    args = parser.parse_args(argv)
    if args.scale:
        # Read when the application starts: sizes stay in logical pixels, as on a scaled
        # laptop screen; the images come out in device pixels.
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    render(args.out, args.lang, args.db, args.screen)
    return 0


if __name__ == "__main__":
    sys.exit(main())
