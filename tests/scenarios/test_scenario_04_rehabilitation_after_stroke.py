"""Scenario 4: a 67-year-old in Lohja, home from hospital after a stroke, needs physiotherapy.

Lohja belongs to Länsi-Uusimaa, Western Uusimaa unit. Medical rehabilitation needs a referral
or an assessment and a decision; vouchers are common for it; home visits rank up when the
client cannot travel.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.cli_runner import run_cli

LOHJA = ("--municipality", "Lohja", "--age", "67", "--language", "fi")


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("scenario04")
    assert run_cli(["info"], home=home).code == 0
    return home


def place(home: Path, need: str, *flags: str) -> Any:
    run = run_cli(["place", *LOHJA, "--need", need, *flags, "--json"], home=home)
    assert run.code == 0, run.err
    return run.json()


def codes(reasons: list[dict[str, Any]]) -> list[str]:
    return [r["code"] for r in reasons]


@pytest.mark.parametrize("need", ["fysioterapia", "lääkinnällinen kuntoutus"])
def test_rehabilitation_needs_a_referral_or_a_decision(home: Path, need: str) -> None:
    answer = place(home, need)
    assert answer["context"]["regional_unit"]["names"]["fi"] == "Läntinen Uusimaa"
    rehab = answer["services"][0]
    assert rehab["service"]["names"]["fi"] in (
        "Fysioterapian palvelut",
        "Lääkinnällisen kuntoutuksen palvelut",
    )
    assert rehab["verdict"] in ("referral", "assessment_decision")
    assert codes(rehab["reasons"])[0] in ("referral_required", "assessment_required")
    assert rehab["choice_set"]["choice"] == "voucher"
    kinds = {p["provider"]["kind"] for p in rehab["choice_set"]["providers"]}
    assert "own_production" in kinds


def test_the_referral_route_is_the_sote_keskus_doctor(home: Path) -> None:
    run = run_cli(["--lang", "fi", "place", *LOHJA, "--need", "fysioterapia"], home=home)
    assert "1. Fysioterapian palvelut — Vaatii lähetteen" in run.out
    assert "reitti kulkee asiakkaan sote-keskuksen lääkärin kautta" in run.out


def test_home_visits_rank_up_when_the_client_cannot_travel(home: Path) -> None:
    rehab = place(home, "fysioterapia", "--home-visit")["services"][0]
    ranked = [
        ("serves_in_language" in codes(p["reasons"]), "home_visits" in codes(p["reasons"]))
        for p in rehab["choice_set"]["providers"]
    ]
    assert ranked == sorted(ranked, reverse=True)
    assert any(visits for _serves, visits in ranked)
