"""Which record of the catalogue a finding is about, read from its place in the file.

A finding's place is a JSON path (``$.services[3].descriptions[1].value``); a maintainer
needs the record it points at: the service, location or municipality by its name and id,
the field, and the language of a text. For PTV files the place is in the PTV file
(``$.itemList[2].serviceNames[0]``): the record is found through where each PTV item was
read from (``ptv.merge.Origins``), by its name and file. ``wording.findings`` words it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import PurePath
from typing import Any

from sote_navigator.exchange.findings import Finding

Texts = tuple[dict[str, Any], ...]
# (kind, id) → (file, place) of the PTV item it was read from.
Origins = Mapping[tuple[str, str], tuple[str, str]]


@dataclass(frozen=True)
class Subject:
    """``kind`` is a list of the catalogue ("services"), "catalogue" for its header, or ""
    when only the file and the item's number are known (a PTV item that was skipped)."""

    kind: str
    key: str = ""
    names: Texts = ()
    # Names of what the record links (an offering's place, a membership's regional unit).
    context: Texts = ()
    field: str = ""  # in the catalogue format's words: "names", "address", "business_id"
    language: str = ""  # the language of the text at ``field``, when it is one
    file: str = ""  # set for a PTV item: the file it is in, named instead of its PTV id
    item: int | None = None  # the item's number in ``file`` (from 1), for a skipped one

    @property
    def file_name(self) -> str:
        return PurePath(self.file).name if self.file else ""


_ENTRY = re.compile(r"^\$\.(?P<kind>[a-z_]+)\[(?P<index>\d+)\](?P<inner>.*)$")
_PTV_LOCATED = re.compile(r"^(?P<origin>.+) \((?P<kind>[a-z_]+)(?P<inner>.*)\)$")
_FIELD = re.compile(r"^\.(?P<field>[A-Za-z_]+)(?:\[(?P<n>\d+)\])?")
_CUTS = re.compile(r"(?=[.\[ ])")

# PTV's field names, as the catalogue format calls the same thing.
PTV_FIELDS = {
    "serviceNames": "names",
    "serviceChannelNames": "names",
    "organizationNames": "names",
    "serviceDescriptions": "descriptions",
    "serviceChannelDescriptions": "descriptions",
    "organizationDescriptions": "descriptions",
    "addresses": "address",
    "serviceHours": "hours",
    "phoneNumbers": "phones",
    "emails": "emails",
    "webPages": "web",
    "serviceClasses": "classes",
    "serviceChannels": "service_channels",
    "organizationId": "provider",
    "organizations": "provider",
    "areas": "areas",
    "languages": "languages",
    "serviceVouchers": "voucher",
    "serviceVouchersInUse": "voucher",
    "targetGroups": "target_groups",
    "publishingStatus": "publishing_status",
    "serviceChannelType": "channel_type",
    "businessCode": "business_id",
    "id": "id",
}
# Records named by what they link: (names kind, key field), (context kind, key field).
_LINKED = {
    "offerings": (("services", "service"), ("locations", "location")),
    "memberships": (("municipalities", "municipality"), ("regional_units", "regional_unit")),
    "contact_routes": ((None, None), ("services", "service")),
}
_KEYS = {"municipalities": "code", "former_municipalities": "code", "service_classes": "uri"}


