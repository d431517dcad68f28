"""Search results best first: exact names, then names starting with the words, then names
holding them, inside compound words, by keyword, elsewhere; services the words name before
the many locations; the UI language's names first; shorter names first; the same order every
time. On a catalogue where broad words match more records than a list shows."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from sote_navigator.core import search_rank
from sote_navigator.core.vocabulary import EntityKind
from sote_navigator.services.search import CatalogueSearch
from sote_navigator.services.workspace import Workspace, open_workspace
from tests.cli_runner import run_cli
from tests.ranking_catalogue import MANY, ranking_catalogue, ranking_engine

pytestmark = pytest.mark.both_engines

__all__ = ["ranking_engine"]

LOCATION = [EntityKind.LOCATION]


def ids(
    engine: Engine,
    text: str,
    language: str | None,
    limit: int,
    kinds: Sequence[EntityKind] | None = None,
) -> list[str]:
    found = CatalogueSearch(engine).search(text, limit, kinds, language=language)
    return [r.id for r in found]


@pytest.mark.parametrize(
    ("text", "language", "limit", "kinds", "first"),
    [
        # A broad Finnish word: the service that names it by keyword, then the location named
        # exactly so, then the many locations whose names start with it, shortest first.
        (
            "terveysasema",
            "fi",
            5,
            None,
            ["S-GP", "loc-hs-exact", "loc-hs-00", "loc-hs-01", "loc-hs-02"],
        ),
        # The same in Swedish, typed inflected.
        (
            "hälsostationen",
            "sv",
            5,
            None,
            ["S-GP", "loc-hs-exact", "loc-hs-00", "loc-hs-01", "loc-hs-02"],
        ),
        # Services the word names: starting with it, holding it (inflected), inside a
        # compound, by keyword; then the provider and the locations starting with it.
        (
            "terveys",
            "fi",
            8,
            None,
            [
                "S-ADVICE",
                "S-DENTAL",
                "S-SCHOOL",
                "S-MENTAL",
                "S-GP",
                "prov-health",
                "loc-hs-exact",
                "loc-hs-00",
            ],
        ),
        (
            "hälso",
            "sv",
            6,
            None,
            ["S-ADVICE", "S-SCHOOL", "S-GP", "prov-health", "loc-hs-exact", "loc-hs-00"],
        ),
        # Exact, starting with, holding, holding inside a compound word.
        (
            "hammashoitola",
            "fi",
            10,
            LOCATION,
            [
                "loc-dent-exact",
                "loc-dent-prefix",
                "loc-espoo-dent",
                "loc-porvoo-dent",
                "loc-dent-inner",
            ],
        ),
        # A municipality named exactly so, then the location whose name starts with the word
        # (inflected) before the shorter names that hold it later.
        ("porvoo", "fi", 3, None, ["638", "loc-hs-word", "prov-health"]),
        # The same word in one record's Finnish name and another's Swedish name.
        ("vasa", "fi", 2, None, ["loc-vasara", "loc-vasa"]),
        ("vasa", "sv", 2, None, ["loc-vasa", "loc-vasara"]),
        # Identical names: by id.
        ("hoivakoti kaari", "fi", 2, None, ["loc-twin-a", "loc-twin-b"]),
    ],
)
def test_results_come_best_first(
    ranking_engine: Engine,
    text: str,
    language: str,
    limit: int,
    kinds: list[EntityKind] | None,
    first: list[str],
) -> None:
    assert ids(ranking_engine, text, language, limit, kinds) == first


def test_the_order_is_the_same_every_time(ranking_engine: Engine) -> None:
    runs = {tuple(ids(ranking_engine, "terveysasema", "fi", 30)) for _ in range(3)}
    assert len(runs) == 1


def test_a_broad_word_lists_the_locations_starting_with_it_shortest_first(
    ranking_engine: Engine,
) -> None:
    found = ids(ranking_engine, "terveysasema", "fi", MANY, LOCATION)
    # loc-hs-00 .. loc-hs-09 ("Terveysasema Porvoo 0" ..) before the longer loc-hs-10 ..
    assert found[:12] == ["loc-hs-exact"] + [f"loc-hs-{n:02d}" for n in range(11)]
    assert "loc-hs-word" not in found  # holds the word later: below every name starting so


def test_a_service_named_inside_a_compound_word_is_found_among_many_whole_word_hits(
    ranking_engine: Engine,
) -> None:
    # Ten locations are named "Hoitokoti ...": whole words alone would fill the list.
    assert ids(ranking_engine, "hoito", "fi", 6)[0] == "S-HOMECARE"  # "Kotihoito"


def test_the_navigator_lists_services_first_in_the_ui_language(
    ranking_engine: Engine,
) -> None:
    nav = Workspace(engine=ranking_engine).navigator
    found = nav.search("terveys", language="fi")
    kinds = [r.kind for r in found]
    services = kinds.count(EntityKind.SERVICE)
    assert kinds[:services] == [EntityKind.SERVICE] * services
    assert [r.id for r in found][:6] == [
        "S-ADVICE",
        "S-DENTAL",
        "S-SCHOOL",
        "S-MENTAL",
        "S-GP",
        "prov-health",
    ]
    assert [r.id for r in nav.search("vasa", language="sv")] == ["loc-vasa", "loc-vasara"]


def test_ranked_example_records_stay_marked(ranking_engine: Engine) -> None:
    found = CatalogueSearch(ranking_engine).search("terveyspalvelu porvoo", language="fi")
    assert [(r.id, r.example) for r in found][:1] == [("prov-health", True)]


@pytest.mark.parametrize(
    ("text", "name", "tier"),
    [
        ("hammashoitola", "Hammashoitola", search_rank.EXACT),
        ("hammashoitolan", "Hammashoitola", search_rank.EXACT),
        ("lääkärin vastaanotto", "Lääkärin vastaanotto", search_rank.EXACT),
        ("hammas", "Hammashoitola", search_rank.PREFIX),
        ("mun och", "Mun- och tandvård", search_rank.WHOLE_PREFIX),
        ("tandvården", "Mun- och tandvård", search_rank.WHOLE),
        # A whole word (inflected on either side) before the start of a compound word.
        ("tandvård", "Tandvårdsjour", search_rank.PREFIX),
        ("porvoo", "Porvoon terveysasema", search_rank.WHOLE_PREFIX),
        ("mun", "Mun- och tandvård för skolelever", search_rank.WHOLE_PREFIX),
        ("hammas", "Suun ja hampaiden hammashoito", search_rank.WORD),
        ("porvoo hammas", "Hammashoitola Porvoo", search_rank.WORD),
        ("hoito", "Kotihoito", search_rank.INNER),
        ("terveys", "Kouluterveydenhuolto", search_rank.INNER),
        ("hammas", "Kotihoito", None),
        ("a", "Apu", None),
        ("apu", "Kotiapu", None),
        ("porvoo", "Borgå", None),
    ],
)
def test_name_tiers(text: str, name: str, tier: int | None) -> None:
    query = search_rank.RankQuery.of(text.split())
    assert search_rank.name_tier(query, search_rank.spaced(name)) == tier


def test_the_command_line_ranks_in_its_language(tmp_path: Path) -> None:
    source = tmp_path / "ranking-catalogue.json"
    source.write_text(json.dumps(ranking_catalogue(), ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "cli.sqlite"
    open_workspace(db, source).dispose()
    for language, first in (("fi", "loc-vasara"), ("sv", "loc-vasa")):
        run = run_cli(["search", "vasa", "--json", "--db", str(db), "--lang", language])
        assert run.code == 0, run.err
        assert [r["id"] for r in run.json()["results"]] == [
            first,
            *({"loc-vasa", "loc-vasara"} - {first}),
        ]


def test_inner_compound_matches_are_found_in_a_municipality_too(
    ranking_engine: Engine,
) -> None:
    found = [
        r.id
        for r in Workspace(engine=ranking_engine).navigator.search("koti", "unit-u6", language="fi")
    ]
    # The municipal day care service by its keyword "päiväkoti", then the locations whose
    # names hold the word inside ("Hoivakoti", "Hoitokoti"); no whole word starts with it.
    assert found[0] == "S-DAYCARE"
    assert {"loc-twin-a", "loc-vasara", "loc-hk-00"} <= set(found)


def test_the_window_ranks_in_its_language_and_re_ranks_on_a_switch(
    qtbot: Any, ranking_engine: Engine, tmp_path: Path
) -> None:
    from sote_navigator import i18n
    from sote_navigator.ui.list_models import ID_ROLE
    from sote_navigator.ui.main_window import MainWindow

    i18n.set_language("fi")
    window = MainWindow(Workspace(engine=ranking_engine), tmp_path / "ranking.sqlite")
    qtbot.addWidget(window)
    window.search_for("vasa")
    results = window.browser.results_model

    def ids() -> list[str]:
        return [results.data(results.index(row, 0), ID_ROLE) for row in range(2)]

    assert ids() == ["loc-vasara", "loc-vasa"]
    i18n.set_language("sv")  # as the Language menu does: Qt sends LanguageChange
    qtbot.waitUntil(lambda: ids() == ["loc-vasa", "loc-vasara"])


def test_a_whole_word_ranks_before_the_start_of_a_compound_word() -> None:
    """ "tandvård" is dental care itself before the dental emergency service."""
    query = search_rank.RankQuery.of(["tandvård"], "sv")

    def key(ref_id: str, name: str) -> search_rank.RankKey:
        names = search_rank.folded_names([{"language": "sv", "value": name}])
        return search_rank.rank_key(query, EntityKind.SERVICE, ref_id, names)

    ranked = sorted(
        [
            key("S-JOUR", "Tandvårdsjour"),
            key("S-DENTAL", "Mun- och tandvård"),
            key("S-PUPILS", "Mun- och tandvård för skolelever"),
        ]
    )
    assert [k[-1] for k in ranked] == ["S-DENTAL", "S-PUPILS", "S-JOUR"]


def test_a_whole_keyword_names_the_service_it_belongs_to() -> None:
    """'hammashoito' is a keyword of dental care ("Suun terveydenhuolto"): it comes before
    the emergency service whose name only begins with the word's stem."""
    query = search_rank.RankQuery.of(["hammashoito"], "fi")

    def key(ref_id: str, name: str, keywords: str = "") -> search_rank.RankKey:
        names = search_rank.folded_names([{"language": "fi", "value": name}])
        return search_rank.rank_key(
            query, EntityKind.SERVICE, ref_id, names, search_rank.spaced(keywords)
        )

    ranked = sorted(
        [
            key("S-ON-CALL", "Hammashoidon päivystys"),
            key("S-DENTAL", "Suun terveydenhuolto", "hammashoito hampaat suu"),
            key("S-ORTHO", "Oikomishoito", "hammashoitolan oikominen"),
        ]
    )
    assert [k[-1] for k in ranked] == ["S-DENTAL", "S-ON-CALL", "S-ORTHO"]


