"""Who serves this municipality: names in both languages, codes, mergers, typos."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine

from sote_navigator.services.directory import DirectoryCache
from sote_navigator.services.lookup import MunicipalityLookup

pytestmark = pytest.mark.both_engines


@pytest.fixture
def lookup(small_engine: Engine) -> MunicipalityLookup:
    return MunicipalityLookup(DirectoryCache(small_engine))


@pytest.mark.parametrize(
    "text", ["Borgå", "borga", "BORGÅ", "Porvoo", "porvoo ", "638", "0638"[1:]]
)
def test_finds_porvoo_however_written(lookup: MunicipalityLookup, text: str) -> None:
    answer = lookup.lookup(text)
    assert answer.routing is not None
    assert answer.routing.municipality.code == "638"
    assert answer.routing.organiser.id == "org-01"
    assert answer.routing.regional_unit.name("en") == "Eastern Uusimaa"


@pytest.mark.parametrize("text", ["49", "049", "Esbo", "espoo"])
def test_codes_are_zero_padded(lookup: MunicipalityLookup, text: str) -> None:
    answer = lookup.lookup(text)
    assert answer.routing is not None
    assert answer.routing.municipality.code == "049"


def test_bilingual_municipality_entitles_to_swedish(lookup: MunicipalityLookup) -> None:
    answer = lookup.lookup("Porvoo")
    assert answer.routing is not None
    status = answer.routing.municipality.language_status
    assert status.bilingual
    assert status.entitles_to("sv")


def test_unknown_name_suggests_closest_and_never_guesses(lookup: MunicipalityLookup) -> None:
    answer = lookup.lookup("Porvo")
    assert answer.routing is None
    assert answer.suggestions[0].code == "638"


def test_nonsense_has_no_routing(lookup: MunicipalityLookup) -> None:
    answer = lookup.lookup("xyzzy")
    assert answer.routing is None


def test_merged_municipality_answers_with_successor(lookup: MunicipalityLookup) -> None:
    answer = lookup.lookup("Pertunmaa")
    assert answer.merger is not None
    assert answer.merger.merged_on == dt.date(2025, 1, 1)
    assert answer.routing is not None
    assert answer.routing.municipality.name("fi") == "Mäntyharju"


def test_aland_is_outside_the_reform(lookup: MunicipalityLookup) -> None:
    answer = lookup.lookup("Mariehamn")
    assert answer.routing is not None
    assert answer.routing.organiser.in_reform is False


def test_no_membership_before_the_counties_existed(lookup: MunicipalityLookup) -> None:
    answer = lookup.lookup("Porvoo", on=dt.date(2019, 1, 1))
    assert answer.routing is None


def test_complete_matches_beginnings_in_both_languages(lookup: MunicipalityLookup) -> None:
    assert [m.code for m in lookup.complete("bor")] == ["638"]
    assert [m.code for m in lookup.complete("Ma")] == ["478", "507"]
    assert lookup.complete("") == []
