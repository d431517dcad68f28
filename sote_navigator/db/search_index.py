"""Full-text search over names in every catalogue language (SQLite FTS5).

Two indexes over the same rows: a word index (unicode61, diacritics folded) answered with
prefix queries on stemmed words, so that an inflected Finnish or Swedish word finds its base
form and back; and a trigram index over folded text that finds a word inside a compound
("hoitola" in "hammashoitola"). Everything SQLite-specific about search lives here and in
db.search_candidates (what a search reads); db.pg_search is the same index on PostgreSQL.

The word index also holds, in its ``scope`` column, which regional units and filters each
entity serves (see search_scope); a narrowed search ANDs the words with a scope expression.
Each kind of entity has its own band of rowids (services from 1,000,000, ...), the same in
both tables: asking for services only is a rowid range, which FTS5 seeks to instead of
scoring every location that shares the word. An UNINDEXED ``display`` column holds what a hit
shows (names, a context line, the example flag), so that a search reads no other table.

Within each band, rows are in the order the import gave them: shortest name first, which
is the order in which db.search_candidates reads a broad word's matches. A full import leaves
room between neighbouring rowids, so that a later import that changes a few entities
rewrites only their rows, each at its place in that order (db.search_update).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from sote_navigator.core.normalize import fold
from sote_navigator.core.vocabulary import EntityKind
from sote_navigator.db import pg_search

WORDS_TABLE = "search_words"
TRIGRAM_TABLE = "search_trigrams"
BAND = 1_000_000
# At most this far apart are the rowids of one kind after a full import (see spacing).
SPACING = 16
# Bands in this order, so that services, providers and locations together are one range.
KIND_BANDS = {
    EntityKind.MUNICIPALITY: 0,
    EntityKind.SERVICE: 1,
    EntityKind.PROVIDER: 2,
    EntityKind.LOCATION: 3,
}


@dataclass(frozen=True)
class IndexEntry:
    kind: str
    ref_id: str
    names: str
    keywords: str
    other: str
    scope: str = ""
    display: str = ""


def on_postgresql(con: Connection) -> bool:
    return con.dialect.name == "postgresql"


def create(con: Connection) -> None:
    if on_postgresql(con):
        pg_search.create(con)
        return
    con.execute(
        text(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {WORDS_TABLE} USING fts5("
            "kind UNINDEXED, ref_id UNINDEXED, display UNINDEXED, names, keywords, other, scope, "
            "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 6')"
        )
    )
    con.execute(
        text(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {TRIGRAM_TABLE} USING fts5("
            "kind UNINDEXED, ref_id UNINDEXED, names, keywords, tokenize = 'trigram')"
        )
    )


def drop(con: Connection) -> None:
    if on_postgresql(con):
        pg_search.drop(con)
        return
    con.execute(text(f"DROP TABLE IF EXISTS {WORDS_TABLE}"))
    con.execute(text(f"DROP TABLE IF EXISTS {TRIGRAM_TABLE}"))


def optimize(con: Connection) -> None:
    """Merge the word index into one segment, so that a prefix or scope term is one posting
    list instead of one per segment: narrowed searches run about twice as fast for a quarter
    of a second at import. The trigram index, asked only when words find little, is left to
    FTS5's own merging."""
    if on_postgresql(con):
        pg_search.optimize(con)
        return
    con.execute(text(f"INSERT INTO {WORDS_TABLE}({WORDS_TABLE}) VALUES ('optimize')"))


def clear(con: Connection) -> None:
    if on_postgresql(con):
        pg_search.clear(con)
        return
    con.execute(text(f"DELETE FROM {WORDS_TABLE}"))
    con.execute(text(f"DELETE FROM {TRIGRAM_TABLE}"))


def band_of(kind: str) -> int:
    return KIND_BANDS[EntityKind(kind)] * BAND


