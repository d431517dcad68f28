"""The search vocabulary (data/vocabulary.csv): everyday words find the service they mean,
in search and as a placement's need, on the default catalogue and, through national service
classes, on a catalogue whose services have other ids."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from sote_navigator import paths
from sote_navigator.core.normalize import words
from sote_navigator.core.search_vocabulary import (
    Term,
    Vocabulary,
    VocabularyError,
    class_uri,
    key_of,
)
from sote_navigator.core.vocabulary import EntityKind
from sote_navigator.services.placement import Placer
from sote_navigator.services.search import CatalogueSearch, shipped_vocabulary
from sote_navigator.services.workspace import open_workspace
from tests.catalogue_factory import P, small_catalogue, texts
from tests.cli_runner import run_cli

SERVICE = [EntityKind.SERVICE]


def shipped() -> Vocabulary:
    path = paths.vocabulary_path()
    assert path is not None and path.is_file()
    return Vocabulary.read(path)


def default_services() -> dict[str, Any]:
    path = paths.default_catalogue_path()
    assert path is not None
    doc = json.loads(path.read_text(encoding="utf-8"))
    return {s["id"]: s for s in doc["services"]}


# -- the file ---------------------------------------------------------------------------------


def test_the_vocabulary_is_large_three_languages_and_every_term_has_a_source() -> None:
    vocabulary = shipped()
    assert len(vocabulary) >= 400
    by_language = {
        lang: sum(t.language == lang for t in vocabulary.terms) for lang in ["fi", "sv", "en"]
    }
    assert min(by_language.values()) >= 100, by_language
    assert all(t.source for t in vocabulary.terms)
    keys = [t.key for t in vocabulary.terms]
    assert len(keys) == len(set(keys)), "a term is listed twice"


def test_every_term_points_at_services_and_classes_of_the_default_catalogue() -> None:
    services = default_services()
    path = paths.default_catalogue_path()
    assert path is not None
    classes = {c["uri"] for c in json.loads(path.read_text(encoding="utf-8"))["service_classes"]}
    for term in shipped().terms:
        assert set(term.services) <= set(services), term
        assert set(term.classes) <= classes, term
        # Tied to classes too, so that a catalogue with other service ids is served.
        assert term.classes, term


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("term,language\nx,fi\n", "columns"),
        ("term,language,services,classes,source\n,fi,S-1,,here\n", "no term"),
        ("term,language,services,classes,source\nx,de,S-1,,here\n", "language"),
        ("term,language,services,classes,source\nx,fi,,,here\n", "means no service"),
        ("term,language,services,classes,source\nx,fi,S-1,,\n", "no source"),
    ],
)
def test_a_broken_row_is_named(text: str, problem: str) -> None:
    with pytest.raises(VocabularyError, match=problem):
        Vocabulary.parse(text)


# -- matching ---------------------------------------------------------------------------------


def meaning_of(text: str) -> tuple[str, ...] | None:
    meaning = shipped_vocabulary().meaning(words(text))
    return meaning.services if meaning else None


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("neuvolaan", "SOTE-0026"),  # an ending
        ("hemtjänsten", "SOTE-0090"),  # a Swedish definite form
        ("terveyskeskukseen", "SOTE-0035"),  # consonant gradation: terveyskeskus -> -ksee-
        ("vanhainkodissa", "SOTE-0074"),  # koti -> kodi-
        ("A-klinikka", "SOTE-0059"),
        ("a klinikka", "SOTE-0059"),  # the same words however they are split
        ("TANDVÅRD", "SOTE-0066"),
        ("Tehostettuun palveluasumiseen", "SOTE-0074"),  # both words inflected
    ],
)
def test_typed_words_meet_the_term_inflected(typed: str, first: str) -> None:
    services = meaning_of(typed)
    assert services is not None and services[0] == first


@pytest.mark.parametrize("typed", ["hammaslää", "neuvo", "terveys", "kodissa", ""])
def test_a_word_being_typed_is_no_term_yet(typed: str) -> None:
    assert meaning_of(typed) is None


def test_terms_are_one_meaning_whatever_rows_say_it() -> None:
    vocabulary = Vocabulary(
        [
            Term("neuvola", "fi", ("S-1",), (), "here"),
            Term("Neuvola", "sv", ("S-2", "S-1"), (class_uri("P5.2"),), "there"),
        ]
    )
    meaning = vocabulary.meaning(["neuvola"])
    assert meaning is not None
    assert meaning.services == ("S-1", "S-2")
    assert meaning.classes == (P + "P5.2",)
    assert key_of("A-klinikka") == key_of("a klinikka") == "aklinikka"


# -- every term, on the default catalogue ------------------------------------------------------


def _expected(term: Term, services: dict[str, Any]) -> tuple[str | None, set[str]]:
    """The service meant first, or (None, the services of the term's classes or their
    subclasses)."""
    if term.services:
        return term.services[0], set()
    path = paths.default_catalogue_path()
    assert path is not None
    parents = {
        c["uri"]: c.get("parent")
        for c in json.loads(path.read_text(encoding="utf-8"))["service_classes"]
    }

    def within(uri: str | None) -> bool:
        while uri is not None:
            if uri in term.classes:
                return True
            uri = parents.get(uri)
        return False

    return None, {i for i, s in services.items() if any(within(c) for c in s.get("classes", []))}


def test_every_term_finds_the_service_it_means_first_in_search_and_as_a_need(
    default_engine: Engine,
) -> None:
    """The whole vocabulary, through the calls the command line makes for `search` and for
    `place --need`: the first service found is the one the term means."""
    services = default_services()
    search = CatalogueSearch(default_engine)
    placer = Placer(default_engine)
    wrong: list[str] = []
    for term in shipped().terms:
        first, in_class = _expected(term, services)
        found = search.search(term.text, limit=5, kinds=SERVICE, language=term.language)
        need = placer.need(term.text)
        needed = placer.service_ids(need)
        for where, got in (
            ("search", found[0].id if found else None),
            ("need", needed[0] if needed else None),
        ):
            if (first is not None and got != first) or (first is None and got not in in_class):
                wrong.append(f"{where} {term.text!r}: {got}, meant {first or sorted(in_class)}")
    assert not wrong, "\n".join(wrong)


def test_a_whole_word_or_term_outranks_the_start_of_a_compound(default_engine: Engine) -> None:
    search = CatalogueSearch(default_engine)
    for language in ("fi", "sv", "en"):
        found = [r.id for r in search.search("tandvård", limit=4, kinds=SERVICE, language=language)]
        assert found[0] == "SOTE-0066", (language, found)
        assert found.index("SOTE-0066") < found.index("SOTE-0004")
        found = [
            r.id for r in search.search("hammaslääkäri", limit=4, kinds=SERVICE, language=language)
        ]
        assert found[0] == "SOTE-0066"


def test_social_counselling_is_found_from_the_command_line(default_engine: Engine) -> None:
    """Nothing was found for these words before the vocabulary."""
    db = str(default_engine.url.database)
    for typed in ("sosiaalineuvonta", "socialrådgivning", "sosiaalineuvonnasta"):
        run = run_cli(["search", typed, "--json", "--lang", "fi", "--db", db])
        assert run.code == 0, run.err
        assert run.json()["results"][0]["id"] == "SOTE-0009"


def test_neuvola_as_a_need_is_the_maternity_and_child_health_clinics(
    default_engine: Engine,
) -> None:
    placer = Placer(default_engine)
    assert placer.service_ids(placer.need("neuvola")) == ["SOTE-0026", "SOTE-0027"]


# -- a catalogue whose services have other ids --------------------------------------------------


def _service(
    template: dict[str, Any], ref: str, fi: str, sv: str, classes: list[str]
) -> dict[str, Any]:
    s = copy.deepcopy(template)
    s.update(id=ref, names=texts(fi, sv, fi), keywords=[], descriptions=[], classes=classes)
    return s


@pytest.fixture
def imported(tmp_path: Path) -> Engine:
    doc = small_catalogue()
    template = doc["services"][0]
    doc["services"] += [
        _service(template, "imp-supported", "Tuettu asuminen", "Stödboende", [P + "P4.1"]),
        _service(
            template,
            "imp-round-the-clock",
            "Tehostettu palveluasuminen, Porvoo",
            "Effektiverat serviceboende, Borgå",
            [P + "P4.1"],
        ),
        _service(
            template, "imp-dental-jour", "Hammaspäivystys", "Tandjour", [P + "P5.10", P + "P5.5"]
        ),
    ]
    for code, fi, sv, parent in (
        ("P4.1", "Asumispalvelut", "Boendetjänster", None),
        ("P5.5", "Ensiapu ja päivystys", "Förstahjälpen och jouren", P + "P5"),
    ):
        doc["service_classes"].append(
            {
                "uri": P + code,
                "code": code,
                "parent": parent,
                "names": texts(fi, sv, fi),
                "descriptions": [],
            }
        )
    source = tmp_path / "imported.json"
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return open_workspace(tmp_path / "imported.sqlite", source)


def test_a_term_tied_to_a_class_finds_an_imported_catalogue_s_own_service(imported: Engine) -> None:
    """The catalogue has none of the vocabulary's service ids and never says "hemtjänst" or
    "vanhainkoti": the terms find its services through their national service classes."""
    search = CatalogueSearch(imported)
    placer = Placer(imported)
    for typed, first in (
        ("hemtjänst", "S-HOMECARE"),  # class P4.3, the only one there
        ("vanhainkoti", "imp-round-the-clock"),  # named by another term of the same service
        ("hammaslääkäri", "S-DENTAL"),  # before the dental emergency, which is also P5.5
    ):
        found = search.search(typed, limit=5, kinds=SERVICE, language="fi")
        assert found and found[0].id == first, (typed, [r.id for r in found])
        assert placer.service_ids(placer.need(typed))[0] == first
    imported.dispose()


def test_the_window_s_search_finds_what_an_everyday_word_means(
    qtbot: Any, default_engine: Engine, tmp_path: Path
) -> None:
    from sote_navigator import i18n
    from sote_navigator.ui.list_models import ID_ROLE
    from sote_navigator.ui.main_window import MainWindow

    i18n.set_language("sv")
    window = MainWindow(default_engine, tmp_path / "window.sqlite")
    qtbot.addWidget(window)
    results = window.browser.results_model
    for typed, first in (("hemtjänst", "SOTE-0090"), ("vanhainkoti", "SOTE-0074")):
        window.search_for(typed)
        qtbot.waitUntil(lambda first=first: results.data(results.index(0, 0), ID_ROLE) == first)
