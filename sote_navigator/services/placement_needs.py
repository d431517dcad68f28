"""From what the counsellor typed to the services a placement considers, most relevant first.

A need is a service id, a service class (code or URI) or search words; words that are a term
of the search vocabulary (core.search_vocabulary) mean that term's services. Services offered to the
client's organiser (or listed with no provider at all, like municipal ones) come before those
offered only elsewhere: at national scale the same service is published by every county, and
the client's own county's version must not drown among the others.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, select

from sote_navigator.core import localized
from sote_navigator.core.localized import LocalizedText
from sote_navigator.core.placement import Need, NeedKind
from sote_navigator.core.vocabulary import EntityKind
from sote_navigator.db import models as m
from sote_navigator.services.offering_index import OfferingIndex
from sote_navigator.services.search import CatalogueSearch

# How many services a placement shows: enough for the close matches, few enough to read.
MAX_SERVICES = 12
# How deep the search looks before the client's own organiser's services are put first.
SEARCH_DEPTH = 40


@dataclass(frozen=True)
class NeedClass:
    """A service class a need can be picked from."""

    uri: str
    code: str
    names: LocalizedText

    def name(self, language: str) -> str:
        return localized.pick(self.names, language)


class NeedResolver:
    """Resolves needs to services. Its caller refreshes the offering index first."""

    def __init__(self, engine: Engine, search: CatalogueSearch, index: OfferingIndex) -> None:
        self._engine = engine
        self._search = search
        self._index = index

    def need(self, text: str) -> Need:
        """A service id, a service class (code or URI), or else search words."""
        value = text.strip()
        with self._engine.connect() as con:
            if con.execute(select(m.Service.id).where(m.Service.id == value)).first():
                return Need(NeedKind.SERVICE, value)
            uri = con.execute(
                select(m.ServiceClass.uri).where(
                    (m.ServiceClass.uri == value) | (m.ServiceClass.code == value.upper())
                )
            ).scalar()
        if uri is not None:
            return Need(NeedKind.SERVICE_CLASS, str(uri))
        return Need(NeedKind.WORDS, value)

    def service_ids(self, need: Need, organiser_id: str | None = None) -> list[str]:
        """The services a need names: the organiser's own first, then as relevant as found."""
        if need.kind is NeedKind.SERVICE:
            with self._engine.connect() as con:
                found = con.execute(select(m.Service.id).where(m.Service.id == need.value))
                return [r[0] for r in found]
        if need.kind is NeedKind.SERVICE_CLASS:
            ids = self._services_in_class(need.value)
        else:
            hits = self._search.search(need.value, limit=SEARCH_DEPTH, kinds=[EntityKind.SERVICE])
            ids = [h.id for h in hits]
            # Everyday words the search vocabulary knows ("neuvola") mean its services only,
            # not every service that mentions the word somewhere.
            meant = set(self._search.meant_services(need.value))
            if meant:
                ids = [i for i in ids if i in meant]
        return self.nearest_first(ids, organiser_id)[:MAX_SERVICES]

    def nearest_first(self, ids: list[str], organiser_id: str | None) -> list[str]:
        if organiser_id is None:
            return ids
        return sorted(ids, key=lambda i: 0 if self._serves(i, organiser_id) else 1)

    def serves(self, service_id: str, organiser_id: str) -> bool:
        """Whether the organiser offers the service (or no one is listed for it)."""
        return self._serves(service_id, organiser_id)

    def _serves(self, service_id: str, organiser_id: str) -> bool:
        offered_by = self._index.offered_by(service_id)
        return not offered_by or organiser_id in offered_by

    def _services_in_class(self, uri: str) -> list[str]:
        with self._engine.connect() as con:
            children: dict[str | None, list[str]] = {}
            for c_uri, parent in con.execute(select(m.ServiceClass.uri, m.ServiceClass.parent_uri)):
                children.setdefault(parent, []).append(c_uri)
            wanted, stack = set(), [uri]
            while stack:
                current = stack.pop()
                if current not in wanted:
                    wanted.add(current)
                    stack.extend(children.get(current, []))
            rows = con.execute(
                select(m.ServiceClassLink.service_id)
                .where(m.ServiceClassLink.class_uri.in_(sorted(wanted)))
                .distinct()
                .order_by(m.ServiceClassLink.service_id)
            )
            return [r[0] for r in rows]

    def on_call_counterparts(self, regular_ids: list[str], organiser_id: str) -> list[str]:
        """On-call services sharing a class with the given (not on-call) services, among those
        the client's organiser offers: an urgent case sees them first."""
        if not regular_ids:
            return []
        with self._engine.connect() as con:
            classes = select(m.ServiceClassLink.class_uri).where(
                m.ServiceClassLink.service_id.in_(regular_ids)
            )
            rows = con.execute(
                select(m.ServiceClassLink.service_id)
                .where(m.ServiceClassLink.class_uri.in_(classes))
                .distinct()
                .order_by(m.ServiceClassLink.service_id)
            )
            related = [r[0] for r in rows if r[0] not in regular_ids]
        return [i for i in related if self._index.is_on_call(i) and self._serves(i, organiser_id)]

    def need_classes(self) -> list[NeedClass]:
        """The service classes that some service belongs to, by code."""
        with self._engine.connect() as con:
            rows = con.execute(
                select(m.ServiceClass.uri, m.ServiceClass.code, m.ServiceClass.names)
                .where(m.ServiceClass.uri.in_(select(m.ServiceClassLink.class_uri)))
                .order_by(m.ServiceClass.code)
            )
            return [NeedClass(r.uri, r.code, r.names) for r in rows]
