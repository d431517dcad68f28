"""Which catalogue is in use: its version, publisher, validity, origin and counts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sote_navigator.core import localized
from sote_navigator.core.localized import LocalizedText


@dataclass(frozen=True)
class CatalogueInfo:
    catalogue_id: str
    version: str
    publisher: str
    names: LocalizedText
    valid_from: dt.date | None
    imported_at: dt.datetime
    source_format: str
    source_name: str
    version_number: int
    counts: dict[str, Any]

    def name(self, language: str) -> str:
        return localized.pick(self.names, language)
