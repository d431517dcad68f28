"""Every catalogue that was installed, and going back to one of them exactly."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, select, update

from sote_navigator.core.catalogue import CatalogueInfo
from sote_navigator.core.errors import Problem, UserFacingError
from sote_navigator.core.progress import Progress
from sote_navigator.db import catalogue_store
from sote_navigator.db import models as m
from sote_navigator.db.engine import writing
from sote_navigator.services import catalogue_snapshots, region_rights
from sote_navigator.services.catalogue import _info


@dataclass(frozen=True)
class HistoryEntry:
    info: CatalogueInfo
    is_current: bool
    source_hash: str


def history(engine: Engine) -> list[HistoryEntry]:
    """Newest first. The snapshots stay in the database: only the facts are read."""
    columns = [c for c in m.CatalogueVersion.__table__.columns if c.name != "snapshot"]
    with engine.connect() as con:
        rows = con.execute(select(*columns).order_by(m.CatalogueVersion.id.desc())).all()
    return [HistoryEntry(_info(r), bool(r.is_current), r.source_hash) for r in rows]


def rollback(engine: Engine, version: int | None = None, progress: Progress | None = None) -> int:
    """Make an earlier version current again, exactly as it was. Returns its number.

    Without ``version``: the newest version before the current one. The catalogue tables
    and the search index are replaced from the version's snapshot in one transaction; no
    other table is touched, and no new version is recorded.
    """
    region_rights.require_catalogue_rights(engine)
    with writing(engine) as con:
        current = con.execute(
            select(m.CatalogueVersion.id).where(m.CatalogueVersion.is_current.is_(True))
        ).scalar()
        query = select(m.CatalogueVersion.id, m.CatalogueVersion.snapshot)
        if version is None:
            if current is None:
                raise UserFacingError(Problem.NO_EARLIER_CATALOGUE_VERSION)
            query = query.where(m.CatalogueVersion.id < current).order_by(
                m.CatalogueVersion.id.desc()
            )
        else:
            query = query.where(m.CatalogueVersion.id == version)
        target = con.execute(query.limit(1)).first()
        if target is None:
            if version is None:
                raise UserFacingError(Problem.NO_EARLIER_CATALOGUE_VERSION)
            raise UserFacingError(Problem.NO_SUCH_CATALOGUE_VERSION, {"version": str(version)})
        if target.id == current:
            return int(target.id)
        document = catalogue_snapshots.load(con, int(target.id), bytes(target.snapshot))
        catalogue_store.replace_catalogue(con, document, progress)
        if progress is not None:
            progress.check()
        con.execute(update(m.CatalogueVersion).values(is_current=False))
        con.execute(
            update(m.CatalogueVersion)
            .where(m.CatalogueVersion.id == target.id)
            .values(is_current=True)
        )
        return int(target.id)
