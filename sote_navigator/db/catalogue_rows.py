"""Each catalogue entity as a database row and back, one table at a time.

Rows are plain tuples in column order with JSON columns already serialised, so that an
import hands them straight to the driver's ``executemany``; reading turns the same columns
back into the native document's entities. ``to_row(entity)`` followed by ``from_row`` gives
the entity exactly as an export writes it, which is what makes export → import → export
byte-identical, and what the diff compares.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

# One definition of "open evenings" and "open weekends", shared with the navigator's filters.
from sote_navigator.core.navigation import (
    EVENING_FROM as EVENING_FROM,
)
from sote_navigator.core.navigation import (
    WEEKEND_DAYS as WEEKEND_DAYS,
)
from sote_navigator.core.navigation import (
    open_evenings as open_evenings,
)
from sote_navigator.core.navigation import (
    open_weekends as open_weekends,
)

Entity = dict[str, Any]
Row = tuple[Any, ...]

_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _c_encoder() -> Callable[[Any], str]:
    """The C encoder built once: json.dumps builds one per call, which costs more than the
    encoding itself for the half a million small values of a national catalogue."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return _ENCODER.encode
    encode = make(
        None, _ENCODER.default, json.encoder.encode_basestring, None, ":", ",", True, False, True
    )

    def dumps(value: Any) -> str:
        return "".join(encode(value, 0))

    return dumps


_dumps = _c_encoder()


def js(value: Any) -> str:
    """A JSON column's text: compact, keys sorted, so equal values give equal text."""
    if not value:
        if value is None:
            return "null"
        if value == []:
            return "[]"
    return _dumps(value)


def _extra(item: Mapping[str, Any], known: frozenset[str]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k not in known}


@dataclass(frozen=True)
class TableSpec:
    """How one entity list of the native document lives in one table."""

    kind: str  # the list in the document
    table: str
    columns: tuple[str, ...]
    json_columns: frozenset[str]
    key: str  # the entity's own id field in the document
    order_by: str
    to_row: Callable[[Mapping[str, Any]], Row]
    from_row: Callable[[Sequence[Any]], Entity]

    def insert_sql(self, mark: str = "?") -> str:
        """The INSERT statement, with the driver's parameter ``mark``."""
        marks = ", ".join(mark for _ in self.columns)
        return f"INSERT INTO {self.table} ({', '.join(self.columns)}) VALUES ({marks})"

    def select_sql(self, as_text: frozenset[str] = frozenset()) -> str:
        """The SELECT statement; columns in ``as_text`` read as text, as SQLite stores them."""
        columns = ", ".join(f"CAST({c} AS TEXT)" if c in as_text else c for c in self.columns)
        return f"SELECT {columns} FROM {self.table} ORDER BY {self.order_by}"

    def decode(self, row: Sequence[Any]) -> list[Any]:
        return [
            json.loads(v) if c in self.json_columns and v is not None else v
            for c, v in zip(self.columns, row, strict=True)
        ]


def _organiser(o: Mapping[str, Any]) -> Row:
    return (
        o["id"],
        o["code"],
        o["kind"],
        bool(o.get("in_reform", True)),
        js(o["names"]),
        o.get("business_id"),
    )


def _organiser_back(r: Sequence[Any]) -> Entity:
    return {
        "id": r[0],
        "code": r[1],
        "kind": r[2],
        "in_reform": bool(r[3]),
        "names": r[4],
        "business_id": r[5],
    }


def _unit(u: Mapping[str, Any]) -> Row:
    return (u["id"], u["organiser"], u["code"], js(u["names"]))


def _unit_back(r: Sequence[Any]) -> Entity:
    return {"id": r[0], "organiser": r[1], "code": r[2], "names": r[3]}


def _municipality(x: Mapping[str, Any]) -> Row:
    return (
        x["code"],
        js(x["names"]),
        x["language_status"],
        x["region"]["code"],
        js(x["region"]["names"]),
    )