def test_a_keyword_does_not_lift_a_name_that_begins_a_compound_with_the_word() -> None:
    """In a Finnish window, "tandvård" is "Mun- och tandvård" before "Tandvårdsjour", though
    the emergency service holds the keyword "akut tandvård" (it did not, before)."""
    query = search_rank.RankQuery.of(["tandvård"], "fi")

    def key(ref_id: str, fi: str, sv: str, keywords: str) -> search_rank.RankKey:
        names = search_rank.folded_names(
            [{"language": "fi", "value": fi}, {"language": "sv", "value": sv}]
        )
        return search_rank.rank_key(
            query, EntityKind.SERVICE, ref_id, names, search_rank.spaced(keywords)
        )

    ranked = sorted(
        [
            key("S-JOUR", "Hammashoidon päivystys", "Tandvårdsjour", "tandjour akut tandvård"),
            key("S-DENTAL", "Suun terveydenhuolto", "Mun- och tandvård", "tandläkare"),
        ]
    )
    assert [k[-1] for k in ranked] == ["S-DENTAL", "S-JOUR"]


def test_the_services_a_term_means_come_after_exact_names_in_the_vocabulary_s_order() -> None:
    query = search_rank.RankQuery.of(["neuvola"], "fi")

    def names(value: str) -> tuple[search_rank.FoldedName, ...]:
        return search_rank.folded_names([{"language": "fi", "value": value}])

    service = EntityKind.SERVICE
    ranked = sorted(
        [
            search_rank.rank_key(
                query, service, "S-CHECKS", names("Terveystarkastukset"), " neuvola "
            ),
            search_rank.vocabulary_key(query, service, "S-CHILD", names("Lastenneuvola"), 1),
            search_rank.vocabulary_key(query, service, "S-MATERNITY", names("Äitiysneuvola"), 0),
            search_rank.rank_key(query, service, "S-EXACT", names("Neuvola")),
            search_rank.vocabulary_key(
                query, service, "S-CLASS", names("Neuvolat"), 0, by_class=True
            ),
        ]
    )
    assert [k[-1] for k in ranked] == ["S-EXACT", "S-MATERNITY", "S-CHILD", "S-CLASS", "S-CHECKS"]
