"""PTV service hours and entrance accessibility into the native location fields.

Field names and meanings are PTV's own, from the Open API v11 models of vrk-kpa/ptv-releases
(branch ptv-release-3_4):

- ``src/PTV.Domain.Model/Models/OpenApi/VmOpenApiServiceHourBase.cs``: ``serviceHourType``
  ("Valid values are: DaysOfTheWeek, Exceptional or OverMidnight. In version 7 and older:
  Standard, Exception or Special"), ``validFrom``, ``validTo``, ``isClosed``,
  ``validForNow``, ``isAlwaysOpen``, ``isReservation``, ``additionalInformation``,
  ``openingHour``;
- ``src/PTV.Domain.Model/Models/OpenApi/V8/V8VmOpenApiDailyOpeningTime.cs``: ``dayFrom``,
  ``dayTo``, ``from``, ``to`` (times ``HH:MM:SS``);
- ``src/PTV.Domain.Model/Models/OpenApi/V11/V11VmOpenApiServiceHour.cs``
  (``FixServiceHourData``): regular hours without ``validTo`` are valid for now and lose
  ``validFrom``; their ``dayTo`` is emptied;
- ``src/PTV.Database.DataAccess/Translators/OpenApi/Channels/OpenApiServiceHourTranslator.cs``:
  an exception has one opening time and its days are not used (stored Monday–Sunday); a
  holiday is an exception whose ``validFrom`` is the holiday's next date and whose
  ``additionalInformation`` is its name; always-open and by-appointment hours carry no
  opening times; expired hours are not published;
- ``src/PTV.Domain.Model/Models/OpenApi/VmOpenApiEntrance.cs``,
  ``VmOpenApiAccessibilitySentence.cs``, ``VmOpenApiSentenceValue.cs``: ``addresses[].entrances[]
  .accessibilitySentences[]{sentenceGroup[], sentences[]{sentence[]}}``.

What cannot be read is a warning and left out. A date or flag of the wrong kind is an error:
read around, it would put wrong hours in the catalogue (a holiday closure lost says "open").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sote_navigator.core.opening_hours import helsinki_time
from sote_navigator.exchange.findings import Code
from sote_navigator.exchange.ptv.mapping import DAYS, Mapper, _merge_days, _time
from sote_navigator.exchange.ptv.reader import PtvObject

ALL_DAYS = [0, 1, 2, 3, 4, 5, 6]
REGULAR = {None, "", "daysoftheweek", "standard"}
OVERNIGHT = {"overmidnight", "special"}
EXCEPTIONAL = {"exceptional", "exception"}


def _date(value: str) -> dt.date | None:
    """PTV dates are ISO date-times; older data has UTC instants (midnight in Helsinki is
    22:00 or 21:00 UTC the day before), so an instant with a zone is read in Helsinki time."""
    try:
        when = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return helsinki_time(when).date() if when.tzinfo is not None else when.date()


class HoursReader:
    """One location's ``serviceHours`` and ``addresses`` → native fields, with findings."""

    def __init__(self, mapper: Mapper, obj: PtvObject) -> None:
        self.mapper = mapper
        self.obj = obj
        self.regular: list[dict[str, Any]] = []
        self.exceptions: list[dict[str, Any]] = []
        self.notes: list[dict[str, str]] = []
        self.by_appointment = False

    def error(self, inner: str, value: Any) -> None:
        self.mapper.findings.error(
            Code.PTV_BAD_VALUE, self.obj.file, self.obj.place + inner, value=str(value)[:60]
        )

    def warn(self, inner: str) -> None:
        self.mapper.warn(Code.PTV_BAD_HOURS, self.obj, inner)

    def flag(self, h: Mapping[str, Any], key: str, inner: str) -> bool:
        value = h.get(key)
        if value is None or isinstance(value, bool):
            return bool(value)
        self.error(f"{inner}.{key}", value)
        return False

    def date(self, h: Mapping[str, Any], key: str, inner: str) -> dt.date | None:
        value = h.get(key)
        if value is None or value == "":
            return None
        found = _date(value) if isinstance(value, str) else None
        if found is None:
            self.error(f"{inner}.{key}", value)
        return found

    def read(self, items: Any) -> dict[str, Any]:
        for n, h in enumerate(items if isinstance(items, list) else ()):
            inner = f".serviceHours[{n}]"
            if not isinstance(h, Mapping):
                self.warn(inner)
                continue
            self.entry(h, inner)
        out: dict[str, Any] = {
            "hours": _merge_days(self.regular),
            "hours_note": self.notes,
        }
        if self.exceptions:
            out["hours_exceptions"] = sorted(
                self.exceptions,
                key=lambda e: (e["from"], e["to"], e.get("days", []), e.get("opens") or ""),
            )
        if self.by_appointment:
            out["by_appointment"] = True
        return out

    def entry(self, h: Mapping[str, Any], inner: str) -> None:
        kind = str(h.get("serviceHourType") or "").strip().lower()
        closed = self.flag(h, "isClosed", inner)
        always = self.flag(h, "isAlwaysOpen", inner)
        appointment = self.flag(h, "isReservation", inner)
        start, end = self.date(h, "validFrom", inner), self.date(h, "validTo", inner)
        note = self.mapper.texts(
            self.obj, f"{inner}.additionalInformation", h.get("additionalInformation")
        )
        note = [{**t, "type": "description"} for t in note]
        if kind in EXCEPTIONAL:
            if start is None:
                self.warn(f"{inner}.validFrom")
                self.notes += note
                return
            self.exception(h, inner, start, end or start, closed, always, appointment, note)
            return
        if kind not in REGULAR and kind not in OVERNIGHT:
            self.warn(f"{inner}.serviceHourType")
            self.notes += note
            return
        if always:
            slots = [{"days": ALL_DAYS, "opens": "00:00", "closes": "24:00"}]
        elif closed or appointment:
            slots = []
        else:
            slots = self.slots(h, inner, overnight=kind in OVERNIGHT)
        if end is None:
            # Valid until further notice (PTV drops validFrom for these).
            self.regular += slots
            self.by_appointment = self.by_appointment or appointment
            self.notes += note
            return
        # Weekly hours for a period (summer hours, a closure for a period).
        begin = start or end
        period: dict[str, Any] = {"from": begin.isoformat(), "to": end.isoformat()}
        if note:
            period["note"] = note
        if not slots:
            self.exceptions.append(
                {
                    **period,
                    "days": ALL_DAYS,
                    **({"by_appointment": True} if appointment else {"closed": True}),
                }
            )
        for slot in _merge_days(slots):
            self.exceptions.append({**period, **slot})

    def exception(
        self,
        h: Mapping[str, Any],
        inner: str,
        start: dt.date,
        end: dt.date,
        closed: bool,
        always: bool,
        appointment: bool,
        note: list[dict[str, str]],
    ) -> None:
        entry: dict[str, Any] = {"from": start.isoformat(), "to": max(start, end).isoformat()}
        if note:
            entry["note"] = note
        if closed:
            entry["closed"] = True
        elif always:
            entry.update(opens="00:00", closes="24:00")
        elif appointment:
            entry["by_appointment"] = True
        else:
            times = [o for o in h.get("openingHour") or () if isinstance(o, Mapping)]
            opens = _time(times[0].get("from")) if times else None
            closes = _time(times[0].get("to")) if times else None
            if opens is None or closes is None:
                self.warn(f"{inner}.openingHour")
                self.notes += note
                return
            entry.update(opens=opens, closes="24:00" if closes == "00:00" else closes)
        self.exceptions.append(entry)

    def slots(self, h: Mapping[str, Any], inner: str, *, overnight: bool) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for k, o in enumerate(h.get("openingHour") or ()):
            found = _overnight(o) if overnight else _daily(o)
            if found is None:
                self.warn(f"{inner}.openingHour[{k}]")
            else:
                out += found
        return out


