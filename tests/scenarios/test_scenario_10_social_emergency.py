"""Scenario 10: a social emergency at night.

At 23:00 a woman in Joensuu calls: her partner has threatened her, and she and two children need
a safe place tonight. The answer: 112 if anyone is in danger now; the county's social emergency
service, round the clock; a shelter (turvakoti): direct, no referral, round the clock; and never
the health-care line 116117 as the route. Each service once. Runs ``place`` as a subprocess on
the default catalogue; the answer must not depend on example data.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.cli_runner import run_cli

CLIENT = [
    "place",
    "--municipality",
    "Joensuu",
    "--age",
    "34",
    "--language",
    "fi",
    "--need",
    "turvakoti",
    "--urgent",
    "--children",
    "school_age",
]


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("scenario10")
    assert run_cli(["info"], home=folder).code == 0
    return folder


@pytest.fixture(scope="module")
def answer(home: Path) -> dict[str, Any]:
    run = run_cli([*CLIENT, "--json"], home=home)
    assert run.code == 0, run.err
    data: dict[str, Any] = run.json()
    return data


def test_the_routes_are_those_of_a_social_emergency(answer: dict[str, Any]) -> None:
    codes = [r["code"] for r in answer["urgent_routes"]]
    assert codes[0] == "route_emergency"
    assert answer["urgent_routes"][0]["params"]["line"]["number"] == "112"
    assert "route_social_emergency" in codes
    assert "route_shelter" in codes
    # Two children at home: how to make a child-welfare notification.
    assert "route_child_welfare_notification" in codes
    # The health-care line is not the route.
    assert "route_health_on_call" not in codes
    assert "116117" not in str(answer["urgent_routes"])


def test_every_number_has_a_source_and_a_date(answer: dict[str, Any]) -> None:
    for route in answer["urgent_routes"]:
        params = route["params"]
        sources = params.get("sources") or params["line"]["sources"]
        checked = params.get("checked") or params["line"]["checked"]
        assert sources and all(s["url"].startswith("http") for s in sources)
        assert checked


def test_no_organiser_number_is_invented(answer: dict[str, Any]) -> None:
    social = next(r for r in answer["urgent_routes"] if r["code"] == "route_social_emergency")
    assert social["params"]["phones"] == []
    assert "Pohjois-Karjalan hyvinvointialue" in social["text"]
    assert "112" in social["text"]


def test_the_shelter_and_the_social_emergency_service_come_first_once(
    answer: dict[str, Any],
) -> None:
    ids = [s["service"]["id"] for s in answer["services"]]
    assert len(ids) == len(set(ids))
    first = ids[:3]
    assert "SOTE-0001" in first  # Sosiaalipäivystys
    assert "SOTE-0008" in first  # Turvakotitoiminta
    shelter = next(s for s in answer["services"] if s["service"]["id"] == "SOTE-0008")
    assert shelter["verdict"] == "eligible"
    assert shelter["service"]["access"] == "direct"
    assert not any(s["service"]["example"] for s in answer["services"][:3])


def test_the_answer_in_finnish_says_where_to_turn(home: Path) -> None:
    run = run_cli([*CLIENT, "--lang", "fi"], home=home)
    assert run.code == 0, run.err
    text = run.out
    assert "112" in text
    assert "116117" not in text
    assert "sosiaalipäivystys" in text.lower()
    assert "turvakoti" in text.lower()
    assert "ympäri vuorokauden" in text
    assert "lastensuojeluilmoitus" in text.lower()


def test_the_answer_in_swedish_says_where_to_turn(home: Path) -> None:
    run = run_cli([*CLIENT, "--lang", "sv"], home=home)
    assert run.code == 0, run.err
    text = run.out
    assert "112" in text
    assert "116117" not in text
    assert "socialjour" in text.lower()
    assert "skyddshem" in text.lower()
    assert "dygnet runt" in text
    assert "barnskyddsanmälan" in text.lower()
