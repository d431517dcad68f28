"""Which services, providers, locations and municipalities match these words? Best first.

Besides the words in the catalogue's own texts, the search vocabulary (data/vocabulary.csv,
core.search_vocabulary) tells which services everyday words mean: typed whole, such a term
finds its services first, through their ids or, in a catalogue whose services have other ids,
through the national service classes the term is tied to.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from sqlalchemy import Connection, Engine

from sote_navigator import paths
from sote_navigator.core import search_rank
from sote_navigator.core.catalogue import SearchResult
from sote_navigator.core.navigation import NO_FILTER, OfferingFilter
from sote_navigator.core.normalize import words
from sote_navigator.core.search_vocabulary import EMPTY, Meaning, Vocabulary
from sote_navigator.core.vocabulary import EntityKind
from sote_navigator.db import search_candidates, search_entries, search_scope
from sote_navigator.services import search_terms
from sote_navigator.services.search_terms import Meant

DEFAULT_LIMIT = 30


@functools.lru_cache(maxsize=1)
def shipped_vocabulary() -> Vocabulary:
    """The vocabulary the application ships (read once); empty when it is not there."""
    path = paths.vocabulary_path()
    return Vocabulary.read(path) if path is not None else EMPTY


class CatalogueSearch:
    def __init__(self, engine: Engine, vocabulary: Vocabulary | None = None) -> None:
        self._engine = engine
        self._given_vocabulary = vocabulary
        self._targets: search_terms.TermTargets | None = None

    @property
    def _vocabulary(self) -> Vocabulary:
        # Read on the first search: a command that never searches does not pay for it.
        if self._given_vocabulary is None:
            self._given_vocabulary = shipped_vocabulary()
        return self._given_vocabulary

    def meant_services(self, text: str) -> list[str]:
        """The services the words mean by the search vocabulary, best first (empty when the
        words are no term of it, or nothing it points at is in the catalogue)."""
        meaning = self._vocabulary.meaning(words(text))
        if meaning is None:
            return []
        with self._engine.connect() as con:
            meant, _ = self._resolve(con, meaning, None)
        return sorted(meant, key=lambda i: (meant[i], i))

    def _resolve(
        self, con: Connection, meaning: Meaning, scope: str | None
    ) -> tuple[Meant, list[search_candidates.Hit]]:
        """The services a meaning names in this catalogue (services.search_terms), with
        their hits, in ``scope``."""
        version = search_terms.current_version(con)
        if self._targets is None or self._targets.version != version:
            self._targets = search_terms.TermTargets(con, version)
        meant = self._targets.meant(con, meaning, scope)
        rowids = [self._targets.rowids[s] for s in meant]
        return meant, search_candidates.named(con, rowids, scope)

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
        meaning = self._vocabulary.meaning(query.words)
        results: list[SearchResult] = []
        with self._engine.connect() as con:
            meant, named = self._resolve(con, meaning, scope) if meaning else ({}, [])
            for kinds, limit in groups:
                hits = search_candidates.candidates(con, query.forms, limit, kinds, scope)
                if named and (kinds is None or EntityKind.SERVICE in kinds):
                    service = EntityKind.SERVICE.value
                    have = {h.ref_id for h in hits if h.kind == service}
                    hits += [h for h in named if h.ref_id not in have]
                results.extend(best_first(query, hits, limit, meant))
        return results


def best_first(
    query: search_rank.RankQuery,
    hits: Sequence[search_candidates.Hit],
    limit: int,
    meant: Meant | None = None,
) -> list[SearchResult]:
    """The hits in rank order, the services the words mean by the vocabulary (``meant``)
    first after exact names."""
    ranked = []
    for hit in hits:
        result, names, keywords = _decoded(hit.kind, hit.ref_id, hit.display, hit.keywords)
        key = search_rank.rank_key(query, result.kind, hit.ref_id, names, keywords)
        if meant and result.kind is EntityKind.SERVICE and hit.ref_id in meant:
            by_class, place = meant[hit.ref_id]
            named = search_rank.vocabulary_key(
                query, result.kind, hit.ref_id, names, place, by_class=by_class
            )
            key = min(key, named)
        ranked.append((key, result))
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
