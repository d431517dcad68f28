"""Scenario 8: a resident of Mariehamn (Åland).

Åland organises its own social and health care: the answer says so, names the organiser from
the catalogue, and invents no wellbeing services county.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.cli_runner import run_cli

MARIEHAMN = ("--municipality", "Mariehamn", "--age", "50", "--language", "sv")


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("scenario08")
    assert run_cli(["info"], home=home).code == 0
    return home


def place(home: Path, need: str, lang: str = "sv") -> Any:
    run = run_cli(["--lang", lang, "place", *MARIEHAMN, "--need", need, "--json"], home=home)
    assert run.code == 0, run.err
    return run.json()


def test_lookup_names_aland_as_its_own_organiser(home: Path) -> None:
    data = run_cli(["--lang", "sv", "lookup", "Mariehamn", "--json"], home=home).json()
    organiser = data["organiser"]
    assert (organiser["code"], organiser["in_reform"]) == ("91", False)
    assert organiser["names"] == {"fi": "Ahvenanmaa", "sv": "Åland", "en": "Åland"}
    text = run_cli(["--lang", "sv", "lookup", "Mariehamn"], home=home).out
    assert "Åland ordnar självt sin social- och hälsovård" in text
    assert "välfärdsområde betjänar" in text


@pytest.mark.parametrize("need", ["hemvård", "tandvård", "läkare"])
def test_every_service_says_aland_organises_it(home: Path, need: str) -> None:
    answer = place(home, need)
    assert answer["context"]["organiser"]["code"] == "91"
    assert answer["client_reasons"][0]["code"] == "outside_reform"
    assert answer["services"]
    for service in answer["services"]:
        assert service["verdict"] == "outside_reform"
        assert service["verdict_text"].startswith("Åland ordnar själv sin social- och hälsovård")
        assert service["choice_set"] is None
        (why,) = service["reasons"]
        assert why["code"] == "outside_reform" and why["effect"] == 0
        assert why["params"]["organiser"] and "Åland" in why["text"]


def test_the_text_never_says_not_entitled(home: Path) -> None:
    sv = run_cli(["--lang", "sv", "place", *MARIEHAMN, "--need", "hemvård"], home=home).out
    assert "1. Hemvård — Åland ordnar själv sin social- och hälsovård" in sv
    assert "Har inte rätt" not in sv and "välfärdsområde," not in sv.splitlines()[0]
    fi = run_cli(["--lang", "fi", "place", *MARIEHAMN, "--need", "kotihoito"], home=home).out
    assert "1. Kotihoito — Ahvenanmaa järjestää itse sosiaali- ja terveyspalvelunsa" in fi
    assert "Ei oikeutettu" not in fi
