"""Scenario 14: reached by phone.

After a PTV import, a service reached through a phone line (here a county's social emergency
number, PTV fixtures under tests/fixtures/ptv) shows the number, its hours and its charge among
the ways in of ``place`` (text and --json) and in the printout in the client's language. The
details pane is checked in tests/ui/test_ptv_contact_routes.py. The default catalogue has no phone
lines of its own (its sources hold none): the scenario needs the import.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.cli_runner import run_cli

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ptv"
SOCIAL = "ptv:9a1b2c3d-2222-4b3c-8d4e-000000000006"
NUMBER = "+358 40 000 0106"


def client(language: str) -> list[str]:
    return [
        "place",
        "--municipality",
        "Porvoo",
        "--age",
        "40",
        "--language",
        language,
        "--need",
        SOCIAL,
    ]


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("scenario14")
    run = run_cli(["catalogue", "import", str(FIXTURES), "--format", "ptv"], home=folder)
    assert run.code == 0, run.err
    return folder


def test_place_json_lists_the_phone_line_as_a_way_in(home: Path) -> None:
    run = run_cli([*client("fi"), "--json"], home=home)
    assert run.code == 0, run.err
    data: dict[str, Any] = run.json()
    [service] = data["services"]
    assert service["service"]["id"] == SOCIAL
    assert service["choice_set"]["providers"] == []
    [line] = service["contact_routes"]
    assert line["kind"] == "phone"
    assert line["number"] == NUMBER
    assert line["around_the_clock"] is True
    assert line["charge"] == "free"
    codes = [r["code"] for r in service["reasons"]]
    assert "reached_by_routes" in codes
    assert "no_providers_listed" not in codes


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fi", ["Asiointi puhelimitse tai verkossa", "ympäri vuorokauden", "maksuton"]),
        ("sv", ["Kontakt per telefon eller på nätet", "dygnet runt", "avgiftsfri"]),
    ],
)
def test_place_text_says_number_hours_and_charge(
    home: Path, language: str, words: list[str]
) -> None:
    run = run_cli([*client(language), "--lang", language], home=home)
    assert run.code == 0, run.err
    assert NUMBER in run.out
    for word in words:
        assert word in run.out


def test_the_printout_in_the_client_s_language_has_the_number(home: Path) -> None:
    saved = run_cli([*client("sv"), "--save"], home=home)
    assert saved.code == 0, saved.err
    listed = run_cli(["placements", "list", "--json"], home=home).json()["placements"]
    number = str(max(p["id"] for p in listed))
    text = run_cli(["placements", "show", number], home=home).out  # Swedish: the client's
    assert NUMBER in text
    assert "dygnet runt" in text
    assert "avgiftsfri" in text
    assert "Ring:" in text
