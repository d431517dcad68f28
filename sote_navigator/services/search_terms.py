"""Which services of the current catalogue a term of the search vocabulary means.

A term names services by the default catalogue's ids and by national service classes
(core.search_vocabulary). In a catalogue holding those ids they are the answer. In one whose
services have other ids (a PTV import), the services of the term's classes (and subclasses)
are: the one named by a term of the same meaning first ("Tehostettu palveluasuminen" for
"vanhainkoti"), and when some are so named, only those; otherwise the class's services with
fewest other classes, shortest names first, at most CLASS_SERVICES (a national class holds
hundreds).

What this needs of a catalogue version (every service's index row, names and classes) is
read once per version and kept: at national scale a term is resolved in memory.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, select

from sote_navigator.core import search_rank
from sote_navigator.core.search_vocabulary import Meaning
from sote_navigator.db import models as m
from sote_navigator.db import search_candidates, search_entries

# At most this many services of a class a term is tied to count as meant by it.
CLASS_SERVICES = 50
# Service id -> (found through a class, its place): by id, its place in the vocabulary's
# order; through a class, its place among the meaning's services when a term names it, else
# after them by how many other classes it is in.
Meant = dict[str, tuple[bool, int]]


def current_version(con: Connection) -> int:
    return int(
        con.execute(
            select(m.CatalogueVersion.id).where(m.CatalogueVersion.is_current.is_(True))
        ).scalar()
        or 0
    )


class TermTargets:
    """What vocabulary terms can point at in one catalogue version."""

    def __init__(self, con: Connection, version: int) -> None:
        self.version = version
        self.rowids: dict[str, int] = {}
        self._names: dict[str, str] = {}  # every name folded, " w1 w2 ", joined
        self._by_name: dict[str, list[str]] = {}
        for rowid, service_id, display in search_candidates.services(con):
            self.rowids[service_id] = rowid
            names = [
                n for _, n in search_rank.folded_names(search_entries.read_display(display)[0])
            ]
            self._names[service_id] = "".join(names)
            for name in set(names):
                self._by_name.setdefault(name, []).append(service_id)
        # The services a meaning names through its classes, before the scope (by meaning).
        self._through_classes: dict[
            tuple[tuple[str, ...], tuple[str, ...]], tuple[bool, Meant]
        ] = {}
        self._children: dict[str | None, list[str]] = {}
        for uri, parent in con.execute(select(m.ServiceClass.uri, m.ServiceClass.parent_uri)):
            self._children.setdefault(parent, []).append(uri)
        self._members: dict[str, list[str]] = {}
        self._classes: dict[str, set[str]] = {}
        links = select(m.ServiceClassLink.class_uri, m.ServiceClassLink.service_id)
        for uri, service_id in con.execute(links.order_by(m.ServiceClassLink.service_id)):
            self._members.setdefault(uri, []).append(service_id)
            self._classes.setdefault(service_id, set()).add(uri)

    def _with_subclasses(self, uris: Sequence[str]) -> set[str]:
        found: set[str] = set()
        stack = list(uris)
        while stack:
            current = stack.pop()
            if current not in found:
                found.add(current)
                stack.extend(self._children.get(current, ()))
        return found

    def meant(self, con: Connection, meaning: Meaning, scope: str | None) -> Meant:
        """The services ``meaning`` names here, those matching ``scope`` only (an
        expression over the index's scope column) when one is given."""
        known = [s for s in meaning.services if s in self.rowids]
        if known:
            return {s: (False, i) for i, s in enumerate(known)}
        key = (meaning.services, meaning.classes)
        if key not in self._through_classes:
            self._through_classes[key] = self._through(meaning)
        named, chosen = self._through_classes[key]
        if scope and chosen:
            rows = set(search_candidates.in_scope(con, [self.rowids[i] for i in chosen], scope))
            chosen = {i: p for i, p in chosen.items() if self.rowids[i] in rows}
        if named:
            return chosen
        # Within a band, rowid order is shortest name first (db.search_entries).
        order = sorted(chosen, key=lambda i: (chosen[i], self.rowids[i]))[:CLASS_SERVICES]
        return {i: chosen[i] for i in order}

    def _through(self, meaning: Meaning) -> tuple[bool, Meant]:
        """The services of the meaning's classes that a term of it names (True), or, when
        none is, all of them (False)."""
        wanted = self._with_subclasses(meaning.classes)
        extra: dict[str, int] = {}
        for uri in sorted(wanted):
            for service_id in self._members.get(uri, ()):
                if service_id in self.rowids and service_id not in extra:
                    extra[service_id] = len(self._classes[service_id] - wanted)
        exactly = {i: p for i, p in meaning.named_exactly(self._by_name).items() if i in extra}
        if exactly:
            return True, {i: (True, p) for i, p in exactly.items()}
        partly = {}
        for service_id in extra:
            place = meaning.named_partly(self._names[service_id])
            if place is not None:
                partly[service_id] = (True, place)
        if partly:
            return True, partly
        after = len(meaning.services)
        return False, {i: (True, after + n) for i, n in extra.items()}
