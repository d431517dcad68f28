"""Opening the user's database, ready to answer: schema current, a catalogue installed."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from sote_navigator import paths
from sote_navigator.db.engine import is_read_only, open_database, translate_operational_error
from sote_navigator.db.location import Database, locate
from sote_navigator.services import catalogue


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
        if not installed and not is_read_only(engine):  # a read-only desk updates later
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
