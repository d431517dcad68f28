"""Who serves this municipality? From a name in Finnish or Swedish, or a code, to the organiser."""

from __future__ import annotations

import datetime as dt
import difflib

from sote_navigator.core import localized
from sote_navigator.core.catalogue import LookupAnswer, Municipality
from sote_navigator.core.localized import LocalizedText
from sote_navigator.core.normalize import fold, squash
from sote_navigator.services.directory import Directory, DirectoryCache

MAX_SUGGESTIONS = 5


def _code_of(text: str) -> str | None:
    digits = text.strip()
    if digits.isdigit() and len(digits) <= 3:
        return digits.zfill(3)
    return None


def _name_keys(names: LocalizedText) -> list[str]:
    return [squash(v) for v in localized.all_values(names)]


class MunicipalityLookup:
    def __init__(self, directory: DirectoryCache) -> None:
        self._directory = directory
        self._index_version = -1
        self._by_name: dict[str, str] = {}
        self._former_by_name: dict[str, str] = {}

    def _index(self, d: Directory) -> None:
        if self._index_version == d.version:
            return
        self._by_name = {
            k: code for code, mu in d.municipalities.items() for k in _name_keys(mu.names)
        }
        self._former_by_name = {
            k: code
            for code, (merger, _) in d.mergers.items()
            for k in _name_keys(merger.former_names)
        }
        self._index_version = d.version

    def lookup(self, text: str, on: dt.date | None = None) -> LookupAnswer:
        day = on or dt.date.today()
        d = self._directory.get()
        self._index(d)
        code = _code_of(text)
        key = squash(text)
        if code is None and key in self._by_name:
            code = self._by_name[key]
        if code is not None and code in d.municipalities:
            return LookupAnswer(text, d.routing(code, day))
        former = code if code in d.mergers else self._former_by_name.get(key)
        if former is not None:
            merger, successor = d.mergers[former]
            return LookupAnswer(text, d.routing(successor, day), merger=merger)
        return LookupAnswer(text, None, suggestions=self.suggest(text))

    def suggest(self, text: str, limit: int = MAX_SUGGESTIONS) -> tuple[Municipality, ...]:
        """The closest municipality names: beginnings first, then similar spellings."""
        d = self._directory.get()
        self._index(d)
        key = squash(text)
        if not key:
            return ()
        found: list[str] = [c for k, c in sorted(self._by_name.items()) if k.startswith(key)]
        close = difflib.get_close_matches(key, list(self._by_name), n=limit * 2, cutoff=0.6)
        found.extend(self._by_name[k] for k in close)
        codes = list(dict.fromkeys(found))[:limit]
        return tuple(d.municipalities[c] for c in codes)

    def complete(self, text: str, limit: int = 10) -> list[Municipality]:
        """Type-ahead: municipalities whose name in any language, or code, starts with text."""
        d = self._directory.get()
        self._index(d)
        key = fold(text.strip())
        if not key:
            return []
        squashed = squash(key)
        # The squashed names are already indexed: no name is folded again per keystroke.
        named = {code for k, code in self._by_name.items() if squashed and k.startswith(squashed)}
        hits = [
            mu
            for mu in d.municipalities.values()
            if mu.code in named or mu.code.startswith(key) or mu.code.lstrip("0").startswith(key)
        ]
        return hits[:limit]
