"""Bringing the search index up to date after a few entities changed, without rebuilding it.

An import that changes one service rewrites that service's entry and the entries whose scope
or context line it touches, nothing else. Which entries an entity's change reaches:

- a municipality: its own entry, and the context line of every location in it;
- a service class: the services classified under it (their other text, their context line);
- a service, provider or location: its own entry; a provider's kind and a location's hours,
  accessibility and languages also reach the scope of every service, provider and location
  that shares an offering with it;
- an offering: the scope of its service, provider and location, before and after the change.

Each rewritten entry is compared with the stored one and written only when it differs, at
its own rowid when its shortest name keeps its length, else at its place in the band's
shortest-first order (db.search_index); the band is renumbered only when no room is left.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection

from sote_navigator.core.vocabulary import EntityKind, Responsibility
from sote_navigator.db import search_entries, search_index, search_scope
from sote_navigator.db.search_index import BAND, SPACING, IndexEntry

Document = Mapping[str, Any]
# (service, provider, location or None) of an offering as it was before the change.
OfferingOwners = tuple[str, str, str | None]

# The document's lists whose entities have entries of their own.
INDEXED = {
    "municipalities": EntityKind.MUNICIPALITY.value,
    "services": EntityKind.SERVICE.value,
    "providers": EntityKind.PROVIDER.value,
    "locations": EntityKind.LOCATION.value,
}


def update(
    con: Connection,
    doc: Document,
    written: Mapping[str, Collection[str]],
    removed: Mapping[str, Collection[str]],
    old_offerings: Iterable[OfferingOwners],
) -> int:
    """Make the index match ``doc`` after the entities in ``written`` (added or changed) and
    ``removed`` (document kind → keys) changed. Returns how many entries were written."""
    affected, offerings_moved = _affected(doc, written, removed, old_offerings)
    if not any(affected.values()):
        return 0
    # No offering, nor what one offers at or by, changed: every scope stays as stored but a
    # service's "municipal" token, which follows the service itself.
    scope = _scope(doc, affected) if offerings_moved else _kept_scope(con, doc, affected)
    entries: dict[str, list[IndexEntry]] = {kind: [] for kind in affected}
    for e in search_entries.entries_for(doc, affected, scope):
        entries[str(e.kind)].append(e)
    written_count = 0
    for kind, ids in affected.items():
        if ids:
            written_count += _update_band(con, kind, ids, entries[kind])
    return written_count


def _keys(changes: Mapping[str, Collection[str]], kind: str) -> set[str]:
    return set(changes.get(kind) or ())


def _affected(
    doc: Document,
    written: Mapping[str, Collection[str]],
    removed: Mapping[str, Collection[str]],
    old_offerings: Iterable[OfferingOwners],
) -> tuple[dict[str, set[str]], bool]:
    """Entity kind value → the ids whose entries may differ (removed ones included); and
    whether any offering, or a place or provider of one, changed."""
    municipalities = _keys(written, "municipalities")
    services = _keys(written, "services")
    providers = _keys(written, "providers")
    locations = _keys(written, "locations")
    classes = _keys(written, "service_classes") | _keys(removed, "service_classes")
    if classes:
        services |= {
            s["id"]
            for s in doc.get("services") or ()
            if not classes.isdisjoint(s.get("classes") or ())
        }
    if municipalities:
        locations |= {
            x["id"]
            for x in doc.get("locations") or ()
            if (x.get("address") or {}).get("municipality") in municipalities
        }
    places, kinds = _keys(written, "locations"), _keys(written, "providers")
    offerings = _keys(written, "offerings")
    owners = list(old_offerings)
    if places or kinds or offerings:
        owners.extend(
            (o["service"], o["provider"], o.get("location"))
            for o in doc.get("offerings") or ()
            if o["id"] in offerings or o.get("location") in places or o["provider"] in kinds
        )
    for service, provider, location in owners:
        services.add(service)
        providers.add(provider)
        if location:
            locations.add(location)
    found = {
        INDEXED["municipalities"]: municipalities,
        INDEXED["services"]: services,
        INDEXED["providers"]: providers,
        INDEXED["locations"]: locations,
    }
    for kind, value in INDEXED.items():
        found[value] |= _keys(removed, kind)
    return found, bool(owners)


def _kept_scope(
    con: Connection, doc: Document, affected: Mapping[str, set[str]]
) -> dict[tuple[str, str], str]:
    kept: dict[tuple[str, str], str] = {}
    for kind, ids in affected.items():
        if ids:
            for _, e in search_index.band_entries(con, kind):
                if e.ref_id in ids:
                    kept[(kind, e.ref_id)] = e.scope
    service = INDEXED["services"]
    if affected[service]:
        for s in doc.get("services") or ():
            key = (service, s["id"])
            if s["id"] not in affected[service]:
                continue
            tokens = set(kept.get(key, "").split()) - {search_scope.MUNICIPAL}
            if s.get("responsibility") == Responsibility.MUNICIPALITY:
                tokens.add(search_scope.MUNICIPAL)
            kept[key] = " ".join(sorted(tokens))
    return kept


def _scope(doc: Document, affected: Mapping[str, set[str]]) -> dict[tuple[str, str], str]:
    """Scope tokens of the affected services, providers and locations: search_scope over
    every offering of theirs (and only those), so each one's tokens are whole."""
    services = affected[INDEXED["services"]]
    providers = affected[INDEXED["providers"]]
    locations = affected[INDEXED["locations"]]
    offerings = [
        o
        for o in doc.get("offerings") or ()
        if o["service"] in services or o["provider"] in providers or o.get("location") in locations
    ]
    places = {o.get("location") for o in offerings}
    part = {
        "providers": doc.get("providers") or [],
        "locations": [x for x in doc.get("locations") or () if x["id"] in places],
        "offerings": offerings,
        "services": [s for s in doc.get("services") or () if s["id"] in services],
    }
    return search_scope.entity_tokens(part)


