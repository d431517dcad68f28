"""Who the client may choose for a service, ranked, with the reasons for each place.

The ranking is a plain ordering, not a weighted score, so that every position can be
explained: the client's language first (a legal right in a bilingual municipality), then how
many of the client's needs a provider meets, then the client's own regional unit, then a real
place before an offering with no fixed place (which never hides a real place), then records
whose information is known to be fresh before stale or undated ones, then places in the
client's home municipality, then the nearest (from the client's postal area or home
municipality; places without coordinates after those with), then the shorter known waiting
time, then the name.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sote_navigator.core.catalogue import (
    OfferingDetails,
    RegionalUnit,
    Routing,
    ServiceDetails,
    Voucher,
)
from sote_navigator.core.distance import Origin, distance_km
from sote_navigator.core.freshness import FreshnessRule
from sote_navigator.core.reasons import Effect, Reason, ReasonCode, reason
from sote_navigator.core.vocabulary import Choice, ProvisionType

UNKNOWN_WAIT = 10**6
UNKNOWN_DISTANCE = float("inf")


class RankedFor(Protocol):
    """What the ranking reads of a client: a placement's ``ClientContext``, or the window's
    ``BrowsingClient`` (the home municipality and perhaps a postal code, nothing else)."""

    @property
    def routing(self) -> Routing: ...
    @property
    def language(self) -> str: ...
    @property
    def has_language_right(self) -> bool: ...
    @property
    def home_visit(self) -> bool: ...
    @property
    def accessible(self) -> bool: ...
    @property
    def evening(self) -> bool: ...
    @property
    def origin(self) -> Origin | None: ...


@dataclass(frozen=True)
class BrowsingClient:
    """The client as the navigator window knows one: the home municipality (its routing) and
    the point distances are measured from. No language or needs were asked, so none ranks a
    place before another; the rest of the ranking is the placement's own."""

    routing: Routing
    origin: Origin | None = None
    language: str = ""  # not asked
    home_visit: bool = False
    accessible: bool = False
    evening: bool = False

    @property
    def has_language_right(self) -> bool:
        return False


@dataclass(frozen=True)
class RankedProvider:
    rank: int
    offering: OfferingDetails
    same_unit: bool
    serves_language: bool
    needs_met: int
    voucher: Voucher | None
    reasons: tuple[Reason, ...]
    distance_km: float | None = None
    stale: bool = False


@dataclass(frozen=True)
class ChoiceSet:
    service_id: str
    choice: Choice
    voucher: Voucher | None
    reasons: tuple[Reason, ...]
    # The best ranked, plus any kept on purpose (the client's choice), with their true ranks.
    providers: tuple[RankedProvider, ...]
    total: int = 0  # how many were ranked; more than shown when a limit applied

    @property
    def not_shown(self) -> int:
        return max(0, self.total - len(self.providers))

    def provider(self, offering_id: str) -> RankedProvider | None:
        return next((p for p in self.providers if p.offering.id == offering_id), None)


def voucher_params(voucher: Voucher) -> dict[str, Any]:
    """The voucher as plain values: its value only ever with its source and date."""
    params: dict[str, Any] = {
        "kind": voucher.kind,
        "value_cents": voucher.value_cents,
        "self_share_cents": voucher.self_share_cents,
        "unit": voucher.unit,
    }
    optional = {
        "min_value_cents": voucher.min_value_cents,
        "max_value_cents": voucher.max_value_cents,
        "self_share_rule": voucher.self_share_rule,
        "source": voucher.source,
        "source_url": voucher.source_url,
        "source_date": voucher.source_date,
    }
    params.update({k: v for k, v in optional.items() if v is not None})
    return params


def offering_languages(offering: OfferingDetails) -> tuple[str, ...]:
    if offering.languages:
        return offering.languages
    return offering.location.languages if offering.location else ()


def _set_reason(
    context: RankedFor,
    service: ServiceDetails,
    units: Mapping[str, RegionalUnit],
    voucher: Voucher | None = None,
    voucher_providers: bool = False,
) -> Reason:
    """``voucher`` is the service's voucher as the client's organiser publishes it;
    ``voucher_providers`` whether the catalogue lists a voucher provider serving the client."""
    routing = context.routing
    if service.choice is Choice.OWN_UNIT:
        return reason(ReasonCode.OWN_UNIT, Effect.INFO, unit=routing.regional_unit.names)
    if service.choice is Choice.VOUCHER and voucher is not None:
        return reason(
            ReasonCode.VOUCHER_CHOICE,
            Effect.INFO,
            **voucher_params(voucher),
            organiser=routing.organiser.names,
            providers=voucher_providers,
        )
    return reason(ReasonCode.FREE_CHOICE, Effect.INFO, organiser=routing.organiser.names)


