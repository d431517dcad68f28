"""The search index on PostgreSQL: the same rows, answers and order as FTS5 gives on SQLite.

db.search_index and db.search_candidates describe the index and how it is read; this module
is their PostgreSQL half, chosen by the connection's dialect. FTS5 facts are kept exactly:

- Words: FTS5's unicode61 tokenizer (diacritics removed) is core.normalize.words; each row
  stores its tokens as ``tsvector`` built with ``array_to_tsvector`` (the lexemes verbatim, no
  second tokenizer), and a query is a ``tsquery`` of quoted lexemes: ``'form':*`` is FTS5's
  ``"form"*``. Column filters are separate vectors: names, all text (names, keywords,
  other) and the scope tokens. FTS5's ``^`` (the column's first token) is the stored first
  token of the names.
- Inner words: FTS5's trigram tokenizer over folded text is ``LIKE '%word%'`` over the same
  folded text, with pg_trgm's GIN indexes to find the rows.
- Order: FTS5 returns matches in rowid order; every read here says ORDER BY rowid.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection

from sote_navigator.core.normalize import fold, words

WORDS = "search_words"
TRIGRAMS = "search_trigrams"

_SCOPE_TOKEN = re.compile(r"[a-z0-9]+")


def create(con: Connection) -> None:
    con.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    con.exec_driver_sql(
        f"CREATE TABLE IF NOT EXISTS {WORDS} ("
        "rowid BIGINT PRIMARY KEY, kind TEXT NOT NULL, ref_id TEXT NOT NULL, "
        "display TEXT NOT NULL, names TEXT NOT NULL, keywords TEXT NOT NULL, "
        "other TEXT NOT NULL, scope TEXT NOT NULL, first_word TEXT NOT NULL, "
        "names_v TSVECTOR NOT NULL, text_v TSVECTOR NOT NULL, scope_v TSVECTOR NOT NULL)"
    )
    for column in ("names_v", "text_v", "scope_v"):
        con.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {WORDS}_{column} ON {WORDS} USING gin ({column})"
        )
    con.exec_driver_sql(
        f"CREATE TABLE IF NOT EXISTS {TRIGRAMS} ("
        "rowid BIGINT PRIMARY KEY, kind TEXT NOT NULL, ref_id TEXT NOT NULL, "
        "names TEXT NOT NULL, keywords TEXT NOT NULL)"
    )
    for column in ("names", "keywords"):
        con.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {TRIGRAMS}_{column} ON {TRIGRAMS} "
            f"USING gin ({column} gin_trgm_ops)"
        )


def drop(con: Connection) -> None:
    con.exec_driver_sql(f"DROP TABLE IF EXISTS {WORDS}")
    con.exec_driver_sql(f"DROP TABLE IF EXISTS {TRIGRAMS}")


def clear(con: Connection) -> None:
    con.exec_driver_sql(f"DELETE FROM {WORDS}")
    con.exec_driver_sql(f"DELETE FROM {TRIGRAMS}")


def optimize(con: Connection) -> None:
    """Fresh planner statistics for the new rows (FTS5's 'optimize' merges segments)."""
    con.exec_driver_sql(f"ANALYZE {WORDS}")
    con.exec_driver_sql(f"ANALYZE {TRIGRAMS}")


def last_rowid(con: Connection, low: int, high: int) -> int | None:
    value = con.exec_driver_sql(
        f"SELECT max(rowid) FROM {WORDS} WHERE rowid BETWEEN %(lo)s AND %(hi)s",
        {"lo": low, "hi": high},
    ).scalar()
    return None if value is None else int(value)


def band_rows(con: Connection, low: int, high: int) -> list[Any]:
    """(rowid, kind, ref_id, names, keywords, other, scope, display) of a band, in rowid order."""
    return list(
        con.exec_driver_sql(
            f"SELECT rowid, kind, ref_id, names, keywords, other, scope, display FROM {WORDS} "
            "WHERE rowid BETWEEN %(lo)s AND %(hi)s ORDER BY rowid",
            {"lo": low, "hi": high},
        )
    )


def remove(con: Connection, rowids: Sequence[int]) -> None:
    for table in (WORDS, TRIGRAMS):
        con.exec_driver_sql(
            f"DELETE FROM {table} WHERE rowid = ANY(%(ids)s)", {"ids": list(rowids)}
        )


def add(
    con: Connection,
    rows: Sequence[tuple[int, str, str, str, str, str, str, str]],
) -> None:
    """``rows``: (rowid, kind, ref_id, display, names, keywords, other, scope)."""
    word_rows = []
    trigram_rows = []
    for rowid, kind, ref_id, display, names, keywords, other, scope in rows:
        name_tokens = words(names)
        text_tokens = [*name_tokens, *words(keywords), *words(other)]
        word_rows.append(
            (
                rowid,
                kind,
                ref_id,
                display,
                names,
                keywords,
                other,
                scope,
                name_tokens[0] if name_tokens else "",
                name_tokens,
                text_tokens,
                words(scope),
            )
        )
        trigram_rows.append((rowid, kind, ref_id, fold(names), fold(keywords)))
    raw = con.connection.driver_connection
    assert raw is not None
    with raw.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {WORDS} (rowid, kind, ref_id, display, names, keywords, other, scope, "
            "first_word, names_v, text_v, scope_v) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, "
            "array_to_tsvector(%s::text[]), array_to_tsvector(%s::text[]), "
            "array_to_tsvector(%s::text[]))",
            word_rows,
        )
        cursor.executemany(
            f"INSERT INTO {TRIGRAMS} (rowid, kind, ref_id, names, keywords) "
            "VALUES (%s, %s, %s, %s, %s)",
            trigram_rows,
        )


# --- queries ------------------------------------------------------------------------------


def lexeme(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def word_query(forms: Sequence[Sequence[str]], min_prefix: int) -> str:
    """A tsquery: every word matches one of its forms as a prefix (a word shorter than
    ``min_prefix``: as a whole word), as db.search_candidates.word_terms does for FTS5."""
    groups = []
    for word_forms in forms:
        if len(word_forms[0]) < min_prefix:
            groups.append(lexeme(word_forms[0]))
        else:
            groups.append("(" + " | ".join(f"{lexeme(f)}:*" for f in word_forms) + ")")
    return " & ".join(groups)


def any_term_query(forms: Sequence[Sequence[str]], min_prefix: int) -> str:
    """A tsquery matching a row holding any term of ``forms`` (what FTS5's highlight marks)."""
    terms = []
    for word_forms in forms:
        if len(word_forms[0]) < min_prefix:
            terms.append(lexeme(word_forms[0]))
        else:
            terms.extend(f"{lexeme(f)}:*" for f in word_forms)
    return " | ".join(terms)


def starts_with_any(token: str, forms: Sequence[Sequence[str]], min_prefix: int) -> bool:
    """Whether ``token`` matches a term of ``forms`` (FTS5's highlight on the first token)."""
    for word_forms in forms:
        if len(word_forms[0]) < min_prefix:
            if token == word_forms[0]:
                return True
        elif any(token.startswith(f) for f in word_forms):
            return True
    return False


def scope_query(expression: str) -> str:
    """The tsquery of a scope expression (db.search_scope.match_expression: an OR of
    tokens)."""
    return " | ".join(lexeme(t) for t in _SCOPE_TOKEN.findall(expression))


def bands_sql(bands: Sequence[tuple[int, int]], column: str, params: dict[str, Any]) -> str:
    conditions = []
    for i, (low, high) in enumerate(bands):
        params[f"lo{i}"], params[f"hi{i}"] = low, high
        conditions.append(f"{column} BETWEEN %(lo{i})s AND %(hi{i})s")
    return " AND (" + " OR ".join(conditions) + ")" if conditions else ""


def read(
    con: Any,
    filter_column: str,
    query: str,
    first_forms: Sequence[str] | None,
    scope: str | None,
    bands: Sequence[tuple[int, int]],
    limit: int,
    any_terms: str,
) -> list[tuple[int, str, str, str, str, bool, str]]:
    """The first ``limit`` matches in rowid order: (rowid, kind, ref_id, display, keywords,
    names matched any term, first word of the names)."""
    params: dict[str, Any] = {"q": query, "limit": limit, "any": any_terms}
    where = f"{filter_column} @@ %(q)s::tsquery"
    if first_forms is not None:
        params["first"] = list(first_forms)
        where += " AND first_word LIKE ANY (%(first)s)"
    if scope:
        params["scope"] = scope_query(scope)
        where += " AND scope_v @@ %(scope)s::tsquery"
    where += bands_sql(bands, "rowid", params)
    rows = con.execute(
        f"SELECT rowid, kind, ref_id, display, keywords, names_v @@ %(any)s::tsquery, "
        f"first_word FROM {WORDS} WHERE {where} ORDER BY rowid LIMIT %(limit)s",
        params,
    ).fetchall()
    return [tuple(r) for r in rows]


def like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def read_inner(
    con: Any,
    inner_words: Sequence[str],
    limit: int,
    examine: int,
    bands: Sequence[tuple[int, int]],
    scope: str | None,
    complete: bool,
) -> list[tuple[int, str, str, str, str]]:
    """Rows holding every word inside a name or keyword, as the FTS5 trigram query reads."""
    params: dict[str, Any] = {"limit": limit, "examine": examine}
    conditions = []
    for i, word in enumerate(inner_words):
        params[f"w{i}"] = like_pattern(word)
        conditions.append(f"(names LIKE %(w{i})s OR keywords LIKE %(w{i})s)")
    within = bands_sql(bands, "rowid", params)
    holding = f"SELECT rowid FROM {TRIGRAMS} WHERE {' AND '.join(conditions)}{within}"
    if scope:
        params["scope"] = scope_query(scope)
        in_scope = f"(SELECT rowid FROM {WORDS} WHERE scope_v @@ %(scope)s::tsquery{within})"
        if complete:
            holding = f"{holding} AND rowid IN {in_scope}"
        else:
            holding = (
                f"SELECT rowid FROM ({holding} ORDER BY rowid LIMIT %(examine)s) AS examined "
                f"WHERE rowid IN {in_scope}"
            )
    rows = con.execute(
        f"SELECT rowid, kind, ref_id, display, keywords FROM {WORDS} "
        f"WHERE rowid IN ({holding} ORDER BY rowid LIMIT %(limit)s) ORDER BY rowid",
        params,
    ).fetchall()
    return [tuple(r) for r in rows]


def services(con: Connection, low: int, high: int) -> list[tuple[int, str, str]]:
    rows = con.exec_driver_sql(
        f"SELECT rowid, ref_id, display FROM {WORDS} WHERE rowid BETWEEN %(lo)s AND %(hi)s "
        "ORDER BY rowid",
        {"lo": low, "hi": high},
    ).fetchall()
    return [(int(r[0]), str(r[1]), str(r[2])) for r in rows]


def named(
    con: Connection, rowids: Sequence[int], scope: str | None
) -> list[tuple[str, str, str, str]]:
    params: dict[str, Any] = {"rowids": list(rowids)}
    where = "rowid = ANY (%(rowids)s)"
    if scope:
        params["scope"] = scope_query(scope)
        where += " AND scope_v @@ %(scope)s::tsquery"
    rows = con.exec_driver_sql(
        f"SELECT kind, ref_id, display, keywords FROM {WORDS} WHERE {where} ORDER BY rowid",
        params,
    ).fetchall()
    return [(str(a), str(b), str(c), str(d)) for a, b, c, d in rows]


def rows_in_scope(
    con: Connection, rowids: Iterable[int] | None, scope: str, band: tuple[int, int] | None
) -> list[tuple[int, str]]:
    """(rowid, ref_id) of the rows matching ``scope``: among ``rowids``, or within ``band``."""
    params: dict[str, Any] = {"scope": scope_query(scope)}
    where = "scope_v @@ %(scope)s::tsquery"
    if rowids is not None:
        params["rowids"] = list(rowids)
        where += " AND rowid = ANY (%(rowids)s)"
    if band is not None:
        params["lo"], params["hi"] = band
        where += " AND rowid BETWEEN %(lo)s AND %(hi)s"
    rows = con.exec_driver_sql(
        f"SELECT rowid, ref_id FROM {WORDS} WHERE {where} ORDER BY rowid", params
    ).fetchall()
    return [(int(r[0]), str(r[1])) for r in rows]
