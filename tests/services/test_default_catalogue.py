"""The shipped default catalogue: every municipality of 2026 reaches its organiser."""

from __future__ import annotations

import csv

import pytest
from sqlalchemy import Engine

from sote_navigator.services.directory import DirectoryCache
from sote_navigator.services.lookup import MunicipalityLookup
from tests.paths import FIXTURES

KEY = FIXTURES / "municipality_key_2026.csv"


def _key() -> list[dict[str, str]]:
    with KEY.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def lookup(default_engine: Engine) -> MunicipalityLookup:
    return MunicipalityLookup(DirectoryCache(default_engine))


def test_the_key_has_all_308_municipalities() -> None:
    assert len(_key()) == 308


@pytest.mark.parametrize("by", ["fi", "sv", "code", "short_code"])
def test_every_municipality_reaches_the_organiser_in_the_reference_key(
    lookup: MunicipalityLookup, by: str
) -> None:
    wrong = []
    for row in _key():
        text = {
            "fi": row["municipality_name_fi"],
            "sv": row["municipality_name_sv"],
            "code": row["kuntanumero"],
            "short_code": str(int(row["kuntanumero"])),
        }[by]
        answer = lookup.lookup(text)
        expected = row["hyvinvointialue_name_fi"].strip()
        got = answer.routing.organiser.name("fi") if answer.routing else None
        if got != expected or answer.routing.municipality.code != row["kuntanumero"]:  # type: ignore[union-attr]
            wrong.append((text, expected, got))
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "organiser", "unit"),
    [
        ("Borgå", "Itä-Uudenmaan hyvinvointialue", "Eastern Uusimaa"),
        ("049", "Länsi-Uudenmaan hyvinvointialue", "Espoo–Kirkkonummi–Kauniainen"),
        ("Vihti", "Länsi-Uudenmaan hyvinvointialue", "Western Uusimaa"),
        ("Lohja", "Länsi-Uudenmaan hyvinvointialue", "Western Uusimaa"),
        ("Kauniainen", "Länsi-Uudenmaan hyvinvointialue", "Espoo–Kirkkonummi–Kauniainen"),
        ("Järvenpää", "Keski-Uudenmaan hyvinvointialue", "Central Uusimaa"),
        ("Kerava", "Vantaan ja Keravan hyvinvointialue", None),
        ("Helsingfors", "Helsingin kaupunki", None),
        ("hameenlinna", "Kanta-Hämeen hyvinvointialue", None),
    ],
)
def test_uusimaa_units_follow_the_seeds(
    lookup: MunicipalityLookup, text: str, organiser: str, unit: str | None
) -> None:
    answer = lookup.lookup(text)
    assert answer.routing is not None
    assert answer.routing.organiser.name("fi") == organiser
    if unit is not None:
        assert answer.routing.regional_unit.name("en") == unit


def test_aland_is_marked_outside_the_reform(lookup: MunicipalityLookup) -> None:
    answer = lookup.lookup("Mariehamn")
    assert answer.routing is not None
    assert not answer.routing.organiser.in_reform


def test_pertunmaa_went_to_mantyharju(lookup: MunicipalityLookup) -> None:
    answer = lookup.lookup("Pertunmaa")
    assert answer.merger is not None
    assert answer.routing is not None and answer.routing.municipality.name("fi") == "Mäntyharju"
