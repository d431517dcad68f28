"""Languages: the system default, formats, plurals, catalogue text fallback, pseudo mode."""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale
from sqlalchemy import Engine

from sote_navigator import i18n
from sote_navigator.core import localized
from sote_navigator.pseudo import pseudo
from sote_navigator.services.search import CatalogueSearch
from tests.catalogue_factory import small_catalogue

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"LANG": "sv_FI.UTF-8"}, "sv"),
        ({"LANG": "fi_FI.UTF-8"}, "fi"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "fi"),
        ({"LANG": "C.UTF-8", "LC_ALL": "sv_SE.UTF-8"}, "sv"),
        ({"LANG": "fi_FI.UTF-8", "LANGUAGE": "de:sv"}, "sv"),
        ({"LANG": "C"}, "fi"),
    ],
)
def test_system_language_defaults_to_finnish(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], expected: str
) -> None:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)
    assert i18n.system_language() == expected


def test_choice_order_pseudo_then_option_then_remembered_then_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LANG", "sv_FI.UTF-8")
    assert i18n.choose_language(None, "") == "sv"
    assert i18n.choose_language(None, "en") == "en"
    assert i18n.choose_language("fi", "en") == "fi"
    monkeypatch.setenv(i18n.PSEUDO_VARIABLE, "1")
    assert i18n.choose_language("fi", "en") == "pseudo"


@pytest.mark.parametrize(
    ("language", "date", "money", "number"),
    [
        ("fi", "5.3.2026", f"1{NBSP}234,50{NBSP}€", f"1{NBSP}234{NBSP}567"),
        ("sv", "2026-03-05", f"1{NBSP}234,50{NBSP}€", f"1{NBSP}234{NBSP}567"),
        ("en", "5 Mar 2026", f"1{NBSP}234,50{NBSP}€", f"1{NBSP}234{NBSP}567"),
    ],
)
def test_babel_formats(language: str, date: str, money: str, number: str) -> None:
    assert i18n.format_date(dt.date(2026, 3, 5), language) == date
    assert i18n.format_money(123450, language) == money
    assert i18n.format_number(1234567, language) == number


@pytest.mark.parametrize("language", [*i18n.SUPPORTED, i18n.PSEUDO])
def test_counts_read_as_babel_writes_them(language: str) -> None:
    """format_count takes Qt's locale data to spare the first paint babel's; the text is one."""
    for value in (0, 1, 9, 999, 1000, 2310, 12345, 100000, 1234567, 2**31 + 5):
        assert i18n.format_count(value, language) == i18n.format_number(value, language)
    assert i18n.format_count(-4500, language) == i18n.format_number(-4500, language)


@pytest.fixture
def helsinki_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Helsinki")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("helsinki_time")
def test_one_setting_drives_qt_and_babel() -> None:
    i18n.set_language("sv")
    assert QLocale().name() == "sv_FI"
    assert i18n.format_date(dt.date(2026, 3, 5)) == "2026-03-05"
    assert i18n.format_money(5) == f"0,05{NBSP}€"
    i18n.set_language("fi")
    assert QLocale().name() == "fi_FI"
    # Stored moments are UTC; the desk reads them in its own time (EET in March).
    assert i18n.format_datetime(dt.datetime(2026, 3, 5, 12, 7)) == "5.3.2026 klo 14.07"
    assert i18n.format_number(Decimal("1234.5")) == f"1{NBSP}234,5"


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [
        ("en", "1 municipality", f"1{NBSP}234 municipalities"),
        ("fi", "1 kunta", f"1{NBSP}234 kuntaa"),
        ("sv", "1 kommun", f"1{NBSP}234 kommuner"),
    ],
)
def test_plurals_follow_the_language(language: str, one: str, many: str) -> None:
    i18n.set_language(language)
    assert i18n.translate("Info", "%Ln municipality(ies)", None, 1) == one
    assert i18n.translate("Info", "%Ln municipality(ies)", None, 1234) == many


