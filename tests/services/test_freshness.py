"""Freshness in the native format and for the maintainer: verified_on and source on locations
and offerings, the catalogue's freshness_months, and `catalogue stale`."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import Engine

from sote_navigator.exchange import validation
from sote_navigator.services import catalogue
from sote_navigator.services.freshness_report import stale_report
from sote_navigator.services.offerings import CatalogueReader
from sote_navigator.services.workspace import open_workspace
from tests.catalogue_factory import small_catalogue
from tests.cli_runner import run_cli
from tests.paths import FIXTURES


def dated_catalogue(months: int | None = None) -> dict:  # type: ignore[type-arg]
    doc = small_catalogue()
    if months is not None:
        doc["catalogue"]["freshness_months"] = months
    doc["locations"][0]["verified_on"] = "2019"
    doc["locations"][0]["source"] = {"name": "A survey", "url": "https://example.org/survey"}
    doc["offerings"][0]["verified_on"] = "2026-02-03"
    doc["offerings"][0]["source"] = {"name": "PTV", "url": None}
    return doc


def codes(doc: dict) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return [(f.code.value, f.place) for f in validation.validate(doc, "f.json")]


def test_the_format_takes_verified_on_and_source() -> None:
    assert codes(dated_catalogue(36)) == []
    bad = dated_catalogue()
    bad["locations"][0]["verified_on"] = "3.2.2026"
    bad["offerings"][0]["source"] = {"url": "https://example.org"}
    bad["catalogue"]["freshness_months"] = 0
    found = {place for code, place in codes(bad) if code == "schema"}
    assert {
        "$.locations[0].verified_on",
        "$.offerings[0].source",
        "$.catalogue.freshness_months",
    } <= found


def test_they_are_stored_read_and_exported_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "dated.json"
    path.write_text(json.dumps(dated_catalogue(36)), encoding="utf-8")
    engine = open_workspace(tmp_path / "db.sqlite", path)
    reader = CatalogueReader(engine)
    location = reader.location("loc-porvoo-dent")
    assert location is not None and location.verified_on == "2019"
    assert location.source is not None and location.source.url == "https://example.org/survey"
    offering = reader.offerings(ids=["off-ll-dental"])[0]
    assert offering.information == ("2026-02-03", offering.source)
    back = catalogue.export_document(engine)
    assert back["catalogue"]["freshness_months"] == 36
    loc = next(x for x in back["locations"] if x["id"] == "loc-porvoo-dent")
    assert loc["verified_on"] == "2019" and loc["source"]["name"] == "A survey"
    engine.dispose()


def test_the_stale_report_follows_the_catalogue_s_limit(tmp_path: Path) -> None:
    for months, expected in ((24, ["loc-porvoo-dent"]), (12 * 100, [])):
        path = tmp_path / f"dated-{months}.json"
        path.write_text(json.dumps(dated_catalogue(months)), encoding="utf-8")
        engine: Engine = open_workspace(tmp_path / f"db-{months}.sqlite", path)
        report = stale_report(engine)
        assert report.rule.months == months
        assert [s.id for s in report.stale] == expected
        engine.dispose()


def test_catalogue_stale_lists_the_2019_health_stations(tmp_path: Path) -> None:
    run = run_cli(["catalogue", "stale", "--json"], home=tmp_path)
    assert run.code == 0, run.err
    data = run.json()
    assert data["freshness_months"] == 24
    ids = [s["id"] for s in data["stale"]]
    assert len(ids) == 551 and all(i.startswith("loc-hs2019-") for i in ids)
    assert all(s["verified_on"] == "2019" and s["offerings"] == 4 for s in data["stale"])
    assert not any(s["example"] for s in data["stale"])
    text = run_cli(["catalogue", "stale", "--lang", "fi"], home=tmp_path)
    assert text.code == 0 and "Rinteenkulman terveysasema" in text.out


def test_ptv_modified_dates_feed_verified_on(tmp_path: Path) -> None:
    from sote_navigator.exchange.ptv.mapping import modified_date
    from sote_navigator.services import catalogue_import

    assert modified_date("2026-02-11T09:12:44.120Z") == "2026-02-11"
    assert modified_date("2026-02-30T09:12:44Z") is None and modified_date("string") is None
    engine = open_workspace(tmp_path / "ptv.sqlite")
    fixtures = FIXTURES / "ptv"
    plan = catalogue_import.plan_import(engine, fixtures)
    assert plan.ok
    catalogue_import.apply_import(engine, plan)
    location = CatalogueReader(engine).location("ptv:2b7c9d10-1111-4a2b-9c3d-000000000001")
    assert location is not None and location.verified_on == "2026-02-11"
    assert location.source is not None and "Palvelutietovaranto" in location.source.name
    engine.dispose()
