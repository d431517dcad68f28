"""Offerings read for ranking only: what the choice-set rules look at, nothing else.

A county may list hundreds of providers for one service. Ranking them needs a handful of
facts each (languages, units, home visits, accessibility, opening hours, waiting time,
voucher, coordinates, how old the information is); addresses, phones and descriptions are
read only for the providers shown. The light records below are complete for ranking and are
replaced by full ones before anyone sees them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, select

from sote_navigator.core.catalogue import LocationDetails, OfferingDetails, ProviderDetails
from sote_navigator.core.freshness import source_of, verified_on_of
from sote_navigator.core.vocabulary import ProvisionType
from sote_navigator.db import models as m
from sote_navigator.services.offerings import voucher_of

CHUNK = 900  # SQLite's bound-parameter limit, with room to spare


def _light_location(r: Any) -> LocationDetails:
    return LocationDetails(
        names=r.location_names or [],
        id=r.location_id,
        provider_id=r.location_provider_id,
        descriptions=[],
        street=[],
        postal_code=None,
        post_office=[],
        municipality_code=r.municipality_code,
        lat=r.lat,
        lon=r.lon,
        phones=(),
        emails=(),
        web=(),
        hours=(),
        hours_note=[],
        languages=tuple(r.location_languages or ()),
        accessible=bool(r.accessible),
        accessibility=r.accessibility or [],
        open_evenings=bool(r.open_evenings),
        open_weekends=bool(r.open_weekends),
        example=bool(r.location_example),
        verified_on=verified_on_of(r.location_extra),
        source=source_of(r.location_extra),
    )


def light_offerings(
    con: Connection, ids: Sequence[str], providers: Mapping[str, ProviderDetails]
) -> list[OfferingDetails]:
    """The offerings ``ids`` with only their ranking facts (``providers`` by id, all given)."""
    o, loc = m.Offering, m.Location
    out: list[OfferingDetails] = []
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        units: dict[str, list[str]] = {}
        for offering_id, unit_id in con.execute(
            select(m.OfferingUnit.offering_id, m.OfferingUnit.regional_unit_id).where(
                m.OfferingUnit.offering_id.in_(chunk)
            )
        ):
            units.setdefault(offering_id, []).append(unit_id)
        rows = con.execute(
            select(
                o.id,
                o.service_id,
                o.provider_id,
                o.location_id,
                o.provision_type,
                o.languages,
                o.home_visits,
                o.waiting_days,
                o.voucher,
                o.example,
                o.extra,
                loc.names.label("location_names"),
                loc.provider_id.label("location_provider_id"),
                loc.municipality_code,
                loc.languages.label("location_languages"),
                loc.accessible,
                loc.accessibility,
                loc.lat,
                loc.lon,
                loc.extra.label("location_extra"),
                loc.open_evenings,
                loc.open_weekends,
                loc.example.label("location_example"),
            )
            .outerjoin(loc, loc.id == o.location_id)
            .where(o.id.in_(chunk))
        )
        for r in rows:
            out.append(
                OfferingDetails(
                    id=r.id,
                    service_id=r.service_id,
                    provider=providers[r.provider_id],
                    location=_light_location(r) if r.location_id else None,
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
            )
    return out


def provider_ids(con: Connection, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        found.update(
            r[0]
            for r in con.execute(select(m.Offering.provider_id).where(m.Offering.id.in_(chunk)))
        )
    return found
