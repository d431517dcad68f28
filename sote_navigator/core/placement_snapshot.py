"""The snapshot a placement record keeps: what the catalogue and the rules said when it was made.

Names stay in every language (PTV-style lists of ``{language, value, type}``), so that a record
is worded again in any language long after the catalogue has changed. Catalogue vocabulary
(service level, access, provider kind, ...) stays text: a record outlives a vocabulary change.

The stored JSON, by version (``SNAPSHOT_VERSION`` is what ``to_json`` writes):

1. No ``version`` key; written from 22.11.2026 until the snapshot became typed. Keys were
   added one by one, so a version-1 record may lack: ``urgent_routes``; in ``context``
   ``circumstances``, ``postal_code`` and ``origin``; in ``service`` ``client_groups`` and
   ``contact_routes``; in ``provider`` ``verified_on``, ``source``, ``stale`` and
   ``distance_km``; in its ``location`` ``coordinates``, ``verified_on`` and ``source``. Such a
   key reads as "not recorded" (see ``unrecorded``) and ``to_json`` leaves it out again, so a
   record prints and exports exactly as it was stored.
2. ``"version": 2`` and every key.

A drafted placement whose client is not known yet has no snapshot: ``{}`` in the database,
``None`` here (``snapshot_from_json``, ``snapshot_to_json``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sote_navigator.core import snapshot_json as sj
from sote_navigator.core.catalogue import Voucher
from sote_navigator.core.contact_routes import ContactRoute, route_from_json, route_json
from sote_navigator.core.distance import Origin, OriginBasis
from sote_navigator.core.reasons import Reason, Verdict
from sote_navigator.core.snapshot_json import DamagedSnapshot as DamagedSnapshot
from sote_navigator.core.snapshot_offering import ChosenProvider, OfferedProvider

SNAPSHOT_VERSION = 2


@dataclass(frozen=True)
class CatalogueStamp:
    """The catalogue version a placement was made in."""

    version_number: int
    catalogue_id: str
    version: str
    # The catalogue's own name and the day it is valid from, for the printout: a record
    # made before they were stamped has neither.
    names: sj.Names = ()
    valid_from: str | None = None

    def to_json(self) -> sj.Json:
        data: sj.Json = {
            "version_number": self.version_number,
            "id": self.catalogue_id,
            "version": self.version,
        }
        if self.names:
            data["names"] = sj.names_json(self.names)
        if self.valid_from:
            data["valid_from"] = self.valid_from
        return data

    @classmethod
    def from_json(cls, data: object) -> CatalogueStamp:
        o = sj.JsonObject(data)
        return cls(
            sj.whole(o["version_number"]),
            sj.text(o["id"]),
            sj.text(o["version"]),
            sj.names(o.data.get("names", [])),
            sj.optional(sj.text)(o.data.get("valid_from")),
        )


@dataclass(frozen=True)
class SnapshotMunicipality:
    code: str
    names: sj.Names
    language_status: str

    def to_json(self) -> sj.Json:
        return {
            "code": self.code,
            "names": sj.names_json(self.names),
            "language_status": self.language_status,
        }

    @classmethod
    def from_json(cls, data: object) -> SnapshotMunicipality:
        o = sj.JsonObject(data)
        return cls(sj.text(o["code"]), sj.names(o["names"]), sj.text(o["language_status"]))


@dataclass(frozen=True)
class SnapshotOrganiser:
    id: str
    code: str
    names: sj.Names
    in_reform: bool

    def to_json(self) -> sj.Json:
        return {
            "id": self.id,
            "code": self.code,
            "names": sj.names_json(self.names),
            "in_reform": self.in_reform,
        }

    @classmethod
    def from_json(cls, data: object) -> SnapshotOrganiser:
        o = sj.JsonObject(data)
        return cls(
            sj.text(o["id"]), sj.text(o["code"]), sj.names(o["names"]), sj.flag(o["in_reform"])
        )


@dataclass(frozen=True)
class SnapshotRegionalUnit:
    id: str
    code: str
    names: sj.Names

    def to_json(self) -> sj.Json:
        return {"id": self.id, "code": self.code, "names": sj.names_json(self.names)}

    @classmethod
    def from_json(cls, data: object) -> SnapshotRegionalUnit:
        o = sj.JsonObject(data)
        return cls(sj.text(o["id"]), sj.text(o["code"]), sj.names(o["names"]))


@dataclass(frozen=True)
class CircumstanceAnswers:
    """The client's circumstances as answered (core.client_groups codes); None = not asked."""

    education: str | None = None
    work: str | None = None
    children: str | None = None
    expecting: bool | None = None
    veteran: bool | None = None

    def to_json(self) -> sj.Json:
        return {
            "education": self.education,
            "work": self.work,
            "children": self.children,
            "expecting": self.expecting,
            "veteran": self.veteran,
        }

    @classmethod
    def from_json(cls, data: object) -> CircumstanceAnswers:
        o = sj.JsonObject(data)
        text, flag = sj.optional(sj.text), sj.optional(sj.flag)
        return cls(
            text(o["education"]),
            text(o["work"]),
            text(o["children"]),
            flag(o["expecting"]),
            flag(o["veteran"]),
        )


