"""What in the current catalogue is stale: for the maintainer (``catalogue stale``).

A location or offering is stale when its ``verified_on`` is older than the catalogue's
``freshness_months`` (core.freshness). Offerings are listed on their own only when their date
is their own (not their location's), so a stale place is one line, with how many of its
offerings that share its date.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import Engine, select

from sote_navigator.core.catalogue import RecordSource
from sote_navigator.core.freshness import FreshnessRule, freshness_months, source_of, verified_on_of
from sote_navigator.core.localized import LocalizedText
from sote_navigator.db import models as m
from sote_navigator.services import catalogue


@dataclass(frozen=True)
class StaleRecord:
    kind: str  # "location" or "offering"
    id: str
    names: LocalizedText
    verified_on: str
    source: RecordSource | None
    example: bool
    offerings: int = 0  # a location: how many offerings take their date from it


@dataclass(frozen=True)
class StaleReport:
    rule: FreshnessRule
    stale: tuple[StaleRecord, ...]
    undated_locations: int
    undated_offerings: int


def stale_report(engine: Engine, rule: FreshnessRule | None = None) -> StaleReport:
    with engine.connect() as con:
        if rule is None:
            row = catalogue.current_row(con)
            rule = FreshnessRule(freshness_months(row.header if row else None))
        locations = {}
        undated_locations = 0
        for r in con.execute(
            select(m.Location.id, m.Location.names, m.Location.extra, m.Location.example)
        ):
            locations[r.id] = r
            if not verified_on_of(r.extra):
                undated_locations += 1
        services = {r.id: r.names for r in con.execute(select(m.Service.id, m.Service.names))}
        per_location: Counter[str] = Counter()
        stale: list[StaleRecord] = []
        undated_offerings = 0
        for o in con.execute(
            select(
                m.Offering.id,
                m.Offering.service_id,
                m.Offering.location_id,
                m.Offering.extra,
                m.Offering.example,
            )
        ):
            own = verified_on_of(o.extra)
            place = locations.get(o.location_id) if o.location_id else None
            place_date = verified_on_of(place.extra) if place is not None else None
            if not (own or place_date):
                undated_offerings += 1
            elif place is not None and (not own or own == place_date):
                per_location[place.id] += 1  # listed with its place
            elif own and rule.is_stale(own):
                stale.append(
                    StaleRecord(
                        "offering",
                        o.id,
                        services.get(o.service_id) or [],
                        own,
                        source_of(o.extra),
                        o.example,
                    )
                )
    for lid, r in sorted(locations.items()):
        date = verified_on_of(r.extra)
        if date and rule.is_stale(date):
            stale.append(
                StaleRecord(
                    "location", lid, r.names, date, source_of(r.extra), r.example, per_location[lid]
                )
            )
    stale.sort(key=lambda s: (s.kind != "location", s.id))
    return StaleReport(rule, tuple(stale), undated_locations, undated_offerings)