def test_translate_works_without_an_application() -> None:
    i18n.set_language("sv")
    assert i18n.translate("Vocabulary", "service voucher") == "servicesedel"
    assert i18n.translate("Vocabulary", "no such string") == "no such string"


def test_pseudo_lengthens_by_about_forty_percent_and_keeps_placeholders() -> None:
    for text in (
        "Organiser: %1",
        "Service-need assessment and authority decision",
        "&Language",
        "%n item(s)",
        "%(prog)s: error: %(message)s",
    ):
        out = pseudo(text)
        placeholders = re.compile(r"%L?\d|%L?n|%\(\w+\)s")
        visible, shown = len(placeholders.sub("x", text)), len(placeholders.sub("x", out))
        assert 1.4 * visible <= shown <= 1.4 * visible + 4, out
        assert placeholders.findall(out) == placeholders.findall(text)
        assert not out.isascii()


def test_pseudo_language_everywhere() -> None:
    i18n.set_language("pseudo")
    text = i18n.translate("Lookup", "Organiser: %1")
    assert text.startswith("[Örgáñíšér: %1")
    # Plurals come from the English forms, then stretched.
    assert i18n.translate("Info", "%Ln municipality(ies)", None, 2).startswith("[2 müñíçípálítíéš")
    assert i18n.format_date(dt.date(2026, 3, 5)) == "5 Mar 2026"


def test_catalogue_text_falls_back_through_the_national_languages() -> None:
    all_three = localized.make({"fi": "Porvoo", "sv": "Borgå", "en": "Porvoo (en)"})
    assert localized.pick(all_three, "sv") == "Borgå"
    assert localized.pick(all_three, "fi") == "Porvoo"
    assert localized.pick(all_three, "en") == "Porvoo (en)"
    finnish_only = localized.make({"fi": "Kotihoito"})
    assert localized.pick(finnish_only, "sv") == "Kotihoito"
    assert localized.pick(finnish_only, "en") == "Kotihoito"
    no_finnish = localized.make({"sv": "Hemvård", "en": "Home care"})
    assert localized.pick(no_finnish, "fi") == "Hemvård"  # the other national language first
    assert localized.pick(no_finnish, "en") == "Home care"
    national = localized.make({"fi": "Kotihoito", "sv": "Hemvård"})
    assert localized.pick(national, "en") == "Hemvård"  # Swedish, then Finnish, then English
    assert localized.pick(national, "pseudo") == "Hemvård"
    english_only = localized.make({"en": "Home care"})
    assert localized.pick(english_only, "sv") == "Home care"
    assert localized.pick(None, "fi") == ""


def _named(kind: str) -> list[tuple[str, str, str]]:
    return [
        (str(entity.get("id") or entity.get("code")), t["language"], t["value"])
        for entity in small_catalogue()[kind]
        for t in entity["names"]
    ]


@pytest.mark.parametrize(
    ("entity_id", "language", "name"),
    _named("municipalities") + _named("services") + _named("providers") + _named("locations"),
)
def test_search_finds_names_in_every_language(
    small_engine: Engine, entity_id: str, language: str, name: str
) -> None:
    words = re.sub(r"<[^>]+>", "", name)
    found = [r.id for r in CatalogueSearch(small_engine).search(words, limit=50)]
    assert entity_id in found, f"{language} name {name!r}"


@pytest.mark.parametrize(
    ("code", "names"),
    [("638", ["Porvoo", "Borgå"]), ("710", ["Raasepori", "Raseborg"]), ("049", ["Espoo", "Esbo"])],
)
def test_default_catalogue_municipalities_are_found_by_both_names(
    default_engine: Engine, code: str, names: list[str]
) -> None:
    search = CatalogueSearch(default_engine)
    for name in names:
        assert code in [r.id for r in search.search(name)], name
