"""Finding PTV objects in what was saved from the API: single objects, arrays, paged lists.

Each object is recognised by its shape (services have ``serviceNames``, service channels
``serviceChannelType``, organisations ``organizationNames``), whatever the file is called,
and handed on with the file and JSON path it came from.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from sote_navigator.exchange import reading
from sote_navigator.exchange.findings import Code, FileRefused, Findings


class PtvKind(StrEnum):
    SERVICE = "service"
    CHANNEL = "channel"
    ORGANIZATION = "organization"


@dataclass(frozen=True)
class PtvObject:
    kind: PtvKind
    data: dict[str, Any]
    file: str
    place: str


def kind_of(value: dict[str, Any]) -> PtvKind | None:
    if "serviceChannelType" in value or "serviceChannelNames" in value:
        return PtvKind.CHANNEL
    if "serviceNames" in value:
        return PtvKind.SERVICE
    if "organizationNames" in value or "organizationType" in value:
        return PtvKind.ORGANIZATION
    return None


def objects_in(value: Any, file: str, findings: Findings, place: str = "$") -> Iterator[PtvObject]:
    """The PTV objects in one parsed JSON value, with their JSON paths."""
    if isinstance(value, list):
        for n, item in enumerate(value):
            yield from objects_in(item, file, findings, f"{place}[{n}]")
        return
    if not isinstance(value, dict):
        findings.warning(Code.PTV_UNKNOWN_OBJECT, file, place)
        return
    if isinstance(value.get("itemList"), list):
        yield from objects_in(value["itemList"], file, findings, f"{place}.itemList")
        return
    kind = kind_of(value)
    if kind is None:
        findings.warning(Code.PTV_UNKNOWN_OBJECT, file, place)
        return
    yield PtvObject(kind, value, file, place)


def read_objects(sources: Iterable[tuple[str, Any]], findings: Findings) -> Iterator[PtvObject]:
    for file, value in sources:
        yield from objects_in(value, file, findings)


def parsed_sources(path: Path, findings: Findings) -> Iterator[tuple[str, Any]]:
    """Every JSON file in a PTV folder or zip, parsed; a bad file is a finding, not the end."""
    for file, data in reading.ptv_sources(path):
        try:
            yield file, reading.load_json(data, file)
        except FileRefused as refused:
            findings.add(refused.finding)
