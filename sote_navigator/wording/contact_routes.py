"""Words for contact routes (phone lines, e-services, web pages, forms) and the urgent routes.

Used by ``place``, the wizard and the printout alike, from the plain JSON a route has in an
evaluation or a record (``core.contact_routes.route_json``), so that a stored record words its
routes again in any language. Day names come from babel, not Qt: this runs in the CLI too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from sote_navigator import i18n
from sote_navigator.core import localized, opening_hours
from sote_navigator.core.contact_routes import json_schedule
from sote_navigator.core.reasons import Reason, ReasonCode
from sote_navigator.i18n import arg, translate
from sote_navigator.wording.hours_words import exception_text, open_now_text
from sote_navigator.wording.sentences import Sentence, term

CONTEXT = "Routes"

Json = Mapping[str, Any]


def _date(text: str) -> str:
    return i18n.format_date(dt.date.fromisoformat(text))


def _pick(texts: Any) -> str:
    return localized.pick(texts or [], i18n.content_language())


ROUTE_KINDS: dict[str, object] = {
    "phone": QT_TRANSLATE_NOOP("Routes", "Phone"),
    "e_service": QT_TRANSLATE_NOOP("Routes", "E-service"),
    "web_page": QT_TRANSLATE_NOOP("Routes", "Web page"),
    "printable_form": QT_TRANSLATE_NOOP("Routes", "Form"),
}
CHARGES: dict[str, object] = {
    "free": QT_TRANSLATE_NOOP("Routes", "free of charge"),
    "charged": QT_TRANSLATE_NOOP("Routes", "charged"),
    "other": QT_TRANSLATE_NOOP("Routes", "charge: see the description"),
}


def kind_text(kind: str) -> str:
    return term(CONTEXT, ROUTE_KINDS[kind]) if kind in ROUTE_KINDS else kind


def charge_text(charge: str | None) -> str:
    if charge in CHARGES:
        return term(CONTEXT, CHARGES[charge])
    return translate("Routes", "charge not known")


def _time(value: str) -> str:
    return i18n.format_time(value)


def _days(days: Sequence[int]) -> str:
    names = i18n.babel_locale(i18n.content_language()).days["format"]["abbreviated"]
    ordered = sorted(days)
    if len(ordered) > 2 and ordered == list(range(ordered[0], ordered[-1] + 1)):
        return f"{names[ordered[0]]}\u2013{names[ordered[-1]]}"
    return ", ".join(str(names[d]) for d in ordered)


def hours_text(route: Json) -> str:
    if route.get("around_the_clock"):
        return translate("Routes", "around the clock")
    spans = [
        f"{_days(h['days'])} {_time(h['opens'])}\u2013{_time(h['closes'])}"
        for h in route.get("hours") or ()
        if h.get("days")
    ]
    note = _pick(route.get("hours_note"))
    if not spans and not note:
        return translate("Routes", "hours not known")
    return ", ".join([*spans, *([note] if note else [])])


def source_text(route: Json) -> str:
    """Where the catalogue says the route comes from, and when it was checked."""
    source = route.get("source") or ""
    when = route.get("verified_on")
    if source and when:
        return arg(
            translate("Routes", "source: %1, checked %2"),
            source,
            _date(str(when)),
        )
    if source:
        return arg(translate("Routes", "source: %1"), source)
    return ""


def _phone_text(phone: Json) -> str:
    """One number of several: "+358 9 123 (svenska, charged, 8,35 c/min)"."""
    facts = []
    if language := phone.get("language"):
        names = i18n.babel_locale(i18n.content_language()).languages
        facts.append(str(names.get(language, language)))
    facts.append(charge_text(phone.get("charge")))
    if info := _pick(phone.get("charge_info")):
        facts.append(info)
    return f"{phone.get('number', '')} ({', '.join(facts)})"


def when_text(route: Json, now: dt.datetime | None) -> list[str]:
    """Open now (when ``now`` is given) and the next exception to the hours, from the route's
    full hours: a closed day is never "open"."""
    schedule = json_schedule(route)
    if not schedule.known:
        return []
    out = []
    if now is not None:
        out.append(open_now_text(opening_hours.is_open_at(schedule, now)))
    today = (now or opening_hours.now()).date()
    upcoming = opening_hours.next_exception(schedule, today)
    if upcoming is not None:
        out.append(
            arg(
                translate("Routes", "next exception: %1"),
                exception_text(upcoming, today, i18n.content_language()),
            )
        )
    return out


def route_line(route: Json, now: dt.datetime | None = None) -> str:
    """One route on one line: "Phone: Sosiaalipäivystys 0800 123 456, around the clock, free";
    with ``now``, whether it is open now; the next closed day or other hours when there is one."""
    name = _pick(route.get("names"))
    if route.get("kind") == "phone":
        phones = route.get("phones") or ()
        if len(phones) > 1:
            # Every number, each with its own language and charge.
            parts = [name, "; ".join(_phone_text(p) for p in phones), hours_text(route)]
        else:
            target = " ".join(p for p in (name, route.get("number") or "") if p)
            parts = [
                target,
                hours_text(route),
                charge_text(route.get("charge")),
                _pick(route.get("charge_info")),
            ]
        parts += when_text(route, now)
    else:
        timed = route.get("hours") or route.get("around_the_clock")
        parts = [name, _pick(route.get("urls")), hours_text(route) if timed else ""]
        parts += when_text(route, now) if timed else []
    if languages := route.get("languages"):
        names = i18n.babel_locale(i18n.content_language()).languages
        parts.append(", ".join(str(names.get(x, x)) for x in languages))
    parts.append(source_text(route))
    text = ", ".join(p for p in parts if p)
    if route.get("example"):
        from sote_navigator.wording.vocabulary import example_marker

        text += f" [{example_marker()}]"
    return f"{kind_text(str(route.get('kind')))}: {text}"


# -- the urgent routes ------------------------------------------------------------------------


def _line_name(line: Json) -> str:
    return _pick(line.get("names")) or str(line.get("number", ""))


def _none_listed(p: Json, what: str) -> str:
    return arg(
        translate(
            "Routes",
            "The catalogue has no number for %1 of %2: in danger call 112, and ask %2 for the number.",
        ),
        what,
        _pick(p.get("organiser")),
    )


def _phones_or_none(p: Json, what: str) -> list[str]:
    phones = p.get("phones") or []
    if phones:
        return [route_line(r) for r in phones]
    return [_none_listed(p, what)]


def _statute(p: Json) -> str:
    if i18n.content_language() == "sv" and p.get("statute_sv"):
        return str(p["statute_sv"])
    return str(p.get("statute", ""))


def _sources(p: Json) -> str:
    sources = p.get("sources") or (p.get("line") or {}).get("sources") or []
    checked = p.get("checked") or (p.get("line") or {}).get("checked")
    if not sources:
        return ""
    titles = "; ".join(str(s["title"]) for s in sources)
    if checked:
        return arg(
            translate("Routes", "Sources: %1 (checked %2)."),
            titles,
            _date(str(checked)),
        )
    return arg(translate("Routes", "Sources: %1."), titles)


def _organiser(p: Json) -> str:
    return _pick(p.get("organiser"))


def _line(p: Json) -> str:
    return _line_name(p.get("line") or {})


@dataclass(frozen=True)
class UrgentRoute:
    """The route's sentence; then its phone lines, or (when ``none_listed`` names the service)
    that the catalogue has none; ``phones=False``: the sentence holds the number itself."""

    sentence: Sentence
    none_listed: object = None  # QT_TRANSLATE_NOOP("Routes", …)
    phones: bool = True


URGENT_ROUTES: dict[ReasonCode, UrgentRoute] = {
    ReasonCode.ROUTE_EMERGENCY: UrgentRoute(
        Sentence(
            QT_TRANSLATE_NOOP(
                "Routes",
                "Danger to life or health now: call the emergency number %1 (free of charge, around the clock).",
            ),
            (lambda p: (p.get("line") or {}).get("number", "112"),),
        ),
        phones=False,
    ),
    ReasonCode.ROUTE_SOCIAL_EMERGENCY: UrgentRoute(
        Sentence(
            QT_TRANSLATE_NOOP(
                "Routes",
                "A social emergency (a child at risk, violence at home, a person who cannot cope tonight): the social emergency service of %1, open around the clock; its immediate help is free of charge.",
            ),
            (_organiser,),
        ),
        none_listed=QT_TRANSLATE_NOOP("Routes", "the social emergency service"),
    ),
    ReasonCode.ROUTE_CHILD_PROTECTION_ON_CALL: UrgentRoute(
        Sentence(
            QT_TRANSLATE_NOOP(
                "Routes",
                "A child at risk: the child-protection on-call service of %1, part of its social emergency service, around the clock.",
            ),
            (_organiser,),
        ),
        none_listed=QT_TRANSLATE_NOOP("Routes", "the child-protection on-call service"),
    ),
    ReasonCode.ROUTE_SHELTER: UrgentRoute(
        Sentence(
            QT_TRANSLATE_NOOP(
                "Routes",
                "Violence at home: a shelter takes the client and the children directly, without a referral or a decision, around the clock and free of charge. %1 (free of charge, around the clock) helps find a shelter with room.",
            ),
            (_line,),
        )
    ),
    ReasonCode.ROUTE_HEALTH_ON_CALL: UrgentRoute(
        Sentence(
            QT_TRANSLATE_NOOP(
                "Routes",
                "Urgent health care: call %1 (free of charge, around the clock) before going to on-call care; it assesses the need for care and directs the client to the on-call health services of %2.",
            ),
            (_line, _organiser),
        )
    ),
    ReasonCode.ROUTE_CHILD_WELFARE_NOTIFICATION: UrgentRoute(
        Sentence(
            QT_TRANSLATE_NOOP(
                "Routes",
                "A concern about a child: make a child-welfare notification without delay to the social services of %1, by phone, in writing or in person (never by unprotected e-mail); when it is urgent or out of office hours, to the social emergency service or 112. Anyone may make one; social and health care professionals and the others the law names must, whatever their duty of confidentiality (%2).",
            ),
            (_organiser, _statute),
        )
    ),
}


def urgent_route_lines(route: Reason) -> list[str]:
    """The route's sentence, then its phone lines (or why there are none), then its sources."""
    wording = URGENT_ROUTES.get(route.code)
    if wording is None:
        return []
    p = route.params
    lines = [wording.sentence.word(CONTEXT, p)]
    if wording.none_listed is not None:
        lines += _phones_or_none(p, term(CONTEXT, wording.none_listed))
    elif wording.phones:
        lines += [route_line(r) for r in p.get("phones") or ()]
    if sources := _sources(p):
        lines.append(sources)
    return lines


def urgent_route_text(route: Reason) -> str:
    return " ".join(urgent_route_lines(route))


def urgent_title() -> str:
    return translate("Routes", "Urgent: where to turn now")
