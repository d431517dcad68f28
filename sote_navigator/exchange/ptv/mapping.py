"""One PTV v11 object at a time into native catalogue entities, noting the gaps on the way.

Real PTV data has nulls, placeholder values ("string", "-"), missing translations and
coordinates in ETRS-TM35FIN: what is usable is kept, the rest becomes a warning that names
the file and the JSON path.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

from sote_navigator.core import geo
from sote_navigator.exchange.findings import Code, Findings
from sote_navigator.exchange.ptv.reader import PtvObject

PREFIX = "ptv:"
PLACEHOLDERS = {"", "string", "-", "--", ".", "null", "none", "n/a", "na", "tbd", "xxx", "?"}
LANGUAGES = ("fi", "sv", "en", "se", "smn", "sms")
TEXT_TYPES = {
    "name": "name",
    "alternatename": "alternative_name",
    "summary": "summary",
    "shortdescription": "summary",
    "description": "description",
    "serviceuserinstruction": "instructions",
    "userinstruction": "instructions",
    "chargetypeadditionalinfo": "charge",
}
ORGANIZATION_KINDS = {
    "region": "own_production",
    "sotepublic": "liikelaitos",
    "municipality": "municipality",
    "company": "procured_provider",
    "soteprivate": "procured_provider",
    "organization": "ngo",
    "state": "hospital_district",
    "regionalorganization": "hospital_district",
}
PROVISION_TYPES = {
    "selfproducedservices": "self_produced",
    "selfproduced": "self_produced",
    "procuredservices": "procured",
    "purchaseservices": "procured",
    "other": "procured",
    "voucherservices": "voucher",
    "voucher": "voucher",
}
DAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}


def ptv_id(value: Any) -> str | None:
    return f"{PREFIX}{value}" if isinstance(value, str) and value.strip() else None


def is_placeholder(value: Any) -> bool:
    return not isinstance(value, str) or value.strip().lower() in PLACEHOLDERS


class Mapper:
    """Maps PTV objects; ``findings`` collects the warnings for what could not be used."""

    def __init__(self, findings: Findings) -> None:
        self.findings = findings

    def warn(self, code: Code, obj: PtvObject, inner: str = "", **facts: object) -> None:
        self.findings.warning(code, obj.file, obj.place + inner, **facts)

    def texts(
        self,
        obj: PtvObject,
        inner: str,
        items: Any,
        default_type: str = "name",
        only: Iterable[str] | None = None,
    ) -> list[dict[str, str]]:
        """PTV ``[{language, value, type}]`` → ours; placeholders dropped with a warning."""
        wanted = {t.lower() for t in only} if only is not None else None
        out: list[dict[str, str]] = []
        for n, t in enumerate(items if isinstance(items, list) else []):
            if not isinstance(t, Mapping):
                continue
            ptv_type = str(t.get("type") or "").lower()
            if wanted is not None and ptv_type not in wanted:
                continue
            value, language = t.get("value"), t.get("language")
            if is_placeholder(value) or not isinstance(language, str):
                self.warn(Code.PTV_PLACEHOLDER, obj, f"{inner}[{n}].value", value=value)
                continue
            text_type = TEXT_TYPES.get(ptv_type, default_type)
            out.append(
                {
                    "language": language.strip().lower(),
                    "value": str(value).strip(),
                    "type": text_type,
                }
            )
        return out

    def check_translations(self, obj: PtvObject, inner: str, names: list[dict[str, str]]) -> None:
        languages = [x for x in obj.data.get("languages") or () if x in ("fi", "sv")]
        have = {t["language"] for t in names}
        for language in languages:
            if language not in have:
                self.warn(Code.PTV_MISSING_TRANSLATION, obj, inner, language=language)

    def published(self, obj: PtvObject) -> bool:
        status = obj.data.get("publishingStatus")
        if status in (None, "Published"):
            return True
        self.warn(Code.PTV_NOT_PUBLISHED, obj, ".publishingStatus", status=status)
        return False

    # --- organisations --------------------------------------------------------------------

    def organization(self, obj: PtvObject) -> dict[str, Any] | None:
        data = obj.data
        pid = ptv_id(data.get("id"))
        if pid is None or not self.published(obj):
            return None
        names = self.texts(obj, ".organizationNames", data.get("organizationNames"), only=("Name",))
        if not names:
            self.warn(Code.PTV_NO_NAME, obj, ".organizationNames")
            return None
        code = data.get("businessCode")
        kind = ORGANIZATION_KINDS.get(
            str(data.get("organizationType") or "").lower(), "procured_provider"
        )
        return {
            "id": pid,
            "names": names,
            "kind": kind,
            "business_id": None if is_placeholder(code) else str(code).strip(),
            "organiser": None,
            "web": None,
            "example": False,
        }

    # --- service locations ----------------------------------------------------------------

    def address(
        self, obj: PtvObject, addresses: Any
    ) -> tuple[dict[str, Any], dict[str, float] | None]:
        empty: dict[str, Any] = {
            "street": [],
            "postal_code": None,
            "post_office": [],
            "municipality": None,
        }
        candidates = [a for a in addresses or () if isinstance(a, Mapping)]
        # The visiting address first: PTV calls it Location (older data: Visiting).
        candidates.sort(key=lambda a: 0 if a.get("type") in ("Location", "Visiting") else 1)
        for n, a in enumerate(candidates):
            street = a.get("streetAddress")
            if not isinstance(street, Mapping):
                continue
            inner = f".addresses[{n}].streetAddress"
            number = street.get("streetNumber")
            suffix = "" if is_placeholder(number) else f" {str(number).strip()}"
            streets = [
                {**t, "value": t["value"] + suffix, "type": "name"}
                for t in self.texts(obj, inner + ".street", street.get("street"))
            ]
            postal = street.get("postalCode")
            municipality = street.get("municipality")
            code = municipality.get("code") if isinstance(municipality, Mapping) else None
            result = {
                "street": streets,
                "postal_code": postal
                if isinstance(postal, str) and postal.isdigit() and len(postal) == 5
                else None,
                "post_office": self.texts(obj, inner + ".postOffice", street.get("postOffice")),
                "municipality": code.zfill(3) if isinstance(code, str) and code.isdigit() else None,
            }
            return result, self.coordinates(
                obj, inner, street.get("latitude"), street.get("longitude")
            )
        self.warn(Code.PTV_NO_ADDRESS, obj, ".addresses")
        return empty, None

    def coordinates(
        self, obj: PtvObject, inner: str, lat: Any, lon: Any
    ) -> dict[str, float] | None:
        if lat in (None, "") and lon in (None, ""):
            return None
        try:
            first, second = float(str(lat).replace(",", ".")), float(str(lon).replace(",", "."))
        except ValueError:
            self.warn(
                Code.PTV_BAD_COORDINATES, obj, inner + ".latitude", latitude=lat, longitude=lon
            )
            return None
        if geo.looks_like_tm35fin(first, second):
            first, second = geo.tm35fin_to_wgs84(first, second)
        elif geo.looks_like_tm35fin(second, first):
            first, second = geo.tm35fin_to_wgs84(second, first)
        if not geo.looks_like_wgs84_finland(first, second):
            self.warn(
                Code.PTV_BAD_COORDINATES, obj, inner + ".latitude", latitude=lat, longitude=lon
            )
            return None
        return {"lat": round(first, 6), "lon": round(second, 6)}

    def phones(self, items: Any) -> list[dict[str, Any]]:
        out = []
        for p in items or ():
            if not isinstance(p, Mapping) or is_placeholder(p.get("number")):
                continue
            prefix = p.get("prefixNumber")
            number = str(p["number"]).strip()
            if isinstance(prefix, str) and prefix.strip() and not number.startswith("+"):
                number = f"{prefix.strip()} {number.lstrip('0')}"
            info = p.get("additionalInformation")
            language = p.get("language") if isinstance(p.get("language"), str) else "fi"
            out.append(
                {
                    "number": number,
                    "info": []
                    if is_placeholder(info)
                    else [{"language": language, "value": str(info), "type": "name"}],
                }
            )
        return out

    def hours(self, obj: PtvObject, items: Any) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for n, h in enumerate(items or ()):
            if not isinstance(h, Mapping) or h.get("isClosed"):
                continue
            if h.get("serviceHourType") not in (None, "DaysOfTheWeek", "Standard"):
                continue
            if h.get("isAlwaysOpen"):
                out.append({"days": [0, 1, 2, 3, 4, 5, 6], "opens": "00:00", "closes": "24:00"})
                continue
            for k, o in enumerate(h.get("openingHour") or ()):
                slot = self._slot(o)
                if slot is None:
                    self.warn(Code.PTV_BAD_HOURS, obj, f".serviceHours[{n}].openingHour[{k}]")
                else:
                    out.append(slot)
        return _merge_days(out)

    @staticmethod
    def _slot(o: Any) -> dict[str, Any] | None:
        if not isinstance(o, Mapping):
            return None
        first = DAYS.get(str(o.get("dayFrom") or "").lower())
        last = DAYS.get(str(o.get("dayTo") or "").lower(), first)
        opens, closes = _time(o.get("from")), _time(o.get("to"))
        if first is None or last is None or opens is None or closes is None:
            return None
        days = (
            list(range(first, last + 1))
            if last >= first
            else [*range(first, 7), *range(0, last + 1)]
        )
        return {"days": days, "opens": opens, "closes": "24:00" if closes == "00:00" else closes}

    def hours_notes(self, obj: PtvObject, items: Any) -> list[dict[str, str]]:
        out = []
        for n, h in enumerate(items or ()):
            if isinstance(h, Mapping):
                out += self.texts(
                    obj, f".serviceHours[{n}].additionalInformation", h.get("additionalInformation")
                )
        return out


def _time(value: Any) -> str | None:
    if not isinstance(value, str) or len(value) < 5 or value[2] != ":":
        return None
    hh, mm = value[:2], value[3:5]
    if not (hh.isdigit() and mm.isdigit()) or int(hh) > 24 or int(mm) > 59:
        return None
    return f"{hh}:{mm}"


def _merge_days(slots: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """PTV lists one row per day; days with the same hours become one entry."""
    grouped: dict[tuple[str, str], set[int]] = {}
    for s in slots:
        grouped.setdefault((s["opens"], s["closes"]), set()).update(s["days"])
    return [
        {"days": sorted(days), "opens": opens, "closes": closes}
        for (opens, closes), days in sorted(grouped.items(), key=lambda kv: (min(kv[1]), kv[0]))
    ]


PTV_SOURCE = {"name": "Suomi.fi Palvelutietovaranto (PTV)", "url": None}
_MODIFIED = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$")


def modified_date(value: Any) -> str | None:
    """The date of PTV's ``modified`` timestamp ("2025-03-04T10:20:30.123Z" -> "2025-03-04")."""
    match = _MODIFIED.match(value.strip()) if isinstance(value, str) else None
    if match is None:
        return None
    try:
        dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None
    return match.group(1)
