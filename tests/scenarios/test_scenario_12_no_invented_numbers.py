"""Scenario 12: no invented numbers.

A client in Kuopio asks what a home-care voucher is worth and what home care will cost her. The
default catalogue has no published value for Pohjois-Savo: the answer says so and whom to ask.
In Helsinki the values come from the city's published tables, with their source and date, and
the monthly home-care fee is estimated from household size, income and hours of care. Runs
``place`` as a subprocess on the default catalogue; nothing here depends on example data.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.cli_runner import run_cli

HOME_CARE = "SOTE-0088"
# One person, 2 000 € gross a month, 20 hours of home care a month (the hand computation is in
# tests/core/test_fees.py: fee (2 000 - 653) x 24 % = 323,28 €; voucher 31,37 € an hour).
MONEY = ["--household", "1", "--income", "2000", "--care-hours", "20"]
EUROS = re.compile(r"\d+,\d\d\s€")


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("scenario12")
    assert run_cli(["info"], home=folder).code == 0
    return folder


def place(home: Path, municipality: str, lang: str, *extra: str, as_json: bool = True) -> Any:
    args = ["place", "--municipality", municipality, "--age", "78", "--language", lang]
    args += ["--need", "kotihoito" if lang == "fi" else "hemvård", "--lang", lang, *extra]
    run = run_cli([*args, "--json"] if as_json else args, home=home)
    assert run.code == 0, run.err
    return run.json() if as_json else run.out


def home_care(answer: dict[str, Any]) -> dict[str, Any]:
    first = answer["services"][0]
    assert first["service"]["id"] == HOME_CARE
    assert first["verdict"] == "assessment_decision"
    return first


def reasons(service: dict[str, Any], code: str) -> list[dict[str, Any]]:
    return [r for r in service["choice_set"]["reasons"] if r["code"] == code]


@pytest.mark.slow
def test_kuopio_has_no_published_value_and_says_whom_to_ask(home: Path) -> None:
    answer = place(home, "Kuopio", "fi", *MONEY)
    assert answer["context"]["organiser"]["name"] == "Pohjois-Savon hyvinvointialue"
    service = home_care(answer)
    (voucher,) = reasons(service, "voucher_choice")
    assert voucher["params"]["value_cents"] is None
    assert voucher["params"].get("min_value_cents") is None
    assert "eikä niitä ole luettelossa" in voucher["text"]
    assert "kysy järjestäjältä (Pohjois-Savon hyvinvointialue)" in voucher["text"]
    (fee,) = reasons(service, "fee_not_known")
    assert "kysy järjestäjältä (Pohjois-Savon hyvinvointialue)" in fee["text"]
    assert not reasons(service, "fee_estimate")
    # No euro amount anywhere in what is said about the service's vouchers and fees.
    said = " ".join(r["text"] for r in service["choice_set"]["reasons"])
    assert not EUROS.search(said), said


@pytest.mark.slow
def test_helsinki_estimates_the_fee_and_the_voucher_with_source_and_date(home: Path) -> None:
    answer = place(home, "Helsinki", "fi", *MONEY)
    assert answer["context"]["organiser"]["name"] == "Helsingin kaupunki"
    service = home_care(answer)
    fee, voucher = reasons(service, "fee_estimate")
    assert fee["params"]["table"] == "helsinki-home-care-fee"
    assert fee["params"]["amount_cents"] == 32328
    assert "323,28\xa0€" in fee["text"]
    assert "21.10.2025" in fee["text"]  # the table's date
    assert "1.1.2024\u201331.12.2025" in fee["text"]  # the income limits' validity
    assert "drupal-helfi-platform-config" in fee["params"]["source_url"]
    assert voucher["params"]["table"] == "helsinki-home-care-voucher"
    assert voucher["params"]["amount_cents"] == 3137 and "31,37\xa0€" in voucher["text"]
    # The published range stays on the voucher itself, with its source and date.
    (choice,) = reasons(service, "voucher_choice")
    assert "8,40\xa0€" in choice["text"] and "21.10.2025" in choice["text"]


@pytest.mark.slow
def test_helsinki_without_the_money_answers_says_what_the_estimate_needs(home: Path) -> None:
    service = home_care(place(home, "Helsinki", "fi"))
    tables = reasons(service, "fee_table")
    assert [t["params"]["table"] for t in tables] == [
        "helsinki-home-care-fee",
        "helsinki-home-care-voucher",
    ]
    assert "talouden bruttotulot kuukaudessa" in tables[0]["text"]
    assert "hoitotunnit kuukaudessa" in tables[0]["text"]
    assert not reasons(service, "fee_estimate")


@pytest.mark.slow
def test_helsinki_in_swedish_and_as_text(home: Path) -> None:
    answer = place(home, "Helsingfors", "sv", *MONEY)
    fee, _ = reasons(home_care(answer), "fee_estimate")
    assert "uppskattning: 323,28\xa0€" in fee["text"] and "källa:" in fee["text"]
    text = place(home, "Helsinki", "fi", *MONEY, as_json=False)
    assert "Jatkuvan kotihoidon kuukausimaksu, arvio: 323,28\xa0€" in text
