"""Distance, freshness and "no fixed place" in the choice-set ranking (hand-made dataclasses).

Distance is one factor among the others: the client's language, the needs met and the own
regional unit come first; a real place comes before an offering with no fixed place; fresh
information before stale; then the client's home municipality; then the nearest.
"""

from __future__ import annotations

import datetime as dt

from sote_navigator.core.catalogue import RecordSource
from sote_navigator.core.choice_set import build_choice_set
from sote_navigator.core.distance import Origin, OriginBasis, distance_km
from sote_navigator.core.freshness import FreshnessRule, information_date, months_between
from sote_navigator.core.localized import make
from sote_navigator.core.reasons import ReasonCode
from tests.core.test_placement_rules import UNITS, context, location, offering, service

R = ReasonCode
# Rovaniemi's centre, a point 3 km north of it and one 20 km south (lat/lon, WGS84).
CENTRE = (66.5, 25.72)
NEAR = (66.527, 25.72)
FAR = (66.32, 25.72)
ORIGIN = Origin(*CENTRE, OriginBasis.POSTAL_AREA, "96100", make({"fi": "Rovaniemi"}), 2)
TODAY = dt.date(2026, 12, 3)
RULE = FreshnessRule(24, TODAY)


def placed(oid: str, point: tuple[float, float], municipality: str = "638", **kw: object):  # type: ignore[no-untyped-def]
    loc = location(id=f"loc-{oid}", lat=point[0], lon=point[1], municipality_code=municipality)
    return offering(oid, location=loc, **kw)


def ranked(offerings: list, **client: object) -> list[str]:  # type: ignore[type-arg]
    ctx = context(origin=ORIGIN, **client)
    choice = build_choice_set(ctx, service(), offerings, UNITS, freshness=RULE)
    return [p.offering.id for p in choice.providers]


def test_distance_helpers() -> None:
    assert round(distance_km(*CENTRE, *NEAR)) == 3
    assert round(distance_km(*CENTRE, *FAR)) == 20
    assert information_date("2019") == dt.date(2019, 12, 31)
    assert information_date("2026-02-03") == dt.date(2026, 2, 3)
    assert information_date("3.2.2026") is None
    assert months_between(dt.date(2024, 12, 4), TODAY) == 23
    assert RULE.is_stale("2019") and not RULE.is_fresh("2019")
    assert RULE.is_fresh("2025-01-01") and not RULE.is_stale("2025-01-01")
    assert not RULE.is_stale(None) and not RULE.is_fresh(None)


def test_nearest_first_and_the_distance_is_a_reason() -> None:
    far, near = placed("far", FAR), placed("near", NEAR)
    assert ranked([far, near]) == ["near", "far"]
    choice = build_choice_set(context(origin=ORIGIN), service(), [far, near], UNITS, freshness=RULE)
    reason = next(r for r in choice.providers[0].reasons if r.code is R.DISTANCE)
    assert reason.params["km"] == 3.0 and reason.params["basis"] == "postal_area"
    assert reason.params["postal_code"] == "96100"
    # Without an origin nothing is measured, and the name decides.
    plain = build_choice_set(context(), service(), [far, near], UNITS, freshness=RULE)
    assert [p.offering.id for p in plain.providers] == ["far", "near"]
    assert all(R.DISTANCE not in {r.code for r in p.reasons} for p in plain.providers)


def test_language_needs_and_own_unit_outrank_distance() -> None:
    # The nearer place does not serve in Swedish: the farther one that does ranks first.
    far_sv = placed("far", FAR, languages=("fi", "sv"))
    near_fi = placed("near", NEAR, languages=("fi",))
    assert ranked([near_fi, far_sv], language="sv") == ["far", "near"]
    assert ranked([near_fi, far_sv], language="fi") == ["near", "far"]
    # The nearer place makes no home visits, which the client needs.
    far_visits = placed("far", FAR, home_visits=True)
    assert ranked([placed("near", NEAR), far_visits], home_visit=True) == ["far", "near"]
    # The nearer place is in another regional unit of the organiser.
    near_other = placed("near", NEAR, units=("u7",))
    assert ranked([near_other, placed("far", FAR)]) == ["far", "near"]


def test_a_real_place_before_no_fixed_place_listed_once() -> None:
    nowhere = offering("own")
    again = offering("own-2", provider=nowhere.provider)  # the same provider, another record
    result = ranked([nowhere, again, placed("far", FAR), placed("near", NEAR)])
    assert result == ["near", "far", "own"]


def test_fresh_before_stale_and_stale_is_flagged() -> None:
    source = RecordSource("Health stations in Finland 2013-2019", "https://example.org/a")
    stale_near = placed("near", NEAR, verified_on="2019", source=source)
    fresh_far = placed("far", FAR, verified_on="2026-02-03")
    assert ranked([stale_near, fresh_far]) == ["far", "near"]
    choice = build_choice_set(
        context(origin=ORIGIN), service(), [stale_near, fresh_far], UNITS, freshness=RULE
    )
    stale = choice.providers[1]
    assert stale.stale
    flag = next(r for r in stale.reasons if r.code is R.STALE_INFORMATION)
    assert flag.params == {"date": "2019", "source": source.name, "url": source.url}
    assert R.INFORMATION_VERIFIED in {r.code for r in choice.providers[0].reasons}
    # The location's date counts when the offering gives none.
    loc = location(id="loc-x", verified_on="2019", lat=NEAR[0], lon=NEAR[1])
    assert offering("x", location=loc).information == ("2019", None)


def test_home_municipality_before_distance() -> None:
    # 3 km away across the border, 20 km away in the client's own municipality (638).
    across = placed("across", NEAR, municipality="699")
    home = placed("home", FAR, municipality="638")
    assert ranked([across, home]) == ["home", "across"]