def spacing(count: int) -> int:
    """The step between the rowids of ``count`` entries of one kind at a full import: room
    between neighbours, so that a later import can place a new or renamed entity at its
    place in the band without renumbering the others (search_update)."""
    return max(1, min(SPACING, (BAND - 1) // (count + 1)))


def _next_rowids(con: Connection, steps: Mapping[str, int]) -> dict[str, int]:
    found: dict[str, int] = {}
    for kind in KIND_BANDS:
        low = band_of(kind)
        step = steps.get(kind, 1)
        if on_postgresql(con):
            last_pg = pg_search.last_rowid(con, low, low + BAND - 1)
            found[kind] = last_pg + step if last_pg is not None else low + step
            continue
        last = con.execute(
            text(f"SELECT max(rowid) FROM {WORDS_TABLE} WHERE rowid BETWEEN :lo AND :hi"),
            {"lo": low, "hi": low + BAND - 1},
        ).scalar()
        found[kind] = int(last) + step if last is not None else low + step
    return found


def add(
    con: Connection, entries: Iterable[IndexEntry], steps: Mapping[str, int] | None = None
) -> None:
    """Append ``entries`` to their bands, ``steps[kind]`` apart (1 when not given)."""
    steps = steps or {}
    next_rowid = _next_rowids(con, steps)
    placed = []
    for e in entries:
        placed.append((next_rowid[e.kind], e))
        next_rowid[e.kind] += steps.get(e.kind, 1)
    add_at(con, placed)


def add_at(con: Connection, placed: Iterable[tuple[int, IndexEntry]]) -> None:
    """Store each entry at its given rowid."""
    # Tuples straight to the driver's executemany: a national catalogue has 40,000 entries.
    words, trigrams = [], []
    for rowid, e in placed:
        words.append((rowid, e.kind, e.ref_id, e.display, e.names, e.keywords, e.other, e.scope))
        trigrams.append((rowid, e.kind, e.ref_id, fold(e.names), fold(e.keywords)))
    if not words:
        return
    if on_postgresql(con):
        pg_search.add(con, words)
        return
    con.exec_driver_sql(
        f"INSERT INTO {WORDS_TABLE} (rowid, kind, ref_id, display, names, keywords, other, scope) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        words,
    )
    con.exec_driver_sql(
        f"INSERT INTO {TRIGRAM_TABLE} (rowid, kind, ref_id, names, keywords) "
        "VALUES (?, ?, ?, ?, ?)",
        trigrams,
    )


def band_entries(con: Connection, kind: str) -> list[tuple[int, IndexEntry]]:
    """Every entry stored in the band of ``kind``, in rowid order."""
    low = band_of(kind)
    if on_postgresql(con):
        rows: Iterable[Sequence[Any]] = pg_search.band_rows(con, low, low + BAND - 1)
    else:
        rows = con.exec_driver_sql(
            f"SELECT rowid, kind, ref_id, names, keywords, other, scope, display "
            f"FROM {WORDS_TABLE} WHERE rowid BETWEEN ? AND ? ORDER BY rowid",
            (low, low + BAND - 1),
        )
    return [(int(r[0]), IndexEntry(*r[1:])) for r in rows]


def remove(con: Connection, rowids: Sequence[int]) -> None:
    """Remove the entries at these rowids from both indexes."""
    if not rowids:
        return
    if on_postgresql(con):
        pg_search.remove(con, rowids)
        return
    params = [(r,) for r in rowids]
    con.exec_driver_sql(f"DELETE FROM {WORDS_TABLE} WHERE rowid = ?", params)
    con.exec_driver_sql(f"DELETE FROM {TRIGRAM_TABLE} WHERE rowid = ?", params)


def quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def band_ranges(bands: Sequence[int]) -> list[tuple[int, int]]:
    """The rowid ranges of these bands: one range for adjacent bands."""
    if not bands:
        return []
    ordered = sorted(set(bands))
    ranges = []
    start = previous = ordered[0]
    for band in [*ordered[1:], None]:
        if band is not None and band == previous + BAND:
            previous = band
            continue
        ranges.append((start, previous + BAND - 1))
        if band is not None:
            start = previous = band
    return ranges


def bands_condition(bands: Sequence[int], column: str, params: dict[str, object]) -> str:
    """A condition keeping the rows of these bands: one range when they are adjacent."""
    ranges = band_ranges(bands)
    if not ranges:
        return ""
    conditions = []
    for i, (first, last) in enumerate(ranges):
        params[f"lo{i}"], params[f"hi{i}"] = first, last
        conditions.append(f"{column} BETWEEN :lo{i} AND :hi{i}")
    return " AND (" + " OR ".join(conditions) + ")"


def in_scope(con: Connection, kind: str, scope: str) -> set[str]:
    """The ids of every entity of ``kind`` whose scope matches the expression."""
    if on_postgresql(con):
        low = band_of(kind)
        return {ref for _, ref in pg_search.rows_in_scope(con, None, scope, (low, low + BAND - 1))}
    params: dict[str, object] = {"q": f"scope : {scope}"}
    kind_range = bands_condition([band_of(kind)], "rowid", params)
    rows = con.exec_driver_sql(
        f"SELECT ref_id FROM {WORDS_TABLE} WHERE {WORDS_TABLE} MATCH :q{kind_range}", params
    )
    return {str(r.ref_id) for r in rows}
