"""Where the client is, for distances: the postal area's point, or the home municipality's.

No postal-code map ships with the application. A postal area's point is the mean of the
catalogue's own geocoded locations with that postal code (example locations excluded: an
answer never depends on example data); without one, the central locality of the client's
home municipality (data/municipality-centres.csv, National Land Survey data via geofi) is
used. The origin says which, so every distance can say what it is measured from.
"""

from __future__ import annotations

import csv
import functools
import re

from sqlalchemy import Engine, select

from sote_navigator import paths
from sote_navigator.core.catalogue import Routing
from sote_navigator.core.distance import Origin, OriginBasis
from sote_navigator.db import models as m

POSTAL_CODE = re.compile(r"^\d{5}$")


@functools.cache
def municipality_centres() -> dict[str, tuple[float, float]]:
    """Municipality code -> (lat, lon) of its central locality; empty if the file is missing."""
    path = paths.municipality_centres_path()
    if path is None:
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {r["code"]: (float(r["lat"]), float(r["lon"])) for r in csv.DictReader(handle)}


def postal_area_point(engine: Engine, postal_code: str) -> tuple[float, float, int] | None:
    """(lat, lon, how many locations) for a postal code, from the catalogue's locations."""
    if not POSTAL_CODE.match(postal_code):
        return None
    loc = m.Location
    with engine.connect() as con:
        rows = con.execute(
            select(loc.lat, loc.lon).where(
                loc.postal_code == postal_code,
                loc.lat.is_not(None),
                loc.lon.is_not(None),
                loc.example.is_(False),
            )
        ).all()
    if not rows:
        return None
    return (
        sum(r.lat for r in rows) / len(rows),
        sum(r.lon for r in rows) / len(rows),
        len(rows),
    )


def client_origin(engine: Engine, routing: Routing, postal_code: str = "") -> Origin | None:
    """The client's point: the postal area if the catalogue can place it, else the home
    municipality's centre, else None (distances are then not shown)."""
    code = postal_code.strip()
    found = postal_area_point(engine, code) if code else None
    municipality = routing.municipality
    if found is not None:
        lat, lon, count = found
        return Origin(lat, lon, OriginBasis.POSTAL_AREA, code, municipality.names, count)
    centre = municipality_centres().get(municipality.code)
    if centre is None:
        return None
    return Origin(centre[0], centre[1], OriginBasis.MUNICIPALITY_CENTRE, code, municipality.names)
