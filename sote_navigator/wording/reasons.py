"""Words for the placement engine's verdicts and reasons, in the active language.

The CLI, the wizard and the printed summary all word reasons here, so that a counsellor reads
the same sentence everywhere. Use ``i18n.language_scope`` to word them in the client's
language. Names in reason parameters are catalogue text: plain text, never markup.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sote_navigator import i18n
from sote_navigator.core import freshness, localized
from sote_navigator.core.distance import OriginBasis
from sote_navigator.core.reasons import Effect, Reason, ReasonCode, Verdict
from sote_navigator.i18n import arg, translate
from sote_navigator.wording import client_groups, contact_routes, fees, vouchers
from sote_navigator.wording.display import isolate

MARKS = {Effect.FOR: "+", Effect.AGAINST: "\u2212", Effect.INFO: "\u2022"}


def verdict_text(verdict: Verdict, reasons: Iterable[Reason] = ()) -> str:
    """The verdict in words; ``reasons`` name the organiser of a service outside the reform."""
    if verdict is Verdict.OUTSIDE_REFORM:
        outside = next((r for r in reasons if r.code is ReasonCode.OUTSIDE_REFORM), None)
        organiser = _name(outside.params, "organiser") if outside else ""
        return arg(
            translate(
                "Placement", "%1 organises its own social and health care: contact its services"
            ),
            organiser or translate("Placement", "The client's home region"),
        )
    return {
        Verdict.ELIGIBLE: translate("Placement", "Eligible: direct access"),
        Verdict.ASSESSMENT_DECISION: translate(
            "Placement", "Eligible after a service-need assessment and an authority decision"
        ),
        Verdict.REFERRAL: translate("Placement", "Needs a referral"),
        Verdict.MUNICIPAL: translate("Placement", "Municipal service: contact the municipality"),
        Verdict.CONDITIONAL: translate("Placement", "Only for a client group: check first"),
        Verdict.NOT_ELIGIBLE: translate("Placement", "Not eligible"),
    }[verdict]


def language_name(code: str) -> str:
    """The name of a language in the active language ("ruotsi", "svenska", "Swedish")."""
    return str(i18n.babel_locale().languages.get(code, code))


def voucher_unit_text(unit: str) -> str:
    return {
        "hour": translate("Placement", "per hour"),
        "visit": translate("Placement", "per visit"),
        "day": translate("Placement", "per day"),
        "month": translate("Placement", "per month"),
        "treatment": translate("Placement", "per treatment"),
    }.get(unit, "")


def voucher_kind_text(kind: str) -> str:
    if kind == "asiakasseteli":
        return translate("Placement", "client voucher")
    return translate("Placement", "service voucher")


def money(cents: Any) -> str:
    return i18n.format_money(int(cents or 0), i18n.content_language())


def age_range_text(min_age: int | None, max_age: int | None) -> str:
    if min_age is not None and max_age is not None:
        return arg(translate("Placement", "%1\u2013%2 years"), min_age, max_age)
    if min_age is not None:
        return arg(translate("Placement", "%1 years or over"), min_age)
    return arg(translate("Placement", "up to %1 years"), max_age)


def _name(p: dict[str, Any], key: str) -> str:
    return isolate(localized.pick(p.get(key) or [], i18n.content_language()))


def voucher_choice_text(p: dict[str, Any]) -> str:
    """Vouchers in use: whether the client can choose a voucher provider, and the value."""
    kind = vouchers.kind_text(str(p.get("kind", "")))
    if p.get("providers", True):
        template = translate(
            "Placement",
            "The client may choose a voucher provider with a %1 or the organiser's own production: %2.",
        )
    else:
        template = translate(
            "Placement",
            "A %1 is in use for this service, but the catalogue lists no voucher provider serving the client: %2.",
        )
    return arg(template, kind, vouchers.value_text(p))


def _language_right(p: dict[str, Any]) -> str:
    if p.get("bilingual"):
        return arg(
            translate("Placement", "%1 is bilingual: the client has the right to be served in %2."),
            _name(p, "municipality"),
            language_name(str(p["language"])),
        )
    return arg(
        translate("Placement", "The client is served in %1, the language of %2."),
        language_name(str(p["language"])),
        _name(p, "municipality"),
    )


def information_date_text(verified_on: str) -> str:
    """'2019' stays a year; '2026-02-03' is written as a date (3.2.2026)."""
    date = freshness.information_date(verified_on)
    if date is None or len(verified_on.strip()) == 4:
        return verified_on.strip()
    return i18n.format_date(date)


def _source_suffix(p: dict[str, Any]) -> str:
    source = str(p.get("source") or "")
    return " " + arg(translate("Placement", "Source: %1."), source) if source else ""


def _stale(p: dict[str, Any]) -> str:
    text = arg(
        translate("Placement", "Information from %1: check before sending the client."),
        information_date_text(str(p.get("date", ""))),
    )
    return text + _source_suffix(p)


def _verified(p: dict[str, Any]) -> str:
    text = arg(
        translate("Placement", "Information verified %1."),
        information_date_text(str(p.get("date", ""))),
    )
    return text + _source_suffix(p)


def _distance(p: dict[str, Any]) -> str:
    km = float(p.get("km") or 0)
    shown = i18n.format_number(round(km)) if km >= 1 else None
    if p.get("basis") == OriginBasis.POSTAL_AREA.value:
        if shown is None:
            return arg(
                translate("Placement", "Under 1 km from the client's postal area (%1)."),
                str(p.get("postal_code", "")),
            )
        return arg(
            translate("Placement", "%1 km from the client's postal area (%2)."),
            shown,
            str(p.get("postal_code", "")),
        )
    if shown is None:
        return arg(
            translate(
                "Placement", "Under 1 km from the centre of %1, the client's home municipality."
            ),
            _name(p, "municipality"),
        )
    return arg(
        translate("Placement", "%1 km from the centre of %2, the client's home municipality."),
        shown,
        _name(p, "municipality"),
    )


def _serves_in_language(p: dict[str, Any]) -> str:
    if p.get("right"):
        return arg(
            translate("Placement", "Serves in %1, as is the client's right."),
            language_name(str(p["language"])),
        )
    return arg(translate("Placement", "Serves in %1."), language_name(str(p["language"])))


_WORDING: dict[ReasonCode, Callable[[dict[str, Any]], str]] = {
    ReasonCode.LANGUAGE_RIGHT: _language_right,
    ReasonCode.LANGUAGE_NOT_OFFICIAL: lambda p: arg(
        translate(
            "Placement",
            "%1 is not bilingual, so service in %2 is not a right there; providers serving in %2 are still ranked first.",
        ),
        _name(p, "municipality"),
        language_name(str(p["language"])),
    ),
    ReasonCode.INTERPRETER_NEEDED: lambda p: arg(
        translate(
            "Placement",
            "The client needs an interpreter (%1): mention it when booking, so that one is arranged.",
        ),
        language_name(str(p["language"])),
    ),
    ReasonCode.URGENT_HELPLINE: lambda p: translate(
        "Placement",
        "Urgent: call the on-call medical helpline 116117 first; in an emergency, call 112.",
    ),
    ReasonCode.UNKNOWN_ROUTING: lambda p: translate(
        "Placement", "The home municipality is not known, so the organiser is not known either."
    ),
    ReasonCode.DIRECT_ACCESS: lambda p: translate(
        "Placement",
        "The client can contact the service directly: no referral or decision is needed.",
    ),
    ReasonCode.ASSESSMENT_REQUIRED: lambda p: translate(
        "Placement",
        "A service-need assessment comes first; an official of the organiser then makes an authority decision.",
    ),
    ReasonCode.REFERRAL_REQUIRED: lambda p: translate(
        "Placement",
        "A doctor's referral is needed: the route is through a doctor at the client's sote-keskus (social and health centre).",
    ),
    ReasonCode.MUNICIPAL_SERVICE: lambda p: arg(
        translate(
            "Placement",
            "This is a service of the municipality, not of the wellbeing services county: contact the municipality of %1.",
        ),
        _name(p, "municipality"),
    ),
    ReasonCode.OUTSIDE_REFORM: lambda p: arg(
        translate(
            "Placement",
            "%1 organises its own social and health care, outside the wellbeing services county reform: contact its own services.",
        ),
        _name(p, "organiser"),
    ),
    ReasonCode.BELOW_MIN_AGE: lambda p: arg(
        translate("Placement", "The service is for clients aged %1 or over; the client is %2."),
        p["min_age"],
        p["age"],
    ),
    ReasonCode.ABOVE_MAX_AGE: lambda p: arg(
        translate("Placement", "The service is for clients aged up to %1; the client is %2."),
        p["max_age"],
        p["age"],
    ),
    ReasonCode.AGE_WITHIN_LIMITS: lambda p: arg(
        translate("Placement", "The client's age (%1) is within the service's age limits (%2)."),
        p["age"],
        age_range_text(p.get("min_age"), p.get("max_age")),
    ),
    ReasonCode.IN_CLIENT_GROUP: client_groups.in_group_text,
    ReasonCode.NOT_IN_CLIENT_GROUP: client_groups.not_in_group_text,
    ReasonCode.CLIENT_GROUP_UNCONFIRMED: client_groups.group_unconfirmed_text,
    ReasonCode.RESIDENCE_OUTSIDE_AREA: lambda p: arg(
        translate(
            "Placement",
            "The service is offered only outside the area of %1, and only to residents of the areas where it is offered.",
        ),
        _name(p, "organiser"),
    ),
    ReasonCode.OFFERED_OUTSIDE_AREA: lambda p: translate(
        "Placement",
        "The service is offered outside the client's own organiser's area; residence there is not required.",
    ),
    ReasonCode.ON_CALL_FIRST: lambda p: translate(
        "Placement", "On-call service: shown first because the need is urgent."
    ),
    ReasonCode.AROUND_THE_CLOCK_FIRST: lambda p: translate(
        "Placement",
        "Open around the clock, no referral needed: shown first because the need is urgent.",
    ),
    ReasonCode.URGENT_USE_ON_CALL: lambda p: translate(
        "Placement", "Not an on-call service: for an urgent need, use on-call care first."
    ),
    ReasonCode.NO_PROVIDERS_LISTED: lambda p: arg(
        translate(
            "Placement",
            "The catalogue lists no provider of this service for the client's area: ask the service guidance of %1.",
        ),
        _name(p, "organiser"),
    ),
    ReasonCode.REACHED_BY_ROUTES: lambda p: translate(
        "Placement",
        "No place to visit is listed: the service is reached by phone or online (the ways in below).",
    ),
    ReasonCode.FREE_CHOICE: lambda p: arg(
        translate("Placement", "The client may choose the provider freely among those of %1."),
        _name(p, "organiser"),
    ),
    ReasonCode.VOUCHER_CHOICE: lambda p: voucher_choice_text(p),
    ReasonCode.OWN_UNIT: lambda p: arg(
        translate("Placement", "The client is served by their own regional unit, %1."),
        _name(p, "unit"),
    ),
    ReasonCode.SAME_REGIONAL_UNIT: lambda p: arg(
        translate("Placement", "In the client's own regional unit (%1)."), _name(p, "unit")
    ),
    ReasonCode.OTHER_REGIONAL_UNIT: lambda p: arg(
        translate("Placement", "In another regional unit of the organiser (%1)."), _name(p, "unit")
    ),
    ReasonCode.SERVES_IN_LANGUAGE: _serves_in_language,
    ReasonCode.NOT_IN_LANGUAGE: lambda p: arg(
        translate("Placement", "Does not serve in %1."), language_name(str(p["language"]))
    ),
    ReasonCode.ACCESSIBLE_PREMISES: lambda p: translate("Placement", "Accessible premises."),
    ReasonCode.NOT_ACCESSIBLE: lambda p: translate("Placement", "The premises are not accessible."),
    ReasonCode.EVENING_HOURS: lambda p: translate("Placement", "Open in the evenings."),
    ReasonCode.WEEKEND_HOURS: lambda p: translate("Placement", "Open at weekends."),
    ReasonCode.NO_EVENING_HOURS: lambda p: translate(
        "Placement", "Not open in the evenings or at weekends."
    ),
    ReasonCode.HOME_VISITS: lambda p: translate("Placement", "Makes home visits."),
    ReasonCode.NO_HOME_VISITS: lambda p: translate("Placement", "Makes no home visits."),
    ReasonCode.WAITING_DAYS: lambda p: translate(
        "Placement", "Waiting time about %n day(s).", None, int(p["days"])
    ),
    ReasonCode.OWN_PRODUCTION: lambda p: translate("Placement", "The organiser's own production."),
    ReasonCode.PROCURED: lambda p: translate(
        "Placement", "A procured service, paid by the organiser."
    ),
    ReasonCode.FEE_ESTIMATE: fees.estimate_text,
    ReasonCode.FEE_TABLE: fees.table_text,
    ReasonCode.FEE_NOT_KNOWN: fees.not_known_text,
    ReasonCode.VOUCHER_PROVIDER: lambda p: arg(
        translate("Placement", "Accepts the %1: %2."),
        vouchers.kind_text(str(p.get("kind", ""))),
        vouchers.value_text(p),
    ),
    ReasonCode.ACCESSIBILITY_NOT_REPORTED: lambda p: translate(
        "Placement", "Whether the premises are accessible is not reported."
    ),
    ReasonCode.HOME_MUNICIPALITY: lambda p: arg(
        translate("Placement", "In the client's home municipality (%1)."), _name(p, "municipality")
    ),
    ReasonCode.DISTANCE: _distance,
    ReasonCode.STALE_INFORMATION: _stale,
    ReasonCode.INFORMATION_VERIFIED: _verified,
}


def reason_text(reason: Reason) -> str:
    if reason.code in _ROUTES:
        return contact_routes.urgent_route_text(reason)
    return _WORDING[reason.code](reason.params)


_ROUTES = frozenset(
    {
        ReasonCode.ROUTE_EMERGENCY,
        ReasonCode.ROUTE_SOCIAL_EMERGENCY,
        ReasonCode.ROUTE_CHILD_PROTECTION_ON_CALL,
        ReasonCode.ROUTE_SHELTER,
        ReasonCode.ROUTE_HEALTH_ON_CALL,
        ReasonCode.ROUTE_CHILD_WELFARE_NOTIFICATION,
    }
)


def reason_line(reason: Reason) -> str:
    """The reason with a mark saying whether it speaks for (+) or against (−) the answer."""
    return f"{MARKS[reason.effect]} {reason_text(reason)}"


def nothing_matches_text() -> str:
    return translate(
        "Placement",
        "No service in the catalogue matches this need: try other words, a service class code or a service id.",
    )
