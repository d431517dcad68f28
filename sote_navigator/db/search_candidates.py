"""Reading a bounded set of search candidates from the index (db.search_index) on every
keystroke; core.search_rank puts them best first.

No query here scores or counts every match: bm25 would, and a broad word ("terveys",
"hälsa", "palvelu") matches thousands of records at national scale. Matches are read in
rowid order instead, which within each kind is shortest name first, a few at a time, from
the kind of match most likely to be best, so that the best hits of every kind are among
those read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from sqlalchemy import Connection

from sote_navigator.core.vocabulary import EntityKind
from sote_navigator.db import pg_search
from sote_navigator.db.search_index import (
    BAND,
    KIND_BANDS,
    TRIGRAM_TABLE,
    WORDS_TABLE,
    band_of,
    band_ranges,
    bands_condition,
    on_postgresql,
    quote,
)

TEXT_COLUMNS = "{names keywords other}"
NAMES_COLUMN = 3  # kind, ref_id, display, names, keywords, other, scope
MARK = "\x01"  # where highlight() marks a match in the names
# A single letter is matched as a whole word, not as a prefix: as a prefix it matches a large
# part of the catalogue, is slow, and tells the counsellor nothing.
MIN_PREFIX = 2
# Words shorter than this are not looked for inside compound words: "ham" occurs inside too
# many words to help, and the trigram scan for it is slow.
MIN_INNER = 4
# In a narrowed search, this many of a word's matches inside compound words are tried
# against the scope (see _read_inner), all of them when whole words found fewer than FEW.
INNER_EXAMINED = 200
FEW = 8
SERVICES = KIND_BANDS[EntityKind.SERVICE] * BAND


class Hit(NamedTuple):
    kind: str
    ref_id: str
    display: str = ""
    keywords: str = ""


def word_terms(forms: Sequence[Sequence[str]], *, first_at_start: bool = False) -> str:
    """An FTS5 expression (for a column filter): every typed word matches one of its forms
    (core.search_rank.lookups: the word and its stems) as a prefix; a word of one letter
    matches only as a whole word. ``first_at_start``: the first word only as the column's
    first word (which, in the names column, is the first word of the first name)."""
    groups = []
    for i, word_forms in enumerate(forms):
        start = "^" if first_at_start and i == 0 else ""
        if len(word_forms[0]) < MIN_PREFIX:
            groups.append(start + quote(word_forms[0]))
        else:
            groups.append("(" + " OR ".join(f"{start}{quote(f)}*" for f in word_forms) + ")")
    return " AND ".join(groups)


def candidates(
    con: Connection,
    forms: Sequence[Sequence[str]],
    limit: int = 50,
    kinds: Sequence[str] | None = None,
    scope: str | None = None,
) -> list[Hit]:
    """A bounded set of hits holding the best ``limit`` of every match, for core.search_rank
    to order (unordered here).

    Runs on every keystroke: the SQL goes straight to the driver, and no query scores or
    counts every match (bm25 would: a broad word matches thousands of records nationally).
    Matches are read in rowid order instead, shortest name first, at most ``limit`` a query:
    first over all the kinds asked for. When that fills the list, each kind is read on its
    own, and also by name alone when its first matches include keyword or address matches,
    and also by names starting with the first word when its first name matches do not all
    start so (a long name starting with the word would otherwise be crowded out by shorter
    ones holding it later). Matches inside compound words are read while the list is not
    full, and for services while their own list is not (services come first).

    ``forms`` holds each typed word (folded) with its stems, as core.search_rank.lookups
    gives them. ``scope`` is an expression over the scope column
    (search_scope.match_expression) that every hit must also match.
    """
    forms = [f for f in forms if f and f[0]]
    if not forms:
        return []
    words = [f[0] for f in forms]
    in_names = _Match(f"{{names}} : ({word_terms(forms)})", "names_v", None)
    starting = _Match(
        f"{{names}} : ({word_terms(forms, first_at_start=True)})", "names_v", forms[0]
    )
    anywhere = _Match(f"{TEXT_COLUMNS} : ({word_terms(forms)})", "text_v", None)
    if scope:
        in_names, starting, anywhere = (
            q._replace(fts=f"{q.fts} AND scope : {scope}") for q in (in_names, starting, anywhere)
        )
    # Straight to the driver's connection: SQLAlchemy's result objects cost more than a
    # query that stops after a few rows. (Reads only; each statement sees a committed state.)
    raw = _Raw(con.connection.driver_connection, on_postgresql(con), forms, scope)
    found: dict[int, Hit] = {}
    group = sorted({band_of(k) for k in kinds or KIND_BANDS})
    # Not full: every match is in hand. Full: each kind may have better names further on,
    # unless those read already all match by name (and all start with the word).
    first = _read(raw, anywhere, group, limit, found)
    if len(first) == limit:
        for band in group:
            if band == group[0]:
                read = [m for m in first if band <= m.rowid < band + BAND]
            else:
                read = _read(raw, anywhere, [band], limit, found)
            if len(read) == limit and not all(m.by_name for m in read):
                read = _read(raw, in_names, [band], limit, found)
            if len(read) == limit and not all(m.at_start for m in read):
                _read(raw, starting, [band], limit, found)
    if all(len(w) >= MIN_INNER for w in words):
        if len(found) < limit:
            _read_inner(raw, words, limit, group, scope, found, len(found) < FEW)
        elif SERVICES in group and (services := _count(found, SERVICES)) < limit:
            # A service named by the word inside a compound ("kotihoito" for "hoito") comes
            # before the locations that fill the list.
            _read_inner(raw, words, limit, [SERVICES], scope, found, services < FEW)
    return list(found.values())


def _count(found: dict[int, Hit], band: int) -> int:
    return sum(1 for rowid in found if band <= rowid < band + BAND)


class _Read(NamedTuple):
    rowid: int
    by_name: bool  # the names matched
    at_start: bool  # the names' first word matched


class _Match(NamedTuple):
    """One kind of match: as an FTS5 expression, and as db.pg_search reads it."""

    fts: str
    vector: str  # the tsvector column filtered on
    first: Sequence[str] | None  # forms the names' first token must match (FTS5's ^)


class _Raw(NamedTuple):
    connection: Any
    postgresql: bool
    forms: Sequence[Sequence[str]]
    scope: str | None


def _first_patterns(forms: Sequence[str]) -> list[str]:
    whole = len(forms[0]) < MIN_PREFIX
    escaped = [f.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for f in forms]
    return [escaped[0]] if whole else [f"{f}%" for f in escaped]


def _read_pg(
    raw: _Raw, query: _Match, bands: Sequence[int], limit: int, found: dict[int, Hit]
) -> list[_Read]:
    rows = pg_search.read(
        raw.connection,
        query.vector,
        pg_search.word_query(raw.forms, MIN_PREFIX),
        None if query.first is None else _first_patterns(query.first),
        raw.scope,
        band_ranges(bands),
        limit,
        pg_search.any_term_query(raw.forms, MIN_PREFIX),
    )
    out = []
    for rowid, kind, ref_id, display, keywords, by_name, first_word in rows:
        if rowid not in found:
            found[rowid] = Hit(kind, ref_id, display, keywords)
        at_start = bool(first_word) and pg_search.starts_with_any(first_word, raw.forms, MIN_PREFIX)
        out.append(_Read(rowid, bool(by_name), at_start))
    return out


def _read(
    raw: _Raw, match: _Match, bands: Sequence[int], limit: int, found: dict[int, Hit]
) -> list[_Read]:
    """Reads the first ``limit`` matches in these bands into ``found``."""
    if raw.postgresql:
        return _read_pg(raw, match, bands, limit, found)
    query = match.fts
    params: dict[str, object] = {"q": query, "limit": limit}
    within = bands_condition(bands, "rowid", params)
    # No bm25: it counts every match of every term first, which is what must not happen.
    # highlight() marks where this row's names matched, from this row alone.
    rows = raw.connection.execute(
        f"SELECT rowid, kind, ref_id, display, keywords, "
        f"highlight({WORDS_TABLE}, {NAMES_COLUMN}, char(1), '') FROM {WORDS_TABLE} "
        f"WHERE {WORDS_TABLE} MATCH :q{within} LIMIT :limit",
        params,
    ).fetchall()
    out = []
    for rowid, kind, ref_id, display, keywords, marked in rows:
        if rowid not in found:
            found[rowid] = Hit(kind, ref_id, display, keywords)
        out.append(_Read(rowid, MARK in marked, marked.startswith(MARK)))
    return out


def _read_inner(
    raw: _Raw,
    words: Sequence[str],
    limit: int,
    bands: Sequence[int],
    scope: str | None,
    found: dict[int, Hit],
    complete: bool,
) -> None:
    """Reads matches inside compound words into ``found``: in a narrowed search, among the
    first INNER_EXAMINED matches only, unless ``complete`` (whole words found few)."""
    if raw.postgresql:
        for rowid, kind, ref_id, display, keywords in pg_search.read_inner(
            raw.connection,
            words,
            limit + len(found),
            INNER_EXAMINED,
            band_ranges(bands),
            scope,
            complete,
        ):
            if rowid not in found:
                found[rowid] = Hit(kind, ref_id, display, keywords)
        return
    params: dict[str, object] = {
        # Whole-word matches hold the letters too: read past those already found.
        "limit": limit + len(found),
        "examine": INNER_EXAMINED,
        "q": " AND ".join(quote(w) for w in words),
    }
    within = bands_condition(bands, "rowid", params)
    holding = f"SELECT rowid FROM {TRIGRAM_TABLE} WHERE {TRIGRAM_TABLE} MATCH :q{within}"
    if scope:
        # A narrow scope can have the trigram index yield every match of the letters before
        # the list is full (a millisecond or two): worth it only when whole words found few.
        params["scope"] = f"scope : {scope}"
        in_scope = f"(SELECT rowid FROM {WORDS_TABLE} WHERE {WORDS_TABLE} MATCH :scope{within})"
        if complete:
            # The unary plus keeps SQLite from driving the trigram table by rowid, which
            # would run its MATCH once per row of the scope.
            holding = f"{holding} AND +rowid IN {in_scope}"
        else:
            holding = f"SELECT rowid FROM ({holding} LIMIT :examine) WHERE rowid IN {in_scope}"
    rows = raw.connection.execute(
        f"SELECT rowid, kind, ref_id, display, keywords FROM {WORDS_TABLE} "
        f"WHERE rowid IN ({holding} LIMIT :limit)",
        params,
    ).fetchall()
    for rowid, kind, ref_id, display, keywords in rows:
        if rowid not in found:
            found[rowid] = Hit(kind, ref_id, display, keywords)


def services(con: Connection) -> list[tuple[int, str, str]]:
    """Every service's rowid, id and display in the index (read once per catalogue version)."""
    if on_postgresql(con):
        return pg_search.services(con, SERVICES, SERVICES + BAND - 1)
    params: dict[str, object] = {}
    within = bands_condition([SERVICES], "rowid", params)
    rows = con.exec_driver_sql(
        f"SELECT rowid, ref_id, display FROM {WORDS_TABLE} WHERE 1{within}", params
    ).fetchall()
    return [(int(rowid), str(ref_id), str(display)) for rowid, ref_id, display in rows]


