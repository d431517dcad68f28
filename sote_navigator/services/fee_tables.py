"""The published fee and voucher tables the application ships (data/fee-tables.json)."""

from __future__ import annotations

import functools
import json

from sote_navigator import paths
from sote_navigator.core.fees import FeeTable, load_tables

TABLES_NAME = "fee-tables.json"


@functools.cache
def tables() -> tuple[FeeTable, ...]:
    """Every table, read once; none when the file is missing (then every fee is "not known")."""
    path = paths.shipped_data(TABLES_NAME)
    if path is None:
        return ()
    return load_tables(json.loads(path.read_text(encoding="utf-8")))
