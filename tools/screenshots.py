"""Render every screen of sote_navigator/ui/gallery.py in fi, sv, en and pseudo to PNG files.

    python tools/screenshots.py                    all screens, all languages, to screenshots-tmp/
    python tools/screenshots.py --lang sv pseudo   only these languages
    python tools/screenshots.py --db my.sqlite     on this database instead of the default catalogue
    python tools/screenshots.py --scale 1.5        as on a screen scaled to 150 % (QT_SCALE_FACTOR)
    python tools/screenshots.py --screen main-window placement-provider   only these screens
    python tools/screenshots.py --readme docs/screenshots   the README's pictures (below)

The README shows the main window in Finnish and Swedish (the gallery's main-window screen:
Borgå, "hammashoito", the first result and provider), the provider choice page in
Finnish and the printout of the pictured placement (its PDF's first page, in the client's
Swedish, by pdftoppm), in 256 colours to keep them small.

Prints, for each image, the texts that do not fit their widgets (the same check as the tests),
so that a pseudo-translated run lists the layouts that will break with long Finnish words.
Runs offscreen unless a display is set; look at the images after every layout change.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
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


def _save_small(image: QImage, path: Path) -> None:
    """A screen or a page in 256 colours: a third of the bytes, the same to the eye."""
    small = image.convertToFormat(
        QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
    )
    if not small.save(str(path), "PNG", 9):
        raise OSError(f"could not write {path}")


def readme_pictures(out: Path) -> list[Path]:
    """The main window (fi, sv), the provider choice page (fi) and the printout (the summary
    PDF's first page, sv)."""
    from sote_navigator.ui.placement_pdf import write_pdf
    from sote_navigator.ui.record_dialog import RecordDialog

    app = QApplication.instance() or QApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    screens = {screen.name: screen for screen in gallery.screens()}
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as scratch:
        os.environ.setdefault("SOTE_NAVIGATOR_HOME", str(Path(scratch) / "home"))
        workspace, db_path = _workspace(None, Path(scratch))
        try:
            for language in ("fi", "sv"):
                i18n.set_language(language)
                main = screens["main-window"]
                window = main.build(workspace, db_path)
                show(window, main.size)
                written.append(out / f"navigator-borga-{language}.png")
                _save_small(window.grab().toImage(), written[-1])
                window.close()
            i18n.set_language("fi")
            provider = screens["placement-provider"]
            widget = provider.build(workspace, db_path)
            show(widget, provider.size)
            written.append(out / "placement-provider-fi.png")
            _save_small(widget.grab().toImage(), written[-1])
            widget.close()
            record = screens["placement-record"].build(workspace, db_path)
            assert isinstance(record, RecordDialog)
            pdf = write_pdf(record.output.html(), Path(scratch) / "summary.pdf", "summary")
            stem = out / "placement-printout-sv"
            first_page = ["-f", "1", "-l", "1", "-singlefile"]
            subprocess.run(
                ["pdftoppm", "-png", "-r", "72", *first_page, str(pdf), str(stem)], check=True
            )
            written.append(stem.with_suffix(".png"))
            _save_small(QImage(str(written[-1])), written[-1])
            record.close()
            app.processEvents()
        finally:
            workspace.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=Path("screenshots-tmp"))
    parser.add_argument("--lang", nargs="+", choices=LANGUAGES, default=list(LANGUAGES))
    parser.add_argument("--db", type=Path)
    parser.add_argument("--readme", type=Path, metavar="FOLDER", help="the README's pictures")
    parser.add_argument("--screen", nargs="+", metavar="NAME", help="only these screens")
    parser.add_argument(
        "--scale", type=float, help="the display's scale, e.g. 1.5 or 2 (sets QT_SCALE_FACTOR)"
    )
    args = parser.parse_args(argv)
    if args.scale:
        # Read when the application starts: sizes stay in logical pixels, as on a scaled
        # laptop screen; the images come out in device pixels.
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    if args.readme:
        for path in readme_pictures(args.readme):
            print(path)
        return 0
    render(args.out, args.lang, args.db, args.screen)
    return 0


if __name__ == "__main__":
    sys.exit(main())
