"""Scenario 2: parents in Espoo with a three-week-old baby and a three-year-old.

Espoo belongs to Länsi-Uusimaa, unit Espoo–Kirkkonummi–Kauniainen. The child health clinic
(neuvola) is direct access in the client's own unit; day care is the City of Espoo's: the
answer says "contact the municipality" and lists no provider of the county.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.cli_runner import run_cli

ESPOO = ("--municipality", "Espoo", "--language", "fi")
NEED = ("--need", "småbarnspedagogik")


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("scenario02")
    assert run_cli(["info"], home=home).code == 0
    return home


def place(home: Path, age: int, need: str, lang: str = "fi") -> Any:
    run = run_cli(
        ["--lang", lang, "place", *ESPOO, "--age", str(age), "--need", need, "--json"], home=home
    )
    assert run.code == 0, run.err
    return run.json()


def test_espoo_is_served_by_its_unit_of_lansi_uusimaa(home: Path) -> None:
    context = place(home, 0, "lastenneuvola")["context"]
    assert context["organiser"]["names"]["fi"] == "Länsi-Uudenmaan hyvinvointialue"
    assert context["regional_unit"]["names"]["fi"] == "Espoo–Kirkkonummi–Kauniainen"


def test_child_health_clinic_is_direct_in_the_own_unit(home: Path) -> None:
    clinic = place(home, 0, "lastenneuvola")["services"][0]
    assert clinic["service"]["names"]["fi"] == "Lastenneuvolapalvelut"
    assert clinic["verdict"] == "eligible"
    assert clinic["reasons"][0]["code"] == "direct_access"
    providers = clinic["choice_set"]["providers"]
    own = [p for p in providers if not p["provider"]["example"]]
    assert own and own[0]["provider"]["kind"] == "own_production"
    unit = place(home, 0, "lastenneuvola")["context"]["regional_unit"]["id"]
    assert all(unit in p["regional_unit_ids"] for p in providers)


@pytest.mark.parametrize("need", ["varhaiskasvatus", "päivähoito", "päiväkoti"])
def test_day_care_is_the_municipality_s_without_a_provider_list(home: Path, need: str) -> None:
    services = place(home, 3, need)["services"]
    day_care = services[0]
    assert day_care["service"]["responsibility"] == "municipality"
    assert day_care["verdict"] == "municipal"
    assert day_care["choice_set"] is None
    (why,) = day_care["reasons"]
    assert why["code"] == "municipal_service" and why["params"]["municipality_code"] == "049"


def test_day_care_says_contact_the_municipality_in_both_languages(home: Path) -> None:
    fi = run_cli(
        ["--lang", "fi", "place", *ESPOO, "--age", "3", "--need", "varhaiskasvatus"], home=home
    )
    assert "1. Varhaiskasvatus — Kunnan palvelu: ota yhteyttä kuntaan" in fi.out
    assert "ota yhteyttä kotikuntaan (Espoo)" in fi.out
    assert "Valittavissa" not in fi.out.split("1. Varhaiskasvatus", 1)[1].split("\n2. ", 1)[0]
    sv = run_cli(
        [
            "--lang",
            "sv",
            "place",
            "--municipality",
            "Esbo",
            "--age",
            "3",
            "--language",
            "sv",
            *NEED,
        ],
        home=home,
    )
    assert sv.code == 0, sv.err
    assert "1. Småbarnspedagogik — Kommunal tjänst: kontakta kommunen" in sv.out
    assert "kontakta hemkommunen (Esbo)" in sv.out
