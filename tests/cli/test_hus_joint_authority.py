"""HUS is not the organiser's own production: the answer says it produces the care as the
joint authority the client's organiser is a member of by law, and cites that law."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_runner import run_cli

LAW = (
    "Laki sosiaali- ja terveydenhuollon sekä pelastustoimen järjestämisestä Uudellamaalla 615/2021"
)


@pytest.mark.parametrize("municipality", ["Helsinki", "Kerava", "Borgå"])
def test_hus_offerings_give_the_joint_authority_and_the_law(
    tmp_path: Path, municipality: str
) -> None:
    run = run_cli(
        [
            "place",
            "--municipality",
            municipality,
            "--age",
            "50",
            "--language",
            "fi",
            "--need",
            "erikoissairaanhoito",
            "--lang",
            "fi",
            "--json",
        ],
        home=tmp_path / "home",
    )
    assert run.code == 0, run.err
    providers = [
        p
        for s in run.json()["services"]
        if s["choice_set"]
        for p in s["choice_set"]["providers"]
        if p["provider"]["id"] == "prov-hus"
    ]
    assert providers
    for p in providers:
        assert p["provision_type"] == "joint_authority"
        codes = [r["code"] for r in p["reasons"]]
        assert "own_production" not in codes
        (joint,) = [r for r in p["reasons"] if r["code"] == "joint_authority"]
        assert joint["params"]["source"] == LAW
        assert joint["params"]["url"] == "https://www.finlex.fi/fi/laki/ajantasa/2021/20210615"
        assert "HUS-yhtymä" in joint["text"] and "615/2021" in joint["text"]
        assert "oma tuotanto" not in " ".join(r["text"] for r in p["reasons"])


def test_the_swedish_answer_words_it_in_swedish(tmp_path: Path) -> None:
    run = run_cli(
        [
            "place",
            "--municipality",
            "Borgå",
            "--age",
            "50",
            "--language",
            "sv",
            "--need",
            "specialiserad sjukvård",
            "--lang",
            "sv",
        ],
        home=tmp_path / "home",
    )
    assert run.code == 0, run.err
    assert "HUS-sammanslutningen" in run.out
    assert "samkommun" not in run.out  # not the old hospital district's word
    assert "välfärdssammanslutning som Östra Nylands välfärdsområde är medlem i enligt lag" in (
        run.out
    )
