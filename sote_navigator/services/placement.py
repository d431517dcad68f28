"""Placing a client: from what the counsellor typed to an explained evaluation.

The wizard and ``sote-navigator place`` both come here, so that they give the same services,
verdicts, ranked choice sets and reasons.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import Engine

from sote_navigator.core.catalogue import (
    LookupAnswer,
    OfferingDetails,
    ProviderDetails,
    Routing,
    ServiceDetails,
)
from sote_navigator.core.client_context import ClientContext
from sote_navigator.core.client_groups import Circumstances
from sote_navigator.core.errors import Problem, UserFacingError
from sote_navigator.core.fees import FeeTable, fee_reasons
from sote_navigator.core.freshness import FreshnessRule, freshness_months
from sote_navigator.core.placement import (
    Candidate,
    Evaluation,
    Need,
    NeedKind,
    ServiceAssessment,
    client_reasons,
)
from sote_navigator.core.placement import evaluate as evaluate_candidates
from sote_navigator.core.placement_record import CatalogueStamp, PlacementInput, snapshot
from sote_navigator.core.placement_snapshot import PlacementSnapshot
from sote_navigator.core.reasons import Reason
from sote_navigator.core.urgent import need_kinds, route_service_codes, urgent_routes
from sote_navigator.services import catalogue, fee_tables, offering_facts
from sote_navigator.services import urgent_routes as urgent_data
from sote_navigator.services.catalogue_access import CatalogueAccess
from sote_navigator.services.client_origin import client_origin
from sote_navigator.services.offering_index import OfferingIndex
from sote_navigator.services.placement_needs import MAX_SERVICES, NeedClass, NeedResolver

MAX_AGE = 130
# A region's worth of offerings; past this the caches start again (bounded memory).
MAX_CACHED_OFFERINGS = 20_000
# How many providers a choice set lists: nobody reads 300; all are ranked, the client's
# choice is always listed, and "show all" lists every one.
SHOWN_PROVIDERS = 10
__all__ = ["MAX_AGE", "MAX_SERVICES", "SHOWN_PROVIDERS", "NeedClass", "Placer", "evaluate"]


def circumstances_of(entered: PlacementInput) -> Circumstances:
    return Circumstances.parse(
        entered.education, entered.work, entered.children, entered.expecting, entered.veteran
    )


class Placer:
    """Evaluates placements against the current catalogue. Create once, ask many times:
    it keeps the catalogue's structure and who offers what in memory, per catalogue version."""

    def __init__(self, catalogue: CatalogueAccess) -> None:
        engine = catalogue.engine
        self._engine = engine
        # Shared with the navigator (see services.workspace); the rest is the placement's own.
        self.directory = catalogue.directory
        self.lookup = catalogue.lookup
        self.reader = catalogue.reader
        self.search = catalogue.search
        self.contact_routes = catalogue.contact_routes
        self.index = OfferingIndex(engine)
        self.needs = NeedResolver(engine, self.search, self.index)
        self.urgent = urgent_data.UrgentRoutes(engine, self.contact_routes)
        self._service_cache: dict[str, ServiceDetails] = {}
        self._provider_cache: dict[str, ProviderDetails] = {}
        self._fact_cache: dict[str, OfferingDetails] = {}
        self._offering_cache: dict[str, OfferingDetails] = {}
        self._cache_version = -2
        self._freshness_months: int | None = None  # of the cached catalogue version

    # -- the client -------------------------------------------------------------------------

    def find_municipality(self, text: str, on: dt.date | None = None) -> LookupAnswer:
        return self.lookup.lookup(text, on)

    def routing(self, text: str, on: dt.date | None = None) -> Routing:
        answer = self.lookup.lookup(text, on)
        if answer.routing is None:
            raise UserFacingError(Problem.UNKNOWN_MUNICIPALITY, {"query": text})
        return answer.routing

    def context(self, entered: PlacementInput, on: dt.date | None = None) -> ClientContext:
        """The client context from the counsellor's entries (raises for a missing answer)."""
        routing = self.routing(entered.municipality_code or entered.municipality, on)
        if entered.age is None or not 0 <= entered.age <= MAX_AGE:
            # The wizard and the CLI check the age first; reaching here is a programming error.
            raise ValueError(f"age out of range: {entered.age}")
        return ClientContext(
            routing=routing,
            age=entered.age,
            language=entered.language or "fi",
            urgent=entered.urgent,
            home_visit=entered.home_visit,
            accessible=entered.accessible,
            evening=entered.evening,
            interpreter=entered.interpreter,
            circumstances=circumstances_of(entered),
            fees=entered.fee_inputs,
            postal_code=entered.postal_code.strip(),
            origin=client_origin(self._engine, routing, entered.postal_code),
        )

    # -- the need ---------------------------------------------------------------------------

    def need(self, text: str) -> Need:
        return self.needs.need(text)

    def service_ids(self, need: Need, organiser_id: str | None = None) -> list[str]:
        self.index.refresh(self.directory.get())
        return self.needs.service_ids(need, organiser_id)

    def services_for(self, need: Need, organiser_id: str | None = None) -> list[ServiceDetails]:
        """The services a need names, in the order the placement shows them."""
        ids = self.service_ids(need, organiser_id)
        found = {s.id: s for s in self.reader.services(ids)}
        return [found[i] for i in ids if i in found]

    def need_classes(self) -> list[NeedClass]:
        return self.needs.need_classes()

    # -- the evaluation ---------------------------------------------------------------------

    def evaluate(
        self,
        context: ClientContext,
        need: Need,
        *,
        show_all: bool = False,
        keep: Iterable[str] = (),
    ) -> Evaluation:
        """Every service the need finds, with its verdict, reasons and ranked choice set.

        A choice set lists its best ``SHOWN_PROVIDERS`` (all with ``show_all``) and the
        offerings in ``keep`` (the client's choice) wherever they rank; all are ranked.
        """
        directory = self.directory.get()
        self.index.refresh(directory)
        self._follow(directory.version)
        organiser = context.routing.organiser.id
        ids = self.needs.service_ids(need, organiser)
        routes: tuple[Reason, ...] = ()
        around_the_clock: list[str] = []
        if context.urgent:
            self.urgent.follow(directory.version)
            routes, around_the_clock = self._urgent(context, ids)
            regular = [i for i in ids if not self.index.is_on_call(i)]
            counterparts = self.needs.on_call_counterparts(regular, organiser)
            # The routes' own services first; each service once however it was found.
            ids = list(dict.fromkeys([*around_the_clock, *ids, *counterparts]))
        services = self._services(ids)
        local = {i: self.index.local_offerings(organiser, i) for i in ids}
        facts = self._facts(sorted({o for found in local.values() for o in found}))
        routes_of = self.contact_routes.of_services(ids)
        candidates = [
            Candidate(
                services[i],
                tuple(facts[o] for o in local[i] if o in facts),
                self.index.offered_by(i),
                tuple(r for r in routes_of.get(i, ()) if r.organiser_id in (None, organiser)),
            )
            for i in ids
            if i in services
        ]
        ranked = evaluate_candidates(
            context,
            need,
            candidates,
            {u.id: u for u in directory.units_of(organiser)},
            limit=None if show_all else SHOWN_PROVIDERS,
            keep=frozenset(keep),
            freshness=self.freshness_rule(),
            urgent_routes=routes,
            around_the_clock=frozenset(around_the_clock),
        )
        listed = sorted(
            {p.offering.id for a in ranked.services if a.choice_set for p in a.choice_set.providers}
        )
        full = with_full_offerings(ranked, self._offerings(listed))
        return with_fee_reasons(full, fee_tables.tables())

    def _urgent(
        self, context: ClientContext, ids: list[str]
    ) -> tuple[tuple[Reason, ...], list[str]]:
        """The urgent routes for the kind of need the first services found say it is, and
        the services those routes name that serve the client's organiser."""
        organiser = context.routing.organiser
        found = self._services(ids)
        first = [found[i] for i in ids if i in found]
        config = urgent_data.config()
        kinds = need_kinds(config, first, context.age, context.circumstances)
        named = [
            i
            for code in route_service_codes(kinds)
            for i in self.urgent.service_ids(code)
            if self._offered_to(i, organiser.id, config.routes[code].matcher.service_ids)
        ]
        contacts = self.urgent.contacts(
            organiser.id, lambda i: organiser.id in self.index.offered_by(i)
        )
        routes = urgent_routes(config, kinds, organiser, contacts)
        return routes, list(dict.fromkeys(named))

    def _offered_to(self, service_id: str, organiser_id: str, curated: frozenset[str]) -> bool:
        """Whether a service an urgent route names is the client's organiser's: offered for its
        units, or a statutory service listed with no provider at all. An imported service that
        only its name ties to the route, with no offering, may be another county's."""
        offered_by = self.index.offered_by(service_id)
        if offered_by:
            return organiser_id in offered_by
        return service_id in curated

    def _follow(self, version: int) -> None:
        """Caches hold one catalogue version; a region's worth at most (bounded memory)."""
        caches: list[dict[str, Any]] = [
            self._service_cache,
            self._provider_cache,
            self._fact_cache,
            self._offering_cache,
        ]
        if version != self._cache_version or len(self._fact_cache) > MAX_CACHED_OFFERINGS:
            self._cache_version = version
            self._freshness_months = None
            for cache in caches:
                cache.clear()

    def _services(self, ids: list[str]) -> dict[str, ServiceDetails]:
        missing = [i for i in ids if i not in self._service_cache]
        if missing:
            self._service_cache.update((s.id, s) for s in self.reader.services(missing))
        return {i: self._service_cache[i] for i in ids if i in self._service_cache}

    def _facts(self, ids: list[str]) -> dict[str, OfferingDetails]:
        """Offerings with their ranking facts only (see offering_facts), cached."""
        missing = [i for i in ids if i not in self._fact_cache]
        if missing:
            with self._engine.connect() as con:
                needed = offering_facts.provider_ids(con, missing) - set(self._provider_cache)
                self._provider_cache.update((p.id, p) for p in self.reader.providers(needed))
                light = offering_facts.light_offerings(con, missing, self._provider_cache)
            self._fact_cache.update((o.id, o) for o in light)
        return {i: self._fact_cache[i] for i in ids if i in self._fact_cache}

    def _offerings(self, ids: list[str]) -> dict[str, OfferingDetails]:
        """Offerings in full (addresses, phones, hours), for the providers listed, cached."""
        missing = [i for i in ids if i not in self._offering_cache]
        if missing:
            self._offering_cache.update((o.id, o) for o in self.reader.offerings(ids=missing))
        return {i: self._offering_cache[i] for i in ids if i in self._offering_cache}

    def freshness_rule(self) -> FreshnessRule:
        """The current catalogue's freshness limit (``freshness_months``), as of today: the
        limit read once per catalogue version, the day asked each time."""
        if self._freshness_months is None:
            with self._engine.connect() as con:
                row = catalogue.current_row(con)
            self._freshness_months = freshness_months(row.header if row else None)
        return FreshnessRule(self._freshness_months)

    # -- the record -------------------------------------------------------------------------

    def catalogue_stamp(self) -> CatalogueStamp | None:
        info = catalogue.current(self._engine)
        if info is None:
            return None
        return CatalogueStamp(
            info.version_number,
            info.catalogue_id,
            info.version,
            tuple(dict(t) for t in info.names),
            info.valid_from.isoformat() if info.valid_from else None,
        )

    def snapshot_for(self, entered: PlacementInput) -> PlacementSnapshot | None:
        """The record snapshot for the entries so far; None while the client is unknown."""
        try:
            context = self.context(entered)
        except (UserFacingError, ValueError):
            return None
        need = Need(NeedKind(entered.need_kind), entered.need_value)
        if entered.need_value:
            evaluation = self.evaluate(
                context, need, show_all=entered.show_all_providers, keep=[entered.offering_id]
            )
        else:  # the client is known, the need not yet: keep who serves them
            self.index.refresh(self.directory.get())
            self.urgent.follow(self.directory.get().version)
            routes = self._urgent(context, [])[0] if context.urgent else ()
            evaluation = Evaluation(context, need, client_reasons(context), (), routes)
        return snapshot(evaluation, entered.service_id, entered.offering_id, self.catalogue_stamp())


