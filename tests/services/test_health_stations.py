"""Real health stations of 2019 in the default catalogue: real places, with their source and
date, of the organiser serving their municipality today (data/health-stations-2019.json)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import Engine

from sote_navigator.core.placement import Evaluation, Need, NeedKind
from sote_navigator.core.placement_record import PlacementInput
from sote_navigator.core.reasons import ReasonCode
from sote_navigator.services.placement import Placer
from tests.paths import ROOT

DATA = ROOT / "data"
DOCTOR = "SOTE-0035"


@pytest.fixture(scope="module")
def catalogue() -> dict[str, Any]:
    with (DATA / "default-catalogue.json").open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


@pytest.fixture(scope="module")
def stations() -> list[dict[str, Any]]:
    with (DATA / "health-stations-2019.json").open(encoding="utf-8") as handle:
        data: list[dict[str, Any]] = json.load(handle)["stations"]
    return data


@pytest.fixture(scope="module")
def placer(default_engine: Engine) -> Placer:
    return Placer(default_engine)


def station_locations(catalogue: dict[str, Any]) -> list[dict[str, Any]]:
    return [x for x in catalogue["locations"] if x["id"].startswith("loc-hs2019-")]


def test_every_station_is_a_real_place_with_its_source_and_date(
    catalogue: dict[str, Any], stations: list[dict[str, Any]]
) -> None:
    locations = station_locations(catalogue)
    assert len(locations) == len(stations) == 551
    assert sum(1 for x in locations if x["coordinates"]) == 452
    for x in locations:
        assert x["example"] is False
        assert not x["names"][0]["value"].startswith(("Esimerkki", "Exempel", "Example"))
        assert x["verified_on"] == "2019"
        assert x["source"]["name"].startswith("Health stations in Finland 2013-2019")
        assert x["address"]["street"] and x["address"]["postal_code"]
    providers = {p["id"]: p for p in catalogue["providers"]}
    offerings = [o for o in catalogue["offerings"] if o["id"].startswith("off-hs2019-")]
    assert {o["service"] for o in offerings} == {"SOTE-0035", "SOTE-0025", "SOTE-0028", "SOTE-0030"}
    for o in offerings:
        assert o["example"] is False and o["verified_on"] == "2019" and o["source"]
        assert not providers[o["provider"]]["example"]


def test_no_dental_care_or_child_clinics_are_claimed(catalogue: dict[str, Any]) -> None:
    services = {o["service"] for o in catalogue["offerings"] if o["id"].startswith("off-hs2019-")}
    # dental care, dental emergencies, maternity and child health clinics, school health care
    assert not services & {"SOTE-0066", "SOTE-0004", "SOTE-0026", "SOTE-0027", "SOTE-0094"}


def test_outsourced_stations_have_their_firm_as_provider(catalogue: dict[str, Any]) -> None:
    providers = {p["id"]: p for p in catalogue["providers"]}
    firms = {
        p["names"][0]["value"]: p for p in providers.values() if p["id"].startswith("prov-firm-")
    }
    assert set(firms) == {"Terveystalo", "Mehiläinen", "Pihlajalinna", "Coronaria"}
    for firm in firms.values():
        assert firm["kind"] == "procured_provider"
        assert firm["business_id"] is None  # not in the data: never guessed
        assert firm["example"] is False
    by_location = {x["id"]: x for x in station_locations(catalogue)}
    procured = [
        o
        for o in catalogue["offerings"]
        if o["id"].startswith("off-hs2019-") and o["provision_type"] == "procured"
    ]
    assert len({o["location"] for o in procured}) == 61  # the data's outsourced stations
    assert all(by_location[o["location"]]["provider"].startswith("prov-firm-") for o in procured)


@pytest.mark.parametrize(
    ("station", "code_2019", "code"),
    [
        ("Peruspalvelukeskus Honkajoki", "099", "214"),  # Honkajoki -> Kankaanpää 2021
        ("Pertunmaan hyvinvointiasema", "588", "507"),  # Pertunmaa -> Mäntyharju 2025
        ("Valtimon terveysasema", "911", "541"),  # Valtimo -> Nurmes 2020
        ("Savukosken terveysasema", "724", "742"),  # a typing error for Savukoski's 742
    ],
)
def test_codes_of_2019_that_no_longer_exist_go_to_today_s_municipality(
    catalogue: dict[str, Any],
    stations: list[dict[str, Any]],
    station: str,
    code_2019: str,
    code: str,
) -> None:
    found = next(s for s in stations if s["name"] == station)
    assert found["municipality_2019"] == code_2019 and found["municipality"] == code
    location = next(x for x in station_locations(catalogue) if x["names"][0]["value"] == station)
    assert location["address"]["municipality"] == code


def client(placer: Placer, code: str, **more: Any) -> Evaluation:
    entered = PlacementInput(
        municipality=code, municipality_code=code, age=40, language="fi", **more
    )
    return placer.evaluate(placer.context(entered), Need(NeedKind.SERVICE, DOCTOR))


def test_every_municipality_with_a_station_gets_a_real_place_with_address_source_and_date(
    placer: Placer, stations: list[dict[str, Any]]
) -> None:
    """In-process, through the placement service: one evaluation per municipality."""
    codes = sorted({s["municipality"] for s in stations})
    assert len(codes) == 290  # 293 of 2019, less three merged since into one that has its own
    without_own = []
    for code in codes:
        evaluation = client(placer, code)
        doctor = evaluation.assessment(DOCTOR)
        assert doctor is not None and doctor.choice_set is not None, code
        # the first real one (Uusimaa also lists example places, marked as such)
        first = next(p for p in doctor.choice_set.providers if not p.offering.any_example)
        location = first.offering.location
        assert location is not None, code
        assert location.address("fi") and location.postal_code, code
        assert first.offering.information[0] == "2019", code
        assert first.offering.information[1] is not None, code
        assert ReasonCode.STALE_INFORMATION in {r.code for r in first.reasons}, code
        listed = {
            p.offering.location.municipality_code
            for p in doctor.choice_set.providers
            if p.offering.location
        }
        if code not in listed:
            without_own.append(code)
    assert without_own == []


def test_tampere_doctor_real_stations_before_no_fixed_place(placer: Placer) -> None:
    evaluation = placer.evaluate(
        placer.context(PlacementInput(municipality="Tampere", age=35, language="fi")),
        placer.need("lääkäri"),
    )
    doctor = evaluation.assessment(DOCTOR)
    assert doctor is not None and doctor.choice_set is not None
    providers = (
        placer.evaluate(evaluation.context, Need(NeedKind.SERVICE, DOCTOR), show_all=True)
        .services[0]
        .choice_set.providers
    )  # type: ignore[union-attr]
    places = [p.offering.location is not None for p in providers]
    assert places[0] and places == sorted(places, reverse=True)  # located first, then the rest
    assert places.count(False) == 1  # "no fixed place" listed once
    tampere = [
        p
        for p in providers
        if p.offering.location and p.offering.location.municipality_code == "837"
    ]
    assert len(tampere) >= 10
    assert all(p.rank < providers[-1].rank for p in tampere)
