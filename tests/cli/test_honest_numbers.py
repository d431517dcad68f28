"""Honest numbers: a voucher's value is shown only with its source and date, else "not known".

Issue 11 item 6. The default catalogue once showed 135 € a day and a 15 € self-share for 24-hour
service housing in Korsnäs and in Sysmä alike: a value no organiser published.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli_runner import run_cli
from tests.paths import ROOT as REPO

CATALOGUE = REPO / "data" / "default-catalogue.json"


def _vouchers(document: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    found = []
    for kind in ("services", "offerings"):
        for item in document[kind]:
            voucher = item.get("voucher")
            if voucher:
                found.append((item["id"], voucher))
                found += [
                    (f"{item['id']}/{v['organiser']}", v) for v in voucher.get("by_organiser", [])
                ]
    return found


def test_every_voucher_value_in_the_default_catalogue_has_a_source_and_a_date() -> None:
    document = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    vouchers = _vouchers(document)
    assert vouchers
    valued = []
    for where, v in vouchers:
        numbers = [v.get(k) for k in ("value_cents", "self_share_cents", "min_value_cents")]
        if any(n is not None for n in numbers):
            assert v.get("source") and v.get("source_date"), where
            valued.append(where)
    # Only Helsinki's published tables: home care and 24-hour service housing.
    assert sorted(valued) == ["SOTE-0074/org-90", "SOTE-0088/org-90"]


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("honest-numbers")


def _place(home: Path, municipality: str, need: str, lang: str, *extra: str) -> dict[str, Any]:
    run = run_cli(
        [
            "place",
            "--municipality",
            municipality,
            "--age",
            "84",
            "--language",
            lang,
            "--need",
            need,
            "--json",
            "--lang",
            lang,
            *extra,
        ],
        home=home,
    )
    assert run.code == 0, run.err
    return dict(run.json())


def _service(answer: dict[str, Any], service_id: str) -> dict[str, Any]:
    return next(s for s in answer["services"] if s["service"]["id"] == service_id)


def _voucher_reason(service: dict[str, Any]) -> dict[str, Any]:
    reasons = service["choice_set"]["reasons"]
    return next(r for r in reasons if r["code"] == "voucher_choice")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("municipality", "lang", "organiser"),
    [
        ("Korsnäs", "sv", "Österbottens välfärdsområde"),
        ("Sysmä", "fi", "Päijät-Hämeen hyvinvointialue"),
    ],
)
def test_24_hour_housing_outside_helsinki_has_no_invented_value(
    home: Path, municipality: str, lang: str, organiser: str
) -> None:
    answer = _place(home, municipality, "SOTE-0074", lang)
    housing = _service(answer, "SOTE-0074")
    reason = _voucher_reason(housing)
    assert reason["params"]["value_cents"] is None
    assert reason["params"]["self_share_cents"] is None
    assert reason["params"]["providers"] is False
    text = reason["text"]
    assert "135" not in text and "15,00" not in text
    assert organiser in text  # whom to ask
    expected = {
        "fi": "luettelossa ei ole asiakasta palvelevaa palvelusetelituottajaa",
        "sv": "katalogen har ingen producent som tar emot sedeln",
    }[lang]
    assert expected in text


@pytest.mark.slow
def test_helsinki_home_care_voucher_is_the_city_s_published_range_with_source_and_date(
    home: Path,
) -> None:
    answer = _place(home, "Helsinki", "SOTE-0088", "fi")
    reason = _voucher_reason(_service(answer, "SOTE-0088"))
    params = reason["params"]
    assert (params["min_value_cents"], params["max_value_cents"]) == (840, 4080)
    assert params["source_date"] == "2025-10-21"
    assert "drupal-helfi-platform-config" in params["source_url"]
    assert "8,40\xa0€" in reason["text"] and "40,80\xa0€" in reason["text"]
    assert "21.10.2025" in reason["text"] and "Helsingin kaupunki" in reason["text"]


@pytest.mark.slow
def test_a_voucher_provider_is_only_promised_where_the_catalogue_lists_one(home: Path) -> None:
    """Porvoo's home care has (example) voucher providers; Kuopio's has none."""
    porvoo = _voucher_reason(_service(_place(home, "Borgå", "SOTE-0088", "sv"), "SOTE-0088"))
    assert porvoo["params"]["providers"] is True
    assert porvoo["text"].startswith("Klienten kan välja en producent som tar emot servicesedel")
    assert "Östra Nylands välfärdsområde" in porvoo["text"]
    kuopio = _voucher_reason(_service(_place(home, "Kuopio", "SOTE-0088", "fi"), "SOTE-0088"))
    assert kuopio["params"]["providers"] is False
    assert "voi valita" not in kuopio["text"]
    assert "Pohjois-Savon hyvinvointialue" in kuopio["text"]
