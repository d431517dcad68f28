"""ETRS-TM35FIN (EPSG:3067) to WGS84 and back, without a projection library.

PTV often publishes TM35FIN northing/easting in fields named latitude/longitude. This is the
transverse Mercator on the GRS80 ellipsoid (central meridian 27° E, scale 0.9996, false
easting 500 000 m), with Krüger's series as in the Finnish public-administration
recommendation JHS 154; ETRS89 and WGS84 differ by far less than a street address needs.
"""

from __future__ import annotations

import math

_A = 6378137.0
_F = 1 / 298.257222101
_K0 = 0.9996
_LON0 = math.radians(27.0)
_E0 = 500000.0

_N = _F / (2 - _F)
_A1 = _A / (1 + _N) * (1 + _N**2 / 4 + _N**4 / 64)
_E2 = _F * (2 - _F)
_E = math.sqrt(_E2)

_H1 = _N / 2 - 2 / 3 * _N**2 + 37 / 96 * _N**3 - 1 / 360 * _N**4
_H2 = 1 / 48 * _N**2 + 1 / 15 * _N**3 - 437 / 1440 * _N**4
_H3 = 17 / 480 * _N**3 - 37 / 840 * _N**4
_H4 = 4397 / 161280 * _N**4

_H1I = _N / 2 - 2 / 3 * _N**2 + 5 / 16 * _N**3 + 41 / 180 * _N**4
_H2I = 13 / 48 * _N**2 - 3 / 5 * _N**3 + 557 / 1440 * _N**4
_H3I = 61 / 240 * _N**3 - 103 / 140 * _N**4
_H4I = 49561 / 161280 * _N**4

# Finland, with a margin: what a TM35FIN pair or a WGS84 pair may look like.
TM35_NORTHING = (6_500_000.0, 7_900_000.0)
TM35_EASTING = (0.0, 800_000.0)


def tm35fin_to_wgs84(northing: float, easting: float) -> tuple[float, float]:
    """(latitude, longitude) in degrees for a TM35FIN (northing, easting) in metres."""
    xi = northing / (_A1 * _K0)
    eta = (easting - _E0) / (_A1 * _K0)
    xi1 = (
        xi
        - _H1 * math.sin(2 * xi) * math.cosh(2 * eta)
        - _H2 * math.sin(4 * xi) * math.cosh(4 * eta)
        - _H3 * math.sin(6 * xi) * math.cosh(6 * eta)
        - _H4 * math.sin(8 * xi) * math.cosh(8 * eta)
    )
    eta1 = (
        eta
        - _H1 * math.cos(2 * xi) * math.sinh(2 * eta)
        - _H2 * math.cos(4 * xi) * math.sinh(4 * eta)
        - _H3 * math.cos(6 * xi) * math.sinh(6 * eta)
        - _H4 * math.cos(8 * xi) * math.sinh(8 * eta)
    )
    beta = math.asin(math.sin(xi1) / math.cosh(eta1))
    lon = _LON0 + math.asin(math.tanh(eta1) / math.cos(beta))
    q = math.asinh(math.tan(beta))
    q1 = q + _E * math.atanh(_E * math.tanh(q))
    for _ in range(6):
        q1 = q + _E * math.atanh(_E * math.tanh(q1))
    lat = math.atan(math.sinh(q1))
    return math.degrees(lat), math.degrees(lon)


def wgs84_to_tm35fin(lat: float, lon: float) -> tuple[float, float]:
    """(northing, easting) in metres for a WGS84 (latitude, longitude) in degrees."""
    phi = math.radians(lat)
    lam = math.radians(lon) - _LON0
    q = math.asinh(math.tan(phi)) - _E * math.atanh(_E * math.sin(phi))
    beta = math.atan(math.sinh(q))
    eta = math.atanh(math.cos(beta) * math.sin(lam))
    xi = math.asin(math.sin(beta) * math.cosh(eta))
    xi_sum = (
        xi
        + _H1I * math.sin(2 * xi) * math.cosh(2 * eta)
        + _H2I * math.sin(4 * xi) * math.cosh(4 * eta)
        + _H3I * math.sin(6 * xi) * math.cosh(6 * eta)
        + _H4I * math.sin(8 * xi) * math.cosh(8 * eta)
    )
    eta_sum = (
        eta
        + _H1I * math.cos(2 * xi) * math.sinh(2 * eta)
        + _H2I * math.cos(4 * xi) * math.sinh(4 * eta)
        + _H3I * math.cos(6 * xi) * math.sinh(6 * eta)
        + _H4I * math.cos(8 * xi) * math.sinh(8 * eta)
    )
    return _A1 * _K0 * xi_sum, _A1 * _K0 * eta_sum + _E0


def looks_like_tm35fin(first: float, second: float) -> bool:
    """Whether (first, second) read as (northing, easting) falls inside Finland's TM35FIN box."""
    north_ok = TM35_NORTHING[0] <= first <= TM35_NORTHING[1]
    return north_ok and TM35_EASTING[0] < second <= TM35_EASTING[1]


def looks_like_wgs84_finland(lat: float, lon: float) -> bool:
    return 59.0 <= lat <= 70.5 and 19.0 <= lon <= 32.0
