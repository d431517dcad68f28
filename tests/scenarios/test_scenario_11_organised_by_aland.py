"""Scenario 11: every service asked by a resident of Jomala (Åland).

The verdict says that Åland organises its own social and health care and names the organiser;
never "not entitled": in the text, in --json (the stable code ``outside_reform``) and in the
printout of a saved placement, in Finnish and Swedish.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_runner import run_cli

JOMALA = ("--municipality", "Jomala", "--age", "40", "--language", "sv")
NEEDS = (
    "kotihoito",
    "hemvård",
    "hammashoito",
    "lastensuojelu",
    "neuvola",
    "mielenterveys",
    "päihde",
    "lääkäri",
    "kuntoutus",
    "funktionshinder",
    "sosiaalipäivystys",
    "äldreomsorg",
)
NOT_ENTITLED = ("Ei oikeutettu", "Har inte rätt", "Not eligible")


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("scenario11")
    assert run_cli(["info"], home=home).code == 0
    return home


@pytest.mark.parametrize("need", NEEDS)
def test_every_verdict_is_organised_by_aland(home: Path, need: str) -> None:
    run = run_cli(["place", *JOMALA, "--need", need, "--json"], home=home)
    if run.code == 1:  # nothing matches the words at all: nothing to judge
        return
    assert run.code == 0, run.err
    services = run.json()["services"]
    assert {s["verdict"] for s in services} <= {"outside_reform", "municipal"}
    assert "outside_reform" in {s["verdict"] for s in services}
    for lang, organiser in (("fi", "Ahvenanmaa"), ("sv", "Åland")):
        text = run_cli(["--lang", lang, "place", *JOMALA, "--need", need], home=home).out
        assert not any(words in text for words in NOT_ENTITLED)
        verdicts = [line for line in text.splitlines() if line[:1].isdigit()]
        assert verdicts and all(organiser in v or "kunta" in v.lower() for v in verdicts)


def test_the_printout_says_it_in_the_client_s_language(home: Path) -> None:
    saved = run_cli(["--lang", "en", "place", *JOMALA, "--need", "hemvård", "--save"], home=home)
    assert saved.code == 0, saved.err
    placement_id = saved.out.rsplit("Saved placement ", 1)[1].split(" ", 1)[0]
    record = run_cli(["placements", "show", placement_id, "--json"], home=home).json()
    assert record["verdict"] == "outside_reform" and record["service_id"]
    printout = run_cli(["placements", "show", placement_id], home=home).out
    assert "Åland ordnar själv sin social- och hälsovård" in printout
    assert "Kontakta anordnarens egna social- och hälsovårdstjänster (Åland)" in printout
    assert not any(words in printout for words in NOT_ENTITLED)
