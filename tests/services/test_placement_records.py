"""Placement records: drafts, commit, status, notes; apart from the catalogue; migrated."""

from __future__ import annotations

import copy
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect

from sote_navigator.core.placement_record import PlacementInput, PlacementStatus
from sote_navigator.core.placement_snapshot import snapshot_to_json
from sote_navigator.core.reasons import Verdict
from sote_navigator.db import schema
from sote_navigator.db.engine import open_database, writing
from sote_navigator.db.models import CATALOGUE_TABLES
from sote_navigator.services import catalogue
from sote_navigator.services.workspace import Workspace, open_workspace
from tests.catalogue_factory import placement_catalogue
from tests.paths import FIXTURES

pytestmark = pytest.mark.both_engines

FIXTURES = FIXTURES


def porvoo_home_care(**changes: object) -> PlacementInput:
    entered = PlacementInput(
        municipality="Borgå",
        age=82,
        language="sv",
        home_visit=True,
        need_kind="words",
        need_value="hemvård",
        need_text="hemvård",
        service_id="S-HOMECARE",
        offering_id="off-omsorg-homecare",
        status="referred",
        notes="Föll hemma i januari.",
    )
    for key, value in changes.items():
        setattr(entered, key, value)
    return entered


def test_draft_then_commit(placement_engine: Engine) -> None:
    records = Workspace(engine=placement_engine).records
    entered = PlacementInput(municipality="Borgå", age=82, language="sv", step=1)
    placement_id = records.save_draft(None, entered)
    draft = records.get(placement_id)
    assert draft is not None and draft.wizard_open and draft.status is PlacementStatus.DRAFT
    # No need yet: the snapshot keeps who serves the client, and no service.
    assert draft.snapshot is not None
    assert draft.snapshot.context.regional_unit.id == "unit-u6"
    assert draft.snapshot.service is None
    assert [r.id for r in records.unfinished()] == [placement_id]

    done = records.commit(placement_id, porvoo_home_care(step=4))
    assert done.id == placement_id and not done.wizard_open
    assert done.status is PlacementStatus.REFERRED
    assert records.unfinished() == []
    assert [n.text for n in done.notes] == ["Föll hemma i januari."]
    assert done.catalogue is not None and done.catalogue.catalogue_id == "test.placement"
    snap = done.snapshot
    assert snap and snap.service and snap.provider and snap.choice_set
    assert snap.service.verdict is Verdict.ASSESSMENT_DECISION
    assert snap.provider.offering_id == "off-omsorg-homecare"
    assert snap.choice_set.size == 3
    assert [o.offering_id for o in snap.choice_set.offered] == [
        "off-omsorg-homecare",
        "off-ll-homecare",
        "off-aurinko-homecare",
    ]


@pytest.mark.sqlite_only  # raw SQLite statements
def test_flat_columns_are_in_the_summary_language(placement_engine: Engine) -> None:
    records = Workspace(engine=placement_engine).records
    placement_id = records.commit(None, porvoo_home_care()).id
    with placement_engine.connect() as con:
        row = con.exec_driver_sql(
            "SELECT service_name, municipality_name, regional_unit_name, provider_id FROM placement"
            " WHERE id = ?",
            (placement_id,),
        ).one()
    assert tuple(row) == ("Hemvård", "Borgå", "Östra Nyland", "prov-omsorg")


def test_status_changes_are_noted(placement_engine: Engine) -> None:
    records = Workspace(engine=placement_engine).records
    placement_id = records.commit(None, porvoo_home_care()).id
    records.change_status(placement_id, PlacementStatus.DECIDED, "Beslut 12.3.")
    record = records.get(placement_id)
    assert record is not None and record.status is PlacementStatus.DECIDED
    assert record.input.status == "decided"
    assert [(n.text, n.status) for n in record.notes][-1] == ("Beslut 12.3.", "decided")
    assert [r.id for r in records.find(PlacementStatus.DECIDED)] == [placement_id]
    assert records.find(PlacementStatus.CANCELLED) == []


