"""Urgent routes by the kind of need (issue 11 item 3), end to end on the default catalogue,
and an organiser's own emergency number from a catalogue that has one."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from tests.catalogue_factory import small_catalogue
from tests.cli_runner import run_cli

LOVIISA = ["place", "--municipality", "Loviisa", "--age", "14", "--language", "fi"]


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("urgent")
    assert run_cli(["info"], home=folder).code == 0
    return folder


def _place(home: Path, *args: str) -> dict[str, Any]:
    run = run_cli([*args, "--json"], home=home)
    assert run.code == 0, run.err
    data: dict[str, Any] = run.json()
    return data


def test_a_child_at_risk_gets_the_social_routes_not_the_health_line(home: Path) -> None:
    """Before: 116117, Lastensuojelun päivystys twice, no Sosiaalipäivystys, nothing of
    24/7 or of the child-welfare notification."""
    answer = _place(home, *LOVIISA, "--need", "lastensuojelu", "--urgent")
    codes = [r["code"] for r in answer["urgent_routes"]]
    assert codes == [
        "route_emergency",
        "route_social_emergency",
        "route_child_protection_on_call",
        "route_child_welfare_notification",
    ]
    assert "116117" not in json.dumps(answer["urgent_routes"])
    ids = [s["service"]["id"] for s in answer["services"]]
    assert len(ids) == len(set(ids))
    assert ids[:2] == ["SOTE-0001", "SOTE-0002"]
    notification = answer["urgent_routes"][-1]
    assert notification["params"]["statute"] == "Lastensuojelulaki 417/2007 § 25"
    text = run_cli([*LOVIISA, "--need", "lastensuojelu", "--urgent", "--lang", "fi"], home=home).out
    assert "116117" not in text
    assert text.count("Lastensuojelun päivystys —") == 1
    assert "Sosiaalipäivystys —" in text
    assert "ympäri vuorokauden" in text
    assert "417/2007" in text


def test_urgent_health_care_gets_116117_and_the_on_call_services(home: Path) -> None:
    answer = _place(
        home,
        "place", "--municipality", "Vihti", "--age", "35", "--language", "fi",
        "--need", "hammashoito", "--urgent",
    )  # fmt: skip
    codes = [r["code"] for r in answer["urgent_routes"]]
    assert codes == ["route_emergency", "route_health_on_call"]
    health = answer["urgent_routes"][1]
    assert health["params"]["line"]["number"] == "116117"
    assert health["params"]["line"]["sources"]
    assert answer["services"][0]["on_call"]


def test_a_need_that_is_not_urgent_has_no_routes(home: Path) -> None:
    answer = _place(home, *LOVIISA, "--need", "lastensuojelu")
    assert answer["urgent_routes"] == []


def test_the_organiser_s_own_number_comes_from_the_catalogue(tmp_path: Path) -> None:
    doc = copy.deepcopy(small_catalogue())
    doc["contact_routes"] = [
        {
            "id": "route-sos-01",
            "kind": "phone",
            "organiser": "org-01",
            "purposes": ["social_emergency"],
            "names": [{"language": "fi", "value": "Sosiaalipäivystys", "type": "name"}],
            "number": "+358 40 111 2222",
            "charge": "free",
            "around_the_clock": True,
            "source": "test catalogue",
            "verified_on": "2026-11-30",
            "example": True,
        }
    ]
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    home = tmp_path / "home"
    assert run_cli(["catalogue", "import", str(path)], home=home).code == 0
    args = ["place", "--municipality", "Porvoo", "--age", "40", "--language", "fi"]
    answer = _place(home, *args, "--need", "S-HOMECARE", "--urgent")
    social = next(r for r in answer["urgent_routes"] if r["code"] == "route_social_emergency")
    assert [p["number"] for p in social["params"]["phones"]] == ["+358 40 111 2222"]
    text = run_cli([*args, "--need", "S-HOMECARE", "--urgent", "--lang", "fi"], home=home).out
    assert "+358 40 111 2222" in text
    assert "30.11.2026" in text


def test_the_printout_of_an_urgent_placement_has_its_routes(home: Path) -> None:
    args = ["place", "--municipality", "Joensuu", "--age", "34", "--language", "sv"]
    saved = run_cli([*args, "--need", "turvakoti", "--urgent", "--save"], home=home)
    assert saved.code == 0, saved.err
    listed = run_cli(["placements", "list", "--json"], home=home).json()["placements"]
    number = str(max(p["id"] for p in listed))
    for language, words in (("fi", "sosiaalipäivystys"), ("sv", "socialjour")):
        text = run_cli(
            ["placements", "show", number, "--summary-language", language], home=home
        ).out
        assert words in text.lower()
        assert "112" in text
        assert "116117" not in text


def test_a_phone_line_of_the_county_s_social_emergency_service_is_its_number(
    tmp_path: Path,
) -> None:
    """A catalogue (e.g. after a PTV import) whose Sosiaalipäivystys is offered in the
    client's county and has a phone line: that line is the route's number, no purpose needed."""
    doc = copy.deepcopy(small_catalogue())
    sos = copy.deepcopy(doc["services"][0])
    sos.update(
        id="S-SOS",
        names=[{"language": "fi", "value": "Sosiaalipäivystys", "type": "name"}],
        keywords=[],
        classes=[],
        voucher=None,
        access="direct",
        choice="own_unit",
    )
    doc["services"].append(sos)
    doc["offerings"].append(
        {**doc["offerings"][0], "id": "off-ll-sos", "service": "S-SOS", "voucher": None}
    )
    doc["contact_routes"] = [
        {
            "id": "route-sos-line",
            "kind": "phone",
            "service": "S-SOS",
            "names": [{"language": "fi", "value": "Sosiaalipäivystyksen numero", "type": "name"}],
            "number": "+358 40 333 4444",
            "charge": "free",
            "around_the_clock": True,
            "example": True,
        }
    ]
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    home = tmp_path / "home"
    assert run_cli(["catalogue", "import", str(path)], home=home).code == 0
    args = ["place", "--municipality", "Porvoo", "--age", "40", "--language", "fi"]
    answer = _place(home, *args, "--need", "S-HOMECARE", "--urgent")
    social = next(r for r in answer["urgent_routes"] if r["code"] == "route_social_emergency")
    assert [p["number"] for p in social["params"]["phones"]] == ["+358 40 333 4444"]
    assert answer["services"][0]["service"]["id"] == "S-SOS"
    # Another county's client does not get East Uusimaa's line.
    other = _place(home, "place", "--municipality", "Espoo", "--age", "40", "--language",
                   "fi", "--need", "S-HOMECARE", "--urgent")  # fmt: skip
    social = next(r for r in other["urgent_routes"] if r["code"] == "route_social_emergency")
    assert social["params"]["phones"] == []
