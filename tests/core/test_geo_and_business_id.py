"""TM35FIN ↔ WGS84 against points converted with PROJ, and the Y-tunnus check digit."""

from __future__ import annotations

import pytest

from sote_navigator.core import business_id, geo

# (lat, lon) WGS84 and (northing, easting) EPSG:3067, converted with PROJ 9 (pyproj).
KNOWN = [
    ((60.170278, 24.952222), (6672136.601, 386379.376)),  # Helsinki cathedral
    ((68.0, 23.0), (7548275.970, 332878.534)),  # Lapland, west of the central meridian
    ((69.9, 27.0), (7754721.459, 500000.0)),  # on the central meridian
    ((60.1, 20.0), (6683174.443, 111223.676)),  # Åland, far west
]


@pytest.mark.parametrize(("wgs", "tm"), KNOWN)
def test_tm35fin_to_wgs84_matches_proj(wgs: tuple[float, float], tm: tuple[float, float]) -> None:
    lat, lon = geo.tm35fin_to_wgs84(*tm)
    assert lat == pytest.approx(wgs[0], abs=1e-7)
    assert lon == pytest.approx(wgs[1], abs=1e-7)


@pytest.mark.parametrize(("wgs", "tm"), KNOWN)
def test_wgs84_to_tm35fin_matches_proj(wgs: tuple[float, float], tm: tuple[float, float]) -> None:
    north, east = geo.wgs84_to_tm35fin(*wgs)
    assert north == pytest.approx(tm[0], abs=0.01)
    assert east == pytest.approx(tm[1], abs=0.01)


def test_tm35fin_is_told_from_degrees() -> None:
    assert geo.looks_like_tm35fin(6672136.6, 386379.4)
    assert not geo.looks_like_tm35fin(60.17, 24.95)
    assert geo.looks_like_wgs84_finland(60.17, 24.95)


@pytest.mark.parametrize("value", ["0112038-9", "1572860-0", "2331972-7", "737546-2"])
def test_valid_business_ids(value: str) -> None:
    assert business_id.is_valid(value)


@pytest.mark.parametrize("value", ["0112038-8", "1572860-1", "1234567", "ABCDEFG-1", ""])
def test_invalid_business_ids(value: str) -> None:
    assert not business_id.is_valid(value)


def test_make_gives_valid_ids_or_none() -> None:
    made = [business_id.make(n) for n in range(1_000_000, 1_000_100)]
    assert all(business_id.is_valid(v) for v in made if v)
    assert any(v is None for v in made)
