"""A PTV export as real ones are: classification editions mixed, gaps, exception hours."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from sote_navigator.exchange.ptv.class_editions import ClassResolver, shipped_pairs
from sote_navigator.services import catalogue, catalogue_import
from sote_navigator.services.workspace import open_workspace
from tests.cli_runner import run_cli
from tests.paths import FIXTURES

EXPORT = FIXTURES / "ptv" / "real-world"
V2 = "http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/"
V1 = "http://urn.fi/URN:NBN:fi:au:ptvl:"
RECEPTION = "ptv:5e2a7b90-4444-4d1e-a3f2-000000000001"
DENTAL = "ptv:5e2a7b90-4444-4d1e-a3f2-000000000002"
STATION = "ptv:3d8f1a52-6666-4c7b-8e2d-000000000001"


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return open_workspace(tmp_path / "ptv.sqlite")


def by_id(doc: dict[str, Any], kind: str) -> dict[str, Any]:
    return {x.get("id", x.get("uri")): x for x in doc[kind]}


def test_mixed_editions_and_gaps_import_with_warnings_and_no_errors(engine: Engine) -> None:
    plan = catalogue_import.plan_import(engine, EXPORT)
    assert plan.ok, [f.to_json() for f in plan.findings]
    assert plan.findings.errors == 0
    found = Counter((f.code.value, Path(f.file).name, f.place) for f in plan.findings)
    # Each gap is named with its file and place (issue 12.6: nothing dropped silently).
    assert found[("ptv_bad_id", "services.json", "$.itemList[2].id")] == 1
    assert found[("ptv_no_id", "services.json", "$.itemList[3].id")] == 1
    assert found[
        ("ptv_no_id", "services.json", "$.itemList[0].serviceChannels[6].serviceChannel.id")
    ]
    assert found[("ptv_no_channel_type", "channels.json", "$[4].serviceChannelType")] == 1
    assert found[("ptv_foreign_class", "services.json", "$.itemList[0].serviceClasses[2]")] == 1
    parent = (
        "ptv_unknown_parent_class",
        "services.json",
        "$.itemList[0].serviceClasses[3].parentUri",
    )
    assert found[parent] == 1
    codes = Counter(f.code.value for f in plan.findings)
    assert codes["ptv_placeholder"] >= 2 and codes["ptv_missing_translation"] == 1
    assert catalogue_import.apply_import(engine, plan) is not None

    doc = catalogue.export_document(engine)
    services = by_id(doc, "services")
    # The old ptvl class is today's P5.1; the foreign one is left out, the others kept.
    assert services[RECEPTION]["classes"] == [V2 + "P5.1", V2 + "P5.2", V2 + "P29.1"]
    assert services[DENTAL]["classes"] == [V2 + "P5.10"]
    classes = by_id(doc, "service_classes")
    assert classes[V2 + "P29.1"]["parent"] is None
    assert V1 + "v1039" not in classes and V1 + "v9999" not in classes
    assert RECEPTION in services and DENTAL in services
    assert not any(s["id"].startswith("ptv:12345") for s in doc["services"])


def test_the_same_export_again_changes_nothing(engine: Engine) -> None:
    first = catalogue_import.plan_import(engine, EXPORT)
    assert catalogue_import.apply_import(engine, first) is not None
    exported = catalogue.export_document(engine)
    again = catalogue_import.plan_import(engine, EXPORT)
    assert again.ok and again.changes_nothing
    assert catalogue_import.apply_import(engine, again) is None
    assert catalogue.export_document(engine) == exported


def test_exception_hours_and_accessibility_are_imported(engine: Engine) -> None:
    catalogue_import.apply_import(engine, catalogue_import.plan_import(engine, EXPORT))
    locations = by_id(catalogue.export_document(engine), "locations")
    station = locations[STATION]
    assert station["hours"] == [{"days": [0, 1, 2, 3, 4], "opens": "08:00", "closes": "16:00"}]
    exceptions = station["hours_exceptions"]
    assert exceptions[0]["from"] == "2026-12-24" and exceptions[0]["to"] == "2026-12-26"
    assert exceptions[0]["closed"] is True
    assert exceptions[0]["note"][0]["value"] == "Joulu"
    assert {"from": "2026-12-31", "to": "2026-12-31", "opens": "08:00", "closes": "12:00"} in (
        exceptions
    )
    # A holiday as a UTC instant (22:00 Z the day before) is Epiphany in Helsinki.
    assert any(e["from"] == "2027-01-06" and e.get("closed") for e in exceptions)
    summer = next(e for e in exceptions if e.get("days"))
    assert (summer["from"], summer["to"], summer["closes"]) == ("2027-06-01", "2027-08-31", "15:00")
    assert any("automaattisesti" in t["value"] for t in station["accessibility"])
    assert any(t["language"] == "sv" for t in station["accessibility"])
    always = locations["ptv:3d8f1a52-6666-4c7b-8e2d-000000000002"]
    assert always["hours"] == [{"days": list(range(7)), "opens": "00:00", "closes": "24:00"}]
    night = locations["ptv:3d8f1a52-6666-4c7b-8e2d-000000000003"]
    assert {"days": [4], "opens": "22:00", "closes": "04:00"} in night["hours"]
    assert locations["ptv:3d8f1a52-6666-4c7b-8e2d-000000000004"]["by_appointment"] is True


def test_a_date_of_the_wrong_kind_in_exception_hours_is_refused(
    engine: Engine, tmp_path: Path
) -> None:
    copy = tmp_path / "export"
    shutil.copytree(EXPORT, copy)
    channels = json.loads((copy / "channels.json").read_text(encoding="utf-8"))
    channels[0]["serviceHours"][1]["validFrom"] = "jouluna"
    (copy / "channels.json").write_text(json.dumps(channels), encoding="utf-8")
    plan = catalogue_import.plan_import(engine, copy)
    assert not plan.ok
    bad = [f for f in plan.findings if f.code.value == "ptv_bad_value"]
    assert [(Path(f.file).name, f.place) for f in bad] == [
        ("channels.json", "$[0].serviceHours[1].validFrom")
    ]


def test_the_shipped_pairing_is_ptvs_own() -> None:
    pairs = shipped_pairs()
    assert len(pairs) == 220
    assert pairs[V1 + "v1039"] == V2 + "P5.1"
    assert pairs[V1 + "v1048"] == V2 + "P5.10"


def test_a_catalogue_class_carrying_its_old_uri_resolves_it() -> None:
    resolver = ClassResolver([{"uri": V2 + "P99.1", "old_uri": V1 + "v7777"}])
    assert resolver.resolve(V1 + "v7777") == V2 + "P99.1"
    assert not resolver.same_edition(V1 + "v8888")
    assert resolver.same_edition(V2 + "P99.2")


def test_cli_import_of_the_export_reports_warnings_and_succeeds(tmp_path: Path) -> None:
    copy = tmp_path / "export"
    shutil.copytree(EXPORT, copy)
    db = tmp_path / "cli.sqlite"
    run = run_cli(["catalogue", "import", str(copy), "--db", str(db), "--lang", "en", "--json"])
    assert run.code == 0, run.err
    result = run.json()
    findings = result["findings"]
    assert findings["errors"] == 0 and findings["warnings"] >= 8
