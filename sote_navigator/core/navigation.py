"""What the navigator window narrows and groups by: offering filters and the service tree.

One definition of every filter serves both the search index (as flag bits stored beside each
service, provider and location) and the list of providers shown for a service, so that a
filter never shows a service in the tree whose provider list then comes out empty.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import IntFlag, StrEnum
from typing import TYPE_CHECKING, Any, overload

from sote_navigator.core import opening_hours
from sote_navigator.core.named import Named
from sote_navigator.core.vocabulary import ProviderKind, ProvisionType, Responsibility, ServiceLevel

if TYPE_CHECKING:
    from sote_navigator.core.catalogue import OfferingDetails

EVENING_FROM = opening_hours.EVENING_FROM
WEEKEND_DAYS = set(opening_hours.WEEKEND_DAYS)


def open_evenings(
    hours: Iterable[Mapping[str, Any]], exceptions: Iterable[Mapping[str, Any]] = ()
) -> bool:
    """Open past six in the evening on some day: what "open evenings" means everywhere
    (a slot past midnight is; so are the weekly hours of a period such as summer hours)."""
    return opening_hours.open_evenings(hours, exceptions)


def open_weekends(
    hours: Iterable[Mapping[str, Any]], exceptions: Iterable[Mapping[str, Any]] = ()
) -> bool:
    return opening_hours.open_weekends(hours, exceptions)


class Feature(IntFlag):
    """What one offering has; a filter asks for a set of these."""

    SWEDISH = 1
    EVENINGS = 2
    WEEKENDS = 4
    ACCESSIBLE = 8
    VOUCHER = 16


NO_FEATURES = Feature(0)
ALL_FEATURES = Feature(sum(f.value for f in Feature))


_SWEDISH, _EVENINGS, _WEEKENDS, _ACCESSIBLE, _VOUCHER = (int(f) for f in Feature)


def feature_bits(
    *,
    languages: Iterable[str],
    open_evenings: bool,
    open_weekends: bool,
    accessible: bool,
    voucher: bool,
) -> int:
    """The Feature bits as a plain int: an import computes them for every offering."""
    return (
        (_SWEDISH if "sv" in languages else 0)
        | (_EVENINGS if open_evenings else 0)
        | (_WEEKENDS if open_weekends else 0)
        | (_ACCESSIBLE if accessible else 0)
        | (_VOUCHER if voucher else 0)
    )


def features(
    *,
    languages: Iterable[str],
    open_evenings: bool,
    open_weekends: bool,
    accessible: bool,
    voucher: bool,
) -> Feature:
    return Feature(
        feature_bits(
            languages=languages,
            open_evenings=open_evenings,
            open_weekends=open_weekends,
            accessible=accessible,
            voucher=voucher,
        )
    )


def offering_features(offering: OfferingDetails) -> Feature:
    location = offering.location
    return features(
        languages=offering.languages or (location.languages if location else ()),
        open_evenings=bool(location and location.open_evenings),
        open_weekends=bool(location and location.open_weekends),
        accessible=bool(location and location.accessible),
        voucher=accepts_voucher(
            offering.provision_type.value, offering.voucher is not None, offering.provider.kind
        ),
    )


def accepts_voucher(provision_type: str, has_voucher: bool, provider_kind: str) -> bool:
    return (
        provision_type == ProvisionType.VOUCHER
        or has_voucher
        or provider_kind == ProviderKind.VOUCHER_PROVIDER
    )


@dataclass(frozen=True)
class OfferingFilter:
    """The counsellor's filters; an offering passes when it has every asked feature."""

    required: Feature = NO_FEATURES
    provider_kinds: frozenset[ProviderKind] = frozenset()

    @property
    def active(self) -> bool:
        return bool(self.required) or bool(self.provider_kinds)

    def accepts(self, offering: OfferingDetails) -> bool:
        if self.provider_kinds and offering.provider.kind not in self.provider_kinds:
            return False
        return offering_features(offering) & self.required == self.required

    def with_feature(self, feature: Feature, on: bool) -> OfferingFilter:
        required = self.required | feature if on else self.required & ~feature
        return OfferingFilter(Feature(required), self.provider_kinds)

    def with_kinds(self, kinds: Iterable[ProviderKind]) -> OfferingFilter:
        return OfferingFilter(self.required, frozenset(kinds))


