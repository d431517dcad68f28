"""Words for opening hours that a place and a phone line share: open now, and the next
change to the hours ("closed 24.–26.12."). Apart from catalogue_facts so that the routes'
words (wording.contact_routes) can use them without an import cycle."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sote_navigator import i18n
from sote_navigator.core import localized
from sote_navigator.i18n import arg, translate

if TYPE_CHECKING:
    from sote_navigator.core.opening_hours import HoursException


def _time(value: str) -> str:
    return i18n.format_time(value)


def date_span(start: dt.date, end: dt.date, today: dt.date) -> str:
    """ "24.12." or "24.–26.12." or "30.11.–2.12."; the year only when it is not this one.

    In English the month is named, so no reader takes the day for the month: "24 Dec",
    "24–26 Dec", "30 Nov – 2 Dec".
    """
    other_year = start.year != today.year or end.year != today.year
    if i18n.content_language() == "en":
        return _english_span(start, end, other_year)

    def day(d: dt.date, month: bool = True, year: bool = False) -> str:
        return f"{d.day}." + (f"{d.month}." if month else "") + (f"{d.year}" if year else "")

    if start == end:
        return day(start, year=other_year)
    if start.year != end.year:
        return f"{day(start, year=True)}–{day(end, year=True)}"
    return f"{day(start, start.month != end.month)}–{day(end, year=other_year)}"


def _english_span(start: dt.date, end: dt.date, other_year: bool) -> str:
    from babel.dates import format_date

    def day(d: dt.date, pattern: str) -> str:
        return str(format_date(d, pattern, locale=i18n.babel_locale("en")))

    full = "d MMM yyyy" if other_year else "d MMM"
    if start == end:
        return day(start, full)
    if start.year != end.year:
        return f"{day(start, 'd MMM yyyy')} – {day(end, 'd MMM yyyy')}"
    if start.month != end.month:
        return f"{day(start, 'd MMM')} – {day(end, full)}"
    return f"{start.day}–{day(end, full)}"


def exception_text(e: HoursException, today: dt.date, language: str) -> str:
    """The next change to the hours, e.g. "closed 24.–26.12. (Joulu)"."""
    span = date_span(e.start, e.end, today)
    if e.closed or (e.opens is None and not e.by_appointment):
        text = arg(translate("Navigator", "closed %1"), span)
    elif e.by_appointment:
        text = arg(translate("Navigator", "%1 by appointment only"), span)
    else:
        text = f"{span} {_time(e.opens or '')}–{_time(e.closes or '')}"
    note = localized.pick(e.note, language)
    return f"{text} ({note})" if note else text


def open_now_text(is_open: bool | None) -> str:
    if is_open is None:
        return ""
    return translate("Navigator", "open now") if is_open else translate("Navigator", "closed now")