def _days(o: Mapping[str, Any]) -> tuple[int | None, int | None]:
    first = DAYS.get(str(o.get("dayFrom") or "").strip().lower())
    last = DAYS.get(str(o.get("dayTo") or "").strip().lower())
    return first, last


def _daily(o: Any) -> list[dict[str, Any]] | None:
    """A DaysOfTheWeek opening time: days ``dayFrom``..``dayTo`` from ``from`` to ``to``
    (``to`` at or before ``from``: past midnight)."""
    if not isinstance(o, Mapping):
        return None
    first, last = _days(o)
    last = first if last is None else last
    opens, closes = _time(o.get("from")), _time(o.get("to"))
    if first is None or last is None or opens is None or closes is None:
        return None
    days = list(range(first, last + 1)) if last >= first else [*range(first, 7), *range(last + 1)]
    return [{"days": days, "opens": opens, "closes": "24:00" if closes == "00:00" else closes}]


def _overnight(o: Any) -> list[dict[str, Any]] | None:
    """An OverMidnight opening time: from ``dayFrom`` ``from`` to ``dayTo`` ``to``. To the
    next day it is one slot closing after midnight; longer, one slot a day."""
    if not isinstance(o, Mapping):
        return None
    first, last = _days(o)
    opens, closes = _time(o.get("from")), _time(o.get("to"))
    if first is None or opens is None or closes is None:
        return None
    if last is None:
        last = first if closes > opens else (first + 1) % 7
    span = (last - first) % 7
    if span == 0 and closes <= opens:
        span = 7
    if span == 0:
        return [{"days": [first], "opens": opens, "closes": closes}]
    if span == 1:
        return [
            {"days": [first], "opens": opens, "closes": "24:00" if closes == "00:00" else closes}
        ]
    out = [{"days": [first], "opens": opens, "closes": "24:00"}]
    out += [
        {"days": [(first + i) % 7], "opens": "00:00", "closes": "24:00"} for i in range(1, span)
    ]
    if closes != "00:00":
        out.append({"days": [last], "opens": "00:00", "closes": closes})
    return out


