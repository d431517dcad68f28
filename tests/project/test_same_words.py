"""One thing, one word: the window, the command line and the printout name the regional unit,
the organiser, the service and the provider with the glossary's word (DOMAIN.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sote_navigator import i18n
from sote_navigator.services.workspace import open_workspace
from sote_navigator.ui.municipality_field import MunicipalityField
from tests.cli_runner import run_cli

# The glossary of DOMAIN.md: suomi, svenska.
GLOSSARY = {
    "regional unit": {"fi": "alueellinen toimintayksikkö", "sv": "regional verksamhetsenhet"},
    "organiser": {"fi": "järjestäjä", "sv": "anordnare"},
    "service": {"fi": "palvelu", "sv": "tjänst"},
    "provider": {"fi": "tuottaja", "sv": "producent"},
}

# Where each is a label: (surface, translation context, source text).
LABELS = {
    "regional unit": [
        ("window", "MunicipalityField", "Regional unit:"),
        ("command line", "Lookup", "Regional unit: %1"),
        ("printout", "Placement", "Regional unit: %1"),
    ],
    "organiser": [
        ("window", "MunicipalityField", "Organiser:"),
        ("window", "DetailsPane", "Organiser"),
        ("command line", "Lookup", "Organiser: %1"),
        ("printout", "Placement", "Organiser: %1"),
    ],
    "service": [
        ("window", "History", "Service"),
        ("window", "Wizard", "Service"),
        ("window", "Navigator", "Service"),
        ("command line", "Search", "service"),
        ("printout", "Placement", "Service"),
    ],
    "provider": [
        ("window", "History", "Provider"),
        ("window", "Wizard", "Provider"),
        ("window", "ProviderPage", "Provider"),
        ("window", "Navigator", "Provider"),
        ("command line", "Search", "provider"),
        ("printout", "Placement", "Provider"),
    ],
}


def _label(text: str) -> str:
    return text.replace("%1", "").replace("&", "").strip().rstrip(":").strip().lower()


@pytest.mark.parametrize("language", ["fi", "sv"])
@pytest.mark.parametrize("thing", list(GLOSSARY))
def test_every_surface_labels_a_thing_with_the_glossary_word(language: str, thing: str) -> None:
    with i18n.language_scope(language):
        found = {
            (surface, context): _label(i18n.translate(context, source))
            for surface, context, source in LABELS[thing]
        }
    assert set(found.values()) == {GLOSSARY[thing][language]}, found


@pytest.fixture
def db(tmp_path: Path, small_catalogue_file: Path) -> Path:
    path = tmp_path / "words.sqlite"
    open_workspace(path, small_catalogue_file).dispose()
    return path


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_window_and_command_line_show_the_same_labels(qtbot: Any, db: Path, language: str) -> None:
    shown = run_cli(["lookup", "Borgå", "--db", str(db), "--lang", language])
    assert shown.code == 0, shown.err
    printed = {line.split(":", 1)[0].lower() for line in shown.out.splitlines() if ":" in line}
    i18n.set_language(language)
    try:
        field = MunicipalityField()
        qtbot.addWidget(field)
        captions = {_label(field._organiser_caption.text()), _label(field._unit_caption.text())}
    finally:
        i18n.set_language("en")
    wanted = {GLOSSARY["organiser"][language], GLOSSARY["regional unit"][language]}
    assert captions == wanted
    assert wanted <= printed, shown.out
