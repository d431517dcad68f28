"""Which services, providers, locations and municipalities match these words? Best first."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from sqlalchemy import Engine

from sote_navigator.core.catalogue import SearchResult
from sote_navigator.core.navigation import NO_FILTER, OfferingFilter
from sote_navigator.core.normalize import words
from sote_navigator.core.vocabulary import EntityKind
from sote_navigator.db import search_entries, search_index, search_scope

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
    ) -> list[SearchResult]:
        """Best matches first. With a regional unit or a filter, only what has an offering
        for that unit passing the filter (and, without filters, the municipal services)."""
        return self.search_grouped(
            text,
            [(kinds, limit)],
            regional_unit_id=regional_unit_id,
            offering_filter=offering_filter,
        )

    def search_grouped(
        self,
        text: str,
        groups: Sequence[tuple[Sequence[EntityKind] | None, int]],
        *,
        regional_unit_id: str | None = None,
        offering_filter: OfferingFilter = NO_FILTER,
    ) -> list[SearchResult]:
        """Several searches in one go, each group (kinds, at most) best first, the groups in
        order: e.g. services first, then providers and locations."""
        query_words = words(text)
        if not query_words:
            return []
        scope = search_scope.match_expression(regional_unit_id, offering_filter)
        results: list[SearchResult] = []
        with self._engine.connect() as con:
            for kinds, limit in groups:
                # One unit's records, or the services alone, are few enough to rank them all.
                bounded = regional_unit_id is not None or list(kinds or ()) == [EntityKind.SERVICE]
                hits = search_index.search(con, query_words, limit, kinds, scope, bounded=bounded)
                results.extend(_result(h) for h in hits)
        return results


def _result(hit: search_index.Hit) -> SearchResult:
    return _decoded(hit.kind, hit.ref_id, hit.display)


@functools.lru_cache(maxsize=4096)
def _decoded(kind: str, ref_id: str, display: str) -> SearchResult:
    # The index keeps what a hit shows, so a search reads no other table. Typing a word
    # letter by letter meets the same hits again and again: each is decoded once.
    names, context, example = search_entries.read_display(display)
    return SearchResult(names, EntityKind(kind), ref_id, example, context)
