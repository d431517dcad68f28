"""What the details pane and the providers list show for a chosen item, with its context.

Apart from core.navigation because the window's first paint needs the filters and the tree,
not these (each class costs the start-up its creation).
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
