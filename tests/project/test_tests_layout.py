"""tests/ mirrors the package: every test file lives in the folder of the layer it tests.

core/, db/, exchange/, services/, cli/ and ui/ are the layers of sote_navigator; project/ holds
the checks over the whole repository and the package's top-level modules (languages, settings,
logs, packaging, translations); scenarios/ the counsellors' scenarios end to end. Shared helpers
(cli_runner.py, catalogue_factory.py, paths.py, ...) sit at the top of tests/ and hold no tests.
"""

from __future__ import annotations

from tests.paths import ROOT

TESTS = ROOT / "tests"
LAYERS = sorted(
    p.name for p in (ROOT / "sote_navigator").iterdir() if (p / "__init__.py").is_file()
)
FOLDERS = (*LAYERS, "project", "scenarios")


def test_every_layer_of_the_package_has_its_test_folder() -> None:
    assert {"core", "db", "exchange", "services", "cli", "ui"} <= set(LAYERS)
    missing = [
        f"tests/{f}/__init__.py" for f in FOLDERS if not (TESTS / f / "__init__.py").is_file()
    ]
    assert missing == [], "a new layer of sote_navigator gets its test folder"


def test_every_test_file_is_in_a_layer_folder() -> None:
    misplaced = sorted(
        str(path.relative_to(TESTS))
        for path in TESTS.rglob("*.py")
        if path.name.startswith("test_") or path.name.endswith("_test.py")
        if path.relative_to(TESTS).parts[0] not in FOLDERS
    )
    assert misplaced == [], f"move these into one of tests/{{{','.join(FOLDERS)}}}/: {misplaced}"


def test_no_folder_beside_the_layer_folders_holds_python() -> None:
    helpers = {"fixtures", "__pycache__"}
    strays = sorted(
        p.name
        for p in TESTS.iterdir()
        if p.is_dir() and p.name not in FOLDERS and p.name not in helpers and any(p.rglob("*.py"))
    )
    assert strays == []
