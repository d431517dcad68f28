"""Scenario 1: an 82-year-old Swedish-speaking client in Borgå (Porvoo) needs home care.

Porvoo is bilingual, so service in Swedish is a right; home care needs an assessment and a
decision; the choice set holds the county's own production and ranks Swedish-speaking
providers first, saying why; the record and its printout are in Swedish.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.cli_runner import run_cli

BORGA = ("--municipality", "Borgå", "--age", "82", "--language", "sv", "--need", "hemvård")


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("scenario01")
    assert run_cli(["info"], home=home).code == 0  # the default catalogue, installed once
    return home


def place(home: Path, *args: str, lang: str = "sv") -> Any:
    run = run_cli(["--lang", lang, "place", *BORGA, *args, "--json"], home=home)
    assert run.code == 0, run.err
    return run.json()


def test_borga_is_east_uusimaa_and_swedish_is_a_right(home: Path) -> None:
    answer = place(home)
    context = answer["context"]
    assert context["organiser"]["names"]["fi"] == "Itä-Uudenmaan hyvinvointialue"
    assert context["organiser"]["name"] == "Östra Nylands välfärdsområde"
    assert context["regional_unit"]["names"]["fi"] == "Itäinen Uusimaa"
    assert answer["client_reasons"][0]["code"] == "language_right"
    assert answer["client_reasons"][0]["params"]["bilingual"] is True


def test_home_care_needs_assessment_and_decision_with_a_ranked_choice(home: Path) -> None:
    home_care = place(home, "--home-visit")["services"][0]
    assert home_care["service"]["names"]["sv"] == "Hemvård"
    assert home_care["verdict"] == "assessment_decision"
    assert home_care["reasons"][0]["code"] == "assessment_required"
    choice = home_care["choice_set"]
    assert choice["choice"] == "voucher"
    providers = choice["providers"]
    own = [p for p in providers if not p["provider"]["example"]]
    assert own and {p["provider"]["kind"] for p in own} == {"own_production"}
    assert own[0]["provider"]["names"]["fi"] == "Itä-Uudenmaan hyvinvointialue, oma tuotanto"
    serving = ["sv" in p["languages"] for p in providers]
    assert serving == sorted(serving, reverse=True)  # Swedish-speaking providers first
    first = providers[0]["reasons"][0]
    assert (first["code"], first["params"]["right"]) == ("serves_in_language", True)


def test_the_answer_is_worded_in_swedish(home: Path) -> None:
    run = run_cli(["--lang", "sv", "place", *BORGA], home=home)
    assert run.code == 0, run.err
    assert "Borgå: Östra Nylands välfärdsområde, Östra Nyland" in run.out
    assert "Borgå är tvåspråkig: klienten har rätt till service på svenska." in run.out
    assert (
        "1. Hemvård — Har rätt efter en bedömning av servicebehovet och ett myndighetsbeslut"
        in (run.out)
    )
    assert "Ger service på svenska, som klienten har rätt till." in run.out


def test_the_record_and_its_printout_are_in_swedish(home: Path) -> None:
    saved = run_cli(["--lang", "fi", "place", *BORGA, "--save", "--status", "referred"], home=home)
    assert saved.code == 0, saved.err
    placement_id = saved.out.rsplit("Ohjaus ", 1)[1].split(" ", 1)[0]
    shown = run_cli(["--lang", "fi", "placements", "show", placement_id], home=home)
    assert shown.code == 0, shown.err
    printout = shown.out
    assert printout.startswith("SAMMANFATTNING AV SERVICEHANDLEDNINGEN")
    assert "Hemkommun: Borgå" in printout
    assert "Anordnare: Östra Nylands välfärdsområde" in printout
    assert "Regional verksamhetsenhet: Östra Nyland" in printout
    assert "Hemvård" in printout and "Producent som klienten valt" in printout
    assert "Nästa steg" in printout and "Kotihoito" not in printout
    record = run_cli(["placements", "show", placement_id, "--json"], home=home).json()
    assert record["service_id"] and record["provider_id"]
    assert record["verdict"] == "assessment_decision"