def named(con: Connection, rowids: Sequence[int], scope: str | None = None) -> list[Hit]:
    """The hits of these rows (services the search vocabulary names), those matching
    ``scope`` only when one is given."""
    if not rowids:
        return []
    if on_postgresql(con):
        return [Hit(*row) for row in pg_search.named(con, rowids, scope)]
    params: dict[str, object] = {f"r{i}": r for i, r in enumerate(rowids)}
    wanted = ", ".join(f":r{i}" for i in range(len(rowids)))
    where = f"rowid IN ({wanted})"
    if scope:
        params["q"] = f"scope : {scope}"
        where = f"{WORDS_TABLE} MATCH :q AND {where}"
    rows = con.exec_driver_sql(
        f"SELECT kind, ref_id, display, keywords FROM {WORDS_TABLE} WHERE {where}", params
    ).fetchall()
    return [Hit(kind, ref_id, display, keywords) for kind, ref_id, display, keywords in rows]


def in_scope(con: Connection, rowids: Sequence[int], scope: str) -> list[int]:
    """Which of these rows match ``scope``."""
    if not rowids:
        return []
    if on_postgresql(con):
        return [rowid for rowid, _ in pg_search.rows_in_scope(con, rowids, scope, None)]
    params: dict[str, object] = {f"r{i}": r for i, r in enumerate(rowids)}
    params["q"] = f"scope : {scope}"
    wanted = ", ".join(f":r{i}" for i in range(len(rowids)))
    rows = con.exec_driver_sql(
        f"SELECT rowid FROM {WORDS_TABLE} WHERE {WORDS_TABLE} MATCH :q AND rowid IN ({wanted})",
        params,
    ).fetchall()
    return [int(r[0]) for r in rows]
