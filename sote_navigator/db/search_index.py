"""Full-text search over names in every catalogue language (SQLite FTS5).

Two indexes over the same rows: a word index (unicode61, diacritics folded) answered with
prefix queries on stemmed words, so that an inflected Finnish or Swedish word finds its base
form and back; and a trigram index over folded text that finds a word inside a compound
("hoitola" in "hammashoitola"). Everything SQLite-specific about search lives here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, text

from sote_navigator.core.normalize import fold
from sote_navigator.core.stemming import search_stems

WORDS_TABLE = "search_words"
TRIGRAM_TABLE = "search_trigrams"


@dataclass(frozen=True)
class IndexEntry:
    kind: str
    ref_id: str
    names: str
    keywords: str
    other: str


@dataclass(frozen=True)
class Hit:
    kind: str
    ref_id: str
    score: float


def create(con: Connection) -> None:
    con.execute(
        text(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {WORDS_TABLE} USING fts5("
            "kind UNINDEXED, ref_id UNINDEXED, names, keywords, other, "
            "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 6')"
        )
    )
    con.execute(
        text(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {TRIGRAM_TABLE} USING fts5("
            "kind UNINDEXED, ref_id UNINDEXED, names, keywords, tokenize = 'trigram')"
        )
    )


def clear(con: Connection) -> None:
    con.execute(text(f"DELETE FROM {WORDS_TABLE}"))
    con.execute(text(f"DELETE FROM {TRIGRAM_TABLE}"))


def add(con: Connection, entries: Iterable[IndexEntry]) -> None:
    # Tuples straight to the driver's executemany: a national catalogue has 40,000 entries.
    entries = list(entries)
    if not entries:
        return
    con.exec_driver_sql(
        f"INSERT INTO {WORDS_TABLE} (kind, ref_id, names, keywords, other) VALUES (?, ?, ?, ?, ?)",
        [(e.kind, e.ref_id, e.names, e.keywords, e.other) for e in entries],
    )
    con.exec_driver_sql(
        f"INSERT INTO {TRIGRAM_TABLE} (kind, ref_id, names, keywords) VALUES (?, ?, ?, ?)",
        [(e.kind, e.ref_id, fold(e.names), fold(e.keywords)) for e in entries],
    )


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def word_query(words: Sequence[str]) -> str:
    """An FTS5 match expression: every word must match one of its stems as a prefix."""
    groups = []
    for word in words:
        stems = search_stems(word)
        groups.append("(" + " OR ".join(f"{_quote(s)}*" for s in stems) + ")")
    return " AND ".join(groups)


def search(
    con: Connection, words: Sequence[str], limit: int = 50, kinds: Sequence[str] | None = None
) -> list[Hit]:
    """Hits best first: word-index matches ranked by bm25, then compound-inner matches."""
    words = [w for w in words if w]
    if not words:
        return []
    kind_filter = ""
    params: dict[str, object] = {"limit": limit}
    if kinds:
        kind_filter = " AND kind IN (" + ", ".join(f":k{i}" for i in range(len(kinds))) + ")"
        params.update({f"k{i}": k for i, k in enumerate(kinds)})
    params["q"] = word_query(words)
    found = con.execute(
        text(
            f"SELECT kind, ref_id, bm25({WORDS_TABLE}, 0, 0, 10.0, 4.0, 1.0) AS score "
            f"FROM {WORDS_TABLE} WHERE {WORDS_TABLE} MATCH :q{kind_filter} "
            "ORDER BY score LIMIT :limit"
        ),
        params,
    ).all()
    hits = [Hit(r.kind, r.ref_id, float(r.score)) for r in found]
    if len(hits) < limit and all(len(w) >= 3 for w in words):
        seen = {(h.kind, h.ref_id) for h in hits}
        params["q"] = " AND ".join(_quote(w) for w in words)
        params["limit"] = limit - len(hits)
        inner = con.execute(
            text(
                f"SELECT kind, ref_id, bm25({TRIGRAM_TABLE}, 0, 0, 10.0, 4.0) AS score "
                f"FROM {TRIGRAM_TABLE} WHERE {TRIGRAM_TABLE} MATCH :q{kind_filter} "
                "ORDER BY score LIMIT :limit"
            ),
            params,
        ).all()
        # Whole-word matches stay ahead of matches inside a compound word.
        hits.extend(
            Hit(r.kind, r.ref_id, 1000.0 + float(r.score))
            for r in inner
            if (r.kind, r.ref_id) not in seen
        )
    return hits
