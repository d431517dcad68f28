"""Scenario 9, everyday words: counsellors type what clients say, and the first service found
is the one meant, in Finnish and Swedish, inflected or not (SCENARIOS.md 9).

In Oulu "terveyskeskuslääkäri" and "lääkäriaika" are the reception of a doctor or nurse; in
Vaasa a Swedish-speaking client asks for "hemtjänst" (home help, or home care) and
"äldreboende" (24-hour service housing); "vanhainkoti" is 24-hour service housing today;
"hammaslääkäri" is dental care, not its emergency service. `place` runs as a subprocess on the
default catalogue, as at a desk.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.cli_runner import run_cli

RECEPTION = "SOTE-0035"  # Lääkärin tai hoitajan vastaanotto
HOME_HELP, HOME_CARE = "SOTE-0090", "SOTE-0088"  # Kotipalvelu, Kotihoito
ROUND_THE_CLOCK = "SOTE-0074"  # Ympärivuorokautinen palveluasuminen
DENTAL, DENTAL_ON_CALL = "SOTE-0066", "SOTE-0004"

OULU = ["--municipality", "Oulu", "--language", "fi"]
VAASA = ["--municipality", "Vasa", "--language", "sv"]


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("scenario-09")
    run = run_cli(["info"], home=folder)  # installs the default catalogue once
    assert run.code == 0, run.err
    return folder


def place(home: Path, client: list[str], age: int, need: str, lang: str) -> dict[str, Any]:
    run = run_cli(
        ["place", *client, "--age", str(age), "--need", need, "--json", "--lang", lang],
        home=home,
    )
    assert run.code == 0, run.err
    answer: dict[str, Any] = run.json()
    return answer


def first(answer: dict[str, Any]) -> str:
    return str(answer["services"][0]["service"]["id"])


@pytest.mark.parametrize("lang", ["fi", "sv"])
@pytest.mark.parametrize(
    "need",
    [
        "terveyskeskuslääkäri",
        "terveyskeskuslääkärille",
        "lääkäriaika",
        "lääkäriaikaa",
        "tk-lääkäri",
    ],
)
def test_oulu_doctor_words_mean_the_reception(home: Path, need: str, lang: str) -> None:
    answer = place(home, OULU, 45, need, lang)
    assert answer["context"]["municipality"]["code"] == "564"
    assert first(answer) == RECEPTION


@pytest.mark.parametrize("lang", ["sv", "fi"])
@pytest.mark.parametrize("need", ["hemtjänst", "hemtjänsten"])
def test_vaasa_hemtjanst_is_home_help_or_home_care(home: Path, need: str, lang: str) -> None:
    answer = place(home, VAASA, 84, need, lang)
    ids = [s["service"]["id"] for s in answer["services"]]
    assert ids[0] in (HOME_HELP, HOME_CARE)
    assert {HOME_HELP, HOME_CARE} <= set(ids)


@pytest.mark.parametrize("lang", ["sv", "fi"])
@pytest.mark.parametrize("need", ["äldreboende", "äldreboendet", "ålderdomshem"])
def test_vaasa_aldreboende_is_24_hour_service_housing(home: Path, need: str, lang: str) -> None:
    assert first(place(home, VAASA, 88, need, lang)) == ROUND_THE_CLOCK


@pytest.mark.parametrize("lang", ["fi", "sv"])
@pytest.mark.parametrize("need", ["vanhainkoti", "vanhainkotiin", "vanhainkodissa"])
def test_vanhainkoti_is_24_hour_service_housing_today(home: Path, need: str, lang: str) -> None:
    assert first(place(home, OULU, 88, need, lang)) == ROUND_THE_CLOCK


@pytest.mark.parametrize(
    ("client", "need", "lang"),
    [
        (OULU, "hammaslääkäri", "fi"),
        (OULU, "hammaslääkärille", "sv"),
        (VAASA, "tandläkare", "sv"),
        (VAASA, "tandvård", "fi"),
    ],
)
def test_the_dentist_is_dental_care_not_its_emergency(
    home: Path, client: list[str], need: str, lang: str
) -> None:
    ids = [s["service"]["id"] for s in place(home, client, 35, need, lang)["services"]]
    assert ids[0] == DENTAL
    assert DENTAL_ON_CALL not in ids[:1]


def test_the_answer_is_worded_in_the_counsellor_s_language(home: Path) -> None:
    """The text answer names the meant service first, in Finnish and in Swedish."""
    for lang, name, other in (
        ("fi", "Ympärivuorokautinen palveluasuminen", "Serviceboende med heldygnsomsorg"),
        ("sv", "Serviceboende med heldygnsomsorg", "Ympärivuorokautinen palveluasuminen"),
    ):
        run = run_cli(
            ["place", *VAASA, "--age", "88", "--need", "äldreboende", "--lang", lang], home=home
        )
        assert run.code == 0, run.err
        numbered = [line for line in run.out.splitlines() if line.startswith("1. ")]
        assert numbered and numbered[0].startswith(f"1. {name} \u2014"), run.out
        assert other not in run.out