def _provider_reasons(
    context: RankedFor,
    offering: OfferingDetails,
    voucher: Voucher | None,
    units: Mapping[str, RegionalUnit],
) -> tuple[list[Reason], bool, bool, int]:
    """(reasons, serves the client's language, in the client's unit, needs met)."""
    out: list[Reason] = []
    languages = offering_languages(offering)
    serves = bool(context.language) and context.language in languages
    if serves:
        out.append(
            reason(
                ReasonCode.SERVES_IN_LANGUAGE,
                Effect.FOR,
                language=context.language,
                right=context.has_language_right,
            )
        )
    elif languages and context.language:
        out.append(reason(ReasonCode.NOT_IN_LANGUAGE, Effect.AGAINST, language=context.language))
    own_unit = context.routing.regional_unit
    same_unit = own_unit.id in offering.regional_unit_ids
    if same_unit:
        out.append(reason(ReasonCode.SAME_REGIONAL_UNIT, Effect.FOR, unit=own_unit.names))
    else:
        other = next((units[u] for u in offering.regional_unit_ids if u in units), None)
        out.append(
            reason(
                ReasonCode.OTHER_REGIONAL_UNIT,
                Effect.INFO,
                unit=other.names if other else [],
            )
        )
    met = 0
    if context.home_visit:
        met += offering.home_visits
        out.append(
            reason(ReasonCode.HOME_VISITS, Effect.FOR)
            if offering.home_visits
            else reason(ReasonCode.NO_HOME_VISITS, Effect.AGAINST)
        )
    location = offering.location
    if context.accessible and location is not None:
        met += location.accessible
        if location.accessible:
            out.append(reason(ReasonCode.ACCESSIBLE_PREMISES, Effect.FOR))
        elif location.accessibility:
            out.append(reason(ReasonCode.NOT_ACCESSIBLE, Effect.AGAINST))
        else:  # "not accessible" is a fact to report, not a default to assume
            out.append(reason(ReasonCode.ACCESSIBILITY_NOT_REPORTED, Effect.INFO))
    if location is not None:
        hours_effect = Effect.FOR if context.evening else Effect.INFO
        if location.open_evenings:
            out.append(reason(ReasonCode.EVENING_HOURS, hours_effect))
        if location.open_weekends:
            out.append(reason(ReasonCode.WEEKEND_HOURS, hours_effect))
        if context.evening:
            late = location.open_evenings or location.open_weekends
            met += late
            if not late:
                out.append(reason(ReasonCode.NO_EVENING_HOURS, Effect.AGAINST))
    if offering.waiting_days is not None:
        out.append(reason(ReasonCode.WAITING_DAYS, Effect.INFO, days=offering.waiting_days))
    if offering.provision_type is ProvisionType.VOUCHER and voucher is not None:
        out.append(
            reason(
                ReasonCode.VOUCHER_PROVIDER,
                Effect.INFO,
                **voucher_params(voucher),
                organiser=context.routing.organiser.names,
            )
        )
    elif offering.provision_type is ProvisionType.PROCURED:
        out.append(reason(ReasonCode.PROCURED, Effect.INFO))
    elif offering.provision_type is ProvisionType.JOINT_AUTHORITY:
        # The catalogue's source for the offering is the law that makes it so.
        source = offering.information[1]
        out.append(
            reason(
                ReasonCode.JOINT_AUTHORITY,
                Effect.INFO,
                provider=offering.provider.names,
                organiser=context.routing.organiser.names,
                source=source.name if source else "",
                url=(source.url or "") if source else "",
            )
        )
    else:
        out.append(reason(ReasonCode.OWN_PRODUCTION, Effect.INFO))
    return out, serves, same_unit, met


def distance_of(origin: Origin | None, offering: OfferingDetails) -> float | None:
    location = offering.location
    if origin is None or location is None or location.lat is None or location.lon is None:
        return None
    return distance_km(origin.lat, origin.lon, location.lat, location.lon)


