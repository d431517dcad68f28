"""The verdict on a service for a home municipality, before anything else about the client
is known: what the main window's card shows the moment a municipality and a service are chosen.

The same rules as ``placement.assess`` where they need no client: a municipal service, a home
region outside the reform, the way in by the service's access, and a service only for some
client groups (then the counsellor checks first). Age limits are left to the details: with no
age known, the card does not guess.
"""

from __future__ import annotations

from dataclasses import dataclass

from sote_navigator.core.catalogue import Routing, ServiceDetails
from sote_navigator.core.reasons import Effect, Reason, ReasonCode, Verdict, reason
from sote_navigator.core.vocabulary import Access, Responsibility

_ACCESS = {
    Access.DIRECT: (Verdict.ELIGIBLE, ReasonCode.DIRECT_ACCESS),
    Access.ASSESSMENT_DECISION: (Verdict.ASSESSMENT_DECISION, ReasonCode.ASSESSMENT_REQUIRED),
    Access.REFERRAL: (Verdict.REFERRAL, ReasonCode.REFERRAL_REQUIRED),
}


@dataclass(frozen=True)
class Glance:
    verdict: Verdict
    reasons: tuple[Reason, ...]


def glance(service: ServiceDetails, routing: Routing | None) -> Glance:
    """The verdict and its reasons (the way in first); ``routing`` None: no municipality yet,
    the way in alone."""
    if routing is not None and service.responsibility is Responsibility.MUNICIPALITY:
        municipal = reason(
            ReasonCode.MUNICIPAL_SERVICE,
            Effect.INFO,
            municipality=routing.municipality.names,
            municipality_code=routing.municipality.code,
        )
        return Glance(Verdict.MUNICIPAL, (municipal,))
    if routing is not None and not routing.organiser.in_reform:
        outside = reason(ReasonCode.OUTSIDE_REFORM, Effect.INFO, organiser=routing.organiser.names)
        return Glance(Verdict.OUTSIDE_REFORM, (outside,))
    verdict, code = _ACCESS[service.access]
    reasons = [reason(code, Effect.INFO)]
    if service.client_groups:
        verdict = Verdict.CONDITIONAL
        groups = list(service.client_groups)
        reasons.insert(0, reason(ReasonCode.CLIENT_GROUP_UNCONFIRMED, Effect.INFO, groups=groups))
    return Glance(verdict, tuple(reasons))
