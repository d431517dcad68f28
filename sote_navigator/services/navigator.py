"""What the navigator window asks: a municipality's routing, the services and providers that
serve its regional unit, grouped and filtered, and the details of each.

Everything here answers in milliseconds at national scale: the service list and the class
tree are read once per catalogue version; narrowing by unit and filters is done by the
search index (db.search_scope), not by reading offerings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select

from sote_navigator.core.catalogue import (
    CatalogueInfo,
    LookupAnswer,
    Municipality,
    RegionalUnit,
    Routing,
    SearchResult,
)
from sote_navigator.core.choice_set import BrowsingClient, build_choice_set
from sote_navigator.core.contact_routes import ContactRoute, phones_first
from sote_navigator.core.freshness import FreshnessRule, freshness_months
from sote_navigator.core.item_views import (
    LocationView,
    OfferingList,
    OfferingRow,
    ProviderView,
    ServiceView,
)
from sote_navigator.core.navigation import (
    NO_FILTER,
    ClassEntry,
    Grouping,
    OfferingFilter,
    ServiceEntry,
    TreeNode,
    collation_key,
    offering_features,
)
from sote_navigator.core.reasons import ReasonCode
from sote_navigator.core.vocabulary import EntityKind, ProviderKind, Responsibility, ServiceLevel
from sote_navigator.db import models as m
from sote_navigator.db import search_index, search_scope
from sote_navigator.db.startup_snapshot import StartupSnapshot
from sote_navigator.services import catalogue, service_tree
from sote_navigator.services.catalogue_access import CatalogueAccess
from sote_navigator.services.client_origin import client_origin

PLACE_KINDS = (EntityKind.PROVIDER, EntityKind.LOCATION)
SERVICE_RESULTS = 15
# A provider without a municipality can have thousands of offerings; the list shows this many.
PROVIDER_OFFERINGS_LIMIT = 300
_KIND_ORDER = {kind: i for i, kind in enumerate(ProviderKind)}


@dataclass
class _Services:
    version: int
    services: dict[str, ServiceEntry]
    classes: dict[str, ClassEntry]


class Navigator:
    """Answers the window's questions through the workspace's shared readers and caches."""

    def __init__(self, catalogue: CatalogueAccess) -> None:
        self._engine = catalogue.engine
        self._directory = catalogue.directory
        self._lookup = catalogue.lookup
        self._search = catalogue.search
        self._reader = catalogue.reader
        self._routes = catalogue.contact_routes
        self._services: _Services | None = None

    def preload(self, startup: StartupSnapshot) -> None:
        """What start-up already read: used while that catalogue version stays current."""
        if self._services is None:
            self._services = _Services(
                startup.info.version_number, dict(startup.services), dict(startup.classes)
            )

    # --- municipality ---------------------------------------------------------------------

    def complete(self, text: str, limit: int = 12) -> list[Municipality]:
        return self._lookup.complete(text, limit)

    def find_municipality(self, text: str, on: dt.date | None = None) -> LookupAnswer:
        return self._lookup.lookup(text, on)

    def routing(self, code: str, on: dt.date | None = None) -> Routing | None:
        return self._directory.get().routing(code, on or dt.date.today())

    def catalogue_info(self) -> CatalogueInfo | None:
        return catalogue.current(self._engine)

    # --- services -------------------------------------------------------------------------

    def _service_index(self) -> _Services:
        version = self._directory.get().version
        if self._services is None or self._services.version != version:
            with self._engine.connect() as con:
                services = {
                    r.id: ServiceEntry(
                        r.names,
                        r.id,
                        ServiceLevel(r.level),
                        tuple(r.classes),
                        Responsibility(r.responsibility),
                        r.example,
                    )
                    for r in con.execute(
                        select(
                            m.Service.id,
                            m.Service.names,
                            m.Service.level,
                            m.Service.classes,
                            m.Service.responsibility,
                            m.Service.example,
                        )
                    )
                }
                classes = {
                    r.uri: ClassEntry(r.names, r.uri, r.code, r.parent_uri)
                    for r in con.execute(
                        select(
                            m.ServiceClass.uri,
                            m.ServiceClass.code,
                            m.ServiceClass.parent_uri,
                            m.ServiceClass.names,
                        )
                    )
                }
            self._services = _Services(version, services, classes)
        return self._services

    def services_in_scope(
        self, regional_unit_id: str | None, offering_filter: OfferingFilter = NO_FILTER
    ) -> list[ServiceEntry]:
        """Services serving the unit (all services when None) with an offering that passes."""
        index = self._service_index()
        scope = search_scope.match_expression(regional_unit_id, offering_filter)
        if scope is None:
            return list(index.services.values())
        with self._engine.connect() as con:
            ids = search_index.in_scope(con, EntityKind.SERVICE, scope)
        return [s for i, s in index.services.items() if i in ids]

    def service_tree(
        self,
        grouping: Grouping,
        language: str,
        regional_unit_id: str | None = None,
        offering_filter: OfferingFilter = NO_FILTER,
    ) -> tuple[TreeNode, ...]:
        services = self.services_in_scope(regional_unit_id, offering_filter)
        if grouping is Grouping.LEVEL:
            return service_tree.by_level(services, language)
        return service_tree.by_class(services, self._service_index().classes, language)

    def search(
        self,
        text: str,
        regional_unit_id: str | None = None,
        offering_filter: OfferingFilter = NO_FILTER,
        limit: int = 40,
        *,
        language: str | None = None,
    ) -> list[SearchResult]:
        """Services first, then providers and locations, each best first, names in
        ``language`` (the UI's) before names in other languages.

        The window is there to find a service and then who provides it, so a service that
        matches is never pushed out of sight by the many locations named after it.
        """
        return self._search.search_grouped(
            text,
            [((EntityKind.SERVICE,), SERVICE_RESULTS), (PLACE_KINDS, limit - SERVICE_RESULTS)],
            regional_unit_id=regional_unit_id,
            offering_filter=offering_filter,
            language=language,
        )

    # --- details --------------------------------------------------------------------------

    def service_view(self, service_id: str) -> ServiceView | None:
        service = self._reader.service(service_id)
        if service is None:
            return None
        classes = self._service_index().classes
        return ServiceView(
            service,
            tuple(classes[u] for u in service.classes if u in classes),
            self.service_routes(service_id),
        )

    def service_routes(self, service_id: str) -> tuple[ContactRoute, ...]:
        """The service's phone lines, e-services, web pages and forms, phone first."""
        return tuple(phones_first(self._routes.of_services([service_id]).get(service_id, [])))

    def provider_view(self, provider_id: str) -> ProviderView | None:
        provider = self._reader.provider(provider_id)
        if provider is None:
            return None
        directory = self._directory.get()
        with self._engine.connect() as con:
            unit_ids = con.execute(
                select(m.OfferingUnit.regional_unit_id)
                .join(m.Offering, m.Offering.id == m.OfferingUnit.offering_id)
                .where(m.Offering.provider_id == provider_id)
                .distinct()
            ).scalars()
            units = self._units(unit_ids)
        organiser = directory.organisers.get(provider.organiser_id or "")
        routes = self._routes.of_providers([provider_id]).get(provider_id, [])
        return ProviderView(provider, organiser, units, tuple(phones_first(routes)))

    def location_view(self, location_id: str) -> LocationView | None:
        location = self._reader.location(location_id)
        if location is None:
            return None
        offerings = self._reader.offerings(location_id=location_id)
        provider = (
            self._reader.provider(location.provider_id)
            if location.provider_id
            else (offerings[0].provider if offerings else None)
        )
        municipality = self._directory.get().municipalities.get(location.municipality_code or "")
        units = self._units(u for o in offerings for u in o.regional_unit_ids)
        stale = self.freshness_rule().is_stale(location.verified_on)
        return LocationView(location, provider, municipality, units, stale)

    def _units(self, ids: Iterable[str]) -> tuple[RegionalUnit, ...]:
        known = self._directory.get().units
        return tuple(known[i] for i in sorted(set(ids)) if i in known)

    def offerings(
        self,
        kind: EntityKind,
        ref_id: str,
        regional_unit_id: str | None = None,
        offering_filter: OfferingFilter = NO_FILTER,
        language: str = "fi",
        *,
        client: Routing | None = None,
        postal_code: str = "",
    ) -> OfferingList:
        """Who offers this service, what this provider offers, or what is offered here:
        only offerings for the unit (when given) that pass the filter, own production first.

        With the client's home municipality (``client``, and ``postal_code`` when given), a
        service's providers are ranked as a placement ranks them (core.choice_set), nearest
        first among equals, each with its distance."""
        limit = None
        if kind is EntityKind.SERVICE:
            found = self._reader.offerings(service_ids=[ref_id], regional_unit_id=regional_unit_id)
        elif kind is EntityKind.PROVIDER:
            limit = PROVIDER_OFFERINGS_LIMIT
            found = self._reader.offerings(
                provider_id=ref_id, regional_unit_id=regional_unit_id, limit=limit + 1
            )
        elif kind is EntityKind.LOCATION:
            found = self._reader.offerings(location_id=ref_id, regional_unit_id=regional_unit_id)
        else:
            return OfferingList(())
        truncated = limit is not None and len(found) > limit
        services = self._service_index().services
        rule = self.freshness_rule()
        rows = [
            OfferingRow(
                o, services.get(o.service_id), offering_features(o), rule.is_stale(o.information[0])
            )
            for o in found[:limit]
            if offering_filter.accepts(o)
        ]
        if kind is EntityKind.SERVICE and client is not None:
            ranked = self._ranked(ref_id, rows, client, postal_code)
            if ranked is not None:
                return OfferingList(ranked, truncated)
        rows.sort(key=lambda row: _row_order(row, language))
        return OfferingList(tuple(rows), truncated)

    def _ranked(
        self, service_id: str, rows: Sequence[OfferingRow], routing: Routing, postal_code: str
    ) -> tuple[OfferingRow, ...] | None:
        """The rows in the placement's order for a client of ``routing`` (the same ranking
        ``place`` and the wizard use), with the distance reason of each."""
        service = self._reader.service(service_id)
        if service is None:
            return None
        client = BrowsingClient(routing, client_origin(self._engine, routing, postal_code))
        units = {u.id: u for u in self._directory.get().units_of(routing.organiser.id)}
        by_id = {row.offering.id: row for row in rows}
        ranked = build_choice_set(
            client,
            service,
            [row.offering for row in rows],
            units,
            freshness=self.freshness_rule(),
        )
        return tuple(
            replace(
                by_id[p.offering.id],
                distance=next((r for r in p.reasons if r.code is ReasonCode.DISTANCE), None),
            )
            for p in ranked.providers
        )

    def freshness_rule(self) -> FreshnessRule:
        """The current catalogue's freshness limit, as of today."""
        with self._engine.connect() as con:
            row = catalogue.current_row(con)
        return FreshnessRule(freshness_months(row.header if row else None))

    def unit_names(self, ids: Sequence[str]) -> tuple[RegionalUnit, ...]:
        return self._units(ids)


def _row_order(row: OfferingRow, language: str) -> tuple[int, str, int, str, str]:
    o = row.offering
    location = o.location.name(language) if o.location else ""
    service = row.service.name(language) if row.service else ""
    return (
        _KIND_ORDER[o.provider.kind],
        collation_key(o.provider.name(language)),
        0 if o.location is not None else 1,  # "no fixed place" never hides a real place
        collation_key(service),
        collation_key(location),
    )
