"""Reading a placement snapshot's plain JSON as typed values (core.placement_snapshot).

Every reader raises DamagedSnapshot when the stored value is not of the type it should be, so
that a record whose JSON was damaged is listed as damaged rather than worded wrong.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from sote_navigator.core.catalogue import RecordSource, Voucher
from sote_navigator.core.choice_set import voucher_params
from sote_navigator.core.localized import LocalizedText
from sote_navigator.core.reasons import Reason

Json = dict[str, Any]
Names = tuple[dict[str, Any], ...]
T = TypeVar("T")


class DamagedSnapshot(ValueError):
    """Stored JSON that is not a snapshot of any version this application reads."""


# -- reading plain JSON values as typed ones -------------------------------------------------


def text(value: object) -> str:
    if not isinstance(value, str):
        raise DamagedSnapshot(f"text expected, found {value!r}")
    return value


def whole(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise DamagedSnapshot(f"a whole number expected, found {value!r}")
    return value


def number(value: object) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise DamagedSnapshot(f"a number expected, found {value!r}")
    return value  # as stored: an int stays an int, so that it is written back unchanged


def flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise DamagedSnapshot(f"true or false expected, found {value!r}")
    return value


def optional(read: Callable[[object], T]) -> Callable[[object], T | None]:
    return lambda value: None if value is None else read(value)


def items(value: object) -> list[Any]:
    if not isinstance(value, list):
        raise DamagedSnapshot(f"a list expected, found {value!r}")
    return value


def texts(value: object) -> tuple[str, ...]:
    return tuple(text(v) for v in items(value))


def names(value: object) -> Names:
    return tuple(dict(JsonObject(v).data) for v in items(value))


def reasons(value: object) -> tuple[Reason, ...]:
    return tuple(Reason.from_json(JsonObject(v).data) for v in items(value))


def names_json(names: LocalizedText) -> list[Json]:
    return [dict(t) for t in names]


def reasons_json(reasons: tuple[Reason, ...]) -> list[Json]:
    return [r.to_json() for r in reasons]


class JsonObject:
    """One JSON object being read. ``later`` maps the keys a version-1 record may lack to the
    value they read as; the keys found missing are collected in ``unrecorded``. Any other
    missing key is damage."""

    def __init__(
        self,
        data: object,
        version: int | None = None,
        later: Mapping[str, object] | None = None,
    ) -> None:
        if not isinstance(data, dict):
            raise DamagedSnapshot(f"an object expected, found {data!r}")
        self.data: dict[str, Any] = data
        self._version = version
        self._later = later or {}
        self._missing: set[str] = set()

    def __getitem__(self, key: str) -> Any:
        if key in self.data:
            return self.data[key]
        if self._version == 1 and key in self._later:
            self._missing.add(key)
            return self._later[key]
        raise DamagedSnapshot(f"{key} is missing")

    @property
    def unrecorded(self) -> frozenset[str]:
        return frozenset(self._missing)


def recorded(data: Json, unrecorded: frozenset[str]) -> Json:
    return {k: v for k, v in data.items() if k not in unrecorded}


def voucher(data: object) -> Voucher:
    o = JsonObject(data)
    maybe_whole, maybe_text = optional(whole), optional(text)
    given = o.data.get
    return Voucher(
        kind=text(o["kind"]),
        value_cents=maybe_whole(o["value_cents"]),
        self_share_cents=maybe_whole(o["self_share_cents"]),
        unit=text(o["unit"]),
        min_value_cents=maybe_whole(given("min_value_cents")),
        max_value_cents=maybe_whole(given("max_value_cents")),
        self_share_rule=maybe_text(given("self_share_rule")),
        source=maybe_text(given("source")),
        source_url=maybe_text(given("source_url")),
        source_date=maybe_text(given("source_date")),
    )


def voucher_json(voucher: Voucher | None) -> Json | None:
    return None if voucher is None else voucher_params(voucher)


def source_json(source: RecordSource | None) -> Json | None:
    return None if source is None else {"name": source.name, "url": source.url}


def source(data: object) -> RecordSource:
    o = JsonObject(data)
    return RecordSource(text(o["name"]), optional(text)(o["url"]))
