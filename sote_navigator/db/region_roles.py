"""Least privilege on a region's PostgreSQL database: a catalogue maintainer and a desk role.

Two group roles (NOLOGIN); the operator makes each person's login role a member of one:

- ``sote_navigator_maintainer`` reads everything and changes the catalogue (import, roll
  back): every table that is not a placement record.
- ``sote_navigator_desk`` reads everything and inserts and updates placement records (the
  placements and their notes and status changes): nothing else.

The grant list is not written by hand. The record tables are every table of the SQLAlchemy
metadata that is not catalogue data (``models.CATALOGUE_TABLES`` and the catalogue versions),
so a table a later schema adds to the metadata is a record table or a catalogue table by the
same rule. Everything else in the schema (the catalogue, the search index, the schema version)
is the maintainer's. ``grant`` revokes the roles' table rights and grants them anew in one
transaction, so it can run any number of times; it also runs after every schema upgrade on
PostgreSQL when the roles exist (db.schema.ensure_current), and default privileges give both
roles SELECT on a table the owner creates later, before any grant has run.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine

from sote_navigator.db import models
from sote_navigator.db.models import Base

MAINTAINER = "sote_navigator_maintainer"
DESK = "sote_navigator_desk"
ROLES = (MAINTAINER, DESK)
# What each role may do on a table, by kind of table.
DESK_ON_RECORDS = "SELECT, INSERT, UPDATE"
MAINTAINER_ON_CATALOGUE = "SELECT, INSERT, UPDATE, DELETE"


def record_tables() -> list[str]:
    """The tables desks write: every table of the metadata that is not catalogue data."""
    catalogue = {str(t.__tablename__) for t in models.CATALOGUE_TABLES}
    catalogue.add(str(models.CatalogueVersion.__tablename__))
    return sorted(name for name in Base.metadata.tables if name not in catalogue)


def _public_tables(con: Connection) -> list[str]:
    rows = con.exec_driver_sql(
        "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = 'public' ORDER BY 1"
    )
    return [str(r[0]) for r in rows]


def _sequences_of(con: Connection, tables: list[str]) -> list[str]:
    """The sequences behind the tables' generated keys (SERIAL or IDENTITY columns)."""
    rows = con.exec_driver_sql(
        "SELECT DISTINCT s.relname FROM pg_catalog.pg_class s "
        "JOIN pg_catalog.pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass "
        "JOIN pg_catalog.pg_class t ON t.oid = d.refobjid "
        "JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace "
        "WHERE s.relkind = 'S' AND n.nspname = 'public' AND t.relname = ANY(%s) ORDER BY 1",
        (tables,),
    )
    return [str(r[0]) for r in rows]


def roles_exist(con: Connection) -> bool:
    found = con.exec_driver_sql(
        "SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = ANY(%s)", (list(ROLES),)
    ).scalar()
    return int(found or 0) == len(ROLES)


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def create_roles(con: Connection) -> list[str]:
    """Create the group roles that do not exist yet; returns those it created."""
    created = []
    for role in ROLES:
        exists = con.exec_driver_sql(
            "SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = %s", (role,)
        ).first()
        if exists is None:
            con.exec_driver_sql(f"CREATE ROLE {_ident(role)} NOLOGIN")
            created.append(role)
    return created


def grant(con: Connection) -> None:
    """The roles' rights on this database, derived anew (see the module's text)."""
    database = str(con.exec_driver_sql("SELECT current_database()").scalar())
    maintainer, desk = _ident(MAINTAINER), _ident(DESK)
    both = f"{maintainer}, {desk}"
    run = con.exec_driver_sql
    run(f"GRANT CONNECT, TEMPORARY ON DATABASE {_ident(database)} TO {both}")
    run(f"GRANT USAGE ON SCHEMA public TO {both}")
    run(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {both}")
    run(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {both}")
    run(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {both}")
    records = [t for t in record_tables() if t in set(_public_tables(con))]
    catalogue = [t for t in _public_tables(con) if t not in records]
    for table in records:
        run(f"GRANT {DESK_ON_RECORDS} ON TABLE {_ident(table)} TO {desk}")
    for sequence in _sequences_of(con, records):
        run(f"GRANT USAGE, SELECT ON SEQUENCE {_ident(sequence)} TO {desk}")
    for table in catalogue:
        run(f"GRANT {MAINTAINER_ON_CATALOGUE} ON TABLE {_ident(table)} TO {maintainer}")
    for sequence in _sequences_of(con, catalogue):
        run(f"GRANT USAGE, SELECT ON SEQUENCE {_ident(sequence)} TO {maintainer}")
    # A table the owner adds later (a schema upgrade) is readable before grant runs again.
    run(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {both}")


def create_login(con: Connection, login: str) -> bool:
    """Create the login role ``login`` (no password) unless it exists; True if it did."""
    exists = con.exec_driver_sql(
        "SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = %s", (login,)
    ).first()
    if exists is not None:
        return False
    con.exec_driver_sql(f"CREATE ROLE {_ident(login)} LOGIN")
    return True


def add_member(con: Connection, role: str, login: str) -> None:
    """Make the login role ``login`` a member of ``role`` (one of ROLES)."""
    assert role in ROLES
    con.exec_driver_sql(f"GRANT {_ident(role)} TO {_ident(login)}")


def may_change_catalogue(engine: Engine) -> bool:
    """Whether the connected user may import and roll back catalogues here (always on SQLite,
    where the file's owner is the only user)."""
    if engine.dialect.name != "postgresql":
        return True
    with engine.connect() as con:
        return bool(
            con.exec_driver_sql(
                "SELECT has_table_privilege(current_user, 'public.catalogue_version', 'INSERT')"
                " AND has_table_privilege(current_user, 'public.catalogue_version', 'UPDATE')"
                " AND has_table_privilege(current_user, 'public.offering', 'DELETE')"
            ).scalar()
        )


def user_name(engine: Engine) -> str:
    with engine.connect() as con:
        return str(con.exec_driver_sql("SELECT current_user").scalar())
