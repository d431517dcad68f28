"""services.region_sync in process: a push whose answer was lost, a cancelled sync."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from sote_navigator.core.progress import Cancelled, Progress
from sote_navigator.db import placement_models as pm
from sote_navigator.db import placement_sync
from sote_navigator.db.engine import open_database, writing
from sote_navigator.db.location import locate
from sote_navigator.services import region_sync
from sote_navigator.services.workspace import Workspace, open_workspace
from tests import postgres_server as pg
from tests.cli.test_region_sync_faults import _laptop
from tests.postgres_server import Server
from tests.services.test_placement_records import porvoo_home_care


def test_a_push_whose_answer_was_lost_is_recognised_by_its_ids(
    postgres_server: pg.Server, tmp_path: Path, placement_catalogue_file: Path
) -> None:
    url = postgres_server.new_database()
    open_workspace(url, placement_catalogue_file).dispose()
    laptop = tmp_path / "laptop.sqlite"
    _laptop(laptop, placement_catalogue_file, 3)
    local = open_database(laptop)
    region = open_database(url)
    try:
        # The region commits the push; the answer never reaches the laptop.
        with local.connect() as con:
            outbox = placement_sync.read_outbox(con)
        with writing(region) as con:
            placement_sync.take_in(con, outbox)
        result = region_sync.sync(Workspace(engine=local), locate(url))
        assert (result.placements_pushed, result.notes_pushed) == (0, 0)
        assert result.already_in_region == 8
        assert _count(region, pm.Placement) == _count(local, pm.Placement) == 4
        assert _count(region, pm.PlacementNote) == 4
        assert _count(local, pm.OutboxEntry) == 0
    finally:
        local.dispose()
        region.dispose()


def _count(engine: Engine, model: type[pm.Base]) -> int:
    with engine.connect() as con:
        return len(con.execute(select(model.__table__)).all())  # type: ignore[attr-defined]


def test_a_cancelled_sync_pushes_nothing(
    postgres_server: Server, tmp_path: Path, placement_catalogue_file: Path
) -> None:
    region = postgres_server.new_database()
    open_workspace(region, placement_catalogue_file).dispose()
    workspace = Workspace(tmp_path / "laptop.sqlite", placement_catalogue_file)
    try:
        workspace.records.commit(None, porvoo_home_care())
        progress = Progress()
        progress.cancel()
        with pytest.raises(Cancelled):
            region_sync.sync(workspace, locate(region), progress)
        again = region_sync.sync(workspace, locate(region))
        assert (again.placements_pushed, again.notes_pushed) == (1, 1)
    finally:
        workspace.close()