def _municipality_back(r: Sequence[Any]) -> Entity:
    return {
        "code": r[0],
        "names": r[1],
        "language_status": r[2],
        "region": {"code": r[3], "names": r[4]},
    }


def _membership(x: Mapping[str, Any]) -> Row:
    return (x["municipality"], x["regional_unit"], x["valid_from"], x.get("valid_to"))


def _membership_back(r: Sequence[Any]) -> Entity:
    return {"municipality": r[0], "regional_unit": r[1], "valid_from": r[2], "valid_to": r[3]}


def _former(x: Mapping[str, Any]) -> Row:
    return (x["code"], js(x["names"]), x["merged_into"], x["merged_on"])


def _former_back(r: Sequence[Any]) -> Entity:
    return {"code": r[0], "names": r[1], "merged_into": r[2], "merged_on": r[3]}


def _class(c: Mapping[str, Any]) -> Row:
    return (c["uri"], c["code"], c.get("parent"), js(c["names"]), js(c.get("descriptions", [])))


def _class_back(r: Sequence[Any]) -> Entity:
    return {"uri": r[0], "code": r[1], "parent": r[2], "names": r[3], "descriptions": r[4]}


_SERVICE_KEYS = frozenset(
    [
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
    ]
)


# Eligibility keys with columns of their own; the others (client_groups, ...) are kept in the
# service's extra column under "eligibility", so that adding one needs no migration.
_ELIGIBILITY_COLUMNS = ("min_age", "max_age", "residence_required")


def _service_extra(s: Mapping[str, Any]) -> dict[str, Any]:
    extra = _extra(s, _SERVICE_KEYS)
    rest = {k: v for k, v in (s.get("eligibility") or {}).items() if k not in _ELIGIBILITY_COLUMNS}
    return {**extra, "eligibility": rest} if rest else extra


def _service(s: Mapping[str, Any]) -> Row:
    eligibility = s.get("eligibility") or {}
    return (
        s["id"],
        js(s["names"]),
        js(s.get("descriptions", [])),
        js(s.get("keywords", [])),
        js(s.get("classes", [])),
        js(s.get("target_groups", [])),
        s["level"],
        s["access"],
        s["choice"],
        s.get("responsibility", "county"),
        eligibility.get("min_age"),
        eligibility.get("max_age"),
        bool(eligibility.get("residence_required", True)),
        s.get("charge", "free"),
        js(s.get("voucher")),
        js(s.get("legal_basis", [])),
        bool(s.get("example", False)),
        js(_service_extra(s)),
    )


def _service_back(r: Sequence[Any]) -> Entity:
    extra = dict(r[17])
    more = extra.pop("eligibility", None) or {}
    return {
        **extra,
        "id": r[0],
        "names": r[1],
        "descriptions": r[2],
        "keywords": r[3],
        "classes": r[4],
        "target_groups": r[5],
        "level": r[6],
        "access": r[7],
        "choice": r[8],
        "responsibility": r[9],
        "eligibility": {
            "min_age": r[10],
            "max_age": r[11],
            "residence_required": bool(r[12]),
            **more,
        },
        "charge": r[13],
        "voucher": r[14],
        "legal_basis": r[15],
        "example": bool(r[16]),
    }


_PROVIDER_KEYS = frozenset(["id", "names", "kind", "business_id", "organiser", "web", "example"])


def _provider(p: Mapping[str, Any]) -> Row:
    return (
        p["id"],
        js(p["names"]),
        p["kind"],
        p.get("business_id"),
        p.get("organiser"),
        p.get("web"),
        bool(p.get("example", False)),
        js(_extra(p, _PROVIDER_KEYS)),
    )


def _provider_back(r: Sequence[Any]) -> Entity:
    return {
        **r[7],
        "id": r[0],
        "names": r[1],
        "kind": r[2],
        "business_id": r[3],
        "organiser": r[4],
        "web": r[5],
        "example": bool(r[6]),
    }


_LOCATION_KEYS = frozenset(
    [
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
    ]
)


