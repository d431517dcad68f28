"""Words for the placement engine's verdicts and reasons, in the active language.

The CLI, the wizard and the printed summary all word reasons here, so that a counsellor reads
the same sentence everywhere. Use ``i18n.language_scope`` to word them in the client's
language. Names in reason parameters are catalogue text: plain text, never markup.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from sote_navigator import i18n
from sote_navigator.core import freshness, localized
from sote_navigator.core.distance import OriginBasis
from sote_navigator.core.reasons import Effect, Reason, ReasonCode, Verdict
from sote_navigator.i18n import arg, translate
from sote_navigator.wording import client_groups, contact_routes, fees, vouchers
from sote_navigator.wording.display import isolate
from sote_navigator.wording.sentences import Facts, Sentence, term

CONTEXT = "Placement"
Params = dict[str, Any]

MARKS = {Effect.FOR: "+", Effect.AGAINST: "\u2212", Effect.INFO: "\u2022"}


VERDICTS: dict[Verdict, object] = {
    Verdict.ELIGIBLE: QT_TRANSLATE_NOOP("Placement", "Eligible: direct access"),
    Verdict.ASSESSMENT_DECISION: QT_TRANSLATE_NOOP(
        "Placement", "Eligible after a service-need assessment and an authority decision"
    ),
    Verdict.REFERRAL: QT_TRANSLATE_NOOP("Placement", "Needs a referral"),
    Verdict.MUNICIPAL: QT_TRANSLATE_NOOP(
        "Placement", "Municipal service: contact the municipality"
    ),
    Verdict.CONDITIONAL: QT_TRANSLATE_NOOP("Placement", "Only for a client group: check first"),
    Verdict.NOT_ELIGIBLE: QT_TRANSLATE_NOOP("Placement", "Not eligible"),
}
"""The verdicts but OUTSIDE_REFORM, which names the organiser."""


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
    return term(CONTEXT, VERDICTS[verdict])


def language_name(code: str) -> str:
    """The name of a language in the active language ("ruotsi", "svenska", "Swedish")."""
    return str(i18n.babel_locale().languages.get(code, code))


def age_range_text(min_age: int | None, max_age: int | None) -> str:
    if min_age is not None and max_age is not None:
        return arg(translate("Placement", "%1\u2013%2 years"), min_age, max_age)
    if min_age is not None:
        return arg(translate("Placement", "%1 years or over"), min_age)
    return arg(translate("Placement", "up to %1 years"), max_age)


def _name(p: Facts, key: str) -> str:
    return isolate(localized.pick(p.get(key) or [], i18n.content_language()))


def _named(key: str) -> Callable[[Facts], str]:
    """The fact: the catalogue name under ``key``, in the content language, isolated."""
    return lambda p: _name(p, key)


def _given(key: str) -> Callable[[Facts], object]:
    """The fact: the parameter ``key`` as it is (a reason without it is malformed)."""
    return lambda p: p[key]


def _language(p: Facts) -> str:
    return language_name(str(p["language"]))


def voucher_choice_text(p: Params) -> str:
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


def _language_right(p: Params) -> str:
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


def _source_suffix(p: Params) -> str:
    source = str(p.get("source") or "")
    return " " + arg(translate("Placement", "Source: %1."), source) if source else ""


def _stale(p: Params) -> str:
    text = arg(
        translate("Placement", "Information from %1: check before sending the client."),
        information_date_text(str(p.get("date", ""))),
    )
    return text + _source_suffix(p)


def _verified(p: Params) -> str:
    text = arg(
        translate("Placement", "Information verified %1."),
        information_date_text(str(p.get("date", ""))),
    )
    return text + _source_suffix(p)


def _distance(p: Params) -> str:
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


def _serves_in_language(p: Params) -> str:
    if p.get("right"):
        return arg(
            translate("Placement", "Serves in %1, as is the client's right."),
            language_name(str(p["language"])),
        )
    return arg(translate("Placement", "Serves in %1."), language_name(str(p["language"])))


REASONS: dict[ReasonCode, Sentence | Callable[[Params], str]] = {
    ReasonCode.LANGUAGE_RIGHT: _language_right,
    ReasonCode.LANGUAGE_NOT_OFFICIAL: Sentence(
        QT_TRANSLATE_NOOP(
            "Placement",
            "%1 is not bilingual, so service in %2 is not a right there; providers serving in %2 are still ranked first.",
        ),
        (
            _named("municipality"),
            _language,
        ),
    ),
    ReasonCode.INTERPRETER_NEEDED: Sentence(
        QT_TRANSLATE_NOOP(
            "Placement",
            "The client needs an interpreter (%1): mention it when booking, so that one is arranged.",
        ),
        (_language,),
    ),
    ReasonCode.URGENT_HELPLINE: Sentence(
        QT_TRANSLATE_NOOP(
            "Placement",
            "Urgent: call the on-call medical helpline 116117 first; in an emergency, call 112.",
        )
    ),
    ReasonCode.UNKNOWN_ROUTING: Sentence(
        QT_TRANSLATE_NOOP(
            "Placement", "The home municipality is not known, so the organiser is not known either."
        )
    ),
    ReasonCode.DIRECT_ACCESS: Sentence(
        QT_TRANSLATE_NOOP(
            "Placement",
            "The client can contact the service directly: no referral or decision is needed.",
        )
    ),
    ReasonCode.ASSESSMENT_REQUIRED: Sentence(
        QT_TRANSLATE_NOOP(
            "Placement",
            "A service-need assessment comes first; an official of the organiser then makes an authority decision.",
        )
    ),
    ReasonCode.REFERRAL_REQUIRED: Sentence(
        QT_TRANSLATE_NOOP(
            "Placement",
            "A doctor's referral is needed: the route is through a doctor at the client's sote-keskus (social and health centre).",
        )
    ),
    ReasonCode.MUNICIPAL_SERVICE: Sentence(
        QT_TRANSLATE_NOOP(
            "Placement",
            "This is a service of the municipality, not of the wellbeing services county: contact the municipality of %1.",
        ),
        (_named("municipality"),),
    ),
    ReasonCode.OUTSIDE_REFORM: Sentence(
        QT_TRANSLATE_NOOP(
            "Placement",
            "%1 organises its own social and health care, outside the wellbeing services county reform: contact its own services.",
        ),
        (_named("organiser"),),
    ),
    ReasonCode.BELOW_MIN_AGE: Sentence(
        QT_TRANSLATE_NOOP(
            "Placement", "The service is for clients aged %1 or over; the client is %2."
        ),
        (
            _given("min_age"),
            _given("age"),
        ),
    ),
    ReasonCode.ABOVE_MAX_AGE: Sentence(
        QT_TRANSLATE_NOOP(
            "Placement", "The service is for clients aged up to %1; the client is %2."
        ),
        (
            _given("max_age"),
            _given("age"),
        ),
    ),
    ReasonCode.AGE_WITHIN_LIMITS: Sentence(
        QT_TRANSLATE_NOOP(
            "Placement", "The client's age (%1) is within the service's age limits (%2)."
        ),
        (
            _given("age"),
            lambda p: age_range_text(p.get("min_age"), p.get("max_age")),
        ),
    ),
    ReasonCode.IN_CLIENT_GROUP: client_groups.in_group_text,
    ReasonCode.NOT_IN_CLIENT_GROUP: client_groups.not_in_group_text,
    ReasonCode.CLIENT_GROUP_UNCONFIRMED: client_groups.group_unconfirmed_text,
    ReasonCode.RESIDENCE_OUTSIDE_AREA: Sentence(
        QT_TRANSLATE_NOOP(
            "Placement",
            "The service is offered only outside the area of %1, and only to residents of the areas where it is offered.",
        ),
        (_named("organiser"),),
    ),
    ReasonCode.OFFERED_OUTSIDE_AREA: Sentence(
        QT_TRANSLATE_NOOP(
            "Placement",
            "The service is offered outside the client's own organiser's area; residence there is not required.",
        )
    ),
    ReasonCode.ON_CALL_FIRST: Sentence(
        QT_TRANSLATE_NOOP("Placement", "On-call service: shown first because the need is urgent.")
    ),
    ReasonCode.AROUND_THE_CLOCK_FIRST: Sentence(
        QT_TRANSLATE_NOOP(
            "Placement",
            "Open around the clock, no referral needed: shown first because the need is urgent.",
        )
    ),
    ReasonCode.URGENT_USE_ON_CALL: Sentence(
        QT_TRANSLATE_NOOP(
            "Placement", "Not an on-call service: for an urgent need, use on-call care first."
        )
    ),
    ReasonCode.NO_PROVIDERS_LISTED: Sentence(
        QT_TRANSLATE_NOOP(
            "Placement",
            "The catalogue lists no provider of this service for the client's area: ask the service guidance of %1.",
        ),
        (_named("organiser"),),
    ),
    ReasonCode.REACHED_BY_ROUTES: Sentence(
        QT_TRANSLATE_NOOP(
            "Placement",
            "No place to visit is listed: the service is reached by phone or online (the ways in below).",
        )
    ),
    ReasonCode.FREE_CHOICE: Sentence(
        QT_TRANSLATE_NOOP(
            "Placement", "The client may choose the provider freely among those of %1."
        ),
        (_named("organiser"),),
    ),
    ReasonCode.VOUCHER_CHOICE: voucher_choice_text,
    ReasonCode.OWN_UNIT: Sentence(
        QT_TRANSLATE_NOOP("Placement", "The client is served by their own regional unit, %1."),
        (_named("unit"),),
    ),
    ReasonCode.SAME_REGIONAL_UNIT: Sentence(
        QT_TRANSLATE_NOOP("Placement", "In the client's own regional unit (%1)."), (_named("unit"),)
    ),
    ReasonCode.OTHER_REGIONAL_UNIT: Sentence(
        QT_TRANSLATE_NOOP("Placement", "In another regional unit of the organiser (%1)."),
        (_named("unit"),),
    ),
    ReasonCode.SERVES_IN_LANGUAGE: _serves_in_language,
    ReasonCode.NOT_IN_LANGUAGE: Sentence(
        QT_TRANSLATE_NOOP("Placement", "Does not serve in %1."), (_language,)
    ),
    ReasonCode.ACCESSIBLE_PREMISES: Sentence(
        QT_TRANSLATE_NOOP("Placement", "Accessible premises.")
    ),
    ReasonCode.NOT_ACCESSIBLE: Sentence(
        QT_TRANSLATE_NOOP("Placement", "The premises are not accessible.")
    ),
    ReasonCode.EVENING_HOURS: Sentence(QT_TRANSLATE_NOOP("Placement", "Open in the evenings.")),
    ReasonCode.WEEKEND_HOURS: Sentence(QT_TRANSLATE_NOOP("Placement", "Open at weekends.")),
    ReasonCode.NO_EVENING_HOURS: Sentence(
        QT_TRANSLATE_NOOP("Placement", "Not open in the evenings or at weekends.")
    ),
    ReasonCode.HOME_VISITS: Sentence(QT_TRANSLATE_NOOP("Placement", "Makes home visits.")),
    ReasonCode.NO_HOME_VISITS: Sentence(QT_TRANSLATE_NOOP("Placement", "Makes no home visits.")),
    ReasonCode.WAITING_DAYS: lambda p: translate(
        "Placement", "Waiting time about %n day(s).", None, int(p["days"])
    ),
    ReasonCode.OWN_PRODUCTION: Sentence(
        QT_TRANSLATE_NOOP("Placement", "The organiser's own production.")
    ),
    ReasonCode.JOINT_AUTHORITY: Sentence(
        QT_TRANSLATE_NOOP(
            "Placement",
            "Produced by %1, the joint authority of which %2 is a member by law (%3).",
        ),
        (_named("provider"), _named("organiser"), lambda p: isolate(str(p.get("source") or ""))),
    ),
    ReasonCode.PROCURED: Sentence(
        QT_TRANSLATE_NOOP("Placement", "A procured service, paid by the organiser.")
    ),
    ReasonCode.FEE_ESTIMATE: fees.estimate_text,
    ReasonCode.FEE_TABLE: fees.table_text,
    ReasonCode.FEE_NOT_KNOWN: fees.not_known_text,
    ReasonCode.VOUCHER_PROVIDER: Sentence(
        QT_TRANSLATE_NOOP("Placement", "Accepts the %1: %2."),
        (
            lambda p: vouchers.kind_text(str(p.get("kind", ""))),
            lambda p: vouchers.value_text(p),
        ),
    ),
    ReasonCode.ACCESSIBILITY_NOT_REPORTED: Sentence(
        QT_TRANSLATE_NOOP("Placement", "Whether the premises are accessible is not reported.")
    ),
    ReasonCode.HOME_MUNICIPALITY: Sentence(
        QT_TRANSLATE_NOOP("Placement", "In the client's home municipality (%1)."),
        (_named("municipality"),),
    ),
    ReasonCode.DISTANCE: _distance,
    ReasonCode.STALE_INFORMATION: _stale,
    ReasonCode.INFORMATION_VERIFIED: _verified,
}


def reason_text(reason: Reason) -> str:
    if reason.code in contact_routes.URGENT_ROUTES:
        return contact_routes.urgent_route_text(reason)
    wording = REASONS[reason.code]
    if isinstance(wording, Sentence):
        return wording.word(CONTEXT, reason.params)
    return wording(reason.params)


def reason_line(reason: Reason) -> str:
    """The reason with a mark saying whether it speaks for (+) or against (−) the answer."""
    return f"{MARKS[reason.effect]} {reason_text(reason)}"


def nothing_matches_text() -> str:
    return translate(
        "Placement",
        "No service in the catalogue matches this need: try other words, a service class code or a service id.",
    )