def _origin_json(origin: Origin) -> sj.Json:
    return {
        "basis": origin.basis.value,
        "lat": origin.lat,
        "lon": origin.lon,
        "postal_code": origin.postal_code,
        "municipality": sj.names_json(origin.municipality),
        "derived_from": origin.derived_from,
    }


def _origin(data: object) -> Origin:
    o = sj.JsonObject(data)
    return Origin(
        lat=sj.number(o["lat"]),
        lon=sj.number(o["lon"]),
        basis=OriginBasis(o["basis"]),
        postal_code=sj.text(o["postal_code"]),
        municipality=list(sj.names(o["municipality"])),
        derived_from=sj.whole(o["derived_from"]),
    )


@dataclass(frozen=True)
class SnapshotContext:
    """Who the client is, as far as placement needs to know, and who serves them."""

    municipality: SnapshotMunicipality
    organiser: SnapshotOrganiser
    regional_unit: SnapshotRegionalUnit
    age: int
    language: str
    interpreter: bool
    urgent: bool
    home_visit: bool
    accessible: bool
    evening: bool
    circumstances: CircumstanceAnswers
    postal_code: str
    origin: Origin | None  # the point distances were measured from; None when not known
    unrecorded: frozenset[str] = field(default=frozenset(), compare=False, repr=False)

    def to_json(self) -> sj.Json:
        data = {
            "municipality": self.municipality.to_json(),
            "organiser": self.organiser.to_json(),
            "regional_unit": self.regional_unit.to_json(),
            "age": self.age,
            "language": self.language,
            "interpreter": self.interpreter,
            "urgent": self.urgent,
            "home_visit": self.home_visit,
            "accessible": self.accessible,
            "evening": self.evening,
            "circumstances": self.circumstances.to_json(),
            "postal_code": self.postal_code,
            "origin": None if self.origin is None else _origin_json(self.origin),
        }
        return sj.recorded(data, self.unrecorded)

    @classmethod
    def from_json(cls, data: object, version: int) -> SnapshotContext:
        later = {
            "circumstances": CircumstanceAnswers().to_json(),
            "postal_code": "",
            "origin": None,
        }
        o = sj.JsonObject(data, version, later)
        return cls(
            municipality=SnapshotMunicipality.from_json(o["municipality"]),
            organiser=SnapshotOrganiser.from_json(o["organiser"]),
            regional_unit=SnapshotRegionalUnit.from_json(o["regional_unit"]),
            age=sj.whole(o["age"]),
            language=sj.text(o["language"]),
            interpreter=sj.flag(o["interpreter"]),
            urgent=sj.flag(o["urgent"]),
            home_visit=sj.flag(o["home_visit"]),
            accessible=sj.flag(o["accessible"]),
            evening=sj.flag(o["evening"]),
            circumstances=CircumstanceAnswers.from_json(o["circumstances"]),
            postal_code=sj.text(o["postal_code"]),
            origin=sj.optional(_origin)(o["origin"]),
            unrecorded=o.unrecorded,
        )


@dataclass(frozen=True)
class SnapshotNeed:
    kind: str  # core.placement.NeedKind
    value: str

    def to_json(self) -> sj.Json:
        return {"kind": self.kind, "value": self.value}

    @classmethod
    def from_json(cls, data: object) -> SnapshotNeed:
        o = sj.JsonObject(data)
        return cls(sj.text(o["kind"]), sj.text(o["value"]))


@dataclass(frozen=True)
class SnapshotService:
    """The service placed into, what the rules said about it, and its ways in."""

    id: str
    names: sj.Names
    level: str
    access: str
    choice: str
    responsibility: str
    min_age: int | None
    max_age: int | None
    client_groups: tuple[str, ...]
    charge: str
    voucher: Voucher | None
    example: bool
    verdict: Verdict
    on_call: bool
    reasons: tuple[Reason, ...]
    contact_routes: tuple[ContactRoute, ...]
    unrecorded: frozenset[str] = field(default=frozenset(), compare=False, repr=False)

    def to_json(self) -> sj.Json:
        data = {
            "id": self.id,
            "names": sj.names_json(self.names),
            "level": self.level,
            "access": self.access,
            "choice": self.choice,
            "responsibility": self.responsibility,
            "min_age": self.min_age,
            "max_age": self.max_age,
            "client_groups": list(self.client_groups),
            "charge": self.charge,
            "voucher": sj.voucher_json(self.voucher),
            "example": self.example,
            "verdict": self.verdict.value,
            "on_call": self.on_call,
            "reasons": sj.reasons_json(self.reasons),
            "contact_routes": [route_json(r) for r in self.contact_routes],
        }
        return sj.recorded(data, self.unrecorded)

    @classmethod
    def from_json(cls, data: object, version: int) -> SnapshotService:
        o = sj.JsonObject(data, version, {"client_groups": [], "contact_routes": []})
        age = sj.optional(sj.whole)
        return cls(
            id=sj.text(o["id"]),
            names=sj.names(o["names"]),
            level=sj.text(o["level"]),
            access=sj.text(o["access"]),
            choice=sj.text(o["choice"]),
            responsibility=sj.text(o["responsibility"]),
            min_age=age(o["min_age"]),
            max_age=age(o["max_age"]),
            client_groups=sj.texts(o["client_groups"]),
            charge=sj.text(o["charge"]),
            voucher=sj.optional(sj.voucher)(o["voucher"]),
            example=sj.flag(o["example"]),
            verdict=Verdict(o["verdict"]),
            on_call=sj.flag(o["on_call"]),
            reasons=sj.reasons(o["reasons"]),
            contact_routes=tuple(
                route_from_json(sj.JsonObject(r).data) for r in sj.items(o["contact_routes"])
            ),
            unrecorded=o.unrecorded,
        )


