"""The placement rules: which services fit a client, with what verdict, and why.

Pure functions over catalogue dataclasses. The services layer gathers the candidate services
and their offerings from the database; everything decided here is explained by reasons.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sote_navigator.core import localized
from sote_navigator.core.catalogue import OfferingDetails, RegionalUnit, ServiceDetails
from sote_navigator.core.choice_set import ChoiceSet, build_choice_set
from sote_navigator.core.client_context import NATIONAL_LANGUAGES, ClientContext
from sote_navigator.core.client_groups import membership
from sote_navigator.core.contact_routes import ContactRoute, phones_first
from sote_navigator.core.freshness import FreshnessRule
from sote_navigator.core.localized import LocalizedText
from sote_navigator.core.reasons import Effect, Reason, ReasonCode, Verdict, reason
from sote_navigator.core.vocabulary import Access, Responsibility

# Words that mark on-call (emergency) care in a service's names and keywords: "päivystys" and
# its inflections, Swedish "jour" at either end of a compound (but not "journal"), English
# "emergency" and "on-call". Case-insensitive; written with and without diacritics.
ON_CALL = re.compile(r"p[aä]ivysty|\bjour(?!nal)|jour\b|emergency|\bon[- ]call\b", re.IGNORECASE)


class NeedKind(StrEnum):
    SERVICE = "service"
    SERVICE_CLASS = "service_class"
    WORDS = "words"


@dataclass(frozen=True)
class Need:
    kind: NeedKind
    value: str


@dataclass(frozen=True)
class Candidate:
    """A service that may fit, with the offerings serving the client's organiser's units."""

    service: ServiceDetails
    offerings: tuple[OfferingDetails, ...]
    # Every organiser whose units any offering of the service serves (empty: none listed).
    offered_by: frozenset[str]
    # Phone lines, e-services, web pages and forms of the service for the client's organiser.
    routes: tuple[ContactRoute, ...] = ()


@dataclass(frozen=True)
class ServiceAssessment:
    service: ServiceDetails
    verdict: Verdict
    reasons: tuple[Reason, ...]
    choice_set: ChoiceSet | None
    on_call: bool
    # The ways in that are not a building (phone first), for the client's organiser.
    routes: tuple[ContactRoute, ...] = ()


@dataclass(frozen=True)
class Evaluation:
    context: ClientContext
    need: Need
    client_reasons: tuple[Reason, ...]
    services: tuple[ServiceAssessment, ...]
    # Where to turn now when the need is urgent (core.urgent): 112, the social emergency
    # service, Päivystysapu, ... by the kind of need; empty when it is not urgent.
    urgent_routes: tuple[Reason, ...] = ()

    def assessment(self, service_id: str) -> ServiceAssessment | None:
        return next((s for s in self.services if s.service.id == service_id), None)


def is_on_call(service: ServiceDetails) -> bool:
    return names_say_on_call(service.names, service.keywords)


def names_say_on_call(names: LocalizedText, keywords: LocalizedText) -> bool:
    texts = [*localized.all_values(names), *localized.all_values(keywords)]
    return any(ON_CALL.search(t) for t in texts)


def client_reasons(context: ClientContext) -> tuple[Reason, ...]:
    mu = context.routing.municipality
    out: list[Reason] = []
    if not context.routing.organiser.in_reform:
        out.append(
            reason(
                ReasonCode.OUTSIDE_REFORM, Effect.INFO, organiser=context.routing.organiser.names
            )
        )
    if context.language in NATIONAL_LANGUAGES:
        if context.has_language_right:
            out.append(
                reason(
                    ReasonCode.LANGUAGE_RIGHT,
                    Effect.FOR,
                    language=context.language,
                    municipality=mu.names,
                    bilingual=mu.language_status.bilingual,
                )
            )
        else:
            out.append(
                reason(
                    ReasonCode.LANGUAGE_NOT_OFFICIAL,
                    Effect.INFO,
                    language=context.language,
                    municipality=mu.names,
                )
            )
    if context.needs_interpreter:
        out.append(reason(ReasonCode.INTERPRETER_NEEDED, Effect.INFO, language=context.language))
    return tuple(out)


def _age_reasons(service: ServiceDetails, age: int) -> tuple[list[Reason], list[Reason]]:
    """(reasons against, reasons for) from the service's age limits."""
    against: list[Reason] = []
    if service.min_age is not None and age < service.min_age:
        against.append(
            reason(ReasonCode.BELOW_MIN_AGE, Effect.AGAINST, min_age=service.min_age, age=age)
        )
    if service.max_age is not None and age > service.max_age:
        against.append(
            reason(ReasonCode.ABOVE_MAX_AGE, Effect.AGAINST, max_age=service.max_age, age=age)
        )
    if against or (service.min_age is None and service.max_age is None):
        return against, []
    limits = reason(
        ReasonCode.AGE_WITHIN_LIMITS,
        Effect.FOR,
        min_age=service.min_age,
        max_age=service.max_age,
        age=age,
    )
    return [], [limits]


