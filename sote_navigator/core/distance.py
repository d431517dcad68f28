"""How far a place is from the client: the client's point and great-circle kilometres.

There is no postal-code map on a desk laptop. The client's point is derived from what the
catalogue itself knows (the mean of its geocoded, non-example locations in the client's
postal code) or, failing that, from the central locality of the client's home municipality;
``Origin.basis`` says which, so the answer can say it too.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum

from sote_navigator.core.localized import LocalizedText

EARTH_RADIUS_KM = 6371.0088


class OriginBasis(StrEnum):
    POSTAL_AREA = "postal_area"  # the catalogue's own locations in the client's postal code
    MUNICIPALITY_CENTRE = "municipality_centre"  # the home municipality's central locality


@dataclass(frozen=True)
class Origin:
    lat: float
    lon: float
    basis: OriginBasis
    postal_code: str = ""
    municipality: LocalizedText = field(default_factory=list)
    # How many catalogue locations a postal area's point was derived from.
    derived_from: int = 0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine) in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))
