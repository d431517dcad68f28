"""Scenario 3: a 35-year-old in Vihti with toothache for two days.

Vihti belongs to Länsi-Uusimaa, Western Uusimaa unit. Dental care is direct access with a free
choice among the organiser's clinics; clinics open in the evening rank up when the client asks
for that; an urgent case shows on-call dental care first.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.cli_runner import run_cli

VIHTI = ("--municipality", "Vihti", "--age", "35", "--language", "fi")


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("scenario03")
    assert run_cli(["info"], home=home).code == 0
    return home


def place(home: Path, need: str, *flags: str) -> Any:
    run = run_cli(["place", *VIHTI, "--need", need, *flags, "--json"], home=home)
    assert run.code == 0, run.err
    return run.json()


def codes(reasons: list[dict[str, Any]]) -> list[str]:
    return [r["code"] for r in reasons]


@pytest.mark.parametrize("need", ["hammashoito", "suun terveydenhuolto"])
def test_dental_care_is_direct_with_a_free_choice(home: Path, need: str) -> None:
    answer = place(home, need)
    assert answer["context"]["regional_unit"]["names"]["fi"] == "Läntinen Uusimaa"
    dental = answer["services"][0]
    assert dental["service"]["names"]["fi"] == "Suun terveydenhuolto"
    assert dental["verdict"] == "eligible" and not dental["on_call"]
    assert dental["choice_set"]["choice"] == "free_choice"
    assert "free_choice" in codes(dental["choice_set"]["reasons"])
    kinds = {p["provider"]["kind"] for p in dental["choice_set"]["providers"]}
    assert "own_production" in kinds


def test_evening_opening_ranks_up_when_asked(home: Path) -> None:
    providers = place(home, "hammashoito", "--evening")["services"][0]["choice_set"]["providers"]
    ranked = [
        ("serves_in_language" in codes(p["reasons"]), "evening_hours" in codes(p["reasons"]))
        for p in providers
    ]
    # The client's language first (a right), then the needs met: evening opening.
    assert ranked == sorted(ranked, reverse=True)
    assert any(evening for _serves, evening in ranked)


def test_an_urgent_case_shows_on_call_dental_care_first(home: Path) -> None:
    services = place(home, "hammashoito", "--urgent")["services"]
    first = services[0]
    assert first["on_call"] and first["verdict"] == "eligible"
    assert first["service"]["names"]["fi"] == "Hammashoidon päivystys"
    assert [s["service"]["id"] for s in services].count(first["service"]["id"]) == 1
    assert any(s["service"]["names"]["fi"] == "Suun terveydenhuolto" for s in services[1:])
