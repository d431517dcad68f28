"""The navigator's use cases: narrowing to a municipality and to filters, grouping, details."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from sote_navigator.core.navigation import (
    Feature,
    Grouping,
    NodeKind,
    OfferingFilter,
    ServiceEntry,
    TreeNode,
    collation_key,
)
from sote_navigator.core.vocabulary import EntityKind, ProviderKind, Responsibility, ServiceLevel
from sote_navigator.db import schema
from sote_navigator.db.engine import open_database
from sote_navigator.services import service_tree
from sote_navigator.services.navigator import Navigator
from sote_navigator.services.search import CatalogueSearch
from sote_navigator.services.workspace import Workspace
from tests.navigator_catalogue import navigator_engine

pytestmark = pytest.mark.both_engines

__all__ = ["navigator_engine"]

U6 = "unit-u6"


@pytest.fixture
def nav(navigator_engine: Engine) -> Navigator:
    return Workspace(engine=navigator_engine).navigator


def only(feature: Feature) -> OfferingFilter:
    return OfferingFilter(feature)


def provider_ids(nav: Navigator, f: OfferingFilter, unit: str | None = U6) -> list[str]:
    rows = nav.offerings(EntityKind.SERVICE, "S-DENTAL", unit, f).rows
    return [r.offering.provider.id for r in rows]


def test_dental_providers_for_porvoo_own_production_first(nav: Navigator) -> None:
    assert provider_ids(nav, OfferingFilter()) == ["prov-ll", "prov-dent", "prov-virta"]
    assert provider_ids(nav, OfferingFilter(), "unit-u3") == ["prov-ll3"]


@pytest.mark.parametrize(
    ("f", "expected"),
    [
        (only(Feature.SWEDISH), ["prov-ll", "prov-dent"]),
        (only(Feature.EVENINGS), ["prov-dent"]),
        (only(Feature.WEEKENDS), ["prov-dent"]),
        (only(Feature.ACCESSIBLE), ["prov-dent"]),
        (only(Feature.VOUCHER), ["prov-virta"]),
        (OfferingFilter(provider_kinds=frozenset({ProviderKind.LIIKELAITOS})), ["prov-ll"]),
        (only(Feature.SWEDISH | Feature.VOUCHER), []),
    ],
)
def test_each_filter_narrows_providers(
    nav: Navigator, f: OfferingFilter, expected: list[str]
) -> None:
    assert provider_ids(nav, f) == expected


def test_search_is_narrowed_to_the_unit_and_the_filters(nav: Navigator) -> None:
    everywhere = {r.id for r in nav.search("hammashoitola")}
    assert {"loc-porvoo-dent", "loc-espoo-dent"} <= everywhere
    porvoo = {r.id for r in nav.search("hammashoitola", U6)}
    assert "loc-porvoo-dent" in porvoo and "loc-espoo-dent" not in porvoo
    assert {r.id for r in nav.search("hammas", U6, only(Feature.VOUCHER))} == {
        "S-DENTAL",
        "prov-virta",
        "loc-virta",
    }
    assert nav.search("hammas", "unit-u3", only(Feature.VOUCHER)) == []


def test_search_inner_compound_part_is_narrowed_too(nav: Navigator) -> None:
    assert "loc-espoo-dent" in {r.id for r in nav.search("hoitola")}
    assert "loc-espoo-dent" not in {r.id for r in nav.search("hoitola", U6)}


def test_search_finds_swedish_and_never_municipalities(nav: Navigator) -> None:
    results = nav.search("tandvård", U6, only(Feature.SWEDISH))
    assert [r.id for r in results] == ["S-DENTAL"]
    assert all(r.kind is not EntityKind.MUNICIPALITY for r in nav.search("Borgå"))


def test_municipal_services_stay_in_scope_until_a_filter_asks_for_providers(nav: Navigator) -> None:
    assert "S-DAYCARE" in {s.id for s in nav.services_in_scope(U6)}
    assert "S-DAYCARE" not in {s.id for s in nav.services_in_scope(U6, only(Feature.SWEDISH))}
    assert {s.id for s in nav.services_in_scope("unit-u3")} == {"S-DENTAL", "S-DAYCARE"}


def labels(nodes: tuple[TreeNode, ...]) -> list[str]:
    return [n.key for n in nodes]


def test_tree_by_level_and_by_class(nav: Navigator) -> None:
    by_level = nav.service_tree(Grouping.LEVEL, "fi", U6)
    assert labels(by_level) == ["basic_local"]
    # Home care has no offering for the unit in this catalogue, so only the whole country has it.
    assert [n.service.name("fi") for n in by_level[0].children if n.service] == [
        "Suun terveydenhuolto",
        "Varhaiskasvatus",
    ]
    everywhere = nav.service_tree(Grouping.LEVEL, "fi")
    assert everywhere[0].count() == 3
    by_class = nav.service_tree(Grouping.SERVICE_CLASS, "en", U6)
    health = by_class[0]
    assert health.kind is NodeKind.SERVICE_CLASS and health.key.endswith("P5")
    assert health.children[0].key.endswith("P5.10")
    assert health.count() == 1
    swedish = nav.service_tree(Grouping.SERVICE_CLASS, "en", U6, only(Feature.SWEDISH))
    assert [n.key.rsplit("/", 1)[1] for n in swedish] == ["P5"]


def test_details_views(nav: Navigator) -> None:
    view = nav.location_view("loc-porvoo-dent")
    assert view is not None and view.provider is not None
    assert view.provider.kind is ProviderKind.SUUN_TERVEYDENHUOLTO_OY
    assert view.municipality is not None and view.municipality.name("sv") == "Borgå"
    assert [u.id for u in view.units] == [U6]
    provider = nav.provider_view("prov-ll")
    assert provider is not None and provider.organiser is not None
    assert [u.id for u in provider.units] == [U6]
    service = nav.service_view("S-DENTAL")
    assert service is not None and [c.code for c in service.classes] == ["P5.10"]
    assert nav.service_view("nope") is None and nav.location_view("nope") is None


def test_offerings_at_a_location_and_of_a_provider(nav: Navigator) -> None:
    at = nav.offerings(EntityKind.LOCATION, "loc-virta", U6)
    assert [r.offering.id for r in at.rows] == ["off-virta-dental"]
    assert at.rows[0].features == Feature.VOUCHER
    of = nav.offerings(EntityKind.PROVIDER, "prov-ll3")
    assert [r.service.id for r in of.rows if r.service] == ["S-DENTAL"] and not of.truncated


def test_collation_puts_nordic_letters_last() -> None:
    names = ["Övermark", "Åbo", "Ähtäri", "Zilla", "ahlainen"]
    assert sorted(names, key=collation_key) == ["ahlainen", "Zilla", "Åbo", "Ähtäri", "Övermark"]


@pytest.mark.sqlite_only  # raw SQLite statements
def test_a_version_1_database_gets_its_search_index_rebuilt(navigator_engine: Engine) -> None:
    url = navigator_engine.url.database
    assert url is not None
    with navigator_engine.begin() as con:
        con.execute(text("DROP TABLE search_words"))
        con.execute(
            text(
                "CREATE VIRTUAL TABLE search_words USING fts5(kind UNINDEXED, ref_id UNINDEXED, "
                "names, keywords, other)"
            )
        )
        con.execute(text("PRAGMA user_version = 1"))
    navigator_engine.dispose()
    engine = open_database(Path(url))
    try:
        with engine.connect() as con:
            assert schema.current_version(con) == schema.SCHEMA_VERSION
        assert "loc-virta" in {r.id for r in Workspace(engine=engine).navigator.search("virta", U6)}
    finally:
        engine.dispose()


def test_kinds_that_are_not_adjacent_in_the_index(navigator_engine: Engine) -> None:
    found = CatalogueSearch(navigator_engine).search(
        "porvoo", kinds=[EntityKind.MUNICIPALITY, EntityKind.LOCATION]
    )
    assert {r.kind for r in found} == {EntityKind.MUNICIPALITY, EntityKind.LOCATION}
    only_services = CatalogueSearch(navigator_engine).search("hammas", kinds=[EntityKind.SERVICE])
    assert [r.id for r in only_services] == ["S-DENTAL"]


def test_groups_know_their_services_before_anyone_opens_them() -> None:
    """A group counts and scopes its services from their ids; naming and sorting them waits
    until the group is opened, and then happens once."""
    services = [
        ServiceEntry(
            [{"language": "fi", "value": name, "type": "name"}],
            f"S{number}",
            ServiceLevel.BASIC_LOCAL if number % 2 else ServiceLevel.SPECIAL,
            (),
            Responsibility.COUNTY,
            False,
        )
        for number, name in enumerate(["Öljy", "Aalto", "Ähky", "Bussi", "Zeta"])
    ]
    opened: list[int] = []
    entries = {s.id: s for s in services}

    def reading() -> dict[str, ServiceEntry]:
        opened.append(1)
        return entries

    levels = {
        ServiceLevel.SPECIAL: ["S0", "S2", "S4"],
        ServiceLevel.BASIC_LOCAL: ["S1", "S3"],
    }
    roots = service_tree.by_level_ids(levels, reading, "fi")
    assert [n.key for n in roots] == [
        level.value for level in ServiceLevel if level in levels
    ]  # in the order of the levels, not of the mapping
    regional = next(n for n in roots if n.key == ServiceLevel.SPECIAL.value)
    assert regional.count() == 3 and regional.service_ids() == {"S0", "S2", "S4"}
    assert bool(regional.children) and opened == []
    assert "not built" in repr(regional.children)
    # Finnish order: å, ä, ö after z.
    assert [n.service.name("fi") for n in regional.children if n.service] == [
        "Zeta",
        "Ähky",
        "Öljy",
    ]
    assert opened == [1]
    list(regional.children)
    assert opened == [1]  # built once
    assert regional == service_tree.by_level([entries[i] for i in ("S0", "S2", "S4")], "fi")[0]