def _group_reasons(
    service: ServiceDetails, context: ClientContext
) -> tuple[list[Reason], list[Reason], Reason | None]:
    """(reasons against, reasons for, the condition to confirm) from the service's groups."""
    if not service.client_groups:
        return [], [], None
    found = {g: membership(g, context.age, context.circumstances) for g in service.client_groups}
    member = next((g for g, m in found.items() if m.member), None)
    if member is not None:
        supporting = reason(
            ReasonCode.IN_CLIENT_GROUP, Effect.FOR, group=member, by_age=found[member].by_age
        )
        return [], [supporting], None
    unknown = [g for g, m in found.items() if m.member is None]
    if not unknown:
        groups = list(service.client_groups)
        return [reason(ReasonCode.NOT_IN_CLIENT_GROUP, Effect.AGAINST, groups=groups)], [], None
    ask = list(dict.fromkeys(m.ask.value for m in found.values() if m.ask is not None))
    return [], [], reason(ReasonCode.CLIENT_GROUP_UNCONFIRMED, Effect.INFO, groups=unknown, ask=ask)


_ACCESS = {
    Access.DIRECT: (Verdict.ELIGIBLE, ReasonCode.DIRECT_ACCESS),
    Access.ASSESSMENT_DECISION: (Verdict.ASSESSMENT_DECISION, ReasonCode.ASSESSMENT_REQUIRED),
    Access.REFERRAL: (Verdict.REFERRAL, ReasonCode.REFERRAL_REQUIRED),
}


