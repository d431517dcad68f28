"""What the services answer with: plain dataclasses that keep every language's text.

Keeping all languages lets a view switch language without asking the database again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sote_navigator.core import localized
from sote_navigator.core.localized import LocalizedText
from sote_navigator.core.vocabulary import EntityKind, LanguageStatus, OrganiserKind


@dataclass(frozen=True)
class Named:
    names: LocalizedText

    def name(self, language: str) -> str:
        return localized.pick(self.names, language)


@dataclass(frozen=True)
class Organiser(Named):
    id: str
    code: str
    kind: OrganiserKind
    in_reform: bool


@dataclass(frozen=True)
class RegionalUnit(Named):
    id: str
    code: str
    organiser_id: str


@dataclass(frozen=True)
class Municipality(Named):
    code: str
    language_status: LanguageStatus
    region_code: str
    region_names: LocalizedText

    def region(self, language: str) -> str:
        return localized.pick(self.region_names, language)


@dataclass(frozen=True)
class Routing:
    """Who is responsible for a municipality's residents, and which unit serves them."""

    municipality: Municipality
    organiser: Organiser
    regional_unit: RegionalUnit
    valid_from: dt.date
    valid_to: dt.date | None


@dataclass(frozen=True)
class Merger:
    former_code: str
    former_names: LocalizedText
    merged_on: dt.date

    def former_name(self, language: str) -> str:
        return localized.pick(self.former_names, language)


@dataclass(frozen=True)
class LookupAnswer:
    """The answer to "who serves this municipality?".

    ``routing`` is None when nothing matched; then ``suggestions`` holds the closest names.
    ``merger`` is set when the text named a municipality that has since merged.
    """

    query: str
    routing: Routing | None
    merger: Merger | None = None
    suggestions: tuple[Municipality, ...] = ()


@dataclass(frozen=True)
class SearchResult(Named):
    kind: EntityKind
    id: str
    example: bool
    # A short second line: the municipality of a location, the class of a service, ...
    context: LocalizedText = field(default_factory=list)

    def context_text(self, language: str) -> str:
        return localized.pick(self.context, language)


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
