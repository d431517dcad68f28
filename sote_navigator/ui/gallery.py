"""Every window, dialog and wizard page, built on a catalogue, for screenshots and layout checks.

tools/screenshots.py renders each screen in Finnish, Swedish, English and pseudo; the tests
build each screen in every language and check that no text is cut off and that switching the
language at run time leaves nothing in the old one. A test also checks that every window,
dialog, wizard and wizard page class under sote_navigator/ui appears in some screen here.

Add a screen when you add a window or dialog: a name (the PNG's file name), a function that
builds the widget on the given workspace (fill it with realistic state: a chosen municipality,
search results, a wizard on the page in question), and the size to check it at (None: the
widget's own size hint, as a dialog opens). A wizard gets one screen per page.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from sote_navigator.ui.gallery_screen import Screen

if TYPE_CHECKING:
    from sote_navigator.services.workspace import Workspace

# The main window is checked at a staff laptop's usual size (1366x768 less the task bar).
LAPTOP = (1280, 720)


def _main_window(workspace: Workspace, db_path: Path) -> QWidget:
    """The navigator at the desk: Borgå chosen, dental care found, its first provider open."""
    from sote_navigator.ui.main_window import MainWindow

    window = MainWindow(workspace, db_path)
    window.choose_municipality("Borgå")
    window.search_for("hammashoito")
    window.show_first_result()
    return window


def _language_menu(workspace: Workspace, db_path: Path) -> QWidget:
    from sote_navigator.ui.language_menu import LanguageMenu

    return LanguageMenu()


def _import_dialog(workspace: Workspace, db_path: Path) -> QWidget:
    """The import dialog after checking a changed copy of the current catalogue."""
    import json
    import tempfile

    from sote_navigator.services import catalogue_signing
    from sote_navigator.ui.import_dialog import ImportDialog

    doc = workspace.catalogue_document()
    doc["catalogue"]["version"] = str(doc["catalogue"].get("version", "")) + "-next"
    # Sote services first: the municipal ones (day care, schools) lead the file.
    sote = [s for s in doc["services"] if s.get("responsibility") != "municipality"]
    for service in (sote or doc["services"])[:3]:
        service["names"] = [{**t, "value": t["value"] + " (2027)"} for t in service["names"]]
        service["descriptions"].append({"language": "fi", "value": "x" * 160, "type": "summary"})
    doc["offerings"] = doc["offerings"][1:]
    folder = Path(tempfile.mkdtemp(prefix="sote-gallery-"))
    path = folder / "catalogue-2027.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    # Signed with a key made for the picture, which the pictured desk trusts.
    keys = folder / "trusted-keys"
    catalogue_signing.keygen(folder / "publisher.key", "Sote Navigator screenshots")
    catalogue_signing.trust_key(folder / "publisher.pub", keys)
    catalogue_signing.sign_file(path, folder / "publisher.key")
    dialog = ImportDialog(workspace, keys_folder=keys)
    dialog.show_plan(workspace.plan_import(path, keys_folder=keys))
    return dialog


def screens() -> tuple[Screen, ...]:
    from sote_navigator.ui import placement_gallery

    return (
        Screen("main-window", _main_window, LAPTOP),
        Screen("language-menu", _language_menu),
        Screen("import-dialog", _import_dialog),
        *placement_gallery.screens(),
    )
