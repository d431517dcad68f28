"""Service classes of another edition of PTV's classification, resolved to today's classes.

Real PTV exports name classes of the first edition (``http://urn.fi/URN:NBN:fi:au:ptvl:v1065``)
beside those of today's ptvserclass2. The pairing old URI → today's URI is PTV's own
(``OldUri`` of ``ServiceClasses.json``), shipped as ``data/ptv-service-class-editions.json``
by ``tools/build_ptv_class_editions.py``; a catalogue whose classes carry an ``old_uri`` of
their own adds to it. Codes were reused with other meanings between editions: only URIs are
paired.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from sote_navigator import paths


@cache
def shipped_pairs() -> dict[str, str]:
    path = paths.ptv_class_editions_path()
    if path is None:
        return {}
    loaded = json.loads(path.read_text(encoding="utf-8"))
    pairs = loaded.get("old_to_new") if isinstance(loaded, dict) else None
    if not isinstance(pairs, dict):
        return {}
    return {str(k): str(v) for k, v in pairs.items()}


def scheme(uri: str) -> str:
    """The edition a class URI belongs to: everything before its last ``/`` or ``:``."""
    cut = max(uri.rfind("/"), uri.rfind(":"))
    return uri[:cut] if cut > 0 else uri


class ClassResolver:
    """Today's class for a URI an export names, by the catalogue's classes and the pairing."""

    def __init__(self, catalogue_classes: Iterable[Mapping[str, Any]]) -> None:
        classes = list(catalogue_classes)
        self.known = {c["uri"] for c in classes}
        self.pairs = dict(shipped_pairs())
        for c in classes:
            old = c.get("old_uri")
            if isinstance(old, str) and old:
                self.pairs[old] = c["uri"]
        # The editions the catalogue uses (not the old one, though the catalogue may keep
        # a stray old class): a new class of one of these may be added.
        self.old_schemes = {scheme(u) for u in self.pairs}
        self.schemes = {scheme(u) for u in self.known} - self.old_schemes

    def resolve(self, uri: str) -> str | None:
        """The catalogue's class for ``uri``, directly or through the pairing; else None."""
        if uri in self.known:
            return uri
        new = self.pairs.get(uri)
        return new if new is not None and new in self.known else None

    def same_edition(self, uri: str) -> bool:
        """A class the catalogue does not have yet, of an edition it uses (not a foreign one)."""
        edition = scheme(uri)
        if edition in self.old_schemes or uri in self.pairs:
            return False
        return not self.schemes or edition in self.schemes
