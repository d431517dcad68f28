"""Full-text search over names in every catalogue language (SQLite FTS5).

Two indexes over the same rows: a word index (unicode61, diacritics folded) answered with
prefix queries on stemmed words, so that an inflected Finnish or Swedish word finds its base
form and back; and a trigram index over folded text that finds a word inside a compound
("hoitola" in "hammashoitola"). Everything SQLite-specific about search lives here.

The word index also holds, in its ``scope`` column, which regional units and filters each
entity serves (see search_scope); a narrowed search ANDs the words with a scope expression.
Each kind of entity has its own band of rowids (services from 1,000,000, ...), the same in
both tables: asking for services only is a rowid range, which FTS5 seeks to instead of
scoring every location that shares the word. An UNINDEXED ``display`` column holds what a hit
shows (names, a context line, the example flag), so that a search reads no other table.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, text

from sote_navigator.core.normalize import fold
from sote_navigator.core.stemming import search_stems
from sote_navigator.core.vocabulary import EntityKind

WORDS_TABLE = "search_words"
TRIGRAM_TABLE = "search_trigrams"
TEXT_COLUMNS = "{names keywords other}"
# bm25 weights by column: kind, ref_id, display, names, keywords, other, scope.
WEIGHTS = "0, 0, 0, 10.0, 4.0, 1.0, 0"
# A single letter is matched as a whole word, not as a prefix: as a prefix it matches a large
# part of the catalogue, is slow, and tells the counsellor nothing.
MIN_PREFIX = 2
# Words shorter than this are not looked for inside compound words: "ham" occurs inside too
# many words to help, and the trigram scan for it is slow.
MIN_INNER = 4
# Words are looked for inside compound words only when whole-word matching found fewer
# hits than this: "neuvola" then also finds "lastenneuvola", while "hammashoito", which
# already matches plenty, does not pay for a second search on every keystroke.
INNER_IF_FEWER = 8
# Above this many matches, hits come in index order instead of being ranked.
RANK_AT_MOST = 1000
BAND = 1_000_000
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


@dataclass(frozen=True)
class Hit:
    kind: str
    ref_id: str
    score: float
    display: str = ""


def create(con: Connection) -> None:
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
    con.execute(text(f"DROP TABLE IF EXISTS {WORDS_TABLE}"))
    con.execute(text(f"DROP TABLE IF EXISTS {TRIGRAM_TABLE}"))


def optimize(con: Connection) -> None:
    """Merge the word index into one segment, so that a prefix or scope term is one posting
    list instead of one per segment: narrowed searches run about twice as fast for a quarter
    of a second at import. The trigram index, asked only when words find little, is left to
    FTS5's own merging."""
    con.execute(text(f"INSERT INTO {WORDS_TABLE}({WORDS_TABLE}) VALUES ('optimize')"))


def clear(con: Connection) -> None:
    con.execute(text(f"DELETE FROM {WORDS_TABLE}"))
    con.execute(text(f"DELETE FROM {TRIGRAM_TABLE}"))


def _band(kind: str) -> int:
    return KIND_BANDS[EntityKind(kind)] * BAND


def _next_rowids(con: Connection) -> dict[str, int]:
    found: dict[str, int] = {}
    for kind in KIND_BANDS:
        low = _band(kind)
        last = con.execute(
            text(f"SELECT max(rowid) FROM {WORDS_TABLE} WHERE rowid BETWEEN :lo AND :hi"),
            {"lo": low, "hi": low + BAND - 1},
        ).scalar()
        found[kind] = int(last) + 1 if last is not None else low + 1
    return found


def add(con: Connection, entries: Iterable[IndexEntry]) -> None:
    # Tuples straight to the driver's executemany: a national catalogue has 40,000 entries.
    next_rowid = _next_rowids(con)
    words, trigrams = [], []
    for e in entries:
        rowid = next_rowid[e.kind]
        next_rowid[e.kind] += 1
        words.append((rowid, e.kind, e.ref_id, e.display, e.names, e.keywords, e.other, e.scope))
        trigrams.append((rowid, e.kind, e.ref_id, fold(e.names), fold(e.keywords)))
    if not words:
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


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def word_query(words: Sequence[str]) -> str:
    """An FTS5 match expression: every word must match one of its stems as a prefix."""
    groups = []
    for word in words:
        if len(word) < MIN_PREFIX:
            groups.append(_quote(word))
            continue
        stems = search_stems(word)
        # The word itself as a whole token too: a record holding exactly the typed word
        # matches twice and so ranks above one that only shares its stem.
        exact = [_quote(word)] if word not in stems else []
        groups.append("(" + " OR ".join(exact + [f"{_quote(s)}*" for s in stems]) + ")")
    return f"{TEXT_COLUMNS} : (" + " AND ".join(groups) + ")"