def test_discard_only_deletes_unfinished_drafts(placement_engine: Engine) -> None:
    records = Workspace(engine=placement_engine).records
    done = records.commit(None, porvoo_home_care()).id
    draft = records.save_draft(None, PlacementInput(municipality="Porvoo"))
    records.discard(done)
    records.discard(draft)
    assert records.get(done) is not None
    assert records.get(draft) is None


def test_records_survive_a_catalogue_import_and_read_as_decided(placement_engine: Engine) -> None:
    records = Workspace(engine=placement_engine).records
    placement_id = records.commit(None, porvoo_home_care()).id
    before = records.get(placement_id)
    changed = copy.deepcopy(placement_catalogue())
    changed["catalogue"]["version"] = "2"
    for provider in changed["providers"]:
        if provider["id"] == "prov-omsorg":
            provider["names"] = [{"language": "sv", "value": "Nytt Namn Ab", "type": "name"}]
    changed["offerings"] = [o for o in changed["offerings"] if o["id"] != "off-omsorg-homecare"]
    with writing(placement_engine) as con:
        catalogue.install(
            con, changed, source_hash="x", source_format="native", source_name="v2.json"
        )
    after = records.get(placement_id)
    assert after == before
    assert after is not None
    assert after.snapshot and after.snapshot.provider
    assert after.snapshot.provider.provider.names[1]["value"] == "Omsorg i Borgå Ab"
    assert after.catalogue is not None and after.catalogue.version == "1"
    # Placement tables are not catalogue tables, so imports and rollbacks never clear them.
    assert not {"placement", "placement_note"} & {t.__tablename__ for t in CATALOGUE_TABLES}


def test_a_version_1_database_is_migrated(tmp_path: Path) -> None:
    # Written by schema version 1, before placement records existed (tests/fixtures).
    path = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / "schema-v1.sqlite", path)
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 1
    tables_before = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    con.close()
    assert "placement" not in tables_before

    engine = open_workspace(path, None)
    with engine.connect() as con:
        assert con.exec_driver_sql("PRAGMA user_version").scalar() == schema.SCHEMA_VERSION >= 2
    names = set(inspect(engine).get_table_names())
    assert {"placement", "placement_note"} <= names
    # The catalogue is still there and the records work.
    info = catalogue.current(engine)
    assert info is not None and info.catalogue_id == "test.small"
    records = Workspace(engine=engine).records
    placement_id = records.commit(
        None,
        PlacementInput(
            municipality="Porvoo",
            age=40,
            language="fi",
            need_value="S-DENTAL",
            need_kind="service",
            service_id="S-DENTAL",
            offering_id="off-ll-dental",
            status="referred",
        ),
    ).id
    record = records.get(placement_id)
    assert record is not None and record.snapshot and record.snapshot.provider
    assert record.snapshot.provider.offering_id == "off-ll-dental"
    engine.dispose()

    # The migrated schema equals a new one.
    open_database(tmp_path / "fresh.sqlite").dispose()
    query = (
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name LIKE 'placement%' ORDER BY name"
    )
    with sqlite3.connect(path) as old, sqlite3.connect(tmp_path / "fresh.sqlite") as new:
        assert old.execute(query).fetchall() == new.execute(query).fetchall()


def test_snapshot_is_plain_json(placement_engine: Engine) -> None:
    records = Workspace(engine=placement_engine).records
    record = records.get(records.commit(None, porvoo_home_care()).id)
    assert record is not None
    stored = snapshot_to_json(record.snapshot)
    assert json.loads(json.dumps(stored)) == stored


@pytest.mark.parametrize("status", list(PlacementStatus))
def test_commit_with_each_status(placement_engine: Engine, status: PlacementStatus) -> None:
    record = Workspace(engine=placement_engine).records.commit(
        None, porvoo_home_care(status=status.value)
    )
    assert record.status is status