def accessibility(mapper: Mapper, obj: PtvObject, addresses: Any) -> list[dict[str, str]]:
    """The entrance accessibility sentences of the location's addresses, group by group:
    each sentence as a ``description`` text in its language, its group's name in front."""
    out: list[dict[str, str]] = []
    for n, a in enumerate(addresses if isinstance(addresses, list) else ()):
        if not isinstance(a, Mapping):
            continue
        for e, entrance in enumerate(a.get("entrances") or ()):
            if not isinstance(entrance, Mapping):
                continue
            for g, group in enumerate(entrance.get("accessibilitySentences") or ()):
                if not isinstance(group, Mapping):
                    continue
                inner = f".addresses[{n}].entrances[{e}].accessibilitySentences[{g}]"
                titles = {
                    t["language"]: t["value"]
                    for t in mapper.texts(obj, inner + ".sentenceGroup", group.get("sentenceGroup"))
                }
                for s, sentence in enumerate(group.get("sentences") or ()):
                    if not isinstance(sentence, Mapping):
                        continue
                    for t in mapper.texts(
                        obj, f"{inner}.sentences[{s}].sentence", sentence.get("sentence")
                    ):
                        title = titles.get(t["language"])
                        value = f"{title}: {t['value']}" if title else t["value"]
                        out.append(
                            {"language": t["language"], "value": value, "type": "description"}
                        )
    return out


def location_fields(mapper: Mapper, obj: PtvObject) -> dict[str, Any]:
    """``hours``, ``hours_note``, ``hours_exceptions``, ``by_appointment`` and
    ``accessibility`` of a ServiceLocation channel."""
    data = obj.data
    fields = HoursReader(mapper, obj).read(data.get("serviceHours"))
    fields["accessibility"] = accessibility(mapper, obj, data.get("addresses"))
    return fields
