"""Scenario 6: a 50-year-old in Kerava asks to see a cardiologist at the hospital.

Specialised medical care (HUS) needs a referral: the answer says so and names the route, a
doctor at the client's sote-keskus, instead of listing the hospital as a free choice.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.cli_runner import run_cli

KERAVA = ("--municipality", "Kerava", "--age", "50", "--language", "fi")


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("scenario06")
    assert run_cli(["info"], home=home).code == 0
    return home


def place(home: Path, need: str, lang: str = "fi") -> Any:
    run = run_cli(["--lang", lang, "place", *KERAVA, "--need", need, "--json"], home=home)
    assert run.code == 0, run.err
    return run.json()


@pytest.mark.parametrize("need", ["erikoissairaanhoito", "kardiologi"])
def test_specialised_care_needs_a_referral_through_the_sote_keskus(home: Path, need: str) -> None:
    answer = place(home, need)
    assert answer["context"]["organiser"]["names"]["fi"] == "Vantaan ja Keravan hyvinvointialue"
    care = answer["services"][0]
    assert care["service"]["names"]["fi"] == "Erikoissairaanhoito"
    assert care["verdict"] == "referral"
    assert care["reasons"][0]["code"] == "referral_required"
    assert care["choice_set"]["choice"] != "free_choice"
    assert "free_choice" not in [r["code"] for r in care["choice_set"]["reasons"]]
    hus = [p for p in care["choice_set"]["providers"] if not p["provider"]["example"]]
    assert hus and hus[0]["provider"]["kind"] == "hospital_district"


def test_the_text_names_the_route_and_offers_no_free_choice(home: Path) -> None:
    run = run_cli(["--lang", "fi", "place", *KERAVA, "--need", "erikoissairaanhoito"], home=home)
    assert run.code == 0, run.err
    block = run.out.split("1. Erikoissairaanhoito", 1)[1].split("\n2. ", 1)[0]
    assert block.startswith(" — Vaatii lähetteen")
    assert "reitti kulkee asiakkaan sote-keskuksen lääkärin kautta" in block
    assert "Valittavissa" not in block and "valita" not in block
    assert "Lähetteellä hoitaa" in block


def test_in_swedish_too(home: Path) -> None:
    run = run_cli(["--lang", "sv", "place", *KERAVA, "--need", "specialiserad sjukvård"], home=home)
    assert run.code == 0, run.err
    block = run.out.split("1. Specialiserad sjukvård", 1)[1].split("\n2. ", 1)[0]
    assert "remiss" in block and "social- och hälsocentral" in block
    assert "Att välja bland" not in block
