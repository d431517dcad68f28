"""Placement snapshots in the database: a new one is written at the current version and read
back equal; a stored one that no version reads is listed as damaged and the rest are read."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy import text as sql

from sote_navigator.core.errors import Problem, UserFacingError
from sote_navigator.core.placement_record import PlacementInput
from sote_navigator.core.placement_snapshot import SNAPSHOT_VERSION
from sote_navigator.services.placement_records import DamagedPlacement
from sote_navigator.services.workspace import Workspace, open_workspace
from tests.core.test_placement_snapshot import DAMAGED

pytestmark = pytest.mark.both_engines


def test_a_new_record_is_written_at_the_current_version_and_read_back_equal(
    placement_engine: Engine,
) -> None:
    records = Workspace(engine=placement_engine).records
    entered = PlacementInput(
        municipality="Borgå",
        age=82,
        language="sv",
        home_visit=True,
        need_kind="words",
        need_value="hemvård",
        service_id="S-HOMECARE",
        offering_id="off-omsorg-homecare",
        status="referred",
    )
    written = records.placer.snapshot_for(entered)
    assert written is not None and written.version == SNAPSHOT_VERSION
    record = records.commit(None, entered)
    assert record.snapshot == written
    assert record.snapshot.provider and record.snapshot.provider.location
    assert not record.snapshot.context.unrecorded
    with placement_engine.connect() as con:
        (stored,) = con.execute(
            sql("SELECT snapshot FROM placement WHERE id = :id"), {"id": record.id}
        ).one()
    # SQLite keeps the JSON as text; PostgreSQL's json column hands back the parsed value.
    value = json.loads(stored) if isinstance(stored, str) else stored
    assert value == written.to_json()
    assert value["version"] == SNAPSHOT_VERSION


@pytest.mark.parametrize("stored", list(DAMAGED.values()), ids=list(DAMAGED))
def test_a_damaged_snapshot_is_listed_as_damaged_and_the_rest_are_read(
    tmp_path: Path, placement_catalogue_file: Path, stored: str
) -> None:
    path = tmp_path / "desk.sqlite"
    engine = open_workspace(path, placement_catalogue_file)
    try:
        records = Workspace(engine=engine).records
        entered = PlacementInput(municipality="Borgå", age=82, language="sv")
        first, second = (records.save_draft(None, entered) for _ in range(2))
        with sqlite3.connect(path) as con:
            con.execute("UPDATE placement SET snapshot = ? WHERE id = ?", (stored, first))
        found, damaged = records.find_with_damaged()
        assert [r.id for r in found] == [second]
        assert damaged == [DamagedPlacement(first, "snapshot")]
        with pytest.raises(UserFacingError) as caught:
            records.get(first)
        assert caught.value.problem is Problem.PLACEMENT_DAMAGED
        assert caught.value.facts == {"id": str(first), "column": "snapshot"}
    finally:
        engine.dispose()