def _rowid_range(kinds: Sequence[str] | None, column: str, params: dict[str, object]) -> str:
    """A condition keeping the rows of these kinds: one range when their bands are adjacent."""
    if not kinds:
        return ""
    bands = sorted({KIND_BANDS[EntityKind(k)] for k in kinds})
    ranges = []
    start = previous = bands[0]
    for band in [*bands[1:], None]:
        if band is not None and band == previous + 1:
            previous = band
            continue
        ranges.append((start, previous))
        if band is not None:
            start = previous = band
    conditions = []
    for i, (first, last) in enumerate(ranges):
        params[f"lo{i}"], params[f"hi{i}"] = first * BAND, (last + 1) * BAND - 1
        conditions.append(f"{column} BETWEEN :lo{i} AND :hi{i}")
    return " AND (" + " OR ".join(conditions) + ")"


def search(
    con: Connection,
    words: Sequence[str],
    limit: int = 50,
    kinds: Sequence[str] | None = None,
    scope: str | None = None,
    *,
    bounded: bool = False,
) -> list[Hit]:
    """Hits best first: word-index matches ranked by bm25, then compound-inner matches.

    Runs on every keystroke: the SQL goes straight to the driver (no statement objects).

    ``scope`` is an expression over the scope column (search_scope.match_expression) that
    every hit must also match. ``bounded`` says the scope is small (one regional unit), so
    every match can be ranked without counting them first.
    """
    words = [w for w in words if w]
    if not words:
        return []
    params: dict[str, object] = {"limit": limit, "rank_at_most": RANK_AT_MOST}
    params["q"] = word_query(words) + (f" AND scope : {scope}" if scope else "")
    kind_range = _rowid_range(kinds, "rowid", params)
    matching = f"FROM {WORDS_TABLE} WHERE {WORDS_TABLE} MATCH :q{kind_range}"
    many = 0
    if not bounded:
        many = con.exec_driver_sql(
            f"SELECT count(*) FROM (SELECT 1 {matching} LIMIT :rank_at_most + 1)", params
        ).scalar_one()
    if many > RANK_AT_MOST:
        # A word of two or three letters matching thousands of records: ranking them all
        # would take longer than typing the next letter, and tell nothing. Index order.
        ranking, order = "0", ""
    else:
        ranking, order = f"bm25({WORDS_TABLE}, {WEIGHTS})", " ORDER BY score"
    found = con.exec_driver_sql(
        f"SELECT kind, ref_id, display, {ranking} AS score {matching}{order} LIMIT :limit",
        params,
    ).all()
    hits = [Hit(r.kind, r.ref_id, float(r.score), r.display) for r in found]
    if len(hits) < INNER_IF_FEWER and all(len(w) >= MIN_INNER for w in words):
        hits.extend(
            _inner_hits(con, words, limit, kinds, scope, {(h.kind, h.ref_id) for h in hits})
        )
    return hits[:limit]


def _inner_hits(
    con: Connection,
    words: Sequence[str],
    limit: int,
    kinds: Sequence[str] | None,
    scope: str | None,
    seen: set[tuple[str, str]],
) -> list[Hit]:
    params: dict[str, object] = {"limit": limit, "q": " AND ".join(_quote(w) for w in words)}
    narrow = _rowid_range(kinds, "t.rowid", params)
    if scope:
        # The unary plus keeps SQLite from driving the trigram table by rowid, which would
        # run its MATCH once per row of the scope.
        params["scope"] = f"scope : {scope}"
        in_range = _rowid_range(kinds, "rowid", params)
        narrow += (
            f" AND +t.rowid IN (SELECT rowid FROM {WORDS_TABLE} "
            f"WHERE {WORDS_TABLE} MATCH :scope{in_range})"
        )
    inner = con.exec_driver_sql(
        f"SELECT w.kind, w.ref_id, w.display FROM {TRIGRAM_TABLE} AS t "
        f"JOIN {WORDS_TABLE} AS w ON w.rowid = t.rowid "
        f"WHERE t.{TRIGRAM_TABLE} MATCH :q{narrow} LIMIT :limit",
        params,
    ).all()
    # Whole-word matches stay ahead of matches inside a compound word. These are not ranked
    # among themselves (ranking would score every row holding the letters): they come in
    # index order, which puts services before providers and locations.
    return [
        Hit(r.kind, r.ref_id, 1000.0, r.display) for r in inner if (r.kind, r.ref_id) not in seen
    ]


def in_scope(con: Connection, kind: str, scope: str) -> set[str]:
    """The ids of every entity of ``kind`` whose scope matches the expression."""
    params: dict[str, object] = {"q": f"scope : {scope}"}
    kind_range = _rowid_range([kind], "rowid", params)
    rows = con.exec_driver_sql(
        f"SELECT ref_id FROM {WORDS_TABLE} WHERE {WORDS_TABLE} MATCH :q{kind_range}", params
    )
    return {str(r.ref_id) for r in rows}
