"""PTV Open API v11 files merged into the catalogue: gaps become warnings, data is found."""

from __future__ import annotations

import json
import shutil
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from sote_navigator.core import geo
from sote_navigator.services import catalogue, catalogue_import
from sote_navigator.services.workspace import open_workspace
from tests.cli_runner import run_cli
from tests.paths import FIXTURES

FIXTURES = FIXTURES / "ptv"
PORVOO_HC = "ptv:2b7c9d10-1111-4a2b-9c3d-000000000001"
DENTAL_CLINIC = "ptv:2b7c9d10-1111-4a2b-9c3d-000000000003"
HOMECARE = "ptv:9a1b2c3d-2222-4b3c-8d4e-000000000002"


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    """The shipped default catalogue: real municipalities, counties and regional units."""
    return open_workspace(tmp_path / "ptv.sqlite")


def by_id(doc: dict[str, Any], kind: str) -> dict[str, Any]:
    return {x["id"]: x for x in doc[kind]}


def test_ptv_folder_imports_with_warnings_for_its_gaps(engine: Engine) -> None:
    before = catalogue.export_document(engine)
    plan = catalogue_import.plan_import(engine, FIXTURES)
    assert plan.source_format == "ptv"
    assert plan.ok, [f.to_json() for f in plan.findings]
    # The real-world export beside these files has findings of its own (test_ptv_real_world).
    codes = Counter(f.code.value for f in plan.findings if "real-world" not in f.file)
    assert codes["ptv_placeholder"] >= 1
    assert codes["ptv_bad_coordinates"] == 1
    # An unreadable opening time, and an "Exception" entry without the dates it is for.
    assert codes["ptv_bad_hours"] == 2
    assert codes["ptv_missing_translation"] == 1
    assert codes["ptv_service_without_channels"] == 1
    assert codes["ptv_not_published"] == 1
    assert codes["ptv_unknown_channel"] == 1
    assert codes["ptv_unknown_organization"] == 1
    assert codes["ptv_unknown_class"] == 1
    assert codes["ptv_unknown_municipality"] == 1
    assert codes["missing_swedish"] == 1
    files = {Path(f.file).name for f in plan.findings}
    assert {"servicelocations.json", "services-page-1.json", "services-page-2.json"} <= files
    assert catalogue_import.apply_import(engine, plan) is not None

    after = catalogue.export_document(engine)
    # The municipality and organiser structure stays as it was.
    for kind in ("municipalities", "organisers", "regional_units", "memberships"):
        assert after[kind] == before[kind]
    locations = by_id(after, "locations")
    porvoo = locations[PORVOO_HC]
    assert porvoo["address"]["municipality"] == "638"
    assert porvoo["address"]["street"][0]["value"] == "Mannerheiminkatu 24"
    assert porvoo["phones"][0]["number"] == "+358 19 520 2000"
    assert porvoo["hours"] == [
        {"days": [0, 1, 2, 3], "opens": "08:00", "closes": "16:00"},
        {"days": [4], "opens": "08:00", "closes": "15:00"},
    ]
    assert porvoo["languages"] == ["fi", "sv"]
    # ETRS-TM35FIN in the latitude/longitude fields came back as WGS84.
    assert porvoo["coordinates"]["lat"] == pytest.approx(60.39493, abs=1e-5)
    assert porvoo["coordinates"]["lon"] == pytest.approx(25.66352, abs=1e-5)
    assert locations[DENTAL_CLINIC]["coordinates"] == {"lat": 60.3932, "lon": 25.6631}
    offerings = by_id(after, "offerings")
    dental = offerings[f"ptv:9a1b2c3d-2222-4b3c-8d4e-000000000001/{DENTAL_CLINIC[4:]}"]
    assert dental["provision_type"] == "procured"
    assert dental["regional_units"] == ["ru-01"]
    home = [o for o in after["offerings"] if o["service"] == HOMECARE]
    assert sorted(o["provision_type"] for o in home) == ["self_produced", "voucher"]
    services = by_id(after, "services")
    assert services[HOMECARE]["voucher"]["kind"] == "palveluseteli"
    assert services[HOMECARE]["choice"] == "voucher"
    providers = by_id(after, "providers")
    assert providers["ptv:6f3e2b1a-0c4d-4e5f-8a9b-1c2d3e4f5a03"]["kind"] == "voucher_provider"
    assert providers["ptv:6f3e2b1a-0c4d-4e5f-8a9b-1c2d3e4f5a03"]["business_id"] is None


