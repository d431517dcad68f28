"""The providers of a placement snapshot: the one the client chose, in full, and the others
offered (core.placement_snapshot)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sote_navigator.core import snapshot_json as sj
from sote_navigator.core.catalogue import OpeningHours, Phone, RecordSource, Voucher
from sote_navigator.core.reasons import Reason


@dataclass(frozen=True)
class OfferedProvider:
    """One provider of the ranked choice set, as it was offered."""

    rank: int
    offering_id: str
    provider_names: sj.Names
    location_names: sj.Names  # empty: no fixed place
    reasons: tuple[Reason, ...]

    def to_json(self) -> sj.Json:
        return {
            "rank": self.rank,
            "offering_id": self.offering_id,
            "provider_names": sj.names_json(self.provider_names),
            "location_names": sj.names_json(self.location_names),
            "reasons": sj.reasons_json(self.reasons),
        }

    @classmethod
    def from_json(cls, data: object) -> OfferedProvider:
        o = sj.JsonObject(data)
        return cls(
            sj.whole(o["rank"]),
            sj.text(o["offering_id"]),
            sj.names(o["provider_names"]),
            sj.names(o["location_names"]),
            sj.reasons(o["reasons"]),
        )


@dataclass(frozen=True)
class SnapshotProvider:
    id: str
    names: sj.Names
    kind: str
    business_id: str | None
    web: str | None
    example: bool

    def to_json(self) -> sj.Json:
        return {
            "id": self.id,
            "names": sj.names_json(self.names),
            "kind": self.kind,
            "business_id": self.business_id,
            "web": self.web,
            "example": self.example,
        }

    @classmethod
    def from_json(cls, data: object) -> SnapshotProvider:
        o = sj.JsonObject(data)
        text = sj.optional(sj.text)
        return cls(
            sj.text(o["id"]),
            sj.names(o["names"]),
            sj.text(o["kind"]),
            text(o["business_id"]),
            text(o["web"]),
            sj.flag(o["example"]),
        )


def _phone(data: object) -> Phone:
    o = sj.JsonObject(data)
    return Phone(sj.text(o["number"]), sj.names(o["info"]))


def _hours(data: object) -> OpeningHours:
    o = sj.JsonObject(data)
    return OpeningHours(
        tuple(sj.whole(d) for d in sj.items(o["days"])), sj.text(o["opens"]), sj.text(o["closes"])
    )


@dataclass(frozen=True)
class SnapshotLocation:
    id: str
    names: sj.Names
    street: sj.Names
    postal_code: str | None
    post_office: sj.Names
    municipality_code: str | None
    phones: tuple[Phone, ...]
    emails: tuple[str, ...]
    web: tuple[str, ...]
    hours: tuple[OpeningHours, ...]
    languages: tuple[str, ...]
    accessible: bool
    example: bool
    lat: float | None  # both or neither
    lon: float | None
    verified_on: str | None  # as the catalogue gives it: a date, or a year ("2019")
    source: RecordSource | None
    unrecorded: frozenset[str] = field(default=frozenset(), compare=False, repr=False)

    def to_json(self) -> sj.Json:
        data = {
            "id": self.id,
            "names": sj.names_json(self.names),
            "street": sj.names_json(self.street),
            "postal_code": self.postal_code,
            "post_office": sj.names_json(self.post_office),
            "municipality_code": self.municipality_code,
            "phones": [{"number": p.number, "info": sj.names_json(p.info)} for p in self.phones],
            "emails": list(self.emails),
            "web": list(self.web),
            "hours": [
                {"days": list(h.days), "opens": h.opens, "closes": h.closes} for h in self.hours
            ],
            "languages": list(self.languages),
            "accessible": self.accessible,
            "example": self.example,
            "coordinates": (
                {"lat": self.lat, "lon": self.lon}
                if self.lat is not None and self.lon is not None
                else None
            ),
            "verified_on": self.verified_on,
            "source": sj.source_json(self.source),
        }
        return sj.recorded(data, self.unrecorded)

    @classmethod
    def from_json(cls, data: object, version: int) -> SnapshotLocation:
        later = {"coordinates": None, "verified_on": None, "source": None}
        o = sj.JsonObject(data, version, later)
        text = sj.optional(sj.text)
        coordinates = None if o["coordinates"] is None else sj.JsonObject(o["coordinates"])
        return cls(
            id=sj.text(o["id"]),
            names=sj.names(o["names"]),
            street=sj.names(o["street"]),
            postal_code=text(o["postal_code"]),
            post_office=sj.names(o["post_office"]),
            municipality_code=text(o["municipality_code"]),
            phones=tuple(_phone(p) for p in sj.items(o["phones"])),
            emails=sj.texts(o["emails"]),
            web=sj.texts(o["web"]),
            hours=tuple(_hours(h) for h in sj.items(o["hours"])),
            languages=sj.texts(o["languages"]),
            accessible=sj.flag(o["accessible"]),
            example=sj.flag(o["example"]),
            lat=None if coordinates is None else sj.number(coordinates["lat"]),
            lon=None if coordinates is None else sj.number(coordinates["lon"]),
            verified_on=text(o["verified_on"]),
            source=sj.optional(sj.source)(o["source"]),
            unrecorded=o.unrecorded,
        )


@dataclass(frozen=True)
class ChosenProvider:
    """The offering the client chose, in full: provider, place, and why it ranked where it did."""

    rank: int
    offering_id: str
    provider: SnapshotProvider
    location: SnapshotLocation | None  # None: no fixed place
    regional_unit_ids: tuple[str, ...]
    provision_type: str
    languages: tuple[str, ...]
    home_visits: bool
    waiting_days: int | None
    voucher: Voucher | None
    example: bool
    verified_on: str | None  # as the catalogue gives it: a date, or a year ("2019")
    source: RecordSource | None
    stale: bool
    distance_km: float | None
    reasons: tuple[Reason, ...]
    unrecorded: frozenset[str] = field(default=frozenset(), compare=False, repr=False)

    def to_json(self) -> sj.Json:
        data = {
            "rank": self.rank,
            "offering_id": self.offering_id,
            "provider": self.provider.to_json(),
            "location": None if self.location is None else self.location.to_json(),
            "regional_unit_ids": list(self.regional_unit_ids),
            "provision_type": self.provision_type,
            "languages": list(self.languages),
            "home_visits": self.home_visits,
            "waiting_days": self.waiting_days,
            "voucher": sj.voucher_json(self.voucher),
            "example": self.example,
            "verified_on": self.verified_on,
            "source": sj.source_json(self.source),
            "stale": self.stale,
            "distance_km": self.distance_km,
            "reasons": sj.reasons_json(self.reasons),
        }
        return sj.recorded(data, self.unrecorded)

    @classmethod
    def from_json(cls, data: object, version: int) -> ChosenProvider:
        later = {"verified_on": None, "source": None, "stale": False, "distance_km": None}
        o = sj.JsonObject(data, version, later)
        return cls(
            rank=sj.whole(o["rank"]),
            offering_id=sj.text(o["offering_id"]),
            provider=SnapshotProvider.from_json(o["provider"]),
            location=None
            if o["location"] is None
            else SnapshotLocation.from_json(o["location"], version),
            regional_unit_ids=sj.texts(o["regional_unit_ids"]),
            provision_type=sj.text(o["provision_type"]),
            languages=sj.texts(o["languages"]),
            home_visits=sj.flag(o["home_visits"]),
            waiting_days=sj.optional(sj.whole)(o["waiting_days"]),
            voucher=sj.optional(sj.voucher)(o["voucher"]),
            example=sj.flag(o["example"]),
            verified_on=sj.optional(sj.text)(o["verified_on"]),
            source=sj.optional(sj.source)(o["source"]),
            stale=sj.flag(o["stale"]),
            distance_km=sj.optional(sj.number)(o["distance_km"]),
            reasons=sj.reasons(o["reasons"]),
            unrecorded=o.unrecorded,
        )
