"""Which services, providers, locations and municipalities match these words? Best first."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Engine, select

from sote_navigator.core import localized
from sote_navigator.core.catalogue import SearchResult
from sote_navigator.core.navigation import NO_FILTER, OfferingFilter
from sote_navigator.core.normalize import words
from sote_navigator.core.vocabulary import EntityKind
from sote_navigator.db import models as m
from sote_navigator.db import search_index, search_scope

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
        query_words = words(text)
        if not query_words:
            return []
        scope = search_scope.match_expression(regional_unit_id, offering_filter)
        with self._engine.connect() as con:
            hits = search_index.search(con, query_words, limit, kinds, scope)
            wanted: dict[str, list[str]] = {}
            for h in hits:
                wanted.setdefault(h.kind, []).append(h.ref_id)
            found: dict[tuple[str, str], SearchResult] = {}
            if ids := wanted.get(EntityKind.MUNICIPALITY):
                for mu in con.execute(select(m.Municipality).where(m.Municipality.code.in_(ids))):
                    found[(EntityKind.MUNICIPALITY, mu.code)] = SearchResult(
                        mu.names, EntityKind.MUNICIPALITY, mu.code, False, mu.region_names
                    )
            if ids := wanted.get(EntityKind.SERVICE):
                rows = con.execute(
                    select(
                        m.Service.id, m.Service.names, m.Service.classes, m.Service.example
                    ).where(m.Service.id.in_(ids))
                ).all()
                uris = {u for r in rows for u in r.classes}
                classes = {
                    c.uri: c.names
                    for c in con.execute(
                        select(m.ServiceClass.uri, m.ServiceClass.names).where(
                            m.ServiceClass.uri.in_(uris)
                        )
                    )
                }
                for sv in rows:
                    context: localized.LocalizedText = next(
                        (classes[u] for u in sv.classes if u in classes), []
                    )
                    found[(EntityKind.SERVICE, sv.id)] = SearchResult(
                        sv.names, EntityKind.SERVICE, sv.id, sv.example, context
                    )
            if ids := wanted.get(EntityKind.PROVIDER):
                for pr in con.execute(
                    select(m.Provider.id, m.Provider.names, m.Provider.example).where(
                        m.Provider.id.in_(ids)
                    )
                ):
                    found[(EntityKind.PROVIDER, pr.id)] = SearchResult(
                        pr.names, EntityKind.PROVIDER, pr.id, pr.example, []
                    )
            if ids := wanted.get(EntityKind.LOCATION):
                located = con.execute(
                    select(
                        m.Location.id,
                        m.Location.names,
                        m.Location.street,
                        m.Location.post_office,
                        m.Location.example,
                        m.Municipality.names.label("municipality_names"),
                    )
                    .outerjoin(m.Municipality, m.Location.municipality_code == m.Municipality.code)
                    .where(m.Location.id.in_(ids))
                )
                for r in located:
                    place = r.municipality_names or r.post_office
                    found[(EntityKind.LOCATION, r.id)] = SearchResult(
                        r.names,
                        EntityKind.LOCATION,
                        r.id,
                        r.example,
                        _address_context(r.street, place),
                    )
        return [found[(h.kind, h.ref_id)] for h in hits if (h.kind, h.ref_id) in found]


def _address_context(
    street: localized.LocalizedText, place: localized.LocalizedText
) -> list[dict[str, str]]:
    """'Street 1, Place' in each language the place is named in."""
    out = []
    for lang in sorted(localized.languages_of(place) or {"fi"}):
        parts = [localized.pick(street, lang), localized.pick(place, lang)]
        out.append({"language": lang, "value": ", ".join(p for p in parts if p), "type": "name"})
    return out
