"""The installed catalogue: which one is current, installing one, exporting it."""

from __future__ import annotations

import datetime as dt
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select, update

from sote_navigator.core.catalogue import CatalogueInfo
from sote_navigator.core.errors import Problem, UserFacingError
from sote_navigator.core.progress import Progress
from sote_navigator.db import catalogue_changes, catalogue_store
from sote_navigator.db import models as m
from sote_navigator.db.catalogue_changes import Changes
from sote_navigator.db.engine import writing
from sote_navigator.exchange import native, reading
from sote_navigator.services import catalogue_snapshots

# The catalogue the application ships: data/default-catalogue.json (tools/build_default_catalogue).
DEFAULT_CATALOGUE_ID = "fi.sote-navigator.default"
# An import that changes more than this share of the catalogue's entities replaces every row
# at once: faster than row by row then, and it leaves the search index in one segment.
INCREMENTAL_SHARE = 0.25


def _info(row: m.CatalogueVersion | Any) -> CatalogueInfo:
    return CatalogueInfo(
        catalogue_id=row.catalogue_id,
        version=row.version,
        publisher=row.publisher,
        names=row.header.get("names", []),
        valid_from=row.valid_from,
        imported_at=row.imported_at,
        source_format=row.source_format,
        source_name=row.source_name,
        version_number=row.id,
        counts=row.counts,
    )


def current(engine: Engine) -> CatalogueInfo | None:
    with engine.connect() as con:
        row = current_row(con)
        return _info(row) if row else None


def current_row(con: Connection) -> Any:
    """The current catalogue version's row, without its snapshot (megabytes at national
    scale, and asked for only by rollback)."""
    columns = [c for c in m.CatalogueVersion.__table__.columns if c.name != "snapshot"]
    return con.execute(select(*columns).where(m.CatalogueVersion.is_current.is_(True))).first()


def install(
    con: Connection,
    document: dict[str, Any],
    *,
    source_hash: str,
    source_format: str,
    source_name: str,
    progress: Progress | None = None,
    changes: Changes | None = None,
) -> int:
    """Make ``document`` the current catalogue inside the caller's transaction.

    Returns the new catalogue version number. The caller commits, so that replacing the
    rows and recording the version happen together or not at all. ``changes``: what
    ``document`` changes in the current catalogue (the import's diff); when it is a small part
    of the catalogue, only those rows and search entries are written, and the version keeps
    only them (catalogue_snapshots).
    """
    base = current_row(con) if changes is not None else None
    if changes is not None and base is not None and _small(document, changes):
        catalogue_changes.apply_changes(con, document, changes, progress)
        base_depth = catalogue_snapshots.depth_of(con, base.id)
        if catalogue_snapshots.wants_delta(document, changes, base_depth):
            snapshot = catalogue_snapshots.delta(base.id, base_depth, document, changes)
        else:
            snapshot = catalogue_snapshots.full(document)
    else:
        # The snapshot is encoded while the database stores the rows (the driver lets go of
        # the GIL).
        with ThreadPoolExecutor(max_workers=1) as pool:
            packed = pool.submit(catalogue_snapshots.full, document)
            catalogue_store.replace_catalogue(con, document, progress)
            snapshot = packed.result()
    if progress is not None:
        progress.check()
    header = document.get("catalogue", {})
    valid_from = header.get("valid_from")
    con.execute(update(m.CatalogueVersion).values(is_current=False))
    result = con.execute(
        insert(m.CatalogueVersion).values(
            catalogue_id=str(header.get("id", "")),
            version=str(header.get("version", "")),
            publisher=str(header.get("publisher", "")),
            header=header,
            valid_from=dt.date.fromisoformat(valid_from) if valid_from else None,
            imported_at=dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0),
            source_hash=source_hash,
            source_format=source_format,
            source_name=source_name,
            counts=catalogue_store.counts(con),
            is_current=True,
            snapshot=snapshot,
        )
    )
    key = result.inserted_primary_key
    return int(key[0]) if key else 0


def _small(document: dict[str, Any], changes: Changes) -> bool:
    total = sum(len(document.get(kind) or ()) for kind in catalogue_snapshots.KINDS)
    return catalogue_changes.size(changes) <= INCREMENTAL_SHARE * max(total, 1)


def install_default_if_empty(engine: Engine, default_path: Path | None) -> bool:
    """Fill an empty database from the shipped default catalogue. True if it did."""
    with engine.connect() as con:
        if current_row(con) is not None:
            return False
    if default_path is None:
        raise UserFacingError(Problem.DEFAULT_CATALOGUE_MISSING)
    loaded = native.read(default_path)
    with writing(engine) as con:
        # Another process may have filled it while we read the file.
        if current_row(con) is not None:
            return False
        install(
            con,
            loaded.document,
            source_hash=loaded.source_hash,
            source_format="native",
            source_name=loaded.name,
        )
    return True


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version))


def update_default_if_newer(engine: Engine, default_path: Path | None) -> bool:
    """Bring a desk still on the shipped default catalogue up to the default this release
    ships, as a new catalogue version (rollback takes it back). True if it did.

    An application update thus brings its catalogue update; a catalogue the maintainer
    imported is never replaced, and a shipped default that was installed before (and since
    rolled back or replaced) is not installed again. Costs a hash of the file when there is
    nothing to do.
    """
    if default_path is None or not default_path.is_file():
        return False
    with engine.connect() as con:
        row = current_row(con)
        if row is None or row.catalogue_id != DEFAULT_CATALOGUE_ID:
            return False
        shipped_hash = reading.file_hash(default_path)
        seen = con.execute(
            select(func.count()).where(m.CatalogueVersion.source_hash == shipped_hash)
        ).scalar()
        if seen:
            return False
    loaded = native.read(default_path)
    header = loaded.document.get("catalogue", {})
    if header.get("id") != DEFAULT_CATALOGUE_ID or _version_key(
        str(header.get("version", ""))
    ) <= _version_key(row.version):
        return False
    with writing(engine) as con:
        now = current_row(con)
        if now is None or now.id != row.id:  # another process changed it meanwhile
            return False
        install(
            con,
            loaded.document,
            source_hash=loaded.source_hash,
            source_format="native",
            source_name=loaded.name,
        )
    return True


def export_document(engine: Engine) -> dict[str, Any]:
    with engine.connect() as con:
        row = current_row(con)
        header = dict(row.header) if row else {}
        return catalogue_store.dump_catalogue(con, header)
