"""Which regional units and filters each searchable entity can serve, as index tokens.

Search narrowed to a municipality must stay as fast as plain search, so the narrowing happens
inside the full-text index: each service, provider and location carries tokens naming the
regional units its offerings serve, together with the exact feature set (``Feature`` bits) and
provider kind of each offering. A narrowed search then ANDs the words with an OR over the
tokens of every feature set that includes the asked features; SQLite intersects the two
posting lists instead of scoring every word match in the country.

Tokens are plain letters and digits, so the unicode61 tokenizer keeps each one whole:
``u<unit>`` (any offering for the unit), ``u<unit>f<features>`` and ``u<unit>f<features>k<kind>``,
the same three without the unit for filters without a municipality, and ``municipal`` for the
services that municipalities, not counties, provide.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

from sote_navigator.core.navigation import (
    ALL_FEATURES,
    Feature,
    OfferingFilter,
    accepts_voucher,
    feature_bits,
    open_evenings,
    open_weekends,
)
from sote_navigator.core.vocabulary import EntityKind, ProviderKind, Responsibility

PREFIX = "z"
MUNICIPAL = PREFIX + "municipal"
_KIND_INDEX = {kind: i for i, kind in enumerate(ProviderKind)}


def unit_key(unit_id: str) -> str:
    return "u" + hashlib.blake2s(unit_id.encode(), digest_size=5).hexdigest()


def _tokens(unit: str, feats: int, kind_index: int) -> tuple[str, ...]:
    base = PREFIX + unit
    return (base, f"{base}f{feats}", f"{base}f{feats}k{kind_index}")


# Plain strings, not the StrEnum members, as dictionary keys: an enum member hashes through
# Python code, and this runs 300,000 times an import.
SERVICE, PROVIDER, LOCATION = (
    str(k.value) for k in (EntityKind.SERVICE, EntityKind.PROVIDER, EntityKind.LOCATION)
)


def entity_tokens(doc: Mapping[str, Any]) -> dict[tuple[str, str], str]:
    """Scope tokens of every service, provider and location, keyed by (kind value, id), as
    space-joined text.

    Runs inside every import over every offering, so the loop below only gathers small
    (unit, features, kind) keys with the feature bits worked out per location and provider
    beforehand; the token text is written once per entity at the end. The bits mean what
    core.navigation.feature_bits says (the filter tests check the index and the provider
    lists agree).
    """
    providers: dict[str, tuple[str, int]] = {
        p["id"]: (p.get("kind", "ngo"), _KIND_INDEX.get(ProviderKind(p.get("kind", "ngo")), 0))
        for p in doc.get("providers", [])
    }
    places: dict[str, tuple[int, list[str]]] = {"": (0, [])}
    for x in doc.get("locations", []):
        hours = x.get("hours", [])
        places[x["id"]] = (
            feature_bits(
                languages=(),
                open_evenings=open_evenings(hours, x.get("hours_exceptions") or ()),
                open_weekends=open_weekends(hours, x.get("hours_exceptions") or ()),
                accessible=bool(x.get("accessible", False)),
                voucher=False,
            ),
            x.get("languages", []),
        )
    units: dict[str, str] = {}
    found: dict[tuple[str, str], set[tuple[str, int, int]]] = {}
    swedish, voucher = int(Feature.SWEDISH), int(Feature.VOUCHER)
    for o in doc.get("offerings", []):
        location_id = o.get("location") or ""
        place_bits, place_languages = places.get(location_id, (0, []))
        provider_kind, kind_index = providers.get(o["provider"], ("ngo", 0))
        bits = place_bits
        if "sv" in (o.get("languages") or place_languages):
            bits |= swedish
        if accepts_voucher(str(o.get("provision_type", "")), bool(o.get("voucher")), provider_kind):
            bits |= voucher
        keys = [("", bits, kind_index)]
        for unit in o.get("regional_units", ()):
            key = units.get(unit)
            if key is None:
                key = units[unit] = unit_key(unit)
            keys.append((key, bits, kind_index))
        owners = [(SERVICE, o["service"]), (PROVIDER, o["provider"])]
        if location_id:
            owners.append((LOCATION, location_id))
        for owner in owners:
            bucket = found.get(owner)
            if bucket is None:
                bucket = found[owner] = set()
            bucket.update(keys)
    municipal = {
        s["id"]
        for s in doc.get("services", [])
        if s.get("responsibility") == Responsibility.MUNICIPALITY
    }
    out: dict[tuple[str, str], str] = {}
    for owner, gathered in found.items():
        tokens = {t for unit, bits, kind in gathered for t in _tokens(unit, bits, kind)}
        if owner[0] == SERVICE and owner[1] in municipal:
            tokens.add(MUNICIPAL)
        out[owner] = " ".join(sorted(tokens))
    for service_id in municipal:
        out.setdefault((SERVICE, service_id), MUNICIPAL)
    return out


def _supersets(required: Feature) -> Iterable[int]:
    return (f for f in range(ALL_FEATURES + 1) if f & required == required)


def match_expression(unit_id: str | None, offering_filter: OfferingFilter) -> str | None:
    """An FTS5 expression over the scope column, or None when nothing narrows the search."""
    unit = unit_key(unit_id) if unit_id else ""
    if not offering_filter.active:
        return f"({PREFIX}{unit} OR {MUNICIPAL})" if unit else None
    base = PREFIX + unit
    kinds = sorted(_KIND_INDEX[k] for k in offering_filter.provider_kinds)
    if kinds:
        terms = [f"{base}f{f}k{k}" for f in _supersets(offering_filter.required) for k in kinds]
    else:
        terms = [f"{base}f{f}" for f in _supersets(offering_filter.required)]
    return "(" + " OR ".join(terms) + ")"
