"""Full-text search over names in every catalogue language (SQLite FTS5).

Two indexes over the same rows: a word index (unicode61, diacritics folded) answered with
prefix queries on stemmed words, so that an inflected Finnish or Swedish word finds its base
form and back; and a trigram index over folded text that finds a word inside a compound
("hoitola" in "hammashoitola"). Everything SQLite-specific about search lives here.

The word index also holds, in its ``scope`` column, which regional units and filters each
entity serves (see search_scope); a narrowed search ANDs the words with a scope expression.
Both tables give an entity the same rowid, so a compound-inner match can be narrowed by the
word table's scope too. An UNINDEXED ``display`` column holds what a hit shows (names, a
context line, the example flag), so that a search answers without reading other tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, text

from sote_navigator.core.normalize import fold
from sote_navigator.core.stemming import search_stems
from sote_navigator.db import search_scope

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
    """Merge the index into one segment: prefix queries then read one posting list per term."""
    con.execute(text(f"INSERT INTO {WORDS_TABLE}({WORDS_TABLE}) VALUES ('optimize')"))
    con.execute(text(f"INSERT INTO {TRIGRAM_TABLE}({TRIGRAM_TABLE}) VALUES ('optimize')"))


def clear(con: Connection) -> None:
    con.execute(text(f"DELETE FROM {WORDS_TABLE}"))
    con.execute(text(f"DELETE FROM {TRIGRAM_TABLE}"))


def add(con: Connection, entries: Iterable[IndexEntry]) -> None:
    start = int(
        con.execute(text(f"SELECT coalesce(max(rowid), 0) FROM {WORDS_TABLE}")).scalar_one()
    )
    rows = [
        {
            "rowid": start + n,
            "kind": e.kind,
            "ref_id": e.ref_id,
            "names": e.names,
            "keywords": e.keywords,
            "other": e.other,
            "scope": e.scope,
            "display": e.display,
            "fnames": fold(e.names),
            "fkeywords": fold(e.keywords),
        }
        for n, e in enumerate(entries, start=1)
    ]
    if not rows:
        return
    con.execute(
        text(
            f"INSERT INTO {WORDS_TABLE} "
            "(rowid, kind, ref_id, display, names, keywords, other, scope) "
            "VALUES (:rowid, :kind, :ref_id, :display, :names, :keywords, :other, :scope)"
        ),
        rows,
    )
    con.execute(
        text(
            f"INSERT INTO {TRIGRAM_TABLE} (rowid, kind, ref_id, names, keywords) "
            "VALUES (:rowid, :kind, :ref_id, :fnames, :fkeywords)"
        ),
        rows,
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


def _kind_filter(kinds: Sequence[str] | None, params: dict[str, object]) -> str:
    if not kinds:
        return ""
    params.update({f"k{i}": k for i, k in enumerate(kinds)})
    return " AND t.kind IN (" + ", ".join(f":k{i}" for i in range(len(kinds))) + ")"


def _narrowing(kinds: Sequence[str] | None, scope: str | None) -> str:
    parts = [f"scope : {scope}"] if scope else []
    if kinds:
        parts.append(f"scope : {search_scope.kinds_expression(kinds)}")
    return " AND ".join(parts)


def search(
    con: Connection,
    words: Sequence[str],
    limit: int = 50,
    kinds: Sequence[str] | None = None,
    scope: str | None = None,
) -> list[Hit]:
    """Hits best first: word-index matches ranked by bm25, then compound-inner matches.

    ``scope`` is an expression over the scope column (search_scope.match_expression) that
    every hit must also match. Kinds are matched in the index too, so that asking for the few
    services does not first score every location that shares the word.
    """
    words = [w for w in words if w]
    if not words:
        return []
    narrow = _narrowing(kinds, scope)
    params: dict[str, object] = {"limit": limit}
    params["q"] = word_query(words) + (f" AND {narrow}" if narrow else "")
    found = con.execute(
        text(
            f"SELECT kind, ref_id, display, bm25({WORDS_TABLE}, {WEIGHTS}) AS score "
            f"FROM {WORDS_TABLE} WHERE {WORDS_TABLE} MATCH :q "
            "ORDER BY score LIMIT :limit"
        ),
        params,
    ).all()
    hits = [Hit(r.kind, r.ref_id, float(r.score), r.display) for r in found]
    if len(hits) < limit and all(len(w) >= MIN_INNER for w in words):
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
    if scope:
        # The unary plus keeps SQLite from driving the trigram table by rowid, which would
        # run its MATCH once per row of the scope.
        params["scope"] = _narrowing(kinds, scope)
        narrow = (
            f" AND +t.rowid IN (SELECT rowid FROM {WORDS_TABLE} WHERE {WORDS_TABLE} MATCH :scope)"
        )
    else:
        narrow = _kind_filter(kinds, params)
    inner = con.execute(
        text(
            f"SELECT w.kind, w.ref_id, w.display FROM {TRIGRAM_TABLE} AS t "
            f"JOIN {WORDS_TABLE} AS w ON w.rowid = t.rowid "
            f"WHERE t.{TRIGRAM_TABLE} MATCH :q{narrow} LIMIT :limit"
        ),
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
    rows = con.execute(
        text(f"SELECT ref_id FROM {WORDS_TABLE} WHERE {WORDS_TABLE} MATCH :q"),
        {"q": _narrowing([kind], scope)},
    )
    return {str(r.ref_id) for r in rows}
