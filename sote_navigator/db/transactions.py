"""Transactions that take the write lock up front, so writers wait instead of failing."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine

_IMMEDIATE = "sote_navigator_begin_immediate"


def on_begin(conn: Connection) -> None:
    """SQLAlchemy "begin" hook: BEGIN IMMEDIATE when the connection asked for it."""
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.pop(_IMMEDIATE, False) else "BEGIN")


# What a writing transaction changes, for the write locks a server keeps apart: a placement
# saved at a desk need not wait for a maintainer's catalogue import (minutes on a region's
# database), as the two never touch the same tables. A schema upgrade takes both locks.
CATALOGUE = "catalogue"
RECORDS = "records"
SCHEMA = "schema"


@contextmanager
def writing(engine: Engine, scope: str = CATALOGUE) -> Iterator[Connection]:
    """A transaction that holds the database's write lock from its start to its commit.

    A deferred transaction that reads first and writes later fails at once with "database is
    locked" when another process wrote in between; this one waits for the busy timeout instead.
    ``scope``: on a server, the lock of what it changes (CATALOGUE, RECORDS, or SCHEMA for
    both); a SQLite file has one write lock for everything.
    """
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            from sote_navigator.db import postgresql

            conn.execution_options(**postgresql.writer_options())
            with conn.begin():
                postgresql.begin_writing(conn, scope)
                yield conn
            return
        conn.info[_IMMEDIATE] = True
        with conn.begin():
            yield conn