def _location(x: Mapping[str, Any]) -> Row:
    address = x.get("address") or {}
    coordinates = x.get("coordinates") or {}
    hours = x.get("hours", [])
    return (
        x["id"],
        x.get("provider"),
        js(x["names"]),
        js(x.get("descriptions", [])),
        js(address.get("street", [])),
        address.get("postal_code"),
        js(address.get("post_office", [])),
        address.get("municipality"),
        coordinates.get("lat"),
        coordinates.get("lon"),
        js(x.get("phones", [])),
        js(x.get("emails", [])),
        js(x.get("web", [])),
        js(hours),
        js(x.get("hours_note", [])),
        js(x.get("languages", [])),
        bool(x.get("accessible", False)),
        js(x.get("accessibility", [])),
        open_evenings(hours, x.get("hours_exceptions") or ()),
        open_weekends(hours, x.get("hours_exceptions") or ()),
        bool(x.get("example", False)),
        js(_extra(x, _LOCATION_KEYS)),
    )


def _location_back(r: Sequence[Any]) -> Entity:
    return {
        **r[21],
        "id": r[0],
        "provider": r[1],
        "names": r[2],
        "descriptions": r[3],
        "address": {
            "street": r[4],
            "postal_code": r[5],
            "post_office": r[6],
            "municipality": r[7],
        },
        "coordinates": None if r[8] is None or r[9] is None else {"lat": r[8], "lon": r[9]},
        "phones": r[10],
        "emails": r[11],
        "web": r[12],
        "hours": r[13],
        "hours_note": r[14],
        "languages": r[15],
        "accessible": bool(r[16]),
        "accessibility": r[17],
        "example": bool(r[20]),
    }


_OFFERING_KEYS = frozenset(
    [
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
    ]
)


def _offering(o: Mapping[str, Any]) -> Row:
    return (
        o["id"],
        o["service"],
        o.get("location"),
        o["provider"],
        o["provision_type"],
        js(o.get("languages", [])),
        bool(o.get("home_visits", False)),
        o.get("waiting_days"),
        js(o.get("voucher")),
        bool(o.get("example", False)),
        js(_extra(o, _OFFERING_KEYS)),
    )


def _offering_back(r: Sequence[Any]) -> Entity:
    """Without ``regional_units``: the caller adds them from offering_unit."""
    return {
        **r[10],
        "id": r[0],
        "service": r[1],
        "location": r[2],
        "provider": r[3],
        "regional_units": [],
        "provision_type": r[4],
        "languages": r[5],
        "home_visits": bool(r[6]),
        "waiting_days": r[7],
        "voucher": r[8],
        "example": bool(r[9]),
    }


_ROUTE_KEYS = frozenset(
    [
        "id",
        "kind",
        "service",
        "organiser",
        "provider",
        "purposes",
        "names",
        "descriptions",
        "number",
        "charge",
        "charge_info",
        "urls",
        "hours",
        "around_the_clock",
        "hours_note",
        "languages",
        "source",
        "verified_on",
        "example",
    ]
)


def _route(x: Mapping[str, Any]) -> Row:
    return (
        x["id"],
        x["kind"],
        x.get("service"),
        x.get("organiser"),
        x.get("provider"),
        js(x.get("purposes", [])),
        js(x.get("names", [])),
        js(x.get("descriptions", [])),
        x.get("number"),
        x.get("charge"),
        js(x.get("charge_info", [])),
        js(x.get("urls", [])),
        js(x.get("hours", [])),
        bool(x.get("around_the_clock", False)),
        js(x.get("hours_note", [])),
        js(x.get("languages", [])),
        x.get("source"),
        x.get("verified_on"),
        bool(x.get("example", False)),
        js(_extra(x, _ROUTE_KEYS)),
    )


def _route_back(r: Sequence[Any]) -> Entity:
    return {
        **r[19],
        "id": r[0],
        "kind": r[1],
        "service": r[2],
        "organiser": r[3],
        "provider": r[4],
        "purposes": r[5],
        "names": r[6],
        "descriptions": r[7],
        "number": r[8],
        "charge": r[9],
        "charge_info": r[10],
        "urls": r[11],
        "hours": r[12],
        "around_the_clock": bool(r[13]),
        "hours_note": r[14],
        "languages": r[15],
        "source": r[16],
        "verified_on": r[17],
        "example": bool(r[18]),
    }


