"""The placement snapshots that earlier versions wrote, as stored in tests/fixtures/schema-vN."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from tests.paths import FIXTURES


def stored_snapshots(schema_version: int) -> dict[int, Any]:
    """The snapshot column's JSON by placement id, read with sqlite3 alone (no application
    code between the file and the test)."""
    con = sqlite3.connect(FIXTURES / f"schema-v{schema_version}.sqlite")
    try:
        rows = con.execute("SELECT id, snapshot FROM placement ORDER BY id").fetchall()
    finally:
        con.close()
    return {int(pid): json.loads(text) for pid, text in rows}
