"""Scenario 7: the client names a municipality the catalogue does not know.

A typo or an old name gets the closest names and no answer; a municipality merged into another
(Pertunmaa into Mäntyharju on 1.1.2025) is answered for its successor, and the answer says so.
Nothing is guessed silently, and nothing is saved for an unknown municipality.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_runner import run_cli

CLIENT = ("--age", "50", "--language", "fi", "--need", "kotihoito")


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("scenario07")
    assert run_cli(["info"], home=home).code == 0
    return home


@pytest.mark.parametrize(
    ("typed", "closest"), [("Porvo", "638"), ("Helsingfor", "091"), ("Mäntyharu", "507")]
)
def test_a_typo_gets_the_closest_names_and_no_answer(home: Path, typed: str, closest: str) -> None:
    looked = run_cli(["lookup", typed, "--json"], home=home)
    assert looked.code == 1
    data = looked.json()
    assert data["found"] is False
    assert data["suggestions"][0]["code"] == closest

    placed = run_cli(
        ["--lang", "fi", "place", "--municipality", typed, *CLIENT, "--save"], home=home
    )
    assert placed.code == 2
    assert placed.out == ""
    assert f"Kuntaa nimeltä ”{typed}” ei ole." in placed.err
    assert f"({closest})" in placed.err.split("Tarkoititko:", 1)[1]
    listed = run_cli(["placements", "list"], home=home)
    assert typed not in listed.out


def test_a_merged_municipality_is_answered_for_its_successor_and_says_so(home: Path) -> None:
    looked = run_cli(["lookup", "Pertunmaa", "--json"], home=home).json()
    assert looked["municipality"]["code"] == "507"
    assert looked["merger"] == {
        "former_code": "588",
        "former_name": "Pertunmaa",
        "merged_on": "2025-01-01",
    }
    placed = run_cli(["--lang", "fi", "place", "--municipality", "Pertunmaa", *CLIENT], home=home)
    assert placed.code == 0, placed.err
    assert placed.out.splitlines()[0] == "Pertunmaa liitettiin kuntaan Mäntyharju 1.1.2025."
    assert placed.out.splitlines()[1].startswith("Mäntyharju: Etelä-Savon hyvinvointialue")
    data = run_cli(["place", "--municipality", "Pertunmaa", *CLIENT, "--json"], home=home).json()
    assert data["merger"]["former_name"] == "Pertunmaa"
    assert data["context"]["municipality"]["code"] == "507"


def test_in_swedish_the_closest_names_are_swedish(home: Path) -> None:
    placed = run_cli(["--lang", "sv", "place", "--municipality", "Borgo", *CLIENT], home=home)
    assert placed.code == 2 and placed.out == ""
    assert "Borgå (638)" in placed.err
