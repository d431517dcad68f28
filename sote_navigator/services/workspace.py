"""The workspace: the user's database, ready to answer, and every service built on it once.

The one composition root. The command line (cli.common) and the window (app.py) open a
``Workspace`` the same way and hand its services down; nothing builds a second directory
cache, search or placer beside it. Its caches follow the current catalogue version (see
services.catalogue_access), so a wizard opened after an import answers from the new catalogue.

The operations that change the catalogue go through it and return a ``Changes`` summary
(services.changes), which the window hands to the views that care.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from sote_navigator import paths
from sote_navigator.core.catalogue import CatalogueInfo
from sote_navigator.core.errors import UserFacingError
from sote_navigator.core.progress import Progress
from sote_navigator.db.engine import (
    database_failure,
    database_of,
    is_read_only,
    open_database,
    translate_operational_error,
)
from sote_navigator.db.location import Database, locate
from sote_navigator.db.region_roles import may_change_catalogue
from sote_navigator.services import catalogue, catalogue_history, desks, region_report
from sote_navigator.services.catalogue_access import CatalogueAccess
from sote_navigator.services.changes import Changes
from sote_navigator.services.navigator import Navigator
from sote_navigator.services.placement import Placer
from sote_navigator.services.placement_export import ExportResult, export_csv
from sote_navigator.services.placement_followups import DEFAULT_FOLLOW_UP_DAYS, PlacementHistory
from sote_navigator.services.placement_records import PlacementRecords

if TYPE_CHECKING:
    # Loaded by the import itself: reading and checking files brings the validator along
    # (some 200 ms), which a command that imports nothing does not pay for.
    from sote_navigator.services.catalogue_import import ImportPlan


def open_workspace(
    database: str | Path | Database | None = None, default_catalogue: Path | None = None
) -> Engine:
    """The engine on ``database`` (a path or a URL; None: the user's default database); an
    empty one gets the default catalogue first, and one still on an older shipped default gets
    the one this release ships."""
    where = locate(database)
    engine = open_database(where)
    shipped = default_catalogue or paths.default_catalogue_path()
    try:
        installed = catalogue.install_default_if_empty(engine, shipped)
        # A read-only desk, or a desk of a region's database (no catalogue rights), updates
        # later: with the maintainer's import.
        if not installed and not is_read_only(engine) and may_change_catalogue(engine):
            catalogue.update_default_if_newer(engine, shipped)
    except DBAPIError as exc:
        # A full disk or a folder turned read-only while the default catalogue went in: the
        # transaction rolled back, and the user gets the sentence for it.
        engine.dispose()
        raise translate_operational_error(exc, where) from exc
    except BaseException:
        engine.dispose()
        raise
    return engine


def _database_of(database: str | Path | Database | None, engine: Engine | None) -> Database:
    if database is not None or engine is None:
        return locate(database).absolute()
    return database_of(engine)


class Workspace:
    """The opened database and the services on it, each built once.

    ``Workspace(database, default_catalogue)`` opens ``database`` (a path, a URL or a
    ``Database``; None: the user's default) as ``open_workspace`` does (raises
    UserFacingError); ``engine``: one already opened on it (tests, tools, benchmarks).
    Any thread may open one; afterwards it belongs to the thread that uses it.
    """

    def __init__(
        self,
        database: str | Path | Database | None = None,
        default_catalogue: Path | None = None,
        *,
        engine: Engine | None = None,
        desk: str = "",
    ) -> None:
        """``desk``: the ``[desk] id`` setting ("" for the id kept in the data folder)."""
        self.database = _database_of(database, engine)
        self.engine = (
            engine if engine is not None else open_workspace(self.database, default_catalogue)
        )
        self.catalogue = CatalogueAccess(self.engine)
        self.navigator = Navigator(self.catalogue)
        self.placer = Placer(self.catalogue)
        self.records = PlacementRecords(
            self.engine, self.placer, functools.partial(desks.local_desk_id, desk)
        )

    def close(self) -> None:
        self.engine.dispose()

    def failure(self, error: BaseException) -> UserFacingError | None:
        """The project's own error for a database failure (disk full, read-only, busy,
        damaged), or None when ``error`` did not come from the database."""
        return database_failure(error, self.database)

    @staticmethod
    def failure_on(database: Path | Database) -> Callable[[BaseException], UserFacingError | None]:
        """``failure`` for a database no workspace could be opened on."""
        return functools.partial(database_failure, where=database)

    # -- the catalogue ----------------------------------------------------------------------

    def catalogue_info(self) -> CatalogueInfo | None:
        return catalogue.current(self.engine)

    def _version(self) -> int | None:
        info = self.catalogue_info()
        return info.version_number if info else None

    def catalogue_document(self) -> dict[str, Any]:
        """The current catalogue as a native catalogue document."""
        return catalogue.export_document(self.engine)

    def plan_import(
        self,
        path: Path,
        source_format: str = "auto",
        progress: Progress | None = None,
        *,
        with_diff: bool = True,
        keys_folder: Path | None = None,
    ) -> ImportPlan:
        """Read, check and compare a catalogue file; nothing is written. A signature beside
        it is checked against the public keys in ``keys_folder`` (none trusted when None)."""
        from sote_navigator.services import catalogue_import

        return catalogue_import.plan_import(
            self.engine,
            path,
            source_format,
            progress,
            with_diff=with_diff,
            keys_folder=keys_folder,
        )

    def apply_import(
        self, plan: ImportPlan, progress: Progress | None = None, *, allow_unsigned: bool = False
    ) -> Changes:
        """Install a checked plan in one transaction (raises CatalogueChanged when another
        catalogue became current since it was checked). An unsigned file only when the user
        said so (``allow_unsigned``; else UserFacingError)."""
        from sote_navigator.services import catalogue_import

        installed = catalogue_import.apply_import(
            self.engine, plan, progress, allow_unsigned=allow_unsigned
        )
        after = plan.base_version if installed is None else installed
        return Changes.catalogue_version(plan.base_version, after)

    def rollback(self, version: int | None = None, progress: Progress | None = None) -> Changes:
        """Make an earlier catalogue version current again (the one before, by default)."""
        before = self._version()
        after = catalogue_history.rollback(self.engine, version, progress)
        return Changes.catalogue_version(before, after)

    # -- the placements ---------------------------------------------------------------------

    def history(self, follow_up_days: int = DEFAULT_FOLLOW_UP_DAYS) -> PlacementHistory:
        """The placement history with its follow-ups (referrals waiting longer than
        ``follow_up_days`` for a decision), read fresh from the database on each call."""
        return PlacementHistory(self.engine, follow_up_days, self.records)

    def export_placements(
        self, path: Path, delimiter: str = ",", progress: Progress | None = None
    ) -> ExportResult:
        """The placements as CSV at ``path`` and their counts beside it."""
        return export_csv(self.engine, path, delimiter, progress)

    def region_report(
        self, by: tuple[str, ...], progress: Progress | None = None
    ) -> region_report.RegionReport:
        """The placements counted by ``by`` (services.region_report.DIMENSIONS), with the days
        from referral to decision; no client reference or note."""
        return region_report.report(self.engine, by, progress)
