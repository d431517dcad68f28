"""Scenario 5: a 19-year-old in Järvenpää asks for help with anxiety and alcohol use.

Järvenpää belongs to Keski-Uusimaa, Central Uusimaa unit. Low-threshold mental health and
substance abuse services are direct access; evening opening matters.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.cli_runner import run_cli

JARVENPAA = ("--municipality", "Järvenpää", "--age", "19", "--language", "fi")
LOW_THRESHOLD = "Matalan kynnyksen mielenterveys- ja päihdepalvelut"


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("scenario05")
    assert run_cli(["info"], home=home).code == 0
    return home


def place(home: Path, need: str, *flags: str) -> Any:
    run = run_cli(["place", *JARVENPAA, "--need", need, *flags, "--json"], home=home)
    assert run.code == 0, run.err
    return run.json()


def codes(reasons: list[dict[str, Any]]) -> list[str]:
    return [r["code"] for r in reasons]


@pytest.mark.parametrize("need", ["mielenterveys", "päihde", "matalan kynnyksen"])
def test_low_threshold_services_are_direct(home: Path, need: str) -> None:
    answer = place(home, need)
    context = answer["context"]
    assert context["organiser"]["names"]["fi"] == "Keski-Uudenmaan hyvinvointialue"
    assert context["regional_unit"]["names"]["fi"] == "Keski-Uusimaa"
    low = next(s for s in answer["services"] if s["service"]["names"]["fi"] == LOW_THRESHOLD)
    assert low["verdict"] == "eligible"
    assert codes(low["reasons"])[0] == "direct_access"
    assert "own_production" in {p["provider"]["kind"] for p in low["choice_set"]["providers"]}


def test_the_first_services_need_no_referral(home: Path) -> None:
    services = place(home, "mielenterveys")["services"]
    assert services[0]["verdict"] == "eligible"


def test_evening_opening_ranks_up_when_asked(home: Path) -> None:
    answer = place(home, LOW_THRESHOLD, "--evening")
    low = next(s for s in answer["services"] if s["service"]["names"]["fi"] == LOW_THRESHOLD)
    ranked = [
        ("serves_in_language" in codes(p["reasons"]), "evening_hours" in codes(p["reasons"]))
        for p in low["choice_set"]["providers"]
    ]
    assert ranked == sorted(ranked, reverse=True)
