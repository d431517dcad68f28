"""What the search index holds for each municipality, service, provider and location.

Each entry carries the words to match (names, keywords, other text), its scope tokens (which
regional units and filters it serves, see search_scope) and what a hit shows: its names, a
context line (the service class, the address) and whether it is example data.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping
from typing import Any

from sote_navigator.core import localized
from sote_navigator.core.vocabulary import EntityKind
from sote_navigator.db import search_index, search_scope
from sote_navigator.db.catalogue_rows import js

Document = Mapping[str, Any]


def _joined(*texts: Any) -> str:
    return " ".join(v for t in texts for v in localized.all_values(t))


def display(names: Any, context: Any, example: bool) -> str:
    return js({"names": names, "context": context, "example": example})


def location_display(names: Any, street: Any, place: Any, example: bool) -> str:
    """A location's context line is its address, put together when it is shown."""
    return js({"names": names, "street": street or [], "place": place or [], "example": example})


def read_display(text: str) -> tuple[list[Any], list[Any], bool]:
    data = json.loads(text) if text else {}
    context = data.get("context", [])
    if "street" in data:
        context = address_context(data["street"], data["place"])
    return data.get("names", []), context, bool(data.get("example", False))


def _by_language(texts: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for t in texts or ():
        value = t.get("value")
        if value and t.get("language") not in found:
            found[str(t.get("language"))] = str(value)
    return found


def address_context(street: Any, place: Any) -> list[dict[str, str]]:
    """'Street 1, Place' in each language the place is named in (the street falling back
    as localized.pick does). Built for every location of every import: kept plain."""
    streets, places = _by_language(street), _by_language(place)
    out = []
    for lang in sorted(places or {"fi": ""}):
        street_text = streets.get(lang) or next(
            (streets[x] for x in localized.fallback_order(lang) if x in streets), ""
        )
        parts = [street_text, places.get(lang, "")]
        out.append({"language": lang, "value": ", ".join(p for p in parts if p), "type": "name"})
    return out


def _name_length(item: Document) -> int:
    return name_length(item.get("names"))


def name_length(names: Any) -> int:
    """The length of the shortest name: the order of a kind's entries in the index."""
    shortest = 0
    for t in names or ():
        value = t.get("value")
        if value and (not shortest or len(value) < shortest):
            shortest = len(value)
    return shortest


def entry_length(entry: search_index.IndexEntry) -> int:
    """``name_length`` of a stored entry, from what a hit shows."""
    return name_length(read_display(entry.display)[0])


def _shortest_first(items: Iterable[Document]) -> list[Document]:
    """Each kind is indexed shortest name first (ties in document order): the index reads a
    broad word's matches in rowid order, and the best names for a word are mostly its
    shortest (db.search_candidates)."""
    return sorted(items, key=_name_length)


def index_entries(doc: Document) -> Iterable[search_index.IndexEntry]:
    """Every entry of the catalogue, each kind shortest name first."""
    return entries_for(doc, None, search_scope.entity_tokens(doc))


def entries_for(
    doc: Document,
    wanted: Mapping[str, Collection[str]] | None,
    scope: Mapping[tuple[str, str], str],
) -> Iterable[search_index.IndexEntry]:
    """The entries of the entities in ``wanted`` (kind value → ids; None: all), each kind
    shortest name first; ``scope`` holds at least their scope tokens."""
    classes = {c["uri"]: c for c in doc.get("service_classes", [])}
    municipalities = {x["code"]: x for x in doc.get("municipalities", [])}

    def chosen(kind: EntityKind, items: Iterable[Document], key: str) -> list[Document]:
        if wanted is None:
            return _shortest_first(items)
        ids = wanted.get(kind.value) or ()
        return _shortest_first(x for x in items if x[key] in ids) if ids else []

    def scoped(kind: EntityKind, ref_id: str) -> str:
        return scope.get((kind.value, ref_id), "")

    for x in chosen(EntityKind.MUNICIPALITY, doc.get("municipalities", []), "code"):
        yield search_index.IndexEntry(
            EntityKind.MUNICIPALITY,
            x["code"],
            _joined(x["names"]),
            x["code"],
            "",
            scoped(EntityKind.MUNICIPALITY, x["code"]),
            display(x["names"], x["region"]["names"], False),
        )
    for s in chosen(EntityKind.SERVICE, doc.get("services", []), "id"):
        known = [classes[u] for u in s.get("classes", []) if u in classes]
        yield search_index.IndexEntry(
            EntityKind.SERVICE,
            s["id"],
            _joined(s["names"]),
            _joined(s.get("keywords")),
            _joined(*(c["names"] for c in known)),
            scoped(EntityKind.SERVICE, s["id"]),
            display(s["names"], known[0]["names"] if known else [], bool(s.get("example"))),
        )
    for p in chosen(EntityKind.PROVIDER, doc.get("providers", []), "id"):
        yield search_index.IndexEntry(
            EntityKind.PROVIDER,
            p["id"],
            _joined(p["names"]),
            "",
            "",
            scoped(EntityKind.PROVIDER, p["id"]),
            display(p["names"], [], bool(p.get("example"))),
        )
    for x in chosen(EntityKind.LOCATION, doc.get("locations", []), "id"):
        address = x.get("address") or {}
        municipality = municipalities.get(address.get("municipality") or "")
        place = municipality["names"] if municipality else address.get("post_office")
        yield search_index.IndexEntry(
            EntityKind.LOCATION,
            x["id"],
            _joined(x["names"]),
            "",
            _joined(address.get("street"), address.get("post_office")),
            scoped(EntityKind.LOCATION, x["id"]),
            location_display(x["names"], address.get("street"), place, bool(x.get("example"))),
        )
