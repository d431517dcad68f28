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

from sote_navigator.core.catalogue import (
    LocationDetails,
    OfferingDetails,
    ProviderDetails,
    RecordSource,
)
from sote_navigator.core.vocabulary import ProvisionType
from sote_navigator.db import models as m
from sote_navigator.db.batches import in_batches
from sote_navigator.db.json_fields import json_nonempty_list, json_text
from sote_navigator.services.offerings import voucher_of


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
        # Only whether there is any: a non-empty list says "not accessible" is reported.
        accessibility=[{"language": "", "value": "reported", "type": "description"}]
        if r.accessibility_reported
        else [],
        open_evenings=bool(r.open_evenings),
        open_weekends=bool(r.open_weekends),
        example=bool(r.location_example),
        verified_on=r.location_verified_on,
        source=_source(r.location_source_name, r.location_source_url),
    )


def _source(name: str | None, url: str | None) -> RecordSource | None:
    return RecordSource(name, url or None) if name else None


def light_offerings(
    con: Connection, ids: Sequence[str], providers: Mapping[str, ProviderDetails]
) -> list[OfferingDetails]:
    """The offerings ``ids`` with only their ranking facts (``providers`` by id, all given)."""
    o, loc = m.Offering, m.Location
    out: list[OfferingDetails] = []
    for chunk in in_batches(ids):
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
                json_text(o.extra, "$.verified_on").label("verified_on"),
                json_text(o.extra, "$.source.name").label("source_name"),
                json_text(o.extra, "$.source.url").label("source_url"),
                loc.names.label("location_names"),
                loc.provider_id.label("location_provider_id"),
                loc.municipality_code,
                loc.languages.label("location_languages"),
                loc.accessible,
                json_nonempty_list(loc.accessibility).label("accessibility_reported"),
                loc.lat,
                loc.lon,
                json_text(loc.extra, "$.verified_on").label("location_verified_on"),
                json_text(loc.extra, "$.source.name").label("location_source_name"),
                json_text(loc.extra, "$.source.url").label("location_source_url"),
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
                    verified_on=r.verified_on,
                    source=_source(r.source_name, r.source_url),
                )
            )
    return out


def provider_ids(con: Connection, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for chunk in in_batches(ids):
        found.update(
            r[0]
            for r in con.execute(select(m.Offering.provider_id).where(m.Offering.id.in_(chunk)))
        )
    return found
