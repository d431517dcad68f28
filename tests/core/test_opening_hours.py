"""Open now, open on a date: midnight, summer time, holidays, periods, always open."""

from __future__ import annotations

import datetime as dt

from sote_navigator.core import opening_hours as oh
from sote_navigator.core.navigation import open_evenings, open_weekends

WEEKDAYS = [0, 1, 2, 3, 4]
UTC = dt.UTC


def station() -> oh.Schedule:
    return oh.schedule_of(
        [{"days": WEEKDAYS, "opens": "08:00", "closes": "16:00"}],
        [
            {"from": "2026-12-24", "to": "2026-12-26", "closed": True, "note": []},
            {"from": "2026-12-31", "to": "2026-12-31", "opens": "08:00", "closes": "12:00"},
            {"from": "2027-01-06", "to": "2027-01-06", "closed": True},
            {
                "from": "2027-06-01",
                "to": "2027-08-31",
                "days": WEEKDAYS,
                "opens": "08:00",
                "closes": "15:00",
            },
        ],
    )


def test_regular_hours_and_their_edges() -> None:
    s = station()
    monday = dt.datetime(2026, 12, 7, 8, 0)
    assert oh.is_open_at(s, monday) is True
    assert oh.is_open_at(s, monday.replace(hour=7, minute=59)) is False
    assert oh.is_open_at(s, monday.replace(hour=16, minute=0)) is False  # closes at 16
    assert oh.is_open_on(s, dt.date(2026, 12, 12)) is False  # Saturday


def test_holidays_and_exception_hours_override_the_week() -> None:
    s = station()
    assert oh.is_open_on(s, dt.date(2026, 12, 24)) is False  # Thursday, Christmas Eve
    assert oh.is_open_on(s, dt.date(2026, 12, 28)) is True
    eve = dt.datetime(2026, 12, 31, 13, 0)
    assert oh.is_open_at(s, eve) is False  # shorter hours on New Year's Eve
    assert oh.is_open_at(s, eve.replace(hour=11)) is True
    assert oh.is_open_on(s, dt.date(2027, 1, 6)) is False  # Epiphany, a Wednesday
    day = oh.hours_on(s, dt.date(2026, 12, 25))
    assert day.closed and day.exception is not None


def test_a_period_replaces_the_regular_hours_while_it_lasts() -> None:
    s = station()
    assert oh.is_open_at(s, dt.datetime(2027, 6, 2, 15, 30)) is False  # summer: until 15
    assert oh.is_open_at(s, dt.datetime(2027, 9, 1, 15, 30)) is True


def test_the_next_exception_is_the_first_not_yet_over() -> None:
    s = station()
    first = oh.next_exception(s, dt.date(2026, 12, 3))
    assert first is not None and (first.start, first.end) == (
        dt.date(2026, 12, 24),
        dt.date(2026, 12, 26),
    )
    during = oh.next_exception(s, dt.date(2026, 12, 25))
    assert during is not None and during.start == dt.date(2026, 12, 24)
    later = oh.next_exception(s, dt.date(2027, 1, 1))
    assert later is not None and later.start == dt.date(2027, 1, 6)
    assert oh.next_exception(s, dt.date(2027, 1, 7)) is None  # the summer period is not one


def test_over_midnight_belongs_to_the_evening_it_started() -> None:
    s = oh.schedule_of(
        [
            {"days": [0, 1, 2, 3], "opens": "16:00", "closes": "02:00"},
            {"days": [4], "opens": "22:00", "closes": "04:00"},
        ]
    )
    assert oh.is_open_at(s, dt.datetime(2026, 12, 7, 23, 59)) is True  # Monday night
    assert oh.is_open_at(s, dt.datetime(2026, 12, 8, 0, 0)) is True  # past midnight
    assert oh.is_open_at(s, dt.datetime(2026, 12, 8, 1, 59)) is True
    assert oh.is_open_at(s, dt.datetime(2026, 12, 8, 2, 0)) is False
    assert oh.is_open_at(s, dt.datetime(2026, 12, 12, 3, 0)) is True  # Saturday, Friday's
    assert oh.is_open_at(s, dt.datetime(2026, 12, 7, 1, 0)) is False  # Sunday night: none
    assert oh.is_open_on(s, dt.date(2026, 12, 12)) is True  # Saturday, from Friday's night
    assert open_evenings(s_json := [{"days": [4], "opens": "22:00", "closes": "04:00"}])
    assert not open_weekends(s_json)


def test_a_holiday_does_not_cut_the_night_that_began_before_it() -> None:
    s = oh.schedule_of(
        [{"days": [2], "opens": "22:00", "closes": "04:00"}],
        [{"from": "2026-12-24", "to": "2026-12-24", "closed": True}],
    )
    assert oh.is_open_at(s, dt.datetime(2026, 12, 24, 3, 0)) is True  # Wednesday's night
    assert oh.is_open_at(s, dt.datetime(2026, 12, 24, 23, 0)) is False


def test_summer_time_is_read_on_the_finnish_wall_clock() -> None:
    s = oh.schedule_of([{"days": [6], "opens": "04:00", "closes": "06:00"}])
    # 29.3.2026: clocks go from 03:00 EET to 04:00 EEST at 01:00 UTC.
    assert oh.is_open_at(s, dt.datetime(2026, 3, 29, 0, 59, tzinfo=UTC)) is False  # 02:59
    assert oh.is_open_at(s, dt.datetime(2026, 3, 29, 1, 0, tzinfo=UTC)) is True  # 04:00
    # 25.10.2026: 04:00 EEST becomes 03:00 EET at 01:00 UTC; 03:30 comes twice.
    autumn = oh.schedule_of([{"days": [6], "opens": "03:00", "closes": "04:00"}])
    assert oh.is_open_at(autumn, dt.datetime(2026, 10, 25, 0, 30, tzinfo=UTC)) is True
    assert oh.is_open_at(autumn, dt.datetime(2026, 10, 25, 1, 30, tzinfo=UTC)) is True
    assert oh.is_open_at(autumn, dt.datetime(2026, 10, 25, 2, 0, tzinfo=UTC)) is False


def test_always_open_by_appointment_and_unknown() -> None:
    always = oh.schedule_of([{"days": list(range(7)), "opens": "00:00", "closes": "24:00"}])
    assert oh.is_open_at(always, dt.datetime(2026, 12, 25, 3, 0)) is True
    assert oh.is_open_at(always, dt.datetime(2026, 12, 27, 23, 59)) is True
    assert open_evenings(
        [{"days": list(range(7)), "opens": "00:00", "closes": "24:00"}]
    ) and open_weekends([{"days": list(range(7)), "opens": "00:00", "closes": "24:00"}])
    appointment = oh.schedule_of([], by_appointment=True)
    assert oh.is_open_at(appointment, dt.datetime(2026, 12, 7, 10, 0)) is None
    assert oh.is_open_on(appointment, dt.date(2026, 12, 7)) is None
    assert oh.is_open_at(oh.schedule_of([]), dt.datetime(2026, 12, 7, 10, 0)) is None


def test_the_filters_see_a_periods_evening_hours_but_not_a_days_exception() -> None:
    period = [
        {"from": "2027-06-01", "to": "2027-08-31", "days": [5], "opens": "10:00", "closes": "20:00"}
    ]
    assert open_evenings([], period) and open_weekends([], period)
    one_day = [{"from": "2026-12-31", "to": "2026-12-31", "opens": "08:00", "closes": "22:00"}]
    assert not open_evenings([], one_day)