def _cols(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _jcols(text: str) -> frozenset[str]:
    return frozenset(text.split())


SPECS: tuple[TableSpec, ...] = (
    TableSpec(
        "organisers", "organiser", _cols("id code kind in_reform names business_id"),
        _jcols("names"), "id", "id", _organiser, _organiser_back,
    ),
    TableSpec(
        "regional_units", "regional_unit", _cols("id organiser_id code names"),
        _jcols("names"), "id", "id", _unit, _unit_back,
    ),
    TableSpec(
        "municipalities", "municipality",
        _cols("code names language_status region_code region_names"),
        _jcols("names region_names"), "code", "code", _municipality, _municipality_back,
    ),
    TableSpec(
        "memberships", "membership",
        _cols("municipality_code regional_unit_id valid_from valid_to"),
        frozenset(), "", "municipality_code, valid_from, regional_unit_id",
        _membership, _membership_back,
    ),
    TableSpec(
        "former_municipalities", "former_municipality",
        _cols("code names merged_into merged_on"),
        _jcols("names"), "code", "code", _former, _former_back,
    ),
    TableSpec(
        "service_classes", "service_class", _cols("uri code parent_uri names descriptions"),
        _jcols("names descriptions"), "uri", "uri", _class, _class_back,
    ),
    TableSpec(
        "services", "service",
        _cols(
            "id names descriptions keywords classes target_groups level access choice "
            "responsibility min_age max_age residence_required charge voucher legal_basis "
            "example extra"
        ),
        _jcols("names descriptions keywords classes target_groups voucher legal_basis extra"),
        "id", "id", _service, _service_back,
    ),
    TableSpec(
        "providers", "provider",
        _cols("id names kind business_id organiser_id web example extra"),
        _jcols("names extra"), "id", "id", _provider, _provider_back,
    ),
    TableSpec(
        "locations", "location",
        _cols(
            "id provider_id names descriptions street postal_code post_office "
            "municipality_code lat lon phones emails web hours hours_note languages "
            "accessible accessibility open_evenings open_weekends example extra"
        ),
        _jcols(
            "names descriptions street post_office phones emails web hours hours_note "
            "languages accessibility extra"
        ),
        "id", "id", _location, _location_back,
    ),
    TableSpec(
        "offerings", "offering",
        _cols(
            "id service_id location_id provider_id provision_type languages home_visits "
            "waiting_days voucher example extra"
        ),
        _jcols("languages voucher extra"), "id", "id", _offering, _offering_back,
    ),
    TableSpec(
        "contact_routes", "contact_route",
        _cols(
            "id kind service_id organiser_id provider_id purposes names descriptions number "
            "charge charge_info urls hours around_the_clock hours_note languages source "
            "verified_on example extra"
        ),
        _jcols(
            "purposes names descriptions charge_info urls hours hours_note languages extra"
        ),
        "id", "id", _route, _route_back,
    ),
)  # fmt: skip

BY_KIND = {spec.kind: spec for spec in SPECS}


def membership_key(x: Mapping[str, Any]) -> str:
    return f"{x['municipality']}/{x['regional_unit']}/{x['valid_from']}"


def entity_key(kind: str, item: Mapping[str, Any]) -> str:
    spec = BY_KIND[kind]
    return membership_key(item) if not spec.key else str(item[spec.key])


def comparable(kind: str, item: Mapping[str, Any]) -> Row:
    """The stored form of an entity, to tell whether two versions of it differ."""
    row = BY_KIND[kind].to_row(item)
    if kind == "offerings":
        return (*row, tuple(sorted(set(item.get("regional_units", [])))))
    return row


def comparable_columns(kind: str) -> tuple[str, ...]:
    columns = BY_KIND[kind].columns
    return (*columns, "regional_units") if kind == "offerings" else columns
