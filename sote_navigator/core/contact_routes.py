"""Ways in that are not a building: phone lines, e-services, web pages and printable forms.

A contact route belongs to a service, to an organiser or to a provider (or to a service as
given by one of them). The urgent routes of a placement read an organiser's emergency numbers
from here; the choice list and the printout show them as ways in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sote_navigator.core import localized, opening_hours
from sote_navigator.core.localized import LocalizedText


class RouteKind(StrEnum):
    PHONE = "phone"
    E_SERVICE = "e_service"
    WEB_PAGE = "web_page"
    PRINTABLE_FORM = "printable_form"


class Purpose(StrEnum):
    """What an organiser's or provider's route is for, where the catalogue says so."""

    SOCIAL_EMERGENCY = "social_emergency"
    CHILD_PROTECTION_ON_CALL = "child_protection_on_call"
    HEALTH_ON_CALL = "health_on_call"
    SHELTER = "shelter"
    CHILD_WELFARE_NOTIFICATION = "child_welfare_notification"
    CRISIS_LINE = "crisis_line"


@dataclass(frozen=True)
class RouteHours:
    """Opening hours as in core.catalogue.OpeningHours (not imported: the window's first
    paint must not load the catalogue classes)."""

    days: tuple[int, ...]  # Monday = 0
    opens: str
    closes: str


@dataclass(frozen=True)
class RoutePhone:
    """One number of a phone line, as PTV gives it: a line may have several (a Swedish one,
    a charged service number beside a free one)."""

    number: str  # with its international prefix, as dialled
    prefix: str | None  # PTV's prefixNumber ("+358"), when given
    charge: str | None  # "free", "charged", "other" or None (not known)
    charge_info: LocalizedText
    language: str | None  # the language served on this number, when given


@dataclass(frozen=True)
class ContactRoute:
    id: str
    kind: RouteKind
    service_id: str | None
    organiser_id: str | None
    provider_id: str | None
    purposes: tuple[str, ...]
    names: LocalizedText
    descriptions: LocalizedText
    number: str | None
    charge: str | None  # "free", "charged", "other" or None (not known)
    charge_info: LocalizedText
    urls: LocalizedText
    hours: tuple[RouteHours, ...]
    around_the_clock: bool
    hours_note: LocalizedText
    languages: tuple[str, ...]
    source: str | None
    verified_on: str | None
    example: bool
    # Every number of a phone line (``number`` and ``charge`` are the first one's).
    phones: tuple[RoutePhone, ...] = ()
    # Dated exceptions (closed days, other hours) and "by appointment", as a place has them.
    hours_exceptions: tuple[opening_hours.HoursException, ...] = ()
    by_appointment: bool = False

    def name(self, language: str) -> str:
        return localized.pick(self.names, language)

    def url(self, language: str) -> str:
        return localized.pick(self.urls, language)

    @property
    def is_phone(self) -> bool:
        return self.kind is RouteKind.PHONE and bool(self.number)


def from_entity(x: Mapping[str, Any]) -> ContactRoute:
    """A route from its native-document form (``db.catalogue_rows`` reads rows back to it)."""
    return ContactRoute(
        id=str(x["id"]),
        kind=RouteKind(x["kind"]),
        service_id=x.get("service"),
        organiser_id=x.get("organiser"),
        provider_id=x.get("provider"),
        purposes=tuple(x.get("purposes") or ()),
        names=list(x.get("names") or []),
        descriptions=list(x.get("descriptions") or []),
        number=x.get("number"),
        charge=x.get("charge"),
        charge_info=list(x.get("charge_info") or []),
        urls=list(x.get("urls") or []),
        hours=tuple(
            RouteHours(tuple(h["days"]), h["opens"], h["closes"]) for h in x.get("hours") or ()
        ),
        around_the_clock=bool(x.get("around_the_clock")),
        hours_note=list(x.get("hours_note") or []),
        languages=tuple(x.get("languages") or ()),
        source=x.get("source"),
        verified_on=x.get("verified_on"),
        example=bool(x.get("example")),
        **_more(x),
    )


def _more(x: Mapping[str, Any]) -> dict[str, Any]:
    """Every number, the dated exceptions and "by appointment" (native and snapshot alike)."""
    schedule = opening_hours.schedule_of(
        (), x.get("hours_exceptions") or (), bool(x.get("by_appointment"))
    )
    return {
        "phones": tuple(
            RoutePhone(
                str(p["number"]),
                p.get("prefix"),
                p.get("charge"),
                list(p.get("charge_info") or []),
                p.get("language"),
            )
            for p in x.get("phones") or ()
            if isinstance(p, Mapping) and p.get("number")
        ),
        "hours_exceptions": schedule.exceptions,
        "by_appointment": schedule.by_appointment,
    }


def phone_json(p: RoutePhone) -> dict[str, Any]:
    return {
        "number": p.number,
        "prefix": p.prefix,
        "charge": p.charge,
        "charge_info": [dict(t) for t in p.charge_info],
        "language": p.language,
    }


def route_json(route: ContactRoute) -> dict[str, Any]:
    """Plain JSON for ``--json`` and for the record's snapshot (stable codes, every language)."""
    return {
        "id": route.id,
        "kind": route.kind.value,
        "service_id": route.service_id,
        "organiser_id": route.organiser_id,
        "provider_id": route.provider_id,
        "purposes": list(route.purposes),
        "names": [dict(t) for t in route.names],
        "number": route.number,
        "charge": route.charge,
        "charge_info": [dict(t) for t in route.charge_info],
        "urls": [dict(t) for t in route.urls],
        "hours": [
            {"days": list(h.days), "opens": h.opens, "closes": h.closes} for h in route.hours
        ],
        "around_the_clock": route.around_the_clock,
        "hours_note": [dict(t) for t in route.hours_note],
        "languages": list(route.languages),
        "source": route.source,
        "verified_on": route.verified_on,
        "example": route.example,
        # Only when there are some: a record written before keeps its exact form.
        **({"phones": [phone_json(p) for p in route.phones]} if route.phones else {}),
        **(
            {"hours_exceptions": [opening_hours.exception_json(e) for e in route.hours_exceptions]}
            if route.hours_exceptions
            else {}
        ),
        **({"by_appointment": True} if route.by_appointment else {}),
    }


