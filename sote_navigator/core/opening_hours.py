"""Opening hours as PTV has them, and the answers drawn from them: open now, open on a date.

A location's hours have three parts (docs/catalogue-format.md, "locations"):

- ``hours``: the regular weekly hours, valid until further notice: ``{"days", "opens",
  "closes"}``. ``closes`` at or before ``opens`` means the slot runs past midnight into the
  next day ("22:00"–"04:00"); ``"24:00"`` is the end of the day; ``00:00``–``24:00`` is
  open all day.
- ``hours_exceptions``: what differs on given dates, each from ``from`` to ``to``
  (inclusive ISO dates): ``closed`` (a holiday), other hours on those dates (``opens`` /
  ``closes``), ``by_appointment``, or, with ``days``, weekly hours for a period (summer
  hours) that replace the regular hours while the period lasts. ``note`` is PTV's
  additional information (the holiday's name).
- ``by_appointment``: the location serves by appointment (PTV ``isReservation``).

On a date, a dated exception without ``days`` decides (the shortest one, when several
cover the date); else the periods covering the date; else the regular hours. Times are the
Finnish wall clock: an instant is first turned into Helsinki time, so that summer time
needs nothing else.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

EVENING_FROM = "18:00"
WEEKEND_DAYS = frozenset({5, 6})
END_OF_DAY = "24:00"

Texts = list[dict[str, str]]


@dataclass(frozen=True)
class Slot:
    """Open from ``opens`` on each of ``days`` (Monday = 0) until ``closes``."""

    days: tuple[int, ...]
    opens: str
    closes: str

    @property
    def overnight(self) -> bool:
        """Closes on the next day (after midnight)."""
        return self.closes != END_OF_DAY and self.closes <= self.opens


@dataclass(frozen=True)
class HoursException:
    start: dt.date
    end: dt.date
    closed: bool = False
    days: tuple[int, ...] = ()  # non-empty: weekly hours for a period
    opens: str | None = None
    closes: str | None = None
    by_appointment: bool = False
    note: Texts = field(default_factory=list, hash=False)

    @property
    def period(self) -> bool:
        return bool(self.days)

    def covers(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def slot(self) -> Slot | None:
        if self.closed or self.opens is None or self.closes is None:
            return None
        return Slot(self.days or tuple(range(7)), self.opens, self.closes)


@dataclass(frozen=True)
class Schedule:
    regular: tuple[Slot, ...] = ()
    exceptions: tuple[HoursException, ...] = ()
    by_appointment: bool = False

    @property
    def known(self) -> bool:
        return bool(self.regular or self.exceptions or self.by_appointment)


@dataclass(frozen=True)
class DayHours:
    """The hours of one date: ``(opens, closes)`` pairs, ``closes`` may be past midnight."""

    day: dt.date
    slots: tuple[tuple[str, str], ...]
    by_appointment: bool
    exception: HoursException | None  # the dated exception that decided, if one did

    @property
    def closed(self) -> bool:
        return not self.slots and not self.by_appointment


def _date(value: Any) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def schedule_of(
    hours: Iterable[Mapping[str, Any]],
    exceptions: Iterable[Mapping[str, Any]] = (),
    by_appointment: bool = False,
) -> Schedule:
    """The native JSON (as stored) as a schedule; entries that cannot be read are left out."""
    regular = tuple(
        Slot(tuple(int(d) for d in h.get("days", ())), str(h["opens"]), str(h["closes"]))
        for h in hours
        if h.get("opens") and h.get("closes")
    )
    out = []
    for e in exceptions:
        start = _date(e.get("from"))
        end = _date(e.get("to")) or start
        if start is None or end is None:
            continue
        out.append(
            HoursException(
                start=start,
                end=end,
                closed=bool(e.get("closed")),
                days=tuple(int(d) for d in e.get("days") or ()),
                opens=e.get("opens"),
                closes=e.get("closes"),
                by_appointment=bool(e.get("by_appointment")),
                note=list(e.get("note") or ()),
            )
        )
    out.sort(key=lambda e: (e.start, e.end))
    return Schedule(regular, tuple(out), by_appointment)


def exception_json(e: HoursException) -> dict[str, Any]:
    """An exception in the native form ``schedule_of`` reads back."""
    out: dict[str, Any] = {"from": e.start.isoformat(), "to": e.end.isoformat()}
    if e.closed:
        out["closed"] = True
    if e.days:
        out["days"] = list(e.days)
    if e.opens is not None and e.closes is not None:
        out.update(opens=e.opens, closes=e.closes)
    if e.by_appointment:
        out["by_appointment"] = True
    if e.note:
        out["note"] = [dict(t) for t in e.note]
    return out


def hours_on(schedule: Schedule, day: dt.date) -> DayHours:
    """What the location keeps on ``day`` (slots that start that day)."""
    weekday = day.weekday()
    dated = [e for e in schedule.exceptions if not e.period and e.covers(day)]
    if dated:
        shortest = min((e.end - e.start) for e in dated)
        deciding = [e for e in dated if e.end - e.start == shortest]
        slots = tuple((s.opens, s.closes) for e in deciding if (s := e.slot()) is not None)
        appointment = any(e.by_appointment for e in deciding)
        return DayHours(day, tuple(sorted(set(slots))), appointment, deciding[0])
    periods = [e for e in schedule.exceptions if e.period and e.covers(day)]
    if periods:
        slots = tuple(
            (s.opens, s.closes)
            for e in periods
            if (s := e.slot()) is not None and weekday in s.days
        )
        appointment = any(e.by_appointment for e in periods)
        return DayHours(day, tuple(sorted(set(slots))), appointment, None)
    slots = tuple((s.opens, s.closes) for s in schedule.regular if weekday in s.days)
    return DayHours(day, tuple(sorted(set(slots))), schedule.by_appointment, None)


def helsinki_time(when: dt.datetime) -> dt.datetime:
    """``when`` as a naive Finnish wall-clock time (a naive ``when`` already is one)."""
    if when.tzinfo is None:
        return when
    try:
        zone: dt.tzinfo = ZoneInfo("Europe/Helsinki")
    except ZoneInfoNotFoundError:  # no time zone data on this machine: the local clock
        return when.astimezone().replace(tzinfo=None)
    return when.astimezone(zone).replace(tzinfo=None)


def now() -> dt.datetime:
    return helsinki_time(dt.datetime.now(dt.UTC))


def _minutes(hhmm: str) -> int:
    return int(hhmm[:2]) * 60 + int(hhmm[3:5])


def is_open_at(schedule: Schedule, when: dt.datetime) -> bool | None:
    """Open at this moment; None when the hours are not known (or only by appointment)."""
    if not schedule.known:
        return None
    local = helsinki_time(when)
    minute = local.hour * 60 + local.minute
    today = hours_on(schedule, local.date())
    for opens, closes in today.slots:
        end = 24 * 60 if closes == END_OF_DAY or closes <= opens else _minutes(closes)
        if _minutes(opens) <= minute < end:
            return True
    # A slot of the day before that runs past midnight.
    yesterday = hours_on(schedule, local.date() - dt.timedelta(days=1))
    for opens, closes in yesterday.slots:
        if closes != END_OF_DAY and closes <= opens and minute < _minutes(closes):
            return True
    if not today.slots and today.by_appointment:
        return None
    return False


def is_open_on(schedule: Schedule, day: dt.date) -> bool | None:
    """Open at some time on ``day``; None when the hours are not known."""
    if not schedule.known:
        return None
    found = hours_on(schedule, day)
    if found.slots:
        return True
    yesterday = hours_on(schedule, day - dt.timedelta(days=1))
    if any(closes != END_OF_DAY and closes <= opens for opens, closes in yesterday.slots):
        return True
    return None if found.by_appointment else False


def next_exception(schedule: Schedule, today: dt.date) -> HoursException | None:
    """The first dated exception (not a period of weekly hours) not over by ``today``."""
    return next((e for e in schedule.exceptions if not e.period and e.end >= today), None)


def _weekly(
    hours: Iterable[Mapping[str, Any]], exceptions: Iterable[Mapping[str, Any]]
) -> list[Mapping[str, Any]]:
    """The weekly slots the filters look at: the regular ones and those of periods."""
    out = [h for h in hours if h.get("opens") and h.get("closes")]
    out += [
        e
        for e in exceptions
        if e.get("days") and e.get("opens") and e.get("closes") and not e.get("closed")
    ]
    return out


def open_evenings(
    hours: Iterable[Mapping[str, Any]], exceptions: Iterable[Mapping[str, Any]] = ()
) -> bool:
    """Open past six in the evening on some day (a slot past midnight is), as a rule."""
    for h in _weekly(hours, exceptions):
        closes, opens = str(h["closes"]), str(h["opens"])
        if closes > EVENING_FROM or (closes != END_OF_DAY and closes <= opens):
            return True
    return False


def open_weekends(
    hours: Iterable[Mapping[str, Any]], exceptions: Iterable[Mapping[str, Any]] = ()
) -> bool:
    """Open on Saturday or Sunday, as a rule (by the regular hours or a period's)."""
    return any(WEEKEND_DAYS.intersection(h.get("days") or ()) for h in _weekly(hours, exceptions))
