"""What the services answer with: plain dataclasses that keep every language's text.

Keeping all languages lets a view switch language without asking the database again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from sote_navigator.core import localized, opening_hours
from sote_navigator.core.catalogue_info import CatalogueInfo as CatalogueInfo
from sote_navigator.core.localized import LocalizedText
from sote_navigator.core.named import Named as Named
from sote_navigator.core.vocabulary import (
    Access,
    Choice,
    EntityKind,
    LanguageStatus,
    OrganiserKind,
    ProviderKind,
    ProvisionType,
    Responsibility,
    ServiceLevel,
)


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
class Voucher:
    """A voucher in use for a service, and what is known of its value.

    A voucher's value and the client's self-share are each organiser's decision: None means
    not known. A value shown always carries its ``source`` and ``source_date``; a value that
    depends on the client's income is a range (``min_value_cents``..``max_value_cents``).
    ``by_organiser`` holds the values an organiser published ((organiser id, voucher) pairs).
    """

    kind: str
    value_cents: int | None
    self_share_cents: int | None
    unit: str
    min_value_cents: int | None = None
    max_value_cents: int | None = None
    # "price_minus_value": the client pays the provider's price above the voucher's value.
    self_share_rule: str | None = None
    source: str | None = None
    source_url: str | None = None
    source_date: str | None = None  # YYYY-MM-DD
    organiser_id: str | None = None
    by_organiser: tuple[tuple[str, Voucher], ...] = ()

    @property
    def known(self) -> bool:
        """Whether any value is known (a fixed value or an income-dependent range)."""
        return self.value_cents is not None or self.min_value_cents is not None

    def for_organiser(self, organiser_id: str) -> Voucher:
        """The voucher as ``organiser_id`` publishes it, or with no value known."""
        for org, published in self.by_organiser:
            if org == organiser_id:
                return published
        return replace(self, by_organiser=()) if self.by_organiser else self


@dataclass(frozen=True)
class ServiceDetails(Named):
    id: str
    descriptions: LocalizedText
    keywords: LocalizedText
    classes: tuple[str, ...]
    target_groups: tuple[str, ...]
    level: ServiceLevel
    access: Access
    choice: Choice
    responsibility: Responsibility
    min_age: int | None
    max_age: int | None
    residence_required: bool
    charge: str
    voucher: Voucher | None
    legal_basis: tuple[dict[str, Any], ...]
    example: bool
    # Who the service is for (core.client_groups codes): the client must be in one; empty = all.
    client_groups: tuple[str, ...] = ()

    def summary(self, language: str) -> str:
        return localized.pick(self.descriptions, language, "summary")

    def description(self, language: str) -> str:
        return localized.pick(self.descriptions, language, "description") or self.summary(language)


@dataclass(frozen=True)
class OpeningHours:
    days: tuple[int, ...]  # Monday = 0
    opens: str
    closes: str


@dataclass(frozen=True)
class Phone:
    number: str
    info: LocalizedText


@dataclass(frozen=True)
class RecordSource:
    """Where a location's or an offering's information comes from (``source`` in the format)."""

    name: str
    url: str | None = None
    # The languages the source gives the record's texts in, when it says (empty: not said).
    languages: tuple[str, ...] = ()

    def lacks(self, language: str) -> bool:
        """True when the source says it gives no text in ``language``."""
        return bool(self.languages) and language not in self.languages


@dataclass(frozen=True)
class ProviderDetails(Named):
    id: str
    kind: ProviderKind
    business_id: str | None
    organiser_id: str | None
    web: str | None
    example: bool


@dataclass(frozen=True)
class LocationDetails(Named):
    id: str
    provider_id: str | None
    descriptions: LocalizedText
    street: LocalizedText
    postal_code: str | None
    post_office: LocalizedText
    municipality_code: str | None
    lat: float | None
    lon: float | None
    phones: tuple[Phone, ...]
    emails: tuple[str, ...]
    web: tuple[str, ...]
    hours: tuple[OpeningHours, ...]
    hours_note: LocalizedText
    languages: tuple[str, ...]
    accessible: bool
    accessibility: LocalizedText
    open_evenings: bool
    open_weekends: bool
    example: bool
    # Dated exceptions and periods, and "by appointment" (core.opening_hours).
    hours_exceptions: tuple[opening_hours.HoursException, ...] = ()
    by_appointment: bool = False

    @property
    def schedule(self) -> opening_hours.Schedule:
        return opening_hours.Schedule(
            tuple(opening_hours.Slot(h.days, h.opens, h.closes) for h in self.hours if h.days),
            self.hours_exceptions,
            self.by_appointment,
        )

    # When its information was last confirmed ("YYYY-MM-DD", or "YYYY" when only the year is
    # known) and where it comes from; None = not said (see core.freshness).
    verified_on: str | None = None
    source: RecordSource | None = None

    def address(self, language: str) -> str:
        street = localized.pick(self.street, language)
        place = " ".join(
            p for p in (self.postal_code or "", localized.pick(self.post_office, language)) if p
        )
        return ", ".join(p for p in (street, place) if p)


@dataclass(frozen=True)
class OfferingDetails:
    """One way to receive a service: which provider, where, for which regional units."""

    id: str
    service_id: str
    provider: ProviderDetails
    location: LocationDetails | None
    regional_unit_ids: tuple[str, ...]
    provision_type: ProvisionType
    languages: tuple[str, ...]
    home_visits: bool
    waiting_days: int | None
    voucher: Voucher | None
    example: bool
    verified_on: str | None = None
    source: RecordSource | None = None

    @property
    def information(self) -> tuple[str | None, RecordSource | None]:
        """(verified on, source) of the offering, or else of its location."""
        if self.verified_on or self.source:
            return self.verified_on, self.source
        if self.location is not None:
            return self.location.verified_on, self.location.source
        return None, None

    @property
    def any_example(self) -> bool:
        return (
            self.example or self.provider.example or bool(self.location and self.location.example)
        )