def test_importing_the_same_ptv_data_again_changes_nothing(engine: Engine) -> None:
    first = catalogue_import.plan_import(engine, FIXTURES)
    assert catalogue_import.apply_import(engine, first) is not None
    exported = catalogue.export_document(engine)
    again = catalogue_import.plan_import(engine, FIXTURES)
    assert again.changes_nothing
    assert catalogue_import.apply_import(engine, again) is None
    assert catalogue.export_document(engine) == exported


def test_ptv_zip_of_the_same_files_gives_the_same_catalogue(engine: Engine, tmp_path: Path) -> None:
    archive = tmp_path / "ptv-export.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        for path in sorted(FIXTURES.rglob("*.json")):
            z.write(path, path.relative_to(FIXTURES).as_posix())
    from_zip = catalogue_import.plan_import(engine, archive)
    from_folder = catalogue_import.plan_import(engine, FIXTURES)
    assert from_zip.source_format == "ptv"
    assert from_zip.document == from_folder.document


def test_single_object_file_with_explicit_format(engine: Engine, tmp_path: Path) -> None:
    single = tmp_path / "one-service.json"
    page = json.loads((FIXTURES / "services/2026-03/services-page-1.json").read_text())
    single.write_text(json.dumps(page["itemList"][0], ensure_ascii=False), encoding="utf-8")
    plan = catalogue_import.plan_import(engine, single, "ptv")
    assert plan.ok
    assert plan.diff is not None
    assert len(plan.diff.kinds["services"].added) == 1
    # Its channels are not in this file: each connection is a warning, not an error.
    assert {f.code.value for f in plan.findings} >= {"ptv_unknown_channel"}


def test_a_folder_without_ptv_objects_is_refused(engine: Engine, tmp_path: Path) -> None:
    (tmp_path / "nothing.json").write_text('{"hello": 1}')
    plan = catalogue_import.plan_import(engine, tmp_path, "ptv")
    assert not plan.ok
    assert [f.code.value for f in plan.findings][-1] == "no_ptv_data"


def test_after_a_ptv_import_its_locations_are_found_by_search(tmp_path: Path) -> None:
    db = tmp_path / "search.sqlite"
    copy = tmp_path / "ptv"
    shutil.copytree(FIXTURES, copy)
    run = run_cli(["catalogue", "import", str(copy), "--db", str(db), "--lang", "en"])
    assert run.code == 0, run.err
    assert "warning" in run.out
    found = run_cli(["search", "Borgå Tandklinik", "--db", str(db), "--json"]).json()
    assert DENTAL_CLINIC in [r["id"] for r in found["results"]]
    found = run_cli(["search", "Loviisan sote-keskus", "--db", str(db), "--json"]).json()
    assert "ptv:2b7c9d10-1111-4a2b-9c3d-000000000002" in [r["id"] for r in found["results"]]
    swedish = run_cli(["search", "hälsostation", "--db", str(db), "--lang", "sv"])
    assert "Borgå hälsostation" in swedish.out


def test_coordinates_fixture_really_is_tm35fin() -> None:
    channels = json.loads((FIXTURES / "channels/servicelocations.json").read_text())
    street = channels[0]["addresses"][0]["streetAddress"]
    assert geo.looks_like_tm35fin(float(street["latitude"]), float(street["longitude"]))


def test_merging_leaves_the_current_catalogue_document_untouched(engine: Engine) -> None:
    import copy

    from sote_navigator.exchange.findings import Findings
    from sote_navigator.exchange.ptv import merge, reader

    catalogue_import.apply_import(engine, catalogue_import.plan_import(engine, FIXTURES))
    current = catalogue.export_document(engine)
    before = copy.deepcopy(current)
    findings = Findings()
    objects = reader.read_objects(reader.parsed_sources(FIXTURES, findings), findings)
    merged = merge.merge_into(current, merge.collect(objects, findings))
    assert current == before
    assert merged == before  # the same data again: nothing to change
