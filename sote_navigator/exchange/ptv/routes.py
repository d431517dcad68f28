"""PTV channels that are not places (Phone, EChannel, WebPage, PrintableForm) as contact routes.

Field names follow PTV Open API v11 (vrk-kpa/ptv-releases, ``src/PTV.Domain.Model/Models/
OpenApi/``): a phone channel's ``phoneNumbers[]`` (``V4VmOpenApiPhone``: ``prefixNumber``,
``number``, ``isFinnishServiceNumber``, ``serviceChargeType`` Charged/Free/Other,
``chargeDescription``, ``additionalInformation``, ``language``); an e-service's and a web
page's ``webPages[]`` (``url``, ``value``, ``language``) or ``urls[]`` (``value``,
``language``); a printable form's ``channelUrls[]`` (``value``, ``language``) and
``formIdentifier[]``; every channel's ``serviceChannelNames``, ``serviceChannelDescriptions``,
``serviceHours``, ``languages``, ``organizationId`` and ``services[]``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sote_navigator.exchange.findings import Code
from sote_navigator.exchange.ptv.hours import HoursReader
from sote_navigator.exchange.ptv.mapping import LANGUAGES, Mapper, is_placeholder, ptv_id
from sote_navigator.exchange.ptv.reader import PtvObject

ROUTE_KINDS = {
    "phone": "phone",
    "echannel": "e_service",
    "webpage": "web_page",
    "printableform": "printable_form",
}
CHARGES = {
    "free": "free",
    "freeofcharge": "free",
    "charged": "charged",
    "chargeable": "charged",
    "other": "other",
}
ALWAYS = {"days": [0, 1, 2, 3, 4, 5, 6], "opens": "00:00", "closes": "24:00"}


def route_kind(data: Mapping[str, Any]) -> str | None:
    return ROUTE_KINDS.get(str(data.get("serviceChannelType") or "").lower())


def _phones(mapper: Mapper, obj: PtvObject) -> list[dict[str, Any]]:
    """Every phone number of the channel (not a fax), each with its prefix, charge type,
    charge description and additional information, and language (``V4VmOpenApiPhone``)."""
    out: list[dict[str, Any]] = []
    for n, p in enumerate(obj.data.get("phoneNumbers") or ()):
        if not isinstance(p, Mapping) or str(p.get("type") or "Phone").lower() == "fax":
            continue
        found = mapper.phones([p])
        if not found:
            mapper.warn(
                Code.PTV_PLACEHOLDER, obj, f".phoneNumbers[{n}].number", value=p.get("number")
            )
            continue
        language = p.get("language") if isinstance(p.get("language"), str) else "fi"
        charge_info = [
            {"language": language, "value": str(p[key]).strip(), "type": "description"}
            for key in ("chargeDescription", "additionalInformation")
            if not is_placeholder(p.get(key))
        ]
        prefix = p.get("prefixNumber")
        out.append(
            {
                "number": found[0]["number"],
                "prefix": prefix.strip() if isinstance(prefix, str) and prefix.strip() else None,
                "charge": CHARGES.get(str(p.get("serviceChargeType") or "").lower()),
                "charge_info": charge_info,
                "language": language if language in LANGUAGES else None,
            }
        )
    return out


def _urls(obj: PtvObject) -> list[dict[str, str]]:
    data = obj.data
    out: list[dict[str, str]] = []
    for key, field in (("webPages", "url"), ("urls", "value"), ("channelUrls", "value")):
        for item in data.get(key) or ():
            if not isinstance(item, Mapping) or is_placeholder(item.get(field)):
                continue
            found = item.get("language")
            language = found if isinstance(found, str) else "fi"
            url = str(item[field]).strip()
            if not any(u["language"] == language and u["value"] == url for u in out):
                out.append({"language": language, "value": url, "type": "url"})
    return out


def contact_route(mapper: Mapper, obj: PtvObject) -> dict[str, Any] | None:
    """The channel as a contact route of its organisation (services are linked by merge)."""
    data = obj.data
    kind = route_kind(data)
    cid = ptv_id(data.get("id"))
    if kind is None or cid is None or not mapper.published(obj):
        return None
    names = mapper.texts(
        obj, ".serviceChannelNames", data.get("serviceChannelNames"), only=("Name",)
    )
    if not names:
        mapper.warn(Code.PTV_NO_NAME, obj, ".serviceChannelNames")
        return None
    mapper.check_translations(obj, ".serviceChannelNames", names)
    phones = _phones(mapper, obj) if kind == "phone" else []
    # The first number stays in the route's own columns; every number is in ``phones``.
    phone = phones[0] if phones else {}
    # Regular hours, exceptional hours and closed days, over midnight, by appointment: the
    # same reading as a place's (exchange.ptv.hours), so "open now" sees every exception.
    hours = HoursReader(mapper, obj).read(data.get("serviceHours"))
    around = hours["hours"] == [ALWAYS] and "hours_exceptions" not in hours
    route: dict[str, Any] = {
        "id": cid,
        "kind": kind,
        "service": None,
        "organiser": None,
        "provider": ptv_id(data.get("organizationId")),
        "purposes": [],
        "names": names,
        "descriptions": mapper.texts(
            obj,
            ".serviceChannelDescriptions",
            data.get("serviceChannelDescriptions"),
            "description",
        ),
        "number": phone.get("number"),
        "charge": phone.get("charge"),
        "charge_info": phone.get("charge_info", []),
        "urls": _urls(obj),
        "hours": [] if around else hours["hours"],
        "around_the_clock": around,
        "hours_note": hours["hours_note"],
        "languages": sorted(
            {x for x in data.get("languages") or () if isinstance(x, str) and x in LANGUAGES}
        ),
        "source": "PTV",
        "verified_on": _day(data.get("modified")),
        "example": False,
    }
    if phones:
        route["phones"] = phones
    for key in ("hours_exceptions", "by_appointment"):
        if key in hours:
            route[key] = hours[key]
    return route


def _day(value: Any) -> str | None:
    """2026-02-11 from PTV's ``modified`` timestamp."""
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return value[:10]
    return None


def linked_services(obj: PtvObject) -> list[tuple[str, str]]:
    """(service id, place) of each service the channel names."""
    out = []
    for n, link in enumerate(obj.data.get("services") or ()):
        sid = ptv_id((link.get("service") or {}).get("id")) if isinstance(link, Mapping) else None
        if sid:
            out.append((sid, f"{obj.place}.services[{n}]"))
    return out


def routes_for_services(
    routes: Mapping[str, dict[str, Any]],
    links: list[tuple[str, str]],
    services: Mapping[str, Any],
    providers: Mapping[str, Mapping[str, Any]],
) -> list[dict[str, Any]]:
    """One route per (service, channel) link, like offerings; a channel that serves none of
    the imported services stays a route of its organisation alone."""
    built: dict[str, dict[str, Any]] = {}
    linked: set[str] = set()
    for sid, cid in links:
        route = routes.get(cid)
        if route is None or sid not in services:
            continue
        linked.add(cid)
        rid = f"{sid}/{cid.removeprefix('ptv:')}"
        built[rid] = {**route, "id": rid, "service": sid}
    for cid, route in routes.items():
        if cid not in linked:
            built[cid] = dict(route)
    for route in built.values():
        provider = providers.get(route["provider"] or "")
        if provider is None:
            route["provider"] = None
        else:
            route["organiser"] = provider.get("organiser")
    return sorted(built.values(), key=lambda r: str(r["id"]))