def _update_band(con: Connection, kind: str, ids: set[str], entries: list[IndexEntry]) -> int:
    stored = search_index.band_entries(con, kind)
    new = {e.ref_id: e for e in entries}
    dropped: list[int] = []
    at_own_rowid: list[tuple[int, IndexEntry]] = []
    to_place: list[IndexEntry] = []
    for rowid, old in stored:
        if old.ref_id not in ids:
            continue
        e = new.pop(old.ref_id, None)
        if e is not None and _same(e, old):
            continue
        dropped.append(rowid)
        if e is None:
            continue
        if search_entries.entry_length(e) == search_entries.entry_length(old):
            at_own_rowid.append((rowid, e))
        else:
            to_place.append(e)
    to_place.extend(new.values())
    if not (dropped or to_place):
        return 0
    low = search_index.band_of(kind)
    gone = set(dropped)
    staying = [(r, e) for r, e in stored if r not in gone] + at_own_rowid
    placed = _place(low, sorted(staying, key=lambda x: x[0]), to_place)
    if placed is None:  # no room left between neighbours: renumber the band
        search_index.remove(con, [r for r, _ in stored])
        search_index.add_at(con, _renumbered(low, sorted(staying, key=lambda x: x[0]), to_place))
        return len(staying) + len(to_place)
    search_index.remove(con, dropped)
    search_index.add_at(con, [*at_own_rowid, *placed])
    return len(at_own_rowid) + len(placed)


def _same(a: IndexEntry, b: IndexEntry) -> bool:
    return (a.ref_id, a.names, a.keywords, a.other, a.scope, a.display) == (
        b.ref_id,
        b.names,
        b.keywords,
        b.other,
        b.scope,
        b.display,
    )


def _place(
    low: int, staying: Sequence[tuple[int, IndexEntry]], to_place: list[IndexEntry]
) -> list[tuple[int, IndexEntry]] | None:
    """A free rowid for each entry after the last one with a name as short or shorter, or
    None when some entry finds its neighbours' rowids adjacent."""
    if not to_place:
        return []
    rowids = [r for r, _ in staying]
    entries = [e for _, e in staying]
    placed = []
    for e in sorted(to_place, key=search_entries.entry_length):
        i = _after_last_as_short(entries, search_entries.entry_length(e))
        before = rowids[i - 1] if i else low
        after = rowids[i] if i < len(rowids) else low + BAND
        if after - before < 2:
            return None
        if i == len(rowids):  # the longest name yet: a step past the last, as a full import
            rowid = before + min(SPACING, (after - before) // 2)
        else:
            rowid = (before + after) // 2
        rowids.insert(i, rowid)
        entries.insert(i, e)
        placed.append((rowid, e))
    return placed


def _after_last_as_short(entries: Sequence[IndexEntry], length: int) -> int:
    """Where an entry with a shortest name of ``length`` goes in the band: a binary search
    that reads the lengths it probes only (a band holds up to 20,000 locations)."""
    low, high = 0, len(entries)
    while low < high:
        middle = (low + high) // 2
        if search_entries.entry_length(entries[middle]) <= length:
            low = middle + 1
        else:
            high = middle
    return low


def _renumbered(
    low: int, staying: Sequence[tuple[int, IndexEntry]], to_place: list[IndexEntry]
) -> list[tuple[int, IndexEntry]]:
    order = [(search_entries.entry_length(e), i, e) for i, (_, e) in enumerate(staying)]
    order += [(search_entries.entry_length(e), len(order) + i, e) for i, e in enumerate(to_place)]
    order.sort(key=lambda x: (x[0], x[1]))
    step = search_index.spacing(len(order))
    return [(low + step * (n + 1), e) for n, (_, _, e) in enumerate(order)]
