"""Which services, providers, locations and municipalities match these words? Best first."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from sqlalchemy import Engine

from sote_navigator.core import search_rank
from sote_navigator.core.catalogue import SearchResult
from sote_navigator.core.navigation import NO_FILTER, OfferingFilter
from sote_navigator.core.normalize import words
from sote_navigator.core.vocabulary import EntityKind
from sote_navigator.db import search_candidates, search_entries, search_scope

DEFAULT_LIMIT = 30


class CatalogueSearch:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def search(
        self,
        text: str,
        limit: int = DEFAULT_LIMIT,
        kinds: Sequence[EntityKind] | None = None,
        *,
        regional_unit_id: str | None = None,
        offering_filter: OfferingFilter = NO_FILTER,
        language: str | None = None,
    ) -> list[SearchResult]:
        """Best matches first (core.search_rank), names in ``language`` (the UI's) before
        names in other languages. With a regional unit or a filter, only what has an offering
        for that unit passing the filter (and, without filters, the municipal services)."""
        return self.search_grouped(
            text,
            [(kinds, limit)],
            regional_unit_id=regional_unit_id,
            offering_filter=offering_filter,
            language=language,
        )

    def search_grouped(
        self,
        text: str,
        groups: Sequence[tuple[Sequence[EntityKind] | None, int]],
        *,
        regional_unit_id: str | None = None,
        offering_filter: OfferingFilter = NO_FILTER,
        language: str | None = None,
    ) -> list[SearchResult]:
        """Several searches in one go, each group (kinds, at most) best first, the groups in
        order: e.g. services first, then providers and locations."""
        query_words = words(text)
        if not query_words:
            return []
        scope = search_scope.match_expression(regional_unit_id, offering_filter)
        query = search_rank.RankQuery.of(query_words, language)
        results: list[SearchResult] = []
        with self._engine.connect() as con:
            for kinds, limit in groups:
                hits = search_candidates.candidates(con, query.forms, limit, kinds, scope)
                results.extend(best_first(query, hits, limit))
        return results


def best_first(
    query: search_rank.RankQuery, hits: Sequence[search_candidates.Hit], limit: int
) -> list[SearchResult]:
    ranked = []
    for hit in hits:
        result, names, keywords = _decoded(hit.kind, hit.ref_id, hit.display, hit.keywords)
        ranked.append(
            (search_rank.rank_key(query, result.kind, hit.ref_id, names, keywords), result)
        )
    ranked.sort(key=lambda pair: pair[0])
    return [result for _, result in ranked[:limit]]


@functools.lru_cache(maxsize=4096)
def _decoded(
    kind: str, ref_id: str, display: str, keywords: str
) -> tuple[SearchResult, tuple[search_rank.FoldedName, ...], str]:
    # The index keeps what a hit shows, so a search reads no other table. Typing a word
    # letter by letter meets the same hits again and again: each is decoded (and its names
    # and keywords prepared for ranking) once.
    names, context, example = search_entries.read_display(display)
    result = SearchResult(names, EntityKind(kind), ref_id, example, context)
    return result, search_rank.folded_names(names), search_rank.spaced(keywords)
