"""Lists of values bound to one statement (``IN (…)``), cut to what every engine accepts."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")

# SQLite binds at most 999 values to a statement (before 3.32): 900 leaves room for the rest.
MAX_BOUND_VALUES = 900


def in_batches(values: Sequence[T]) -> Iterator[list[T]]:
    """``values`` in consecutive lists short enough to bind in one ``IN (…)``."""
    for start in range(0, len(values), MAX_BOUND_VALUES):
        yield list(values[start : start + MAX_BOUND_VALUES])