@dataclass(frozen=True)
class SnapshotChoiceSet:
    choice: str
    voucher: Voucher | None
    reasons: tuple[Reason, ...]
    size: int  # every provider that was offered; ``offered`` keeps the first 50
    offered: tuple[OfferedProvider, ...]

    def to_json(self) -> sj.Json:
        return {
            "choice": self.choice,
            "voucher": sj.voucher_json(self.voucher),
            "reasons": sj.reasons_json(self.reasons),
            "size": self.size,
            "offered": [p.to_json() for p in self.offered],
        }

    @classmethod
    def from_json(cls, data: object) -> SnapshotChoiceSet:
        o = sj.JsonObject(data)
        return cls(
            sj.text(o["choice"]),
            sj.optional(sj.voucher)(o["voucher"]),
            sj.reasons(o["reasons"]),
            sj.whole(o["size"]),
            tuple(OfferedProvider.from_json(p) for p in sj.items(o["offered"])),
        )


@dataclass(frozen=True)
class PlacementSnapshot:
    """The record's frozen view of the evaluation for the chosen service and provider."""

    catalogue: CatalogueStamp | None
    context: SnapshotContext
    need: SnapshotNeed
    client_reasons: tuple[Reason, ...]
    # None: recorded before urgent routes were given (version 1); the summary then words the
    # urgent step as it did at the time.
    urgent_routes: tuple[Reason, ...] | None
    service: SnapshotService | None  # None: no service chosen yet
    choice_set: SnapshotChoiceSet | None  # None: the service has no choice set
    provider: ChosenProvider | None  # None: no provider chosen yet
    version: int = SNAPSHOT_VERSION

    @property
    def example(self) -> bool:
        """Whether the service or the chosen provider is the catalogue's example data."""
        return bool(
            (self.service and self.service.example) or (self.provider and self.provider.example)
        )

    def to_json(self) -> sj.Json:
        data: sj.Json = {"version": self.version} if self.version > 1 else {}
        data |= {
            "catalogue": None if self.catalogue is None else self.catalogue.to_json(),
            "context": self.context.to_json(),
            "need": self.need.to_json(),
            "client_reasons": sj.reasons_json(self.client_reasons),
        }
        if self.urgent_routes is not None:
            data["urgent_routes"] = sj.reasons_json(self.urgent_routes)
        data |= {
            "service": None if self.service is None else self.service.to_json(),
            "choice_set": None if self.choice_set is None else self.choice_set.to_json(),
            "provider": None if self.provider is None else self.provider.to_json(),
        }
        return data

    @classmethod
    def from_json(cls, data: object) -> PlacementSnapshot:
        """Any version's JSON; raises DamagedSnapshot when it is not a snapshot."""
        try:
            return cls._read(data)
        except DamagedSnapshot:
            raise
        except (KeyError, TypeError, ValueError) as exc:
            raise DamagedSnapshot(str(exc)) from exc

    @classmethod
    def _read(cls, data: object) -> PlacementSnapshot:
        version = sj.whole(sj.JsonObject(data).data.get("version", 1))
        if not 1 <= version <= SNAPSHOT_VERSION:
            raise DamagedSnapshot(f"version {version} is not one this application reads")
        o = sj.JsonObject(data, version, {"urgent_routes": None})
        return cls(
            catalogue=sj.optional(CatalogueStamp.from_json)(o["catalogue"]),
            context=SnapshotContext.from_json(o["context"], version),
            need=SnapshotNeed.from_json(o["need"]),
            client_reasons=sj.reasons(o["client_reasons"]),
            urgent_routes=sj.optional(sj.reasons)(o["urgent_routes"]),
            service=sj.optional(lambda s: SnapshotService.from_json(s, version))(o["service"]),
            choice_set=sj.optional(SnapshotChoiceSet.from_json)(o["choice_set"]),
            provider=sj.optional(lambda p: ChosenProvider.from_json(p, version))(o["provider"]),
            version=version,
        )


def snapshot_from_json(data: object) -> PlacementSnapshot | None:
    """A stored snapshot; None for ``{}`` (a draft whose client is not known yet)."""
    if data == {}:
        return None
    return PlacementSnapshot.from_json(data)


def snapshot_to_json(snapshot: PlacementSnapshot | None) -> sj.Json:
    return {} if snapshot is None else snapshot.to_json()
