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
    features,
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


def entity_tokens(doc: Mapping[str, Any]) -> dict[tuple[str, str], str]:
    """Scope tokens of every service, provider and location, as space-joined text."""
    locations = {x["id"]: x for x in doc.get("locations", [])}
    providers = {p["id"]: p for p in doc.get("providers", [])}
    found: dict[tuple[str, str], set[str]] = {}
    for s in doc.get("services", []):
        if s.get("responsibility") == Responsibility.MUNICIPALITY:
            found[(EntityKind.SERVICE, s["id"])] = {MUNICIPAL}
    for o in doc.get("offerings", []):
        location = locations.get(o.get("location") or "")
        provider = providers.get(o["provider"], {})
        hours = (location or {}).get("hours", [])
        feats = features(
            languages=o.get("languages") or (location or {}).get("languages", []),
            open_evenings=open_evenings(hours),
            open_weekends=open_weekends(hours),
            accessible=bool((location or {}).get("accessible", False)),
            voucher=accepts_voucher(
                str(o.get("provision_type", "")), bool(o.get("voucher")), provider.get("kind", "")
            ),
        )
        kind_index = _KIND_INDEX.get(ProviderKind(provider.get("kind", "ngo")), 0)
        tokens = set(_tokens("", feats, kind_index))
        for unit in o.get("regional_units", []):
            tokens.update(_tokens(unit_key(unit), feats, kind_index))
        owners = [(EntityKind.SERVICE, o["service"]), (EntityKind.PROVIDER, o["provider"])]
        if location is not None:
            owners.append((EntityKind.LOCATION, location["id"]))
        for owner in owners:
            found.setdefault(owner, set()).update(tokens)
    return {key: " ".join(sorted(tokens)) for key, tokens in found.items()}


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
