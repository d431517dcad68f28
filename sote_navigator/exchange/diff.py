"""What an import would change: added, changed and removed entities per kind, with names."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sote_navigator.core.progress import Progress

Document = Mapping[str, Any]
Texts = list[dict[str, Any]]
# (kind, entity) → a value that is equal exactly when the stored entities would be equal.
Comparable = Callable[[str, Mapping[str, Any]], Sequence[Any]]
# (kind) → the names of the values ``Comparable`` returns, to say which fields changed.
Columns = Callable[[str], Sequence[str]]

KINDS = (
    "organisers",
    "regional_units",
    "municipalities",
    "memberships",
    "former_municipalities",
    "service_classes",
    "services",
    "providers",
    "locations",
    "offerings",
    "contact_routes",
)
KEY_FIELD = {"municipalities": "code", "former_municipalities": "code", "service_classes": "uri"}


@dataclass(frozen=True, slots=True)
class EntityChange:
    """One entity added, changed or removed (slots: a national diff holds over 100,000)."""

    key: str
    names: Texts
    context: Texts = field(default_factory=list)
    fields: tuple[str, ...] = ()
    example: bool = False

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.key, "names": self.names, "example": self.example}
        if self.context:
            out["context"] = self.context
        if self.fields:
            out["fields"] = list(self.fields)
        return out


@dataclass
class KindDiff:
    added: list[EntityChange] = field(default_factory=list)
    changed: list[EntityChange] = field(default_factory=list)
    removed: list[EntityChange] = field(default_factory=list)
    unchanged: int = 0

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.removed)


@dataclass
class CatalogueDiff:
    kinds: dict[str, KindDiff]
    header: dict[str, tuple[Any, Any]]

    @property
    def empty(self) -> bool:
        return all(k.empty for k in self.kinds.values())

    def counts(self) -> dict[str, dict[str, int]]:
        return {
            kind: {
                "added": len(d.added),
                "changed": len(d.changed),
                "removed": len(d.removed),
                "unchanged": d.unchanged,
            }
            for kind, d in self.kinds.items()
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "empty": self.empty,
            "header": {k: {"old": old, "new": new} for k, (old, new) in self.header.items()},
            "kinds": {
                kind: {
                    **self.counts()[kind],
                    "added_items": [c.to_json() for c in d.added],
                    "changed_items": [c.to_json() for c in d.changed],
                    "removed_items": [c.to_json() for c in d.removed],
                }
                for kind, d in self.kinds.items()
            },
        }


def entity_key(kind: str, item: Mapping[str, Any]) -> str:
    if kind == "memberships":
        return f"{item['municipality']}/{item['regional_unit']}/{item['valid_from']}"
    return str(item[KEY_FIELD.get(kind, "id")])


class _Namer:
    """Names for entities that have none of their own (memberships, offerings), learnt from
    the lists that name them as the diff goes by them (they come first in ``KINDS``)."""

    NAMING = frozenset(("municipalities", "regional_units", "services", "providers", "locations"))

    def __init__(self) -> None:
        self.names: dict[tuple[str, str], Texts] = {}

    def learn(self, kind: str, key: str, item: Mapping[str, Any]) -> None:
        if kind in self.NAMING:
            self.names[(kind, key)] = item.get("names") or []

    def of(self, kind: str, item: Mapping[str, Any]) -> tuple[Texts, Texts]:
        if kind == "memberships":
            return (
                self.names.get(("municipalities", item["municipality"]), []),
                self.names.get(("regional_units", item["regional_unit"]), []),
            )
        if kind == "offerings":
            where = item.get("location")
            context = (
                self.names.get(("locations", where), [])
                if where
                else self.names.get(("providers", item["provider"]), [])
            )
            return self.names.get(("services", item["service"]), []), context
        return list(item.get("names") or []), []


def _ex(item: Mapping[str, Any]) -> bool:
    return bool(item.get("example"))


def diff(
    old: Document,
    new: Document,
    comparable: Comparable,
    columns: Columns,
    progress: Progress | None = None,
) -> CatalogueDiff:
    """What changes from ``old`` to ``new``, one kind at a time.

    Each list is read once (the old one twice when entities were removed, for their names),
    and of the old list only the comparable form of each entity is held: ``old`` may read
    its lists from the database one at a time, and ``new``'s may be EntityLists.
    """
    namer = _Namer()
    kinds: dict[str, KindDiff] = {}
    for kind in KINDS:
        if progress is not None:
            progress.check()
        result = KindDiff()
        before: dict[str, Sequence[Any]] = {}
        for x in old.get(kind) or ():
            key = entity_key(kind, x)
            namer.learn(kind, key, x)
            before[key] = comparable(kind, x)
        names = columns(kind)
        seen: set[str] = set()
        for item in new.get(kind) or ():
            key = entity_key(kind, item)
            namer.learn(kind, key, item)
            seen.add(key)
            a = before.get(key)
            if a is None:
                result.added.append(EntityChange(key, *namer.of(kind, item), example=_ex(item)))
                continue
            b = comparable(kind, item)
            if a == b:
                result.unchanged += 1
                continue
            changed = tuple(n for n, x, y in zip(names, a, b, strict=True) if x != y)
            result.changed.append(
                EntityChange(key, *namer.of(kind, item), fields=changed, example=_ex(item))
            )
        gone = [key for key in before if key not in seen]
        del before
        if gone:
            wanted = set(gone)
            removed: dict[str, EntityChange] = {}
            for x in old.get(kind) or ():
                key = entity_key(kind, x)
                if key in wanted:
                    removed[key] = EntityChange(key, *namer.of(kind, x), example=_ex(x))
            result.removed = [removed[key] for key in gone]
        kinds[kind] = result
    old_header = old.get("catalogue") or {}
    new_header = new.get("catalogue") or {}
    header = {
        k: (old_header.get(k), new_header.get(k))
        for k in sorted(set(old_header) | set(new_header))
        if old_header.get(k) != new_header.get(k)
    }
    return CatalogueDiff(kinds, header)
