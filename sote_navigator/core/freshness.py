"""How old a record's information is, and whether it is older than the catalogue allows.

A location or an offering may say when its information was last confirmed (``verified_on``:
an ISO date, or only a year when no more is known, as for the health stations of 2019) and
where it comes from (``source``). A record older than the catalogue's freshness limit
(``freshness_months`` in the catalogue header, 24 months unless it says otherwise) is stale:
it is flagged wherever it is listed, and ranks after fresh records that are otherwise equal.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from sote_navigator.core.catalogue import RecordSource

DEFAULT_FRESHNESS_MONTHS = 24
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})-(\d{2}))?$")


def information_date(verified_on: str | None) -> dt.date | None:
    """The date a ``verified_on`` value stands for (a bare year: its last day), or None."""
    match = _DATE.match((verified_on or "").strip())
    if match is None:
        return None
    year, month, day = match.groups()
    try:
        if month is None:
            return dt.date(int(year), 12, 31)
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def months_between(earlier: dt.date, later: dt.date) -> int:
    """Whole months from ``earlier`` to ``later`` (negative when later is earlier)."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    if later.day < earlier.day:
        months -= 1
    return months


@dataclass(frozen=True)
class FreshnessRule:
    """The catalogue's limit, and the day the question is asked."""

    months: int = DEFAULT_FRESHNESS_MONTHS
    today: dt.date = field(default_factory=dt.date.today)

    def is_stale(self, verified_on: str | None) -> bool:
        """Older than the limit. A record that gives no date is not called stale (it is
        not called fresh either: see ``is_fresh``)."""
        date = information_date(verified_on)
        return date is not None and months_between(date, self.today) >= self.months

    def is_fresh(self, verified_on: str | None) -> bool:
        date = information_date(verified_on)
        return date is not None and months_between(date, self.today) < self.months


def freshness_months(header: dict[str, Any] | None) -> int:
    """The catalogue header's ``freshness_months``, or the default."""
    value = (header or {}).get("freshness_months")
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    return DEFAULT_FRESHNESS_MONTHS


def source_of(extra: dict[str, Any] | None) -> RecordSource | None:
    """The ``source`` a location or offering keeps in its extra column."""
    data = (extra or {}).get("source")
    if not isinstance(data, dict) or not data.get("name"):
        return None
    url = data.get("url")
    languages = data.get("languages")
    return RecordSource(
        str(data["name"]),
        str(url) if url else None,
        tuple(str(x) for x in languages) if isinstance(languages, list) else (),
    )


def verified_on_of(extra: dict[str, Any] | None) -> str | None:
    value = (extra or {}).get("verified_on")
    return str(value) if value else None
