"""Search across services, providers, locations and municipalities, in every language."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from sote_navigator.core.stemming import search_stems
from sote_navigator.core.vocabulary import EntityKind
from sote_navigator.services.search import CatalogueSearch

pytestmark = pytest.mark.both_engines


@pytest.fixture
def search(small_engine: Engine) -> CatalogueSearch:
    return CatalogueSearch(small_engine)


def ids(results: list) -> list[str]:  # type: ignore[type-arg]
    return [r.id for r in results]


@pytest.mark.parametrize("text", ["hammashoitola", "hammashoitolan", "Hammashoitolassa"])
def test_finnish_inflection_finds_the_location(search: CatalogueSearch, text: str) -> None:
    assert "loc-porvoo-dent" in ids(search.search(text))


@pytest.mark.parametrize("text", ["tandvård", "tandvården", "TANDVARD", "tandläkare"])
def test_swedish_words_find_dental_care(search: CatalogueSearch, text: str) -> None:
    assert "S-DENTAL" in ids(search.search(text))


def test_english_and_keywords(search: CatalogueSearch) -> None:
    assert ids(search.search("dentist"))[0] == "S-DENTAL"
    assert "S-HOMECARE" in ids(search.search("home care"))


def test_municipalities_are_found_by_either_name(search: CatalogueSearch) -> None:
    assert ("638", EntityKind.MUNICIPALITY) in [(r.id, r.kind) for r in search.search("Borgå")]
    assert "638" in ids(search.search("porvoo"))


def test_inner_part_of_a_compound_word(search: CatalogueSearch) -> None:
    assert "loc-porvoo-dent" in ids(search.search("hoitola"))


def test_example_records_are_marked(search: CatalogueSearch) -> None:
    [location] = [r for r in search.search("hammashoitola") if r.kind is EntityKind.LOCATION]
    assert location.example is True


@pytest.mark.parametrize("text", ["", "   ", "\"'*", "NEAR(", "a OR b", "-", "😀"])
def test_odd_input_never_raises(search: CatalogueSearch, text: str) -> None:
    search.search(text)


def test_nothing_found(search: CatalogueSearch) -> None:
    assert search.search("qqqqzzzz") == []


def test_stems_reach_base_forms() -> None:
    assert any("hammashoitolan".startswith(s) for s in search_stems("hammashoitolan"))
    assert all("hammashoitola".startswith(s) for s in search_stems("hammashoitolan"))
    assert any("hammashoidon".startswith(s) for s in search_stems("hammashoito"))
