"""Services, providers, locations and who offers what where: the catalogue read for display.

Both the navigator window and the placement engine read through here, so that a counsellor
sees the same provider facts in the details pane, in the choice set and in the record.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Engine, select

from sote_navigator.core.catalogue import (
    LocationDetails,
    OfferingDetails,
    OpeningHours,
    Phone,
    ProviderDetails,
    ServiceDetails,
    Voucher,
)
from sote_navigator.core.freshness import source_of, verified_on_of
from sote_navigator.core.opening_hours import schedule_of
from sote_navigator.core.vocabulary import (
    Access,
    Choice,
    ProviderKind,
    ProvisionType,
    Responsibility,
    ServiceLevel,
)
from sote_navigator.db import models as m


def _cents(value: Any) -> int | None:
    return None if value is None else int(value)


def _text(value: Any) -> str | None:
    return str(value) if value else None


def voucher_of(data: dict[str, Any] | None, organiser_id: str | None = None) -> Voucher | None:
    """The catalogue's voucher object (None and missing values stay unknown)."""
    if not data:
        return None
    return Voucher(
        kind=str(data.get("kind", "palveluseteli")),
        value_cents=_cents(data.get("value_cents")),
        self_share_cents=_cents(data.get("self_share_cents")),
        unit=str(data.get("unit") or ""),
        min_value_cents=_cents(data.get("min_value_cents")),
        max_value_cents=_cents(data.get("max_value_cents")),
        self_share_rule=_text(data.get("self_share_rule")),
        source=_text(data.get("source")),
        source_url=_text(data.get("source_url")),
        source_date=_text(data.get("source_date")),
        organiser_id=organiser_id,
        by_organiser=tuple(
            (str(item["organiser"]), published)
            for item in data.get("by_organiser") or []
            if isinstance(item, dict) and item.get("organiser")
            for published in [
                voucher_of({"kind": data.get("kind"), **item}, str(item["organiser"]))
            ]
            if published is not None
        ),
    )


def _service(r: Any) -> ServiceDetails:
    return ServiceDetails(
        names=r.names,
        id=r.id,
        descriptions=r.descriptions,
        keywords=r.keywords,
        classes=tuple(r.classes),
        target_groups=tuple(r.target_groups),
        level=ServiceLevel(r.level),
        access=Access(r.access),
        choice=Choice(r.choice),
        responsibility=Responsibility(r.responsibility),
        min_age=r.min_age,
        max_age=r.max_age,
        residence_required=r.residence_required,
        charge=r.charge,
        voucher=voucher_of(r.voucher),
        legal_basis=tuple(r.legal_basis),
        example=r.example,
        client_groups=client_groups_of(r.extra),
    )


def client_groups_of(extra: dict[str, Any] | None) -> tuple[str, ...]:
    """The service's client groups, kept in its extra column (see db.catalogue_rows)."""
    groups = ((extra or {}).get("eligibility") or {}).get("client_groups") or ()
    return tuple(str(g) for g in groups)


def _provider(r: Any) -> ProviderDetails:
    return ProviderDetails(
        names=r.names,
        id=r.id,
        kind=ProviderKind(r.kind),
        business_id=r.business_id,
        organiser_id=r.organiser_id,
        web=r.web,
        example=r.example,
    )


def _location(r: Any) -> LocationDetails:
    return LocationDetails(
        names=r.names,
        id=r.id,
        provider_id=r.provider_id,
        descriptions=r.descriptions,
        street=r.street,
        postal_code=r.postal_code,
        post_office=r.post_office,
        municipality_code=r.municipality_code,
        lat=r.lat,
        lon=r.lon,
        phones=tuple(Phone(str(p.get("number", "")), p.get("info", [])) for p in r.phones),
        emails=tuple(r.emails),
        web=tuple(r.web),
        hours=tuple(
            OpeningHours(
                tuple(h.get("days", ())), str(h.get("opens", "")), str(h.get("closes", ""))
            )
            for h in r.hours
        ),
        hours_note=r.hours_note,
        languages=tuple(r.languages),
        accessible=r.accessible,
        accessibility=r.accessibility,
        open_evenings=r.open_evenings,
        open_weekends=r.open_weekends,
        example=r.example,
        **_hours_extra(r.extra),
        verified_on=verified_on_of(r.extra),
        source=source_of(r.extra),
    )