def route_from_json(x: Mapping[str, Any]) -> ContactRoute:
    """A route read back from ``route_json`` (a record's snapshot keeps routes so)."""
    return ContactRoute(
        id=str(x["id"]),
        kind=RouteKind(x["kind"]),
        service_id=x["service_id"],
        organiser_id=x["organiser_id"],
        provider_id=x["provider_id"],
        purposes=tuple(x["purposes"]),
        names=[dict(t) for t in x["names"]],
        descriptions=[],  # not kept by route_json
        number=x["number"],
        charge=x["charge"],
        charge_info=[dict(t) for t in x["charge_info"]],
        urls=[dict(t) for t in x["urls"]],
        hours=tuple(RouteHours(tuple(h["days"]), h["opens"], h["closes"]) for h in x["hours"]),
        around_the_clock=bool(x["around_the_clock"]),
        hours_note=[dict(t) for t in x["hours_note"]],
        languages=tuple(x["languages"]),
        source=x["source"],
        verified_on=x["verified_on"],
        example=bool(x["example"]),
        **_more(x),
    )


def json_schedule(route: Mapping[str, Any]) -> opening_hours.Schedule:
    """The full hours of a route in its JSON form (``route_json``, a record's snapshot)."""
    hours = (
        [{"days": list(range(7)), "opens": "00:00", "closes": "24:00"}]
        if route.get("around_the_clock")
        else route.get("hours") or ()
    )
    return opening_hours.schedule_of(
        hours, route.get("hours_exceptions") or (), bool(route.get("by_appointment"))
    )


def times_json(route: Mapping[str, Any], now: dt.datetime) -> dict[str, Any]:
    """Whether the route is open at ``now`` (None: not known) and its next dated exception,
    from its full hours, for ``--json``."""
    schedule = json_schedule(route)
    upcoming = opening_hours.next_exception(schedule, now.date())
    return {
        "open_now": opening_hours.is_open_at(schedule, now),
        "next_exception": opening_hours.exception_json(upcoming) if upcoming else None,
    }


def phones_first(routes: Sequence[ContactRoute]) -> list[ContactRoute]:
    """Phone lines first, then e-services, web pages and forms; each kind in catalogue order."""
    order = list(RouteKind)
    return sorted(routes, key=lambda r: order.index(r.kind))
