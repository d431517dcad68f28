"""A laptop and its region: push the outbox, pull status changes and the current catalogue.

A laptop works on its own SQLite file, with no network. ``sync`` then, in this order:

1. pushes the outbox (db.placement_sync): every finished placement and every note or status
   change saved here since the last sync, in one transaction of the region. The region takes
   each record once by its stable id, so a push whose answer was lost (the network dropped
   after the region committed) changes nothing the next time; the outbox is emptied only
   after the region committed, so a push that failed leaves it whole;
2. pulls the status changes other desks made to the placements this laptop holds: every
   change is kept, and the status is the latest by time (on the same time, by id);
3. pulls the region's current catalogue through the import every file goes through
   (services.catalogue_import): checked, compared, and installed as a new local catalogue
   version that ``catalogue rollback`` takes back; nothing when it is the same.

Any failure of the network or the server stops the sync with the sentence for it; what was
done before it stays done, and the next sync goes on from there.
"""

from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from sote_navigator import paths
from sote_navigator.core.errors import Problem, UserFacingError
from sote_navigator.core.progress import Progress
from sote_navigator.db import placement_sync
from sote_navigator.db.engine import (
    failed_on_server,
    open_database,
    translate_operational_error,
    writing,
)
from sote_navigator.db.location import Database, locate, unsupported
from sote_navigator.exchange import native
from sote_navigator.services import catalogue
from sote_navigator.services.changes import Changes
from sote_navigator.services.workspace import Workspace

if TYPE_CHECKING:
    from sote_navigator.services.catalogue_import import ImportPlan

log = logging.getLogger(__name__)

# The name the region's catalogue goes under in the local catalogue history.
REGION_CATALOGUE_NAME = "region-catalogue.json"
STAGES = ("push", "status", "catalogue")


@dataclass
class SyncResult:
    placements_pushed: int = 0
    notes_pushed: int = 0
    already_in_region: int = 0  # pushed before, its answer lost: taken once all the same
    waiting: int = 0  # drafts and their notes, pushed once finished
    status_changes_pulled: int = 0
    plan: ImportPlan | None = None  # the region's catalogue checked and compared
    changes: Changes = field(default_factory=Changes)


def region_database(given: str) -> Database:
    """The region's database from --region or the setting: a postgresql:// URL without a
    password. Raises UserFacingError."""
    if not given.strip():
        raise UserFacingError(Problem.REGION_NOT_NAMED, {"path": str(paths.settings_path())})
    where = locate(given.strip())
    from sote_navigator.db import postgresql

    if not postgresql.is_postgresql(where):
        raise unsupported(where.shown)
    assert where.url is not None
    if make_url(where.url).password is not None:
        raise UserFacingError(Problem.REGION_PASSWORD_IN_URL, {"path": where.shown})
    return where


def sync(workspace: Workspace, region: Database, progress: Progress | None = None) -> SyncResult:
    """Push, then pull (see the module). Raises UserFacingError (the server, the network),
    Cancelled between stages (what was done stays done)."""
    progress = progress or Progress()
    result = SyncResult()
    progress.report(0, len(STAGES), STAGES[0])
    engine = open_database(region)
    try:
        _push(workspace.engine, engine, result)
        progress.report(1, len(STAGES), STAGES[1])
        _pull_status_changes(workspace.engine, engine, result)
        progress.report(2, len(STAGES), STAGES[2])
        _pull_catalogue(workspace, engine, result, progress)
    except DBAPIError as exc:
        raise translate_operational_error(exc, _failed_side(exc, region, workspace)) from exc
    finally:
        engine.dispose()
    log.info(
        "region sync: %d placements and %d notes pushed, %d already in the region, "
        "%d waiting, %d status changes pulled, catalogue %s",
        result.placements_pushed,
        result.notes_pushed,
        result.already_in_region,
        result.waiting,
        result.status_changes_pulled,
        "changed" if result.changes.catalogue else "unchanged",
    )
    return result


def _failed_side(exc: DBAPIError, region: Database, workspace: Workspace) -> Database:
    return region if failed_on_server(exc) else workspace.database


def _push(local: Engine, region: Engine, result: SyncResult) -> None:
    with local.connect() as con:
        outbox = placement_sync.read_outbox(con)
    if not outbox.entries:
        return
    with writing(region) as con:
        taken = placement_sync.take_in(con, outbox)
    # The region has committed: only now does the outbox let go (a failure before this
    # line leaves it whole, and the next push is recognised by the ids).
    with writing(local) as con:
        placement_sync.drop_pushed(con, outbox, taken.waiting)
    result.placements_pushed = taken.placements
    result.notes_pushed = taken.notes
    result.already_in_region = taken.already
    result.waiting = len(taken.waiting)


def _pull_status_changes(local: Engine, region: Engine, result: SyncResult) -> None:
    with local.connect() as con:
        held = placement_sync.finished_uids(con)
    if not held:
        return
    with region.connect() as con:
        notes = placement_sync.notes_elsewhere(con, list(held))
    with writing(local) as con:
        result.status_changes_pulled, changed = placement_sync.take_notes(
            con, notes, placement_sync.finished_uids(con)
        )
    result.changes = Changes(placements_changed=tuple(changed))


def _pull_catalogue(
    workspace: Workspace, region: Engine, result: SyncResult, progress: Progress
) -> None:
    if catalogue.current(region) is None:
        return
    document = catalogue.export_document(region)
    folder = paths.ensure_private_dir(paths.data_dir())
    with tempfile.TemporaryDirectory(dir=folder, prefix=".region-") as staging:
        path = Path(staging) / REGION_CATALOGUE_NAME
        native.write(path, document)
        del document
        plan = workspace.plan_import(path, "native", progress)
        result.plan = plan
        if not plan.ok:
            return
        # Read from the region's database over its own authenticated connection, not from a
        # file anyone could hand over: the file signatures (docs/signed-catalogues.md) are
        # for regions that distribute files.
        pulled = workspace.apply_import(plan, progress, allow_unsigned=True)
        result.changes = replace(
            result.changes,
            catalogue_before=pulled.catalogue_before,
            catalogue_after=pulled.catalogue_after,
        )
