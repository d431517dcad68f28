"""Evaluations as plain JSON: for ``place --json`` and for the snapshot a record keeps.

Names stay as PTV-style lists of ``{language, value, type}`` so that a stored record can be
worded again in any language long after the catalogue has changed.
"""

from __future__ import annotations

from typing import Any

from sote_navigator.core.catalogue import (
    LocationDetails,
    OfferingDetails,
    ProviderDetails,
    RecordSource,
    Routing,
    ServiceDetails,
    Voucher,
)
from sote_navigator.core.choice_set import ChoiceSet, RankedProvider, voucher_params
from sote_navigator.core.client_context import ClientContext
from sote_navigator.core.contact_routes import route_json
from sote_navigator.core.placement import Evaluation, ServiceAssessment
from sote_navigator.core.reasons import Reason

Json = dict[str, Any]


def names(texts: Any) -> list[dict[str, Any]]:
    return [dict(t) for t in texts or ()]


def voucher_json(voucher: Voucher | None) -> Json | None:
    return voucher_params(voucher) if voucher else None


def reasons_json(reasons: tuple[Reason, ...]) -> list[Json]:
    return [r.to_json() for r in reasons]


def routing_json(routing: Routing) -> Json:
    mu = routing.municipality
    return {
        "municipality": {
            "code": mu.code,
            "names": names(mu.names),
            "language_status": mu.language_status.value,
        },
        "organiser": {
            "id": routing.organiser.id,
            "code": routing.organiser.code,
            "names": names(routing.organiser.names),
            "in_reform": routing.organiser.in_reform,
        },
        "regional_unit": {
            "id": routing.regional_unit.id,
            "code": routing.regional_unit.code,
            "names": names(routing.regional_unit.names),
        },
    }


def context_json(context: ClientContext) -> Json:
    return {
        **routing_json(context.routing),
        "age": context.age,
        "language": context.language,
        "interpreter": context.needs_interpreter,
        "urgent": context.urgent,
        "home_visit": context.home_visit,
        "accessible": context.accessible,
        "evening": context.evening,
        "circumstances": context.circumstances.answers(),
        "postal_code": context.postal_code,
        "origin": origin_json(context),
    }


def origin_json(context: ClientContext) -> Json | None:
    """The point distances were measured from, and what it stands for."""
    origin = context.origin
    if origin is None:
        return None
    return {
        "basis": origin.basis.value,
        "lat": round(origin.lat, 5),
        "lon": round(origin.lon, 5),
        "postal_code": origin.postal_code,
        "municipality": names(origin.municipality),
        "derived_from": origin.derived_from,
    }


def provider_json(provider: ProviderDetails) -> Json:
    return {
        "id": provider.id,
        "names": names(provider.names),
        "kind": provider.kind.value,
        "business_id": provider.business_id,
        "web": provider.web,
        "example": provider.example,
    }


def source_json(source: RecordSource | None) -> Json | None:
    return {"name": source.name, "url": source.url} if source else None


def location_json(location: LocationDetails | None) -> Json | None:
    if location is None:
        return None
    return {
        "id": location.id,
        "names": names(location.names),
        "street": names(location.street),
        "postal_code": location.postal_code,
        "post_office": names(location.post_office),
        "municipality_code": location.municipality_code,
        "phones": [{"number": p.number, "info": names(p.info)} for p in location.phones],
        "emails": list(location.emails),
        "web": list(location.web),
        "hours": [
            {"days": list(h.days), "opens": h.opens, "closes": h.closes} for h in location.hours
        ],
        "languages": list(location.languages),
        "accessible": location.accessible,
        "example": location.example,
        "coordinates": (
            {"lat": location.lat, "lon": location.lon}
            if location.lat is not None and location.lon is not None
            else None
        ),
        "verified_on": location.verified_on,
        "source": source_json(location.source),
    }


def offering_json(ranked: RankedProvider) -> Json:
    offering: OfferingDetails = ranked.offering
    return {
        "rank": ranked.rank,
        "offering_id": offering.id,
        "provider": provider_json(offering.provider),
        "location": location_json(offering.location),
        "regional_unit_ids": list(offering.regional_unit_ids),
        "provision_type": offering.provision_type.value,
        "languages": list(offering.languages),
        "home_visits": offering.home_visits,
        "waiting_days": offering.waiting_days,
        "voucher": voucher_json(ranked.voucher),
        "example": offering.any_example,
        "verified_on": offering.information[0],
        "source": source_json(offering.information[1]),
        "stale": ranked.stale,
        "distance_km": round(ranked.distance_km, 1) if ranked.distance_km is not None else None,
        "reasons": reasons_json(ranked.reasons),
    }


def choice_set_json(choice_set: ChoiceSet | None) -> Json | None:
    if choice_set is None:
        return None
    return {
        "choice": choice_set.choice.value,
        "voucher": voucher_json(choice_set.voucher),
        "reasons": reasons_json(choice_set.reasons),
        "total": choice_set.total,
        "providers": [offering_json(p) for p in choice_set.providers],
    }


def service_json(service: ServiceDetails) -> Json:
    return {
        "id": service.id,
        "names": names(service.names),
        "level": service.level.value,
        "access": service.access.value,
        "choice": service.choice.value,
        "responsibility": service.responsibility.value,
        "min_age": service.min_age,
        "max_age": service.max_age,
        "client_groups": list(service.client_groups),
        "charge": service.charge,
        "voucher": voucher_json(service.voucher),
        "example": service.example,
    }


def assessment_json(assessment: ServiceAssessment) -> Json:
    return {
        "service": service_json(assessment.service),
        "verdict": assessment.verdict.value,
        "on_call": assessment.on_call,
        "reasons": reasons_json(assessment.reasons),
        "choice_set": choice_set_json(assessment.choice_set),
        "contact_routes": [route_json(r) for r in assessment.routes],
    }


def evaluation_json(evaluation: Evaluation) -> Json:
    return {
        "context": context_json(evaluation.context),
        "need": {"kind": evaluation.need.kind.value, "value": evaluation.need.value},
        "client_reasons": reasons_json(evaluation.client_reasons),
        "urgent_routes": reasons_json(evaluation.urgent_routes),
        "services": [assessment_json(a) for a in evaluation.services],
    }
