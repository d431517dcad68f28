"""Why the placement engine decided what it did: stable codes with the facts they need.

The codes are stored in placement records and printed by ``--json``; they are never
translated. The presentation layer words them in the client's or the counsellor's language.
Parameters are plain values (numbers, codes, ids) or localized text lists, so that a stored
record can be worded again in any language without the catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from typing import Any


class Verdict(StrEnum):
    """What the client may do about a service."""

    ELIGIBLE = "eligible"
    ASSESSMENT_DECISION = "assessment_decision"
    REFERRAL = "referral"
    MUNICIPAL = "municipal"
    # Eligible only if the client belongs to a group the counsellor has not confirmed yet.
    CONDITIONAL = "conditional"
    NOT_ELIGIBLE = "not_eligible"
    # The home municipality is outside the reform (Åland): its own organiser arranges the
    # service; the reason names it.
    OUTSIDE_REFORM = "outside_reform"

    @property
    def open(self) -> bool:
        """Whether the organiser's providers can be offered (perhaps after a decision)."""
        return self in (Verdict.ELIGIBLE, Verdict.ASSESSMENT_DECISION, Verdict.REFERRAL)


class Effect(IntEnum):
    """Whether a reason speaks for (+1) or against (-1) an answer, or only informs (0)."""

    AGAINST = -1
    INFO = 0
    FOR = 1


class ReasonCode(StrEnum):
    # About the client, whatever the service.
    LANGUAGE_RIGHT = "language_right"
    LANGUAGE_NOT_OFFICIAL = "language_not_official"
    INTERPRETER_NEEDED = "interpreter_needed"
    URGENT_HELPLINE = "urgent_helpline"  # records before the urgent routes; no longer given
    # The urgent routes (core.urgent): where to turn now, by the kind of need.
    ROUTE_EMERGENCY = "route_emergency"
    ROUTE_SOCIAL_EMERGENCY = "route_social_emergency"
    ROUTE_CHILD_PROTECTION_ON_CALL = "route_child_protection_on_call"
    ROUTE_SHELTER = "route_shelter"
    ROUTE_HEALTH_ON_CALL = "route_health_on_call"
    ROUTE_CHILD_WELFARE_NOTIFICATION = "route_child_welfare_notification"
    UNKNOWN_ROUTING = "unknown_routing"
    # About a service: its verdict.
    DIRECT_ACCESS = "direct_access"
    ASSESSMENT_REQUIRED = "assessment_required"
    REFERRAL_REQUIRED = "referral_required"
    MUNICIPAL_SERVICE = "municipal_service"
    OUTSIDE_REFORM = "outside_reform"
    BELOW_MIN_AGE = "below_min_age"
    ABOVE_MAX_AGE = "above_max_age"
    AGE_WITHIN_LIMITS = "age_within_limits"
    IN_CLIENT_GROUP = "in_client_group"
    NOT_IN_CLIENT_GROUP = "not_in_client_group"
    CLIENT_GROUP_UNCONFIRMED = "client_group_unconfirmed"
    RESIDENCE_OUTSIDE_AREA = "residence_outside_area"
    OFFERED_OUTSIDE_AREA = "offered_outside_area"
    ON_CALL_FIRST = "on_call_first"
    AROUND_THE_CLOCK_FIRST = "around_the_clock_first"
    URGENT_USE_ON_CALL = "urgent_use_on_call"
    NO_PROVIDERS_LISTED = "no_providers_listed"
    REACHED_BY_ROUTES = "reached_by_routes"  # no place, but a phone line, e-service, ...
    # About a service: who may choose.
    FREE_CHOICE = "free_choice"
    VOUCHER_CHOICE = "voucher_choice"
    OWN_UNIT = "own_unit"
    # About a provider in the choice set.
    SAME_REGIONAL_UNIT = "same_regional_unit"
    OTHER_REGIONAL_UNIT = "other_regional_unit"
    SERVES_IN_LANGUAGE = "serves_in_language"
    NOT_IN_LANGUAGE = "not_in_language"
    ACCESSIBLE_PREMISES = "accessible_premises"
    NOT_ACCESSIBLE = "not_accessible"
    EVENING_HOURS = "evening_hours"
    WEEKEND_HOURS = "weekend_hours"
    NO_EVENING_HOURS = "no_evening_hours"
    HOME_VISITS = "home_visits"
    NO_HOME_VISITS = "no_home_visits"
    WAITING_DAYS = "waiting_days"
    OWN_PRODUCTION = "own_production"
    JOINT_AUTHORITY = "joint_authority"
    PROCURED = "procured"
    VOUCHER_PROVIDER = "voucher_provider"
    # About what the client pays (core.fees): an estimate from a published table, the answers
    # a table still needs, or that the organiser's fee is not known.
    FEE_ESTIMATE = "fee_estimate"
    FEE_TABLE = "fee_table"
    FEE_NOT_KNOWN = "fee_not_known"
    ACCESSIBILITY_NOT_REPORTED = "accessibility_not_reported"
    HOME_MUNICIPALITY = "home_municipality"
    DISTANCE = "distance"
    STALE_INFORMATION = "stale_information"
    INFORMATION_VERIFIED = "information_verified"


@dataclass(frozen=True)
class Reason:
    code: ReasonCode
    effect: Effect = Effect.INFO
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=True)

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code.value, "effect": int(self.effect), "params": dict(self.params)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Reason:
        return cls(
            ReasonCode(data["code"]), Effect(int(data.get("effect", 0))), dict(data["params"])
        )


def reason(code: ReasonCode, effect: Effect = Effect.INFO, **params: Any) -> Reason:
    return Reason(code, effect, params)
