"""Moving a whole catalogue between its native document form and the database tables.

``replace_catalogue`` runs inside the caller's transaction: the caller decides when it commits,
so that an import is all or nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select

from sote_navigator.core.navigation import open_evenings, open_weekends
from sote_navigator.db import models as m
from sote_navigator.db import search_entries, search_index

Document = dict[str, Any]

_SERVICE_KEYS = {
    "id",
    "names",
    "descriptions",
    "keywords",
    "classes",
    "target_groups",
    "level",
    "access",
    "choice",
    "responsibility",
    "eligibility",
    "charge",
    "voucher",
    "legal_basis",
    "example",
}
_PROVIDER_KEYS = {"id", "names", "kind", "business_id", "organiser", "web", "example"}
_LOCATION_KEYS = {
    "id",
    "provider",
    "names",
    "descriptions",
    "address",
    "coordinates",
    "phones",
    "emails",
    "web",
    "hours",
    "hours_note",
    "languages",
    "accessible",
    "accessibility",
    "example",
}
_OFFERING_KEYS = {
    "id",
    "service",
    "location",
    "provider",
    "regional_units",
    "provision_type",
    "languages",
    "home_visits",
    "waiting_days",
    "voucher",
    "example",
}


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _extra(item: Mapping[str, Any], known: set[str]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k not in known}


def _insert(con: Connection, table: type[m.Base], rows: list[dict[str, Any]]) -> None:
    if rows:
        con.execute(insert(table), rows)


def clear_catalogue(con: Connection) -> None:
    for table in reversed(m.CATALOGUE_TABLES):
        con.execute(delete(table))
    search_index.clear(con)


def replace_catalogue(con: Connection, doc: Document) -> None:
    """Replace every catalogue row with the content of ``doc`` (already validated)."""
    clear_catalogue(con)
    _insert(
        con,
        m.Organiser,
        [
            {
                "id": o["id"],
                "code": o["code"],
                "kind": o["kind"],
                "in_reform": o.get("in_reform", True),
                "names": o["names"],
                "business_id": o.get("business_id"),
            }
            for o in doc.get("organisers", [])
        ],
    )
    _insert(
        con,
        m.RegionalUnit,
        [
            {"id": u["id"], "organiser_id": u["organiser"], "code": u["code"], "names": u["names"]}
            for u in doc.get("regional_units", [])
        ],
    )
    _insert(
        con,
        m.Municipality,
        [
            {
                "code": x["code"],
                "names": x["names"],
                "language_status": x["language_status"],
                "region_code": x["region"]["code"],
                "region_names": x["region"]["names"],
            }
            for x in doc.get("municipalities", [])
        ],
    )
    _insert(
        con,
        m.Membership,
        [
            {
                "municipality_code": x["municipality"],
                "regional_unit_id": x["regional_unit"],
                "valid_from": _date(x["valid_from"]),
                "valid_to": _date(x.get("valid_to")),
            }
            for x in doc.get("memberships", [])
        ],
    )
    _insert(
        con,
        m.FormerMunicipality,
        [
            {
                "code": x["code"],
                "names": x["names"],
                "merged_into": x["merged_into"],
                "merged_on": _date(x["merged_on"]),
            }
            for x in doc.get("former_municipalities", [])
        ],
    )
    _insert(
        con,
        m.ServiceClass,
        [
            {
                "uri": c["uri"],
                "code": c["code"],
                "parent_uri": c.get("parent"),
                "names": c["names"],
                "descriptions": c.get("descriptions", []),
            }
            for c in doc.get("service_classes", [])
        ],
    )
    services = doc.get("services", [])
    _insert(con, m.Service, [_service_row(s) for s in services])
    _insert(
        con,
        m.ServiceClassLink,
        [
            {"service_id": s["id"], "class_uri": uri}
            for s in services
            for uri in dict.fromkeys(s.get("classes", []))
        ],
    )
    _insert(
        con,
        m.Provider,
        [
            {
                "id": p["id"],
                "names": p["names"],
                "kind": p["kind"],
                "business_id": p.get("business_id"),
                "organiser_id": p.get("organiser"),
                "web": p.get("web"),
                "example": bool(p.get("example", False)),
                "extra": _extra(p, _PROVIDER_KEYS),
            }
            for p in doc.get("providers", [])
        ],
    )
    _insert(con, m.Location, [_location_row(x) for x in doc.get("locations", [])])
    offerings = doc.get("offerings", [])
    _insert(
        con,
        m.Offering,
        [
            {
                "id": o["id"],
                "service_id": o["service"],
                "location_id": o.get("location"),
                "provider_id": o["provider"],
                "provision_type": o["provision_type"],
                "languages": o.get("languages", []),
                "home_visits": bool(o.get("home_visits", False)),
                "waiting_days": o.get("waiting_days"),
                "voucher": o.get("voucher"),
                "example": bool(o.get("example", False)),
                "extra": _extra(o, _OFFERING_KEYS),
            }
            for o in offerings
        ],
    )
    _insert(
        con,
        m.OfferingUnit,
        [
            {"offering_id": o["id"], "regional_unit_id": u}
            for o in offerings
            for u in dict.fromkeys(o.get("regional_units", []))
        ],
    )
    search_index.add(con, search_entries.index_entries(doc))
    search_index.optimize(con)


def _service_row(s: Mapping[str, Any]) -> dict[str, Any]:
    eligibility = s.get("eligibility") or {}
    return {
        "id": s["id"],
        "names": s["names"],
        "descriptions": s.get("descriptions", []),
        "keywords": s.get("keywords", []),
        "classes": s.get("classes", []),
        "target_groups": s.get("target_groups", []),
        "level": s["level"],
        "access": s["access"],
        "choice": s["choice"],
        "responsibility": s.get("responsibility", "county"),
        "min_age": eligibility.get("min_age"),
        "max_age": eligibility.get("max_age"),
        "residence_required": bool(eligibility.get("residence_required", True)),
        "charge": s.get("charge", "free"),
        "voucher": s.get("voucher"),
        "legal_basis": s.get("legal_basis", []),
        "example": bool(s.get("example", False)),
        "extra": _extra(s, _SERVICE_KEYS),
    }


def _location_row(x: Mapping[str, Any]) -> dict[str, Any]:
    address = x.get("address") or {}
    coordinates = x.get("coordinates") or {}
    hours = x.get("hours", [])
    return {
        "id": x["id"],
        "provider_id": x.get("provider"),
        "names": x["names"],
        "descriptions": x.get("descriptions", []),
        "street": address.get("street", []),
        "postal_code": address.get("postal_code"),
        "post_office": address.get("post_office", []),
        "municipality_code": address.get("municipality"),
        "lat": coordinates.get("lat"),
        "lon": coordinates.get("lon"),
        "phones": x.get("phones", []),
        "emails": x.get("emails", []),
        "web": x.get("web", []),
        "hours": hours,
        "hours_note": x.get("hours_note", []),
        "languages": x.get("languages", []),
        "accessible": bool(x.get("accessible", False)),
        "accessibility": x.get("accessibility", []),
        "open_evenings": open_evenings(hours),
        "open_weekends": open_weekends(hours),
        "example": bool(x.get("example", False)),
        "extra": _extra(x, _LOCATION_KEYS),
    }


def rebuild_search_index(con: Connection) -> None:
    """Index the catalogue already in the tables again (after the index layout changed)."""
    search_index.drop(con)
    search_index.create(con)
    search_index.add(con, search_entries.index_entries(dump_catalogue(con, {})))
    search_index.optimize(con)


# --- export -------------------------------------------------------------------------------


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def dump_catalogue(con: Connection, header: Mapping[str, Any]) -> Document:
    """The catalogue in the database as a native document, every list sorted by id."""
    units_by_offering: dict[str, list[str]] = {}
    for ou in con.execute(
        select(m.OfferingUnit).order_by(m.OfferingUnit.offering_id, m.OfferingUnit.regional_unit_id)
    ).all():
        units_by_offering.setdefault(ou.offering_id, []).append(ou.regional_unit_id)

    def rows(table: Any, order: Any) -> Any:
        return con.execute(select(table).order_by(order)).all()

    return {
        "format": "sote-navigator-catalogue",
        "format_version": 1,
        "catalogue": dict(header),
        "organisers": [
            {
                "id": r.id,
                "code": r.code,
                "kind": r.kind,
                "in_reform": r.in_reform,
                "names": r.names,
                "business_id": r.business_id,
            }
            for r in rows(m.Organiser, m.Organiser.id)
        ],
        "regional_units": [
            {"id": r.id, "organiser": r.organiser_id, "code": r.code, "names": r.names}
            for r in rows(m.RegionalUnit, m.RegionalUnit.id)
        ],
        "municipalities": [
            {
                "code": r.code,
                "names": r.names,
                "language_status": r.language_status,
                "region": {"code": r.region_code, "names": r.region_names},
            }
            for r in rows(m.Municipality, m.Municipality.code)
        ],
        "memberships": [
            {
                "municipality": r.municipality_code,
                "regional_unit": r.regional_unit_id,
                "valid_from": _iso(r.valid_from),
                "valid_to": _iso(r.valid_to),
            }
            for r in con.execute(
                select(m.Membership).order_by(
                    m.Membership.municipality_code,
                    m.Membership.valid_from,
                    m.Membership.regional_unit_id,
                )
            ).all()
        ],
        "former_municipalities": [
            {
                "code": r.code,
                "names": r.names,
                "merged_into": r.merged_into,
                "merged_on": _iso(r.merged_on),
            }
            for r in rows(m.FormerMunicipality, m.FormerMunicipality.code)
        ],
        "service_classes": [
            {
                "uri": r.uri,
                "code": r.code,
                "parent": r.parent_uri,
                "names": r.names,
                "descriptions": r.descriptions,
            }
            for r in rows(m.ServiceClass, m.ServiceClass.uri)
        ],
        "services": [
            {
                **r.extra,
                "id": r.id,
                "names": r.names,
                "descriptions": r.descriptions,
                "keywords": r.keywords,
                "classes": r.classes,
                "target_groups": r.target_groups,
                "level": r.level,
                "access": r.access,
                "choice": r.choice,
                "responsibility": r.responsibility,
                "eligibility": {
                    "min_age": r.min_age,
                    "max_age": r.max_age,
                    "residence_required": r.residence_required,
                },
                "charge": r.charge,
                "voucher": r.voucher,
                "legal_basis": r.legal_basis,
                "example": r.example,
            }
            for r in rows(m.Service, m.Service.id)
        ],
        "providers": [
            {
                **r.extra,
                "id": r.id,
                "names": r.names,
                "kind": r.kind,
                "business_id": r.business_id,
                "organiser": r.organiser_id,
                "web": r.web,
                "example": r.example,
            }
            for r in rows(m.Provider, m.Provider.id)
        ],
        "locations": [
            {
                **r.extra,
                "id": r.id,
                "provider": r.provider_id,
                "names": r.names,
                "descriptions": r.descriptions,
                "address": {
                    "street": r.street,
                    "postal_code": r.postal_code,
                    "post_office": r.post_office,
                    "municipality": r.municipality_code,
                },
                "coordinates": None
                if r.lat is None or r.lon is None
                else {"lat": r.lat, "lon": r.lon},
                "phones": r.phones,
                "emails": r.emails,
                "web": r.web,
                "hours": r.hours,
                "hours_note": r.hours_note,
                "languages": r.languages,
                "accessible": r.accessible,
                "accessibility": r.accessibility,
                "example": r.example,
            }
            for r in rows(m.Location, m.Location.id)
        ],
        "offerings": [
            {
                **r.extra,
                "id": r.id,
                "service": r.service_id,
                "location": r.location_id,
                "provider": r.provider_id,
                "regional_units": units_by_offering.get(r.id, []),
                "provision_type": r.provision_type,
                "languages": r.languages,
                "home_visits": r.home_visits,
                "waiting_days": r.waiting_days,
                "voucher": r.voucher,
                "example": r.example,
            }
            for r in rows(m.Offering, m.Offering.id)
        ],
    }


def counts(con: Connection) -> dict[str, int]:
    tables = {
        "organisers": m.Organiser,
        "regional_units": m.RegionalUnit,
        "municipalities": m.Municipality,
        "service_classes": m.ServiceClass,
        "services": m.Service,
        "providers": m.Provider,
        "locations": m.Location,
        "offerings": m.Offering,
    }
    return {
        name: int(con.execute(select(func.count()).select_from(table)).scalar_one())
        for name, table in tables.items()
    }