NO_FILTER = OfferingFilter()


class Grouping(StrEnum):
    LEVEL = "level"
    SERVICE_CLASS = "service_class"


@dataclass(frozen=True)
class ServiceEntry(Named):
    """A service as the tree lists it: enough to group and label it, nothing more."""

    id: str
    level: ServiceLevel
    class_uris: tuple[str, ...]
    responsibility: Responsibility
    example: bool


@dataclass(frozen=True)
class ClassEntry(Named):
    uri: str
    code: str
    parent_uri: str | None


class NodeKind(StrEnum):
    LEVEL = "level"
    SERVICE_CLASS = "service_class"
    SERVICE = "service"


@dataclass(frozen=True)
class TreeNode:
    """A node of the service tree: a level, a service class, or a service (a leaf)."""

    kind: NodeKind
    key: str
    service: ServiceEntry | None = None
    service_class: ClassEntry | None = None
    children: Sequence[TreeNode] = field(default_factory=tuple)

    def count(self) -> int:
        """How many services are under this node (a service shared by classes counts once)."""
        if self.kind is NodeKind.SERVICE:
            return 1
        return len(self.service_ids())

    def service_ids(self) -> set[str]:
        if self.service is not None:
            return {self.service.id}
        if isinstance(self.children, Children):
            return set(self.children.service_ids)
        return {i for child in self.children for i in child.service_ids()}


class Children(Sequence[TreeNode]):
    """A group's children, built and put in order only when first looked at.

    The whole country's thousands of services stay folded under their groups: the window
    shows the groups and their counts (known from the ids alone) without naming, sorting or
    even decoding a single service.
    """

    __slots__ = ("_build", "_nodes", "service_ids")

    def __init__(self, service_ids: Iterable[str], build: Callable[[], Iterable[TreeNode]]) -> None:
        # Every service under the group, however deep: what count() and scopes need.
        self.service_ids = frozenset(service_ids)
        self._build: Callable[[], Iterable[TreeNode]] | None = build
        self._nodes: tuple[TreeNode, ...] | None = None

    def _all(self) -> tuple[TreeNode, ...]:
        if self._nodes is None:
            assert self._build is not None
            self._nodes = tuple(self._build())
            self._build = None  # let go of what it closed over
        return self._nodes

    def __len__(self) -> int:
        return len(self._all())

    def __bool__(self) -> bool:
        # A group exists only for services under it; saying so needs no build.
        return bool(self.service_ids) if self._nodes is None else bool(self._nodes)

    @overload
    def __getitem__(self, index: int) -> TreeNode: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[TreeNode, ...]: ...
    def __getitem__(self, index: int | slice) -> TreeNode | tuple[TreeNode, ...]:
        return self._all()[index]

    def __iter__(self) -> Iterator[TreeNode]:
        return iter(self._all())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Children):
            return self._all() == other._all()
        return isinstance(other, tuple) and self._all() == other

    def __hash__(self) -> int:
        return hash(self._all())

    def __repr__(self) -> str:
        if self._nodes is None:
            return f"Children(<{len(self.service_ids)} services, not built>)"
        return f"Children({self._nodes!r})"


def collation_key(text: str) -> str:
    """Sort key for Finnish and Swedish names: case-insensitive, with å, ä, ö after z."""
    return text.casefold().translate(_NORDIC_LAST)


_NORDIC_LAST = str.maketrans({"å": "{", "ä": "|", "ö": "}", "æ": "|", "ø": "}"})
