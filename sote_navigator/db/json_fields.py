"""One value out of a JSON column, read by the database engine (``json_extract`` on SQLite,
``#>>`` on PostgreSQL: SQLAlchemy's JSON path index writes each).

For reads of many rows that need a scalar or two of a JSON column: decoding the whole column
in Python for each row costs more than the rest of the row.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, func, type_coerce
from sqlalchemy.sql.elements import ColumnElement


def json_text(column: Any, path: str) -> ColumnElement[str | None]:
    """The text at ``path`` (``$.source.name``) of a JSON column, or NULL."""
    keys = tuple(path.removeprefix("$.").split("."))
    return type_coerce(column[keys].as_string(), String)


def json_nonempty_list(column: Any) -> ColumnElement[bool]:
    """Whether a JSON list column holds at least one item."""
    return func.coalesce(func.json_array_length(column), 0) > 0
