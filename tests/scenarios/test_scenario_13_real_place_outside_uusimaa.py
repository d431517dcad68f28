"""Scenario 13 (SCENARIOS.md): a real place outside Uusimaa.

A 70-year-old in Rovaniemi needs to see a doctor. The answer names real health stations that
serve Rovaniemi, with their addresses, nearest first from the client's postal area, and says
where the information comes from and how old it is. `place` runs as a subprocess on the
default catalogue; nothing here is example data.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.cli_runner import run_cli

ROVANIEMI = "698"
CLIENT = ["place", "--lang", "fi", "--municipality", "Rovaniemi", "--age", "70", "--language", "fi"]


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("scenario13")
    assert run_cli(["info"], home=folder).code == 0  # installs the default catalogue once
    return folder


def doctor(home: Path, *extra: str) -> dict[str, Any]:
    run = run_cli([*CLIENT, "--need", "lääkäri", "--json", *extra], home=home)
    assert run.code == 0, run.err
    data: dict[str, Any] = run.json()
    first = data["services"][0]
    assert first["service"]["id"] == "SOTE-0035"  # the reception of a doctor or nurse
    assert first["verdict"] == "eligible"
    return data


def reason(provider: dict[str, Any], code: str) -> dict[str, Any]:
    return next(r for r in provider["reasons"] if r["code"] == code)


def test_real_stations_of_rovaniemi_nearest_first_from_the_postal_area(home: Path) -> None:
    data = doctor(home, "--postal-code", "96100")
    assert data["context"]["organiser"]["id"] == "org-21"  # Lapin hyvinvointialue
    assert data["context"]["origin"]["basis"] == "postal_area"
    providers = data["services"][0]["choice_set"]["providers"]
    local = [p for p in providers if (p["location"] or {}).get("municipality_code") == ROVANIEMI]
    assert len(local) >= 3
    assert providers[: len(local)] == local  # Rovaniemi's own stations first
    distances = [p["distance_km"] for p in local]
    assert distances == sorted(distances)  # nearest first
    for p in local:
        assert not p["example"] and not p["location"]["example"]
        assert p["location"]["street"]["fi"] and p["location"]["postal_code"]
        assert p["location"]["source"]["name"].startswith("Health stations in Finland")
        assert p["verified_on"] == "2019" and p["stale"] is True
        flag = reason(p, "stale_information")
        assert flag["effect"] == -1 and flag["params"]["date"] == "2019"
        assert flag["text"].startswith("Tietojen ajankohta 2019: tarkista")
        km = reason(p, "distance")
        assert km["params"]["basis"] == "postal_area" and km["params"]["postal_code"] == "96100"
    # "No fixed place" never comes before a real place.
    placeless = [p["rank"] for p in providers if p["location"] is None]
    assert all(rank > local[-1]["rank"] for rank in placeless)


def test_another_postal_area_changes_the_order_for_its_distance(home: Path) -> None:
    centre = doctor(home, "--postal-code", "96100")["services"][0]["choice_set"]["providers"]
    north = doctor(home, "--postal-code", "96900")["services"][0]["choice_set"]["providers"]
    name = "Pulkamontien terveysasema"  # 96900 Saarenkylä, a few km from the centre

    def find(providers: list[dict[str, Any]]) -> dict[str, Any]:
        return next(p for p in providers if (p["location"] or {}).get("name") == name)

    assert centre[0]["location"]["postal_code"] == "96100" and find(centre)["rank"] > 1
    assert north[0]["location"]["name"] == name
    km = [reason(find(p), "distance")["params"]["km"] for p in (north, centre)]
    assert km[0] < km[1]


def test_without_a_postal_code_the_municipality_centre_is_said(home: Path) -> None:
    data = doctor(home)
    assert data["context"]["origin"]["basis"] == "municipality_centre"
    first = data["services"][0]["choice_set"]["providers"][0]
    assert reason(first, "distance")["text"].endswith(
        "asiakkaan kotikunnan (Rovaniemi) keskustasta."
    )


def test_the_text_answer_says_address_distance_source_and_age(home: Path) -> None:
    run = run_cli([*CLIENT, "--need", "lääkäri", "--postal-code", "96100"], home=home)
    assert run.code == 0, run.err
    text = run.out
    assert "Koskikatu 25, 96100 Rovaniemi" in text
    assert "asiakkaan postinumeroalueelta (96100)" in text
    assert "Tietojen ajankohta 2019: tarkista ennen kuin ohjaat asiakkaan." in text
    assert "Lähde: Health stations in Finland 2013-2019" in text
    assert "ESIMERKKITIETO" not in text  # no example data in this answer


def test_a_postal_code_that_is_not_five_digits_is_refused(home: Path) -> None:
    run = run_cli([*CLIENT, "--need", "lääkäri", "--postal-code", "961"], home=home)
    assert run.code == 2
