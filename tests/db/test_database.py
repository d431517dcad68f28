"""The database file: created, versioned, and refused with one sentence when it is wrong."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from sote_navigator.core.errors import Problem, UserFacingError
from sote_navigator.db import schema
from sote_navigator.db.engine import integrity_ok, open_database


def test_new_database_is_wal_with_foreign_keys_and_versioned(tmp_path: Path) -> None:
    engine = open_database(tmp_path / "new.sqlite")
    with engine.connect() as con:
        assert con.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert con.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert con.exec_driver_sql("PRAGMA user_version").scalar() == schema.SCHEMA_VERSION
    assert integrity_ok(engine)
    engine.dispose()


def test_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE future (x)")
    con.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 5}")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(UserFacingError) as caught:
        open_database(path)
    assert caught.value.problem is Problem.DATABASE_NEWER
    assert path.read_bytes() == before


@pytest.mark.parametrize("content", [b"hello, I am a text file\n" * 10, os.urandom(4096)])
def test_a_file_that_is_not_a_database(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "not.sqlite"
    path.write_bytes(content)
    with pytest.raises(UserFacingError) as caught:
        open_database(path)
    assert caught.value.problem is Problem.NOT_A_DATABASE
    assert path.read_bytes() == content


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(UserFacingError) as caught:
        open_database(tmp_path)
    assert caught.value.problem is Problem.NOT_A_DATABASE
