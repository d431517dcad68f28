"""What the details pane and the providers list show for a chosen item, with its context.

core.navigation says what the window narrows and groups by (filters, the service tree); this
module what it shows of the item chosen there. The window's first paint needs only the former.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sote_navigator.core.catalogue import (
        LocationDetails,
        Municipality,
        OfferingDetails,
        Organiser,
        ProviderDetails,
        RegionalUnit,
        ServiceDetails,
    )
    from sote_navigator.core.contact_routes import ContactRoute
    from sote_navigator.core.navigation import ClassEntry, Feature, ServiceEntry
    from sote_navigator.core.reasons import Reason


@dataclass(frozen=True)
class ServiceView:
    service: ServiceDetails
    classes: tuple[ClassEntry, ...]
    # Phone lines, e-services, web pages and forms of the service (phone first).
    routes: tuple[ContactRoute, ...] = ()


@dataclass(frozen=True)
class ProviderView:
    provider: ProviderDetails
    organiser: Organiser | None
    units: tuple[RegionalUnit, ...]
    # The provider's own phone lines and web pages (not those of one service).
    routes: tuple[ContactRoute, ...] = ()


@dataclass(frozen=True)
class LocationView:
    location: LocationDetails
    provider: ProviderDetails | None
    municipality: Municipality | None
    units: tuple[RegionalUnit, ...]
    # Older than the catalogue's freshness limit (core.freshness).
    stale: bool = False


@dataclass(frozen=True)
class OfferingRow:
    """One line of the providers list: the offering, its service, and what it has."""

    offering: OfferingDetails
    service: ServiceEntry | None
    features: Feature
    # Older than the catalogue's freshness limit (core.freshness): flagged in the list.
    stale: bool = False
    # How far the place is from the client, as the placement's ranking words it (a DISTANCE
    # reason), when the window knows the client's home municipality or postal code.
    distance: Reason | None = None


@dataclass(frozen=True)
class OfferingList:
    """The providers list: its lines, and whether more offerings exist than were read."""

    rows: tuple[OfferingRow, ...]
    # True when more offerings exist than were read (a large provider without a municipality).
    truncated: bool = False
