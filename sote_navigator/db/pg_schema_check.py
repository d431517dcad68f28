"""The schema trust check on PostgreSQL (db.schema_check does it for SQLite files).

A region's database is shared: a trigger, a rule or a view someone added to it would run
inside every desk's save. The schema this version expects is made the way a new database is
made (schema.create_current and the version table), in the connection's own temporary schema,
inside a transaction that is rolled back: nothing is left behind, and a desk needs no right
beyond TEMPORARY. Both are read back from the system catalogues and compared, object by
object: tables by their columns (name, type, NOT NULL) and constraints (primary, unique and
foreign keys, checks), indexes by their definition. A trigger, a rule, a row-level policy, a
view, a foreign table or any other table is never ours. Grants are not compared: roles and
their rights are the operator's (db.region_roles).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection

from sote_navigator.db.schema_check import Difference, SchemaDifference

Description = tuple[Any, ...]


def _strip(definition: str, schema: str) -> str:
    """A definition without schema names (the temporary schema is also named pg_temp)."""
    for name in (schema, "pg_temp", "public"):
        definition = re.sub(rf'(?<![\w"]){re.escape(name)}\.', "", definition)
    return " ".join(definition.split())


def _describe(con: Connection, schema: str) -> dict[tuple[str, str], Description]:
    run = con.exec_driver_sql
    found: dict[tuple[str, str], Description] = {}
    relations = run(
        "SELECT c.oid, c.relname, c.relkind FROM pg_catalog.pg_class c "
        "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = %s AND c.relkind IN ('r', 'p', 'v', 'm', 'f')",
        (schema,),
    ).fetchall()
    for oid, name, kind in relations:
        name = str(name)
        if kind in ("v", "m"):
            found[("view", name)] = ("view",)
            continue
        columns = frozenset(
            (str(column), str(kind_of), bool(not_null))
            for column, kind_of, not_null in run(
                "SELECT attname, pg_catalog.format_type(atttypid, atttypmod), attnotnull "
                "FROM pg_catalog.pg_attribute WHERE attrelid = %s AND attnum > 0 "
                "AND NOT attisdropped",
                (oid,),
            )
        )
        constraints = frozenset(
            (str(c), _strip(str(d), schema))
            for c, d in run(
                "SELECT conname, pg_catalog.pg_get_constraintdef(oid) "
                "FROM pg_catalog.pg_constraint WHERE conrelid = %s",
                (oid,),
            )
        )
        found[("table", name)] = ("foreign table" if kind == "f" else "table", columns, constraints)
        for index, definition in run(
            "SELECT i.relname, pg_catalog.pg_get_indexdef(x.indexrelid) "
            "FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid "
            "WHERE x.indrelid = %s",
            (oid,),
        ):
            found[("index", str(index))] = ("index", _strip(str(definition), schema))
        for (trigger,) in run(
            "SELECT tgname FROM pg_catalog.pg_trigger WHERE tgrelid = %s AND NOT tgisinternal",
            (oid,),
        ):
            found[("trigger", str(trigger))] = ("trigger", name)
        for (policy,) in run(
            "SELECT polname FROM pg_catalog.pg_policy WHERE polrelid = %s", (oid,)
        ):
            found[("policy", str(policy))] = ("policy", name)
    for (rule,) in run("SELECT rulename FROM pg_catalog.pg_rules WHERE schemaname = %s", (schema,)):
        found[("rule", str(rule))] = ("rule",)
    return found


def _expected(con: Connection) -> dict[tuple[str, str], Description]:
    """The schema a new database gets, made in this connection's temporary schema and rolled
    back (a savepoint inside the caller's transaction)."""
    from sote_navigator.db import postgresql, search_index
    from sote_navigator.db.models import Base

    with con.begin_nested() as made:
        path = con.exec_driver_sql("SHOW search_path").scalar()
        con.exec_driver_sql("SET LOCAL search_path = pg_temp, public")
        # Created unqualified, the tables go to the first schema on the path: pg_temp.
        Base.metadata.create_all(con, checkfirst=False)
        search_index.create(con)
        postgresql.set_version(con, 0)
        temporary = str(
            con.exec_driver_sql(
                "SELECT nspname FROM pg_catalog.pg_namespace "
                "WHERE oid = pg_catalog.pg_my_temp_schema()"
            ).scalar()
        )
        described = _describe(con, temporary)
        made.rollback()
    con.exec_driver_sql(f"SET search_path = {path}")
    return described


def differences(con: Connection) -> list[SchemaDifference]:
    """How the public schema of the database open on ``con`` differs from ours; [] when it
    does not. Runs in (and leaves nothing in) the caller's transaction."""
    ours = _expected(con)
    theirs = _describe(con, "public")
    found: list[SchemaDifference] = []
    for (kind, name), description in sorted(theirs.items()):
        if (kind, name) not in ours:
            found.append(SchemaDifference(Difference.FOREIGN, kind, name))
        elif ours[(kind, name)] != description:
            found.append(SchemaDifference(Difference.CHANGED, kind, name))
    for kind, name in sorted(ours):
        if (kind, name) not in theirs:
            found.append(SchemaDifference(Difference.MISSING, kind, name))
    order = {"trigger": 0, "rule": 0, "policy": 0, "view": 1, "table": 2, "index": 3}
    return sorted(found, key=lambda d: (order.get(d.object_type, 4), d.kind != "foreign"))