class SubjectFinder:
    """Finds the subjects of the findings of one file (native) or one PTV import."""

    def __init__(self, document: Mapping[str, Any] | None, origins: Origins | None = None) -> None:
        self._document = document or {}
        self._by_key: dict[str, dict[str, Mapping[str, Any]]] = {}
        self._origins: dict[tuple[str, str], tuple[str, str]] = {
            (file, place): key for key, (file, place) in (origins or {}).items()
        }

    def subjects(self, findings: Iterable[Finding]) -> dict[tuple[str, str], Subject]:
        """Each finding's (file, place) → its subject, for those that have one."""
        out: dict[tuple[str, str], Subject] = {}
        for f in findings:
            subject = self.subject(f.file, f.place)
            if subject is not None:
                out[(f.file, f.place)] = subject
        return out

    def subject(self, file: str, place: str) -> Subject | None:
        if place.startswith("$.catalogue"):
            return Subject("catalogue", field=place.removeprefix("$.catalogue").strip("."))
        if self._origins and (found := self._ptv_subject(file, place)) is not None:
            return found
        entry = _ENTRY.match(place)
        if entry is None:
            return None
        kind, index = entry["kind"], int(entry["index"])
        items = self._document.get(kind)
        # A list, or the EntityList a streamed file keeps its entities in.
        if not isinstance(items, Sequence) or isinstance(items, str):
            return None
        if not 0 <= index < len(items):
            return None
        return self._record(kind, items[index], entry["inner"])

    def _record(self, kind: str, item: Any, inner: str, file: str = "") -> Subject:
        if not isinstance(item, Mapping):
            return Subject(kind, file=file)
        key = str(item.get(_KEYS.get(kind, "id")) or "")
        names, context = self._names(kind, item)
        field, language = _field(item, inner)
        if kind == "memberships":
            key = ""
        return Subject(kind, key, names, context, field, language, file)

    def _names(self, kind: str, item: Mapping[str, Any]) -> tuple[Texts, Texts]:
        linked = _LINKED.get(kind)
        if linked is None:
            return _texts(item.get("names")), ()
        (names_kind, names_key), (context_kind, context_key) = linked
        names = (
            self._named(names_kind, item.get(names_key))
            if names_kind and names_key
            else _texts(item.get("names"))
        )
        context = self._named(context_kind, item.get(context_key)) if context_kind else ()
        if kind == "offerings" and not context:
            context = self._named("providers", item.get("provider"))
        return names, context

    def _named(self, kind: str, key: Any) -> Texts:
        if not isinstance(key, str):
            return ()
        if kind not in self._by_key:
            field = _KEYS.get(kind, "id")
            self._by_key[kind] = {
                str(x.get(field)): x
                for x in self._document.get(kind) or ()
                if isinstance(x, Mapping)
            }
        found = self._by_key[kind].get(key)
        return _texts(found.get("names")) if found else ()

    def _ptv_subject(self, file: str, place: str) -> Subject | None:
        located = _PTV_LOCATED.match(place)
        if located is not None and (file, located["origin"]) in self._origins:
            kind, key = self._origins[(file, located["origin"])]
            return self._ptv_record(kind, key, located["inner"], file)
        # The longest place of a PTV item that this place starts with.
        cuts = [m.start() for m in _CUTS.finditer(place)] + [len(place)]
        for cut in reversed(cuts):
            origin = self._origins.get((file, place[:cut]))
            if origin is not None:
                kind, key = origin
                found = self._ptv_record(kind, key, _ptv_inner(place[cut:]), file)
                # The text's number is PTV's, not the catalogue's: its language is not known.
                return replace(found, language="")
        item = _item_number(place)
        if item is None:
            return None
        field = _FIELD.match(_ptv_inner(_after_item(place)))
        return Subject("", field=field["field"] if field else "", file=file, item=item)

    def _ptv_record(self, kind: str, key: str, inner: str, file: str) -> Subject:
        self._named(kind, key)  # fills the index
        item = self._by_key.get(kind, {}).get(key)
        if item is None:
            field = _FIELD.match(inner)
            return Subject(kind, key, field=field["field"] if field else "", file=file)
        return self._record(kind, item, inner, file)


def _texts(value: Any) -> Texts:
    if not isinstance(value, list):
        return ()
    return tuple(dict(t) for t in value if isinstance(t, Mapping))


def _field(item: Mapping[str, Any], inner: str) -> tuple[str, str]:
    """The first field of ``inner`` and, for one text of a list of texts, its language."""
    match = _FIELD.match(inner)
    if match is None:
        return "", ""
    field, n = match["field"], match["n"]
    language = ""
    value = item.get(field)
    if n is not None and isinstance(value, list) and int(n) < len(value):
        text = value[int(n)]
        if isinstance(text, Mapping) and isinstance(text.get("language"), str):
            language = text["language"]
    return field, language


def _ptv_inner(rest: str) -> str:
    """A place inside a PTV item, its first field named as the catalogue names it."""
    match = _FIELD.match(rest)
    if match is None:
        return rest
    field = PTV_FIELDS.get(match["field"], "")
    return f".{field}{rest[match.end() :]}" if field else ""


def _item_number(place: str) -> int | None:
    head = re.match(r"^\$(?:\.itemList)?\[(\d+)\]", place)
    return int(head.group(1)) + 1 if head else None


def _after_item(place: str) -> str:
    head = re.match(r"^\$(?:\.itemList)?\[\d+\]", place)
    return place[head.end() :] if head else ""


__all__ = ["PTV_FIELDS", "Subject", "SubjectFinder"]
