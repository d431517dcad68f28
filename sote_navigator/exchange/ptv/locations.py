"""A PTV ServiceLocation channel as a native location: its names, address, contact details,
and (from exchange.ptv.hours) its service hours and entrance accessibility."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sote_navigator.exchange.findings import Code
from sote_navigator.exchange.ptv.hours import location_fields
from sote_navigator.exchange.ptv.mapping import (
    LANGUAGES,
    PTV_SOURCE,
    Mapper,
    is_placeholder,
    modified_date,
    ptv_id,
)
from sote_navigator.exchange.ptv.reader import PtvObject


def location(mapper: Mapper, obj: PtvObject) -> dict[str, Any] | None:
    """A ServiceLocation channel as a location (other channel types are not places)."""
    data = obj.data
    if str(data.get("serviceChannelType") or "").lower() != "servicelocation":
        return None
    lid = ptv_id(data.get("id"))
    if lid is None or not mapper.published(obj):
        return None
    names = mapper.texts(
        obj, ".serviceChannelNames", data.get("serviceChannelNames"), only=("Name",)
    )
    if not names:
        mapper.warn(Code.PTV_NO_NAME, obj, ".serviceChannelNames")
        return None
    mapper.check_translations(obj, ".serviceChannelNames", names)
    descriptions = mapper.texts(
        obj,
        ".serviceChannelDescriptions",
        data.get("serviceChannelDescriptions"),
        "description",
    )
    address, coordinates = mapper.address(obj, data.get("addresses"))
    return {
        "id": lid,
        "provider": ptv_id(data.get("organizationId")),
        "names": names,
        "descriptions": descriptions,
        "address": address,
        "coordinates": coordinates,
        "phones": mapper.phones(data.get("phoneNumbers")),
        "emails": [
            str(e["value"]).strip()
            for e in data.get("emails") or ()
            if isinstance(e, Mapping) and not is_placeholder(e.get("value"))
        ],
        "web": [
            str(w["url"]).strip()
            for w in data.get("webPages") or ()
            if isinstance(w, Mapping) and not is_placeholder(w.get("url"))
        ],
        "languages": sorted(
            {x for x in data.get("languages") or () if isinstance(x, str) and x in LANGUAGES}
        ),
        "accessible": False,
        "example": False,
        # hours, hours_note, hours_exceptions, by_appointment, accessibility
        **location_fields(mapper, obj),
        # PTV's last modification: when the organisation last confirmed the record.
        "verified_on": modified_date(data.get("modified")),
        "source": PTV_SOURCE,
    }
