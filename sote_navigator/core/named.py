"""The base of every catalogue answer that has a name in several languages.

Apart from core.catalogue so that the window's first paint (service tree, catalogue version)
does not wait for the creation of every answer class.
"""

from __future__ import annotations

from dataclasses import dataclass

from sote_navigator.core import localized
from sote_navigator.core.localized import LocalizedText


@dataclass(frozen=True)
class Named:
    names: LocalizedText

    def name(self, language: str) -> str:
        return localized.pick(self.names, language)