def assess(
    context: ClientContext,
    candidate: Candidate,
    units: Mapping[str, RegionalUnit],
    *,
    limit: int | None = None,
    keep: frozenset[str] = frozenset(),
    around_the_clock: frozenset[str] = frozenset(),
    freshness: FreshnessRule | None = None,
) -> ServiceAssessment:
    """The verdict on one service for this client, its reasons and its choice set.

    ``around_the_clock``: services an urgent route names (a shelter, the social emergency
    service): shown first when the need is urgent, like on-call care."""
    service = candidate.service
    on_call = is_on_call(service)
    routing = context.routing
    if service.responsibility is Responsibility.MUNICIPALITY:
        municipal = reason(
            ReasonCode.MUNICIPAL_SERVICE,
            Effect.INFO,
            municipality=routing.municipality.names,
            municipality_code=routing.municipality.code,
        )
        return ServiceAssessment(service, Verdict.MUNICIPAL, (municipal,), None, on_call)
    if not routing.organiser.in_reform:
        outside = reason(ReasonCode.OUTSIDE_REFORM, Effect.INFO, organiser=routing.organiser.names)
        return ServiceAssessment(service, Verdict.OUTSIDE_REFORM, (outside,), None, on_call)
    against, supporting = _age_reasons(service, context.age)
    group_against, group_for, condition = _group_reasons(service, context)
    against += group_against
    supporting += group_for
    if candidate.offered_by and routing.organiser.id not in candidate.offered_by:
        if service.residence_required:
            against.append(
                reason(
                    ReasonCode.RESIDENCE_OUTSIDE_AREA,
                    Effect.AGAINST,
                    organiser=routing.organiser.names,
                    municipality=routing.municipality.names,
                )
            )
        else:
            supporting.append(reason(ReasonCode.OFFERED_OUTSIDE_AREA, Effect.INFO))
    if against:
        return ServiceAssessment(service, Verdict.NOT_ELIGIBLE, tuple(against), None, on_call)
    verdict, code = _ACCESS[service.access]
    reasons = [reason(code, Effect.INFO), *supporting]
    if condition is not None:
        verdict = Verdict.CONDITIONAL
        reasons.insert(0, condition)
    if context.urgent:
        if on_call:
            reasons.append(reason(ReasonCode.ON_CALL_FIRST, Effect.FOR))
        elif service.id in around_the_clock:
            reasons.append(reason(ReasonCode.AROUND_THE_CLOCK_FIRST, Effect.FOR))
        else:
            reasons.append(reason(ReasonCode.URGENT_USE_ON_CALL, Effect.INFO))
    choice_set = build_choice_set(
        context, service, candidate.offerings, units, limit=limit, keep=keep, freshness=freshness
    )
    routes = tuple(phones_first(candidate.routes))
    if not choice_set.providers and routes:
        reasons.append(reason(ReasonCode.REACHED_BY_ROUTES, Effect.INFO, kinds=_kinds(routes)))
    elif not choice_set.providers:
        reasons.append(
            reason(ReasonCode.NO_PROVIDERS_LISTED, Effect.INFO, organiser=routing.organiser.names)
        )
    return ServiceAssessment(service, verdict, tuple(reasons), choice_set, on_call, routes)


def _kinds(routes: Sequence[ContactRoute]) -> list[str]:
    return list(dict.fromkeys(r.kind.value for r in routes))


_LATER = {Verdict.CONDITIONAL: 1, Verdict.NOT_ELIGIBLE: 2}


def evaluate(
    context: ClientContext,
    need: Need,
    candidates: Sequence[Candidate],
    units: Mapping[str, RegionalUnit],
    *,
    limit: int | None = None,
    keep: frozenset[str] = frozenset(),
    urgent_routes: tuple[Reason, ...] = (),
    around_the_clock: frozenset[str] = frozenset(),
    freshness: FreshnessRule | None = None,
) -> Evaluation:
    """Assess every candidate.

    ``limit`` caps each choice set's list (the ranking covers all; ``keep`` stays listed).
    Order: on-call services first when urgent; then as relevant as the need found them
    (a municipal service stays where it was found: "contact the municipality" is an answer);
    the services that depend on an unconfirmed client group next; those the client is not
    eligible for last. A service appears once, however many ways the need found it.
    """
    unique: list[Candidate] = []
    for c in candidates:
        if all(u.service.id != c.service.id for u in unique):
            unique.append(c)
    rule = freshness or FreshnessRule()
    assessed = [
        assess(
            context,
            c,
            units,
            limit=limit,
            keep=keep,
            around_the_clock=around_the_clock,
            freshness=rule,
        )
        for c in unique
    ]
    order = {a.service.id: i for i, a in enumerate(assessed)}

    def first_when_urgent(a: ServiceAssessment) -> bool:
        return (a.on_call or a.service.id in around_the_clock) and a.verdict.open

    assessed.sort(
        key=lambda a: (
            0 if context.urgent and first_when_urgent(a) else 1,
            _LATER.get(a.verdict, 0),
            order[a.service.id],
        )
    )
    routes = urgent_routes if context.urgent else ()
    return Evaluation(context, need, client_reasons(context), tuple(assessed), routes)