def evaluate(engine: Engine, context: ClientContext, need: Need) -> Evaluation:
    """One evaluation on cold caches (a test, a one-off): a Workspace's placer keeps them."""
    return Placer(CatalogueAccess(engine)).evaluate(context, need)


def with_fee_reasons(evaluation: Evaluation, tables: Sequence[FeeTable]) -> Evaluation:
    """Each open service's choice set also says what the client pays, where a table says it."""
    context = evaluation.context
    organiser = context.routing.organiser

    def priced(a: ServiceAssessment) -> ServiceAssessment:
        if a.choice_set is None or not a.verdict.open:
            return a
        said = fee_reasons(tables, organiser.id, organiser.names, a.service.id, context.fees)
        if not said:
            return a
        return replace(a, choice_set=replace(a.choice_set, reasons=a.choice_set.reasons + said))

    return replace(evaluation, services=tuple(priced(a) for a in evaluation.services))


def with_full_offerings(evaluation: Evaluation, full: Mapping[str, OfferingDetails]) -> Evaluation:
    """The evaluation with each listed provider's light offering replaced by the full one."""

    def filled(a: ServiceAssessment) -> ServiceAssessment:
        if a.choice_set is None:
            return a
        providers = tuple(
            replace(p, offering=full.get(p.offering.id, p.offering)) for p in a.choice_set.providers
        )
        return replace(a, choice_set=replace(a.choice_set, providers=providers))

    return replace(evaluation, services=tuple(filled(a) for a in evaluation.services))