def _hours_extra(extra: dict[str, Any] | None) -> dict[str, Any]:
    """The dated hours and "by appointment" a location keeps in its extra column."""
    extra = extra or {}
    read = schedule_of((), extra.get("hours_exceptions") or (), bool(extra.get("by_appointment")))
    return {"hours_exceptions": read.exceptions, "by_appointment": read.by_appointment}


class CatalogueReader:
    """Read access to catalogue entities by id, and to the offerings of a service."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def services(self, ids: Iterable[str] | None = None) -> list[ServiceDetails]:
        query = select(m.Service).order_by(m.Service.id)
        if ids is not None:
            query = query.where(m.Service.id.in_(list(ids)))
        with self._engine.connect() as con:
            return [_service(r) for r in con.execute(query)]

    def service(self, service_id: str) -> ServiceDetails | None:
        found = self.services([service_id])
        return found[0] if found else None

    def provider(self, provider_id: str) -> ProviderDetails | None:
        with self._engine.connect() as con:
            r = con.execute(select(m.Provider).where(m.Provider.id == provider_id)).first()
            return _provider(r) if r else None

    def providers(self, ids: Iterable[str]) -> list[ProviderDetails]:
        query = select(m.Provider).where(m.Provider.id.in_(list(ids))).order_by(m.Provider.id)
        with self._engine.connect() as con:
            return [_provider(r) for r in con.execute(query)]

    def location(self, location_id: str) -> LocationDetails | None:
        with self._engine.connect() as con:
            r = con.execute(select(m.Location).where(m.Location.id == location_id)).first()
            return _location(r) if r else None

    def offerings(
        self,
        *,
        service_ids: Sequence[str] | None = None,
        regional_unit_id: str | None = None,
        provider_id: str | None = None,
        location_id: str | None = None,
        ids: Sequence[str] | None = None,
        limit: int | None = None,
    ) -> list[OfferingDetails]:
        """Offerings matching every given condition, in id order (at most ``limit``)."""
        query = select(m.Offering).order_by(m.Offering.id)
        if service_ids is not None:
            query = query.where(m.Offering.service_id.in_(list(service_ids)))
        if provider_id is not None:
            query = query.where(m.Offering.provider_id == provider_id)
        if location_id is not None:
            query = query.where(m.Offering.location_id == location_id)
        if regional_unit_id is not None:
            query = query.where(
                m.Offering.id.in_(
                    select(m.OfferingUnit.offering_id).where(
                        m.OfferingUnit.regional_unit_id == regional_unit_id
                    )
                )
            )
        if ids is not None:
            query = query.where(m.Offering.id.in_(list(ids)))
        if limit is not None:
            query = query.limit(limit)
        with self._engine.connect() as con:
            return _hydrate(con, list(con.execute(query)))


def _hydrate(con: Connection, rows: list[Any]) -> list[OfferingDetails]:
    if not rows:
        return []
    ids = [r.id for r in rows]
    units: dict[str, list[str]] = {}
    for i in range(0, len(ids), 900):
        for ou in con.execute(
            select(m.OfferingUnit).where(m.OfferingUnit.offering_id.in_(ids[i : i + 900]))
        ):
            units.setdefault(ou.offering_id, []).append(ou.regional_unit_id)
    provider_ids = sorted({r.provider_id for r in rows})
    location_ids = sorted({r.location_id for r in rows if r.location_id})
    providers = {
        p.id: _provider(p)
        for p in con.execute(select(m.Provider).where(m.Provider.id.in_(provider_ids)))
    }
    locations = {
        x.id: _location(x)
        for x in con.execute(select(m.Location).where(m.Location.id.in_(location_ids)))
    }
    return [
        OfferingDetails(
            id=r.id,
            service_id=r.service_id,
            provider=providers[r.provider_id],
            location=locations.get(r.location_id) if r.location_id else None,
            regional_unit_ids=tuple(sorted(units.get(r.id, []))),
            provision_type=ProvisionType(r.provision_type),
            languages=tuple(r.languages),
            home_visits=r.home_visits,
            waiting_days=r.waiting_days,
            voucher=voucher_of(r.voucher),
            example=r.example,
            verified_on=verified_on_of(r.extra),
            source=source_of(r.extra),
        )
        for r in rows
    ]
