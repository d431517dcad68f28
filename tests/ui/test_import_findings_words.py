"""The import dialog locates every finding in a maintainer's words and lists the changes by
name, in the UI language; it opens at a size that fits, keeps its size, and shows the path.

Native files are written from the test catalogue with real mistakes in them; the PTV findings
come from the PTV fixture files (tests/fixtures/ptv), checked against the default catalogue.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from sote_navigator import i18n
from sote_navigator.services.workspace import Workspace
from sote_navigator.ui.import_dialog import ImportDialog
from sote_navigator.ui.path_label import PathLabel
from tests.catalogue_factory import small_catalogue, texts

PTV_FOLDER = Path(__file__).parents[1] / "fixtures" / "ptv"


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    chosen = str(request.param)
    before = i18n.language()
    i18n.set_language(chosen)
    yield chosen
    i18n.set_language(before)


def _write(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _faulty() -> dict[str, Any]:
    """A new version with one error and warnings on a service, a location and a municipality."""
    doc = small_catalogue()
    doc["catalogue"]["version"] = "2"
    home_care = doc["services"][1]
    home_care["names"] = texts("Kotihoito ja kotisairaanhoito", "Hemvård och hemsjukvård")
    home_care["descriptions"] = [
        *home_care.get("descriptions", []),
        {"language": "sv", "value": "x" * 3000, "type": "description"},
    ]
    dental = doc["locations"][0]
    dental["names"] = [t for t in dental["names"] if t["language"] != "sv"]
    doc["memberships"][0]["regional_unit"] = "unit-nowhere"  # Porvoo's
    return doc


def _check(qtbot: QtBot, dialog: ImportDialog, path: Path) -> None:
    dialog.check(path)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)


def _places(dialog: ImportDialog) -> list[str]:
    model = dialog.findings_model
    return [model.where(row) for row in range(model.rowCount())]


WORDS = {
    "fi": (
        "palvelu \u201dKotihoito ja kotisairaanhoito\u201d (S-HOMECARE), kuvaus ruotsiksi",
        "palvelupaikka \u201dEsimerkki Hammashoitola Porvoo\u201d (loc-porvoo-dent), nimi",
        "kunta Porvoo, alueellinen toimintayksikkö",
    ),
    "sv": (
        "tjänsten \u201dHemvård och hemsjukvård\u201d (S-HOMECARE), beskrivning på svenska",
        "verksamhetsstället \u201dEsimerkki Hammashoitola Porvoo\u201d (loc-porvoo-dent), namn",
        "kommunen Borgå, regional verksamhetsenhet",
    ),
}


@pytest.mark.parametrize("language", ["fi", "sv"], indirect=True)
def test_native_findings_name_the_record_and_the_field(
    qtbot: QtBot, small_engine: Engine, tmp_path: Path, language: str
) -> None:
    dialog = ImportDialog(Workspace(engine=small_engine))
    qtbot.addWidget(dialog)
    _check(qtbot, dialog, _write(tmp_path / "uusi.json", _faulty()))
    places = _places(dialog)
    assert len(places) == 3, places
    for expected in WORDS[language]:
        assert expected in places, places
    for place in places:
        assert "$" not in place and "[" not in place, place
    model = dialog.findings_model
    sentences = [str(model.index(row, 2).data()) for row in range(model.rowCount())]
    unit_list = {"fi": "alueelliset toimintayksiköt", "sv": "regionala verksamhetsenheter"}
    assert any(unit_list[language] in s for s in sentences), sentences
    assert not any("regional_units" in s for s in sentences), sentences
    # The raw place stays one hover away, for the one who edits the file.
    tooltips = [
        str(model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole))
        for row in range(model.rowCount())
    ]
    assert any("$.services[1].descriptions[" in t for t in tooltips), tooltips


@pytest.mark.parametrize("language", ["fi", "sv"], indirect=True)
def test_the_changes_are_named_and_say_which_fields_changed(
    qtbot: QtBot, small_engine: Engine, tmp_path: Path, language: str
) -> None:
    doc = small_catalogue()
    doc["catalogue"]["version"] = "2"
    doc["services"][1]["names"] = texts("Kotihoito ja kotisairaanhoito", "Hemvård och hemsjukvård")
    doc["services"][1]["descriptions"] = texts("Kotiin annettava hoito", kind="description")
    removed = doc["offerings"].pop()
    dialog = ImportDialog(Workspace(engine=small_engine))
    qtbot.addWidget(dialog)
    _check(qtbot, dialog, _write(tmp_path / "v2.json", doc))
    text = dialog.findChild(type(dialog._diff), "importDiff").toPlainText()
    expected = {
        "fi": (
            "Palveluluettelon versio: 1 \u2192 2",
            "Muutetaan: palvelu \u201dKotihoito ja kotisairaanhoito\u201d (S-HOMECARE): "
            "nimi, kuvaus",
            "Poistetaan: palvelu \u201d",
        ),
        "sv": (
            "Katalogens version: 1 \u2192 2",
            "Ändras: tjänsten \u201dHemvård och hemsjukvård\u201d (S-HOMECARE): namn, beskrivning",
            "Tas bort: tjänsten \u201d",
        ),
    }[language]
    for line in expected:
        assert line in text, text
    assert removed["id"] not in text  # an offering is named by its service and place
    for english in ("[names", "descriptions", "added,", "changed,", "Catalogue version"):
        assert english not in text, english


@pytest.mark.parametrize("language", ["fi", "sv"], indirect=True)
def test_ptv_findings_name_the_item_and_its_file(
    qtbot: QtBot, default_engine: Engine, language: str
) -> None:
    dialog = ImportDialog(Workspace(engine=default_engine))
    qtbot.addWidget(dialog)
    dialog._format.setCurrentIndex(2)  # PTV
    _check(qtbot, dialog, PTV_FOLDER)
    places = _places(dialog)
    assert len(places) >= 20, places
    expected = {
        "fi": (
            "palvelupaikka \u201dPorvoon terveysasema\u201d, aukioloajat "
            "(tiedosto servicelocations.json)",
            "palvelu \u201dTerveysaseman lääkärin ja hoitajan vastaanotto\u201d, kuvaus "
            "(tiedosto services.json)",
            "tiedoston services.json kohde 3, tunniste",
            "palvelupaikka \u201dEspoon testipiste\u201d, osoite (tiedosto servicelocations.json)",
        ),
        "sv": (
            "verksamhetsstället \u201dBorgå hälsostation\u201d, öppettider "
            "(filen servicelocations.json)",
            "post 3 i filen services.json, id",
            "verksamhetsstället \u201dEsbo testställe\u201d, adress (filen servicelocations.json)",
        ),
    }[language]
    for place in expected:
        assert place in places, places
    for place in places:
        assert "$" not in place and "ptv:" not in place, place


def test_the_dialog_keeps_its_size_and_shows_the_whole_path(
    qtbot: QtBot, small_engine: Engine, tmp_path: Path
) -> None:
    folder = tmp_path / "alueellinen palveluohjaus" / "palveluluettelot" / "kevät 2027"
    folder.mkdir(parents=True)
    path = _write(folder / "sote-navigator-catalogue-2027.json", _faulty())
    first = ImportDialog(Workspace(engine=small_engine))
    qtbot.addWidget(first)
    first.show()
    _check(qtbot, first, path)
    shown = first.findChild(PathLabel, "importPath")
    assert shown.path() == str(path)
    assert shown.toolTip() == str(path)
    first.resize(1600, 700)
    qtbot.waitUntil(lambda: shown.text() == str(path))  # wide enough: the whole path
    first.resize(420, 500)
    qtbot.waitUntil(lambda: shown.text() != str(path))
    assert shown.text().startswith(str(tmp_path)[:5]) and shown.text().endswith("2027.json")
    assert "\u2026" in shown.text()  # cut in the middle, both ends kept
    first.resize(760, 540)
    first.reject()
    again = ImportDialog(Workspace(engine=small_engine))
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (760, 540)


@pytest.mark.parametrize("language", ["fi", "sv"], indirect=True)
def test_a_format_error_is_worded_in_the_ui_language(
    qtbot: QtBot, small_engine: Engine, tmp_path: Path, language: str
) -> None:
    doc = small_catalogue()
    porvoo = next(m for m in doc["municipalities"] if m["code"] == "638")
    porvoo["language_status"] = "trilingual"
    del doc["services"][0]["names"]
    dialog = ImportDialog(Workspace(engine=small_engine))
    qtbot.addWidget(dialog)
    _check(qtbot, dialog, _write(tmp_path / "rikki.json", doc))
    model = dialog.findings_model
    rows = {model.where(r): str(model.index(r, 2).data()) for r in range(model.rowCount())}
    expected = {
        "fi": {
            "kunta Porvoo (638), kielisyys": "ei ole tässä sallittu arvo; sallitut arvot:",
            "palvelu \u201dS-DENTAL\u201d": "kenttä \u201dnames\u201d puuttuu.",
        },
        "sv": {
            "kommunen Borgå (638), språklig status": "är inte ett värde som är tillåtet här",
            "tjänsten \u201dS-DENTAL\u201d": "fältet \u201dnames\u201d saknas.",
        },
    }[language]
    for where, words in expected.items():
        assert where in rows, rows
        assert words in rows[where], rows[where]
    for sentence in rows.values():
        assert "is not one of" not in sentence and "required property" not in sentence
