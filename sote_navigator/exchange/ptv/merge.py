"""A PTV export merged into the current catalogue.

PTV has no organisers, regional units or municipality structure: those stay as they are.
PTV's services, organisations and service locations are added or updated under ``ptv:`` ids
(so importing the same data again changes nothing), fields PTV does not know (a service's
level, access and choice, a provider's organiser) keep the values the catalogue had, and each
imported service's offerings are rebuilt from its service-channel connections.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sote_navigator.core.progress import Progress
from sote_navigator.exchange.findings import Code, Findings
from sote_navigator.exchange.ptv import locations
from sote_navigator.exchange.ptv.class_editions import ClassResolver
from sote_navigator.exchange.ptv.mapping import (
    PREFIX,
    PROVISION_TYPES,
    Mapper,
    is_placeholder,
    ptv_id,
)
from sote_navigator.exchange.ptv.reader import PtvKind, PtvObject
from sote_navigator.exchange.ptv.routes import contact_route, linked_services, routes_for_services

Document = dict[str, Any]
# Where each imported entity came from, so that findings point into the PTV files.
Origins = dict[tuple[str, str], tuple[str, str]]
_SERVICE_DEFAULTS = {
    "level": "basic_local",
    "access": "direct",
    "choice": "own_unit",
    "responsibility": "county",
    "eligibility": {"min_age": None, "max_age": None, "residence_required": True},
    "legal_basis": [],
    "example": False,
}
WHOLE_COUNTRY = {
    "wholecountry",
    "wholecountryexceptalandislands",
    "nationwide",
    "nationwideexceptalandislands",
}


@dataclass
class _Connection:
    service: str
    channel: str
    place: str


@dataclass
class PtvImport:
    """What the PTV files held, mapped; ``merge_into`` makes the new catalogue from it."""

    findings: Findings
    services: dict[str, Document] = field(default_factory=dict)
    providers: dict[str, Document] = field(default_factory=dict)
    locations: dict[str, Document] = field(default_factory=dict)
    classes: dict[str, Document] = field(default_factory=dict)
    producers: dict[str, dict[str, str]] = field(default_factory=dict)  # service → org → type
    responsible: dict[str, set[str]] = field(default_factory=dict)  # service → orgs
    areas: dict[str, set[str]] = field(default_factory=dict)  # service → municipality codes
    connections: list[_Connection] = field(default_factory=list)
    channel_orgs: dict[str, str] = field(default_factory=dict)
    origins: Origins = field(default_factory=dict)
    other_channels: set[str] = field(default_factory=set)
    # Where each service class was first named: uri → (file, place).
    class_origins: dict[str, tuple[str, str]] = field(default_factory=dict)
    # Phone, EChannel, WebPage and PrintableForm channels (exchange.ptv.routes), by channel id,
    # and the (service, channel) links that name them.
    routes: dict[str, Document] = field(default_factory=dict)
    route_links: list[tuple[str, str]] = field(default_factory=list)

    def add(self, obj: PtvObject, mapper: Mapper) -> None:
        if not _identified(obj, mapper):
            cid = obj.data.get("id")
            if obj.kind is PtvKind.CHANNEL and isinstance(cid, str) and cid.strip():
                # Reported once, here: its connections are not "missing" on top of that.
                self.other_channels.add(f"{PREFIX}{cid}")
            return
        if obj.kind is PtvKind.ORGANIZATION:
            provider = mapper.organization(obj)
            if provider:
                self.providers[provider["id"]] = provider
                self.origins[("providers", provider["id"])] = (obj.file, obj.place)
        elif obj.kind is PtvKind.CHANNEL:
            self._channel(obj, mapper)
        else:
            self._service(obj, mapper)

    def _channel(self, obj: PtvObject, mapper: Mapper) -> None:
        location = locations.location(mapper, obj)
        cid = ptv_id(obj.data.get("id"))
        if location is None:
            if cid:
                self.other_channels.add(cid)
                self._route(obj, mapper, cid)
            return
        self.locations[location["id"]] = location
        self.origins[("locations", location["id"])] = (obj.file, obj.place)
        if location["provider"]:
            self.channel_orgs[location["id"]] = location["provider"]
        for n, link in enumerate(obj.data.get("services") or ()):
            sid = (
                ptv_id((link.get("service") or {}).get("id")) if isinstance(link, Mapping) else None
            )
            if sid:
                self.connections.append(
                    _Connection(sid, location["id"], f"{obj.place}.services[{n}]")
                )
            else:
                mapper.warn(Code.PTV_NO_ID, obj, f".services[{n}].service.id")

    def _service_classes(self, obj: PtvObject, mapper: Mapper) -> list[str]:
        """The class URIs a service names, as named; resolved against the catalogue later."""
        classes = []
        for n, c in enumerate(obj.data.get("serviceClasses") or ()):
            uri = c.get("uri") if isinstance(c, Mapping) else None
            if not isinstance(uri, str) or is_placeholder(uri):
                mapper.warn(Code.PTV_UNKNOWN_CLASS, obj, f".serviceClasses[{n}]")
                continue
            uri = uri.strip()
            classes.append(uri)
            self.class_origins.setdefault(uri, (obj.file, f"{obj.place}.serviceClasses[{n}]"))
            class_names = mapper.texts(obj, f".serviceClasses[{n}].name", c.get("name"))
            if class_names and uri not in self.classes:
                parent = c.get("parentUri")
                self.classes[uri] = {
                    "uri": uri,
                    "code": str(c.get("code") or uri.rsplit("/", 1)[-1]),
                    "parent": parent.strip()
                    if isinstance(parent, str) and not is_placeholder(parent)
                    else None,
                    "names": class_names,
                    "descriptions": [],
                }
        return classes

    def _route(self, obj: PtvObject, mapper: Mapper, cid: str) -> None:
        route = contact_route(mapper, obj)
        if route is not None:
            self.routes[cid] = route
            self.route_links += [(sid, cid) for sid, _ in linked_services(obj)]

    def _service(self, obj: PtvObject, mapper: Mapper) -> None:
        data = obj.data
        sid = ptv_id(data.get("id"))
        if sid is None or not mapper.published(obj):
            return
        names = mapper.texts(
            obj, ".serviceNames", data.get("serviceNames"), only=("Name", "AlternateName")
        )
        if not any(t["type"] == "name" for t in names):
            mapper.warn(Code.PTV_NO_NAME, obj, ".serviceNames")
            return
        mapper.check_translations(obj, ".serviceNames", names)
        classes = self._service_classes(obj, mapper)
        vouchers = bool(data.get("serviceVouchersInUse"))
        charge = str(data.get("serviceChargeType") or "").lower()
        self.services[sid] = {
            "id": sid,
            "names": names,
            "descriptions": mapper.texts(
                obj, ".serviceDescriptions", data.get("serviceDescriptions"), "description"
            ),
            "keywords": [
                {**t, "type": "keyword"}
                for t in mapper.texts(obj, ".keywords", data.get("keywords"))
            ],
            "classes": list(dict.fromkeys(classes)),
            "target_groups": sorted(
                {
                    str(t["code"])
                    for t in data.get("targetGroups") or ()
                    if isinstance(t, Mapping) and t.get("code")
                }
            ),
            "charge": "free" if charge == "free" else "charged",
            "voucher": {
                "kind": "palveluseteli",
                "value_cents": None,
                "self_share_cents": None,
                "unit": None,
            }
            if vouchers
            else None,
            "ptv_vouchers": [
                {"names": mapper.texts(obj, f".serviceVouchers[{n}]", [v]), "url": v.get("url")}
                for n, v in enumerate(data.get("serviceVouchers") or ())
                if isinstance(v, Mapping) and not is_placeholder(v.get("value"))
            ],
        }
        self.origins[("services", sid)] = (obj.file, obj.place)
        self.producers[sid] = {}
        self.responsible[sid] = set()
        for o in data.get("organizations") or ():
            if not isinstance(o, Mapping):
                continue
            org = ptv_id((o.get("organization") or {}).get("id"))
            if org is None:
                continue
            if o.get("roleType") == "Producer":
                kind = PROVISION_TYPES.get(str(o.get("provisionType") or "").lower(), "procured")
                self.producers[sid][org] = kind
            else:
                self.responsible[sid].add(org)
        area_type = str(data.get("areaType") or "").lower()
        codes: set[str] = set()
        if area_type not in WHOLE_COUNTRY:
            for a in data.get("areas") or ():
                if not isinstance(a, Mapping):
                    continue
                if a.get("type") == "Municipality" and isinstance(a.get("code"), str):
                    codes.add(a["code"].zfill(3))
                for m in a.get("municipalities") or ():
                    if isinstance(m, Mapping) and isinstance(m.get("code"), str):
                        codes.add(m["code"].zfill(3))
        self.areas[sid] = codes
        for n, link in enumerate(data.get("serviceChannels") or ()):
            cid = (
                ptv_id((link.get("serviceChannel") or {}).get("id"))
                if isinstance(link, Mapping)
                else None
            )
            if cid:
                self.connections.append(_Connection(sid, cid, f"{obj.place}.serviceChannels[{n}]"))
            else:
                mapper.warn(Code.PTV_NO_ID, obj, f".serviceChannels[{n}].serviceChannel.id")


def _identified(obj: PtvObject, mapper: Mapper) -> bool:
    """An item the mapping can place: an id that is text and, for a channel, its type.

    Each gap is a warning naming the item's file and place, never a silent drop. Warnings,
    not errors: the item is left out whole, so nothing wrong enters the catalogue; these are
    the "items missing a required field" of issue 14.4, and refusing a whole export for one
    such item is what made real exports unimportable. (A wrong-kind value in a field of an
    item that is kept would put a wrong value in the catalogue: that is refused.)
    """
    value = obj.data.get("id")
    if value is None or (isinstance(value, str) and is_placeholder(value)):
        mapper.warn(Code.PTV_NO_ID, obj, ".id")
        return False
    if not isinstance(value, str):
        mapper.warn(Code.PTV_BAD_ID, obj, ".id", value=json.dumps(value)[:60])
        return False
    if obj.kind is PtvKind.CHANNEL:
        kind = obj.data.get("serviceChannelType")
        if not isinstance(kind, str) or is_placeholder(kind):
            mapper.warn(Code.PTV_NO_CHANNEL_TYPE, obj, ".serviceChannelType")
            return False
    return True


def _merged_classes(
    doc: Mapping[str, Any], ptv: PtvImport
) -> tuple[dict[str, Document], ClassResolver]:
    """The catalogue's classes plus the export's new classes of the catalogue's edition.

    A class of another edition is never added (it is resolved to today's class or left out);
    a new class whose parent is unknown is added without the parent, with a warning.
    """
    classes = {c["uri"]: c for c in doc.get("service_classes") or ()}
    resolver = ClassResolver(classes.values())
    new = {
        uri: cls
        for uri, cls in ptv.classes.items()
        if resolver.resolve(uri) is None and resolver.same_edition(uri)
    }
    for uri, cls in new.items():
        parent = cls["parent"]
        if parent is not None:
            resolved = resolver.resolve(parent) or (parent if parent in new else None)
            if resolved is None:
                file, place = ptv.class_origins[uri]
                ptv.findings.warning(
                    Code.PTV_UNKNOWN_PARENT_CLASS, file, place + ".parentUri", parent=parent
                )
            cls = {**cls, "parent": resolved}
        classes[uri] = cls
    resolver.known.update(new)
    return classes, resolver


def _resolved_classes(
    ptv: PtvImport,
    sid: str,
    uris: Iterable[str],
    resolver: ClassResolver,
) -> list[str]:
    """Today's classes of a service; an unknown or foreign class is a warning, the rest stay."""
    out = []
    for uri in uris:
        resolved = resolver.resolve(uri)
        if resolved is not None:
            out.append(resolved)
            continue
        file, place = ptv.class_origins.get(uri) or (
            ptv.origins[("services", sid)][0],
            ptv.origins[("services", sid)][1] + ".serviceClasses",
        )
        code = Code.PTV_UNKNOWN_CLASS if resolver.same_edition(uri) else Code.PTV_FOREIGN_CLASS
        ptv.findings.warning(code, file, place, uri=uri)
    return list(dict.fromkeys(out))


def collect(
    objects: Iterable[PtvObject], findings: Findings, progress: Progress | None = None
) -> PtvImport:
    result = PtvImport(findings)
    mapper = Mapper(findings)
    for n, obj in enumerate(objects):
        if progress is not None and n % 500 == 0:
            progress.report(n, 0, "read")
        result.add(obj, mapper)
    return result


def _units_by_municipality(doc: Mapping[str, Any], today: dt.date) -> dict[str, list[str]]:
    units: dict[str, list[str]] = {}
    iso = today.isoformat()
    for m in doc.get("memberships") or ():
        if m["valid_from"] <= iso and (m.get("valid_to") is None or m["valid_to"] >= iso):
            units.setdefault(m["municipality"], []).append(m["regional_unit"])
    return units


def merge_into(
    current: Mapping[str, Any], ptv: PtvImport, today: dt.date | None = None
) -> Document:
    """The current catalogue with the PTV content merged in.

    ``current`` and its entities are not changed: the new document shares the untouched
    entities with it and has new lists, so that both can be compared afterwards.
    """
    findings = ptv.findings
    doc: Document = dict(current)
    municipalities = {m["code"] for m in doc.get("municipalities") or ()}
    units_of = _units_by_municipality(doc, today or dt.date.today())
    organiser_by_business_id = {
        o["business_id"]: o["id"] for o in doc.get("organisers") or () if o.get("business_id")
    }

    for location in ptv.locations.values():
        code = location["address"]["municipality"]
        if code is not None and code not in municipalities:
            file, place = ptv.origins[("locations", location["id"])]
            findings.warning(
                Code.PTV_UNKNOWN_MUNICIPALITY, file, place + ".addresses", municipality=code
            )
            location["address"]["municipality"] = None

    existing = {p["id"]: p for p in doc.get("providers") or ()}
    known_before = set(existing)
    for pid, provider in ptv.providers.items():
        old = existing.get(pid)
        if old is not None:
            provider["kind"], provider["organiser"], provider["web"] = (
                old["kind"],
                old.get("organiser"),
                old.get("web"),
            )
        else:
            provider["organiser"] = organiser_by_business_id.get(provider["business_id"])
        existing[pid] = provider
    for orgs in ptv.producers.values():
        for org, kind in orgs.items():
            # A company new to the catalogue that PTV lists as a voucher producer.
            new = org in existing and org not in known_before
            if kind == "voucher" and new and existing[org]["kind"] == "procured_provider":
                existing[org]["kind"] = "voucher_provider"
    locations = {x["id"]: x for x in doc.get("locations") or ()}
    for lid, location in ptv.locations.items():
        if location["provider"] not in existing:
            file, place = ptv.origins[("locations", lid)]
            findings.warning(
                Code.PTV_UNKNOWN_ORGANIZATION,
                file,
                place + ".organizationId",
                organization=location["provider"],
            )
            location["provider"] = None
        locations[lid] = location

    classes, resolver = _merged_classes(doc, ptv)
    services = {s["id"]: s for s in doc.get("services") or ()}
    for sid, service in ptv.services.items():
        service["classes"] = _resolved_classes(ptv, sid, service["classes"], resolver)
        old = services.get(sid)
        base = {k: copy.deepcopy(old[k]) for k in _SERVICE_DEFAULTS if k in old} if old else {}
        merged = {**_SERVICE_DEFAULTS, **base, **service}
        if old is None and service["voucher"] is not None:
            merged["choice"] = "voucher"
        if not merged["ptv_vouchers"]:
            del merged["ptv_vouchers"]
        services[sid] = merged

    offerings = [
        o
        for o in doc.get("offerings") or ()
        if o["service"] not in ptv.services or not o["id"].startswith(PREFIX)
    ]
    connected: set[str] = set()
    built: dict[str, Document] = {}
    area_units: dict[str, set[str]] = {}  # service → the regional units its areas cover
    for link in ptv.connections:
        if link.service not in ptv.services:
            continue
        if link.channel in ptv.routes:
            ptv.route_links.append((link.service, link.channel))
            connected.add(link.service)
            continue
        if link.channel not in locations:
            if link.channel not in ptv.other_channels:
                file = (
                    ptv.origins[("services", link.service)][0]
                    if ("services", link.service) in ptv.origins
                    else ""
                )
                findings.warning(Code.PTV_UNKNOWN_CHANNEL, file, link.place, channel=link.channel)
            continue
        location = locations[link.channel]
        provider = location.get("provider")
        if provider is None:
            continue
        connected.add(link.service)
        oid = f"{link.service}/{link.channel.removeprefix(PREFIX)}"
        if oid in built:
            continue
        produced = ptv.producers[link.service].get(provider)
        own = provider in ptv.responsible[link.service]
        kind = produced or ("self_produced" if own else "procured")
        municipality = location["address"]["municipality"]
        if link.service not in area_units:
            area_units[link.service] = {
                u for code in ptv.areas[link.service] for u in units_of.get(code, [])
            }
        served = area_units[link.service].union(units_of.get(municipality or "", []))
        service = services[link.service]
        built[oid] = {
            "id": oid,
            "service": link.service,
            "location": link.channel,
            "provider": provider,
            "regional_units": sorted(served),
            "provision_type": kind,
            "languages": list(location["languages"]),
            "home_visits": False,
            "waiting_days": None,
            "voucher": service["voucher"] if kind == "voucher" else None,
            "example": False,
        }
    connected.update(sid for sid, cid in ptv.route_links if cid in ptv.routes)
    for sid in ptv.services:
        if sid not in connected:
            file, place = ptv.origins[("services", sid)]
            findings.warning(Code.PTV_SERVICE_WITHOUT_CHANNELS, file, place + ".serviceChannels")
    offerings.extend(built.values())

    doc["service_classes"] = sorted(classes.values(), key=lambda c: c["uri"])
    doc["services"] = sorted(services.values(), key=lambda s: s["id"])
    doc["providers"] = sorted(existing.values(), key=lambda p: p["id"])
    doc["locations"] = sorted(locations.values(), key=lambda x: x["id"])
    doc["offerings"] = sorted(offerings, key=lambda o: o["id"])
    doc["contact_routes"] = _merged_routes(doc, ptv, services, existing)
    return doc


def _merged_routes(
    current: Mapping[str, Any],
    ptv: PtvImport,
    services: Mapping[str, Any],
    providers: Mapping[str, Mapping[str, Any]],
) -> list[Document]:
    """The catalogue's own routes, and PTV's rebuilt for the services and channels imported."""
    built = routes_for_services(ptv.routes, ptv.route_links, services, providers)
    new_ids = {r["id"] for r in built}
    kept = [
        r
        for r in current.get("contact_routes") or ()
        if r["id"] not in new_ids
        and not (str(r["id"]).startswith(PREFIX) and r.get("service") in ptv.services)
    ]
    return sorted([*kept, *built], key=lambda r: str(r["id"]))
