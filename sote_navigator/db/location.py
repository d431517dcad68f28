"""Where the database is: a file (SQLite) or a database server named by a SQLAlchemy URL.

``--db``, the ``database/location`` setting and ``open_workspace`` all take either form: a
path (as always: a file, created if missing) or a URL such as ``sqlite:///FILE``. Cheap to
import (no SQLAlchemy): the window names its database before the database layer loads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sote_navigator import paths
from sote_navigator.core.errors import Problem, UserFacingError

# The file in the data folder when neither --db nor the setting names a database.
DEFAULT_FILE_NAME = "sote-navigator.sqlite"

# "scheme://", as SQLAlchemy URLs begin; a Windows path ("C:\\…") never does.
_URL = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.\-]*)://(?P<rest>.*)$", re.DOTALL)
_FILE_SCHEMES = ("sqlite", "sqlite+pysqlite")
# The URLs a message offers when one cannot be opened.
URL_FORMS = "sqlite:///FILE, postgresql://USER@HOST/NAME"


def unsupported(shown: str) -> UserFacingError:
    """The sentence for a database this application cannot open."""
    return UserFacingError(Problem.DATABASE_UNSUPPORTED, {"path": shown, "forms": URL_FORMS})


@dataclass(frozen=True)
class Database:
    """A database as the user named it: ``file`` for a database file, else ``url``."""

    file: Path | None
    url: str | None = None

    @property
    def shown(self) -> str:
        """How messages name it: the path as given, or the URL without its password."""
        if self.file is not None:
            return str(self.file)
        assert self.url is not None
        return _masked(self.url)

    @property
    def scheme(self) -> str:
        """The URL scheme ("postgresql+psycopg"), or "sqlite" for a file."""
        if self.file is not None or self.url is None:
            return "sqlite"
        found = _URL.match(self.url)
        return found.group("scheme").lower() if found else ""

    def absolute(self) -> Database:
        """The same database, a file named by its absolute path."""
        if self.file is None:
            return self
        return Database(self.file.expanduser().absolute())

    def __str__(self) -> str:
        return self.shown


def default() -> Database:
    return Database(paths.data_dir() / DEFAULT_FILE_NAME)


def locate(value: str | Path | Database | None) -> Database:
    """The database ``value`` names; None or "" is the default file in the data folder.

    Raises UserFacingError when ``value`` is a URL this application cannot open."""
    if isinstance(value, Database):
        return value
    if value is None or value == "":
        return default()
    if isinstance(value, Path):
        return Database(value)
    found = _URL.match(value)
    if found is None:
        return Database(Path(value))
    scheme = found.group("scheme").lower()
    if scheme in _FILE_SCHEMES:
        rest = found.group("rest")
        # sqlite:///relative.sqlite and sqlite:////absolute.sqlite, as SQLAlchemy reads them.
        if rest.startswith("/") and len(rest) > 1 and "?" not in rest:
            return Database(Path(rest[1:]))
        raise unsupported(_masked(value))
    try:
        from sqlalchemy.engine import make_url

        make_url(value)
    except Exception as exc:  # ArgumentError, ValueError: not a URL SQLAlchemy can read
        raise unsupported(_masked(value)) from exc
    return Database(None, value)


def locate_given(value: str | None) -> Database:
    """``locate`` for a database the user named (``--db``, the setting): a URL holding a
    password is refused. A command line is kept in the shell's history and shown to every user
    of the machine by ``ps``, and a settings file is copied around: the password belongs in
    PGPASSWORD or the password file (~/.pgpass, PGPASSFILE), where libpq finds it."""
    where = locate(value)
    # Another engine's URL is refused as such when opened (its password masked).
    if where.url is not None and where.scheme.startswith("postgresql"):
        from sqlalchemy.engine import make_url

        if make_url(where.url).password is not None:
            raise UserFacingError(Problem.PASSWORD_IN_URL, {"path": where.shown})
    return where


def _masked(url: str) -> str:
    """``url`` with any password replaced by ***, for a message about a URL we cannot read."""
    return re.sub(r"(//[^/@:]*):[^/@]*@", r"\1:***@", url)
