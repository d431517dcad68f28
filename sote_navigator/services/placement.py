"""Placing a client: from what the counsellor typed to an explained evaluation.

The wizard and ``sote-navigator place`` both come here, so that they give the same services,
verdicts, ranked choice sets and reasons.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Engine, select

from sote_navigator.core import localized
from sote_navigator.core.catalogue import LookupAnswer, RegionalUnit, Routing, ServiceDetails
from sote_navigator.core.errors import Problem, UserFacingError
from sote_navigator.core.localized import LocalizedText
from sote_navigator.core.placement import (
    Candidate,
    ClientContext,
    Evaluation,
    Need,
    NeedKind,
    client_reasons,
    is_on_call,
)
from sote_navigator.core.placement import evaluate as evaluate_candidates
from sote_navigator.core.placement_record import CatalogueStamp, PlacementInput, snapshot
from sote_navigator.core.vocabulary import EntityKind
from sote_navigator.db import models as m
from sote_navigator.services import catalogue
from sote_navigator.services.directory import DirectoryCache
from sote_navigator.services.lookup import MunicipalityLookup
from sote_navigator.services.offerings import CatalogueReader
from sote_navigator.services.search import CatalogueSearch


@dataclass(frozen=True)
class NeedClass:
    """A service class a need can be picked from."""

    uri: str
    code: str
    names: LocalizedText

    def name(self, language: str) -> str:
        return localized.pick(self.names, language)


# How many services a need in words brings: enough for the close matches, few enough to read.
MAX_SERVICES = 12
MAX_AGE = 130


class Placer:
    """Evaluates placements against the current catalogue. Create once, ask many times."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self.directory = DirectoryCache(engine)
        self.lookup = MunicipalityLookup(self.directory)
        self.reader = CatalogueReader(engine)
        self.search = CatalogueSearch(engine)

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
        )

    # -- the need ---------------------------------------------------------------------------

    def need(self, text: str) -> Need:
        """A service id, a service class (code or URI), or else search words."""
        value = text.strip()
        if self.reader.service(value) is not None:
            return Need(NeedKind.SERVICE, value)
        with self._engine.connect() as con:
            uri = con.execute(
                select(m.ServiceClass.uri).where(
                    (m.ServiceClass.uri == value) | (m.ServiceClass.code == value.upper())
                )
            ).scalar()
        if uri is not None:
            return Need(NeedKind.SERVICE_CLASS, str(uri))
        return Need(NeedKind.WORDS, value)

    def service_ids(self, need: Need) -> list[str]:
        """The services a need names, most relevant first."""
        if need.kind is NeedKind.SERVICE:
            return [need.value] if self.reader.service(need.value) else []
        if need.kind is NeedKind.SERVICE_CLASS:
            return self._services_in_class(need.value)
        hits = self.search.search(need.value, limit=MAX_SERVICES, kinds=[EntityKind.SERVICE])
        return [h.id for h in hits]

    def services_for(self, need: Need) -> list[ServiceDetails]:
        """The services a need names, most relevant first, as dataclasses."""
        ids = self.service_ids(need)
        found = {s.id: s for s in self.reader.services(ids)}
        return [found[i] for i in ids if i in found]

    def need_classes(self) -> list[NeedClass]:
        """The service classes that some service belongs to, by code."""
        with self._engine.connect() as con:
            rows = con.execute(
                select(m.ServiceClass.uri, m.ServiceClass.code, m.ServiceClass.names)
                .where(m.ServiceClass.uri.in_(select(m.ServiceClassLink.class_uri)))
                .order_by(m.ServiceClass.code)
            )
            return [NeedClass(r.uri, r.code, r.names) for r in rows]

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

    def _on_call_alternatives(self, service_ids: list[str]) -> list[str]:
        """The on-call counterparts of the found services: urgent cases see them first.

        Only services that are not on-call themselves lead to counterparts (a class shared
        with dental care, not the class all on-call services share).
        """
        regular = [s.id for s in self.reader.services(service_ids) if not is_on_call(s)]
        with self._engine.connect() as con:
            classes = select(m.ServiceClassLink.class_uri).where(
                m.ServiceClassLink.service_id.in_(regular)
            )
            related = con.execute(
                select(m.ServiceClassLink.service_id)
                .where(m.ServiceClassLink.class_uri.in_(classes))
                .distinct()
            )
            others = sorted({r[0] for r in related} - set(service_ids))
        return [s.id for s in self.reader.services(others) if is_on_call(s)]

    # -- the evaluation ---------------------------------------------------------------------

    def evaluate(self, context: ClientContext, need: Need) -> Evaluation:
        ids = self.service_ids(need)
        if context.urgent and ids:
            ids = ids + self._on_call_alternatives(ids)
        services = {s.id: s for s in self.reader.services(ids)}
        units: dict[str, RegionalUnit] = {
            u.id: u for u in self.directory.get().units_of(context.routing.organiser.id)
        }
        offerings = self.reader.offerings(service_ids=ids, regional_unit_ids=sorted(units))
        offered_by = self._organisers_offering(ids)
        candidates = [
            Candidate(
                services[i],
                tuple(o for o in offerings if o.service_id == i),
                frozenset(offered_by.get(i, ())),
            )
            for i in ids
            if i in services
        ]
        return evaluate_candidates(context, need, candidates, units)

    def _organisers_offering(self, service_ids: list[str]) -> dict[str, set[str]]:
        with self._engine.connect() as con:
            rows = con.execute(
                select(m.Offering.service_id, m.RegionalUnit.organiser_id)
                .join(m.OfferingUnit, m.OfferingUnit.offering_id == m.Offering.id)
                .join(m.RegionalUnit, m.RegionalUnit.id == m.OfferingUnit.regional_unit_id)
                .where(m.Offering.service_id.in_(service_ids))
                .distinct()
            )
            found: dict[str, set[str]] = {}
            for service_id, organiser_id in rows:
                found.setdefault(service_id, set()).add(organiser_id)
            return found

    def catalogue_stamp(self) -> CatalogueStamp | None:
        info = catalogue.current(self._engine)
        if info is None:
            return None
        return CatalogueStamp(info.version_number, info.catalogue_id, info.version)

    def snapshot_for(self, entered: PlacementInput) -> dict[str, object]:
        """The record snapshot for the entries so far; empty while the client is unknown."""
        try:
            context = self.context(entered)
        except (UserFacingError, ValueError):
            return {}
        need = Need(NeedKind(entered.need_kind), entered.need_value)
        if entered.need_value:
            evaluation = self.evaluate(context, need)
        else:  # the client is known, the need not yet: keep who serves them
            evaluation = Evaluation(context, need, client_reasons(context), ())
        return snapshot(evaluation, entered.service_id, entered.offering_id, self.catalogue_stamp())


def evaluate(engine: Engine, context: ClientContext, need: Need) -> Evaluation:
    return Placer(engine).evaluate(context, need)
