"""How the use cases read the current catalogue: one set of readers and caches per workspace.

The navigator window and the placement ask the same questions (who serves this municipality,
which services match these words, what does this service say), so they share the caches that
answer them: built once in services.workspace.Workspace and handed to both. Every cache here
follows the current catalogue version number, which each import, rollback and default update
changes (also one made by another process): the next question after one reads the new
catalogue, in whichever window or wizard it is asked.
"""

from __future__ import annotations

from sqlalchemy import Engine

from sote_navigator.services.contact_routes import ContactRouteReader
from sote_navigator.services.directory import DirectoryCache
from sote_navigator.services.lookup import MunicipalityLookup
from sote_navigator.services.offerings import CatalogueReader
from sote_navigator.services.search import CatalogueSearch


class CatalogueAccess:
    """The engine and the readers every use case shares. Build one per workspace."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.directory = DirectoryCache(engine)
        self.lookup = MunicipalityLookup(self.directory)
        self.search = CatalogueSearch(engine)
        self.reader = CatalogueReader(engine)
        self.contact_routes = ContactRouteReader(engine)