def _distance_reason(origin: Origin, km: float) -> Reason:
    return reason(
        ReasonCode.DISTANCE,
        Effect.INFO,
        km=round(km, 1),
        basis=origin.basis.value,
        postal_code=origin.postal_code,
        municipality=origin.municipality,
    )


def _freshness_reason(offering: OfferingDetails, rule: FreshnessRule) -> tuple[Reason | None, bool]:
    """(the reason saying how old the information is, whether it is stale)."""
    verified_on, source = offering.information
    params = {
        "date": verified_on or "",
        "source": source.name if source else "",
        "url": (source.url or "") if source else "",
    }
    if rule.is_stale(verified_on):
        return reason(ReasonCode.STALE_INFORMATION, Effect.AGAINST, **params), True
    if rule.is_fresh(verified_on):
        return reason(ReasonCode.INFORMATION_VERIFIED, Effect.INFO, **params), False
    return None, False


def build_choice_set(
    context: RankedFor,
    service: ServiceDetails,
    offerings: Sequence[OfferingDetails],
    units: Mapping[str, RegionalUnit],
    *,
    limit: int | None = None,
    keep: frozenset[str] = frozenset(),
    freshness: FreshnessRule | None = None,
) -> ChoiceSet:
    """The providers this client may choose for ``service``, best first.

    ``units`` are the regional units of the client's organiser: offerings for other
    organisers' units are never offered. Assigned services keep to the client's own unit.
    With ``limit``, only the best are listed, and the offerings in ``keep`` wherever ranked.
    """
    own = context.routing.regional_unit.id
    allowed = {own} if service.choice is Choice.OWN_UNIT else set(units) | {own}
    name_language = context.language if context.language in ("fi", "sv", "en") else "fi"
    rule = freshness or FreshnessRule()
    rows = []
    organiser_id = context.routing.organiser.id
    service_voucher = service.voucher.for_organiser(organiser_id) if service.voucher else None
    seen_placeless: set[tuple[str, tuple[str, ...]]] = set()
    for offering in offerings:
        if not allowed.intersection(offering.regional_unit_ids):
            continue
        if offering.location is None:
            # "No fixed place" is listed once per provider, whatever the units it names.
            placeless = (offering.provider.id, offering.languages)
            if placeless in seen_placeless:
                continue
            seen_placeless.add(placeless)
        voucher = (
            offering.voucher
            if offering.voucher is not None and offering.voucher.known
            else service_voucher
            if offering.provision_type is ProvisionType.VOUCHER
            else offering.voucher
        )
        reasons, serves, same_unit, met = _provider_reasons(context, offering, voucher, units)
        home = context.routing.municipality
        at_home = offering.location is not None and offering.location.municipality_code == home.code
        if at_home:
            reasons.append(
                reason(ReasonCode.HOME_MUNICIPALITY, Effect.FOR, municipality=home.names)
            )
        km = distance_of(context.origin, offering)
        if km is not None and context.origin is not None:
            reasons.append(_distance_reason(context.origin, km))
        fresh_reason, stale = _freshness_reason(offering, rule)
        if fresh_reason is not None:
            reasons.append(fresh_reason)
        key = (
            0 if serves else 1,
            -met,
            0 if same_unit else 1,
            0 if offering.location is not None else 1,
            0 if rule.is_fresh(offering.information[0]) else 1,
            0 if at_home else 1,
            km if km is not None else UNKNOWN_DISTANCE,
            offering.waiting_days if offering.waiting_days is not None else UNKNOWN_WAIT,
            offering.provider.name(name_language).casefold(),
            offering.location.name(name_language).casefold() if offering.location else "",
            offering.id,
        )
        rows.append((key, offering, same_unit, serves, met, voucher, tuple(reasons), km, stale))
    rows.sort(key=lambda r: r[0])
    providers = tuple(
        RankedProvider(i + 1, o, same, serves, met, voucher, reasons, km, stale)
        for i, (_, o, same, serves, met, voucher, reasons, km, stale) in enumerate(rows)
        if limit is None or i < limit or o.id in keep
    )
    voucher_providers = any(r[1].provision_type is ProvisionType.VOUCHER for r in rows)
    return ChoiceSet(
        service.id,
        service.choice,
        service_voucher,
        (_set_reason(context, service, units, service_voucher, voucher_providers),),
        providers,
        len(rows),
    )
