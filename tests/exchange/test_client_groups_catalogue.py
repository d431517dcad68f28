"""Client groups in the catalogue: validated, stored without a migration, exported unchanged."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from sote_navigator.exchange import native, validation
from sote_navigator.services import catalogue
from sote_navigator.services.offerings import CatalogueReader
from sote_navigator.services.workspace import open_workspace
from tests.catalogue_factory import small_catalogue
from tests.paths import FIXTURES, ROOT

pytestmark = pytest.mark.both_engines


def test_unknown_group_codes_are_warnings_not_errors() -> None:
    doc = small_catalogue()
    doc["services"][0]["target_groups"] = ["KR1", "KR1.2", "KR9"]
    doc["services"][0]["eligibility"]["client_groups"] = ["students", "astronauts"]
    found = [(f.code.value, f.severity.value, f.place) for f in validation.validate(doc, "f.json")]
    assert found == [
        ("unknown_target_group", "warning", "$.services[0].target_groups[2]"),
        ("unknown_client_group", "warning", "$.services[0].eligibility.client_groups[1]"),
    ]


def test_a_client_group_that_is_not_a_string_is_a_schema_error() -> None:
    doc = small_catalogue()
    doc["services"][0]["eligibility"]["client_groups"] = [7]
    found = [(f.code.value, f.place) for f in validation.validate(doc, "f.json")]
    assert ("schema", "$.services[0].eligibility.client_groups[0]") in found


def test_client_groups_are_stored_read_and_exported_unchanged(tmp_path: Path) -> None:
    doc = small_catalogue()
    doc["services"][0]["eligibility"]["client_groups"] = ["students", "pupils"]
    doc["services"][1]["eligibility"]["client_groups"] = []
    path = tmp_path / "groups.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    engine = open_workspace(tmp_path / "groups.sqlite", path)
    try:
        services = {s.id: s for s in CatalogueReader(engine).services()}
        assert services[doc["services"][0]["id"]].client_groups == ("students", "pupils")
        assert services[doc["services"][1]["id"]].client_groups == ()
        exported = catalogue.export_document(engine)
        by_id = {s["id"]: s for s in exported["services"]}
        first = by_id[doc["services"][0]["id"]]
        assert first["eligibility"]["client_groups"] == ["students", "pupils"]
        assert "client_groups" not in {k for k in first if k != "eligibility"}
        assert by_id[doc["services"][1]["id"]]["eligibility"]["client_groups"] == []
        # Export, import into an empty database, export: the same bytes.
        again = tmp_path / "again.json"
        again.write_bytes(native.canonical_bytes(exported))
        engine2 = open_workspace(tmp_path / "again.sqlite", again)
        try:
            assert native.canonical_bytes(catalogue.export_document(engine2)) == (
                native.canonical_bytes(exported)
            )
        finally:
            engine2.dispose()
    finally:
        engine.dispose()


def test_the_default_catalogue_names_who_its_services_are_for(tmp_path: Path) -> None:
    doc = json.loads((ROOT / "data" / "default-catalogue.json").read_text())
    groups = {s["id"]: s["eligibility"].get("client_groups", []) for s in doc["services"]}
    assert groups["SOTE-0068"] == ["students"]  # students' dental care
    assert groups["SOTE-0026"] == ["expecting"]  # maternity clinic
    assert groups["SOTE-0097"] == ["working"]  # occupational health
    assert groups["SOTE-0041"] == ["war_veterans"]
    assert groups["SOTE-0088"] == []  # home care: for anyone who needs it
    assert groups["SOTE-0066"] == []  # dental care for everyone
    found = {f.code.value for f in validation.validate(doc, "default.json")}
    assert not found & {"unknown_client_group", "unknown_target_group"}


def test_ptv_import_reads_target_groups_and_warns_about_unknown_ones(tmp_path: Path) -> None:
    from sote_navigator.services import catalogue_import

    source = FIXTURES / "ptv"
    folder = tmp_path / "ptv"
    shutil.copytree(source, folder)
    page = folder / "services" / "2026-03" / "services-page-1.json"
    data = json.loads(page.read_text(encoding="utf-8"))
    data["itemList"][0]["targetGroups"].append({"code": "KR1.2", "name": []})
    data["itemList"][0]["targetGroups"].append({"code": "KR99", "name": []})
    page.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    engine = open_workspace(tmp_path / "ptv.sqlite")
    try:
        plan = catalogue_import.plan_import(engine, folder)
        assert plan.ok and plan.document is not None
        sid = f"ptv:{data['itemList'][0]['id']}"
        service = next(s for s in plan.document["services"] if s["id"] == sid)
        assert service["target_groups"] == ["KR1", "KR1.2", "KR99"]
        unknown = [f for f in plan.findings if f.code.value == "unknown_target_group"]
        assert [(f.severity.value, f.facts["group"]) for f in unknown] == [("warning", "KR99")]
    finally:
        engine.dispose()
