"""Urgent and out-of-hours routes: which way to turn now, for the kind of need at hand.

Danger to life → 112. Urgent health care → Päivystysapu 116117 and the organiser's on-call
health services. A social emergency (a child at risk, violence at home, a person who cannot
cope tonight) → the organiser's social emergency service and child-protection on-call, round
the clock, and shelters: never the health-care line. A concern about a child → how to make a
child-welfare notification. National numbers and facts come from ``data/urgent-routes.json``
(with their sources and dates); an organiser's own numbers only from the catalogue's contact
routes, and where it has none the route says so instead of inventing one.

Each route is a ``Reason`` with a stable code, so that a record keeps it and words it again
in any language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sote_navigator.core import localized
from sote_navigator.core.catalogue import Organiser, ServiceDetails
from sote_navigator.core.client_groups import Children, Circumstances
from sote_navigator.core.contact_routes import ContactRoute, Purpose, route_json
from sote_navigator.core.localized import LocalizedText
from sote_navigator.core.reasons import Effect, Reason, ReasonCode, reason

# How many of the need's services (most relevant first) decide what kind of need it is.
KIND_FROM_FIRST = 3
ADULT_AGE = 18


class UrgentKind:
    HEALTH = "health"
    SOCIAL = "social"
    CHILD = "child"
    VIOLENCE = "violence"


@dataclass(frozen=True)
class Source:
    key: str
    title: str
    url: str
    published: str | None

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "title": self.title, "url": self.url, "published": self.published}


@dataclass(frozen=True)
class NationalLine:
    code: str
    number: str
    names: LocalizedText
    charge: str
    around_the_clock: bool
    sources: tuple[Source, ...]
    checked: str

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "number": self.number,
            "names": [dict(t) for t in self.names],
            "charge": self.charge,
            "around_the_clock": self.around_the_clock,
            "sources": [s.to_json() for s in self.sources],
            "checked": self.checked,
        }


@dataclass(frozen=True)
class Matcher:
    """Which services a rule means: by id (the statutory descriptions' codes), by class code
    (a class and its subclasses), or by words in their names (imported catalogues)."""

    service_ids: frozenset[str] = frozenset()
    class_codes: tuple[str, ...] = ()
    name_words: tuple[str, ...] = ()
    exclude_service_ids: frozenset[str] = frozenset()

    def matches(self, service: ServiceDetails) -> bool:
        return self.matches_facts(service.id, service.classes, service.names)

    def matches_facts(self, service_id: str, classes: Sequence[str], names: LocalizedText) -> bool:
        if service_id in self.exclude_service_ids:
            return False
        if service_id in self.service_ids:
            return True
        codes = [class_code(uri) for uri in classes]
        if any(_within(code, wanted) for code in codes for wanted in self.class_codes):
            return True
        return names_match(names, self.name_words)


@dataclass(frozen=True)
class RouteRule:
    code: str
    matcher: Matcher
    sources: tuple[Source, ...]
    checked: str
    facts: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class UrgentConfig:
    lines: Mapping[str, NationalLine]
    kinds: Mapping[str, Matcher]
    routes: Mapping[str, RouteRule]

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> UrgentConfig:
        sources = {
            key: Source(key, str(s["title"]), str(s["url"]), s.get("published"))
            for key, s in data["sources"].items()
        }

        def cited(keys: Sequence[str]) -> tuple[Source, ...]:
            return tuple(sources[k] for k in keys)

        lines = {
            line["code"]: NationalLine(
                line["code"],
                str(line["number"]),
                list(line["names"]),
                str(line.get("charge", "")),
                bool(line.get("around_the_clock")),
                cited(line["sources"]),
                str(line["checked"]),
            )
            for line in data["national_lines"]
        }
        kinds = {name: _matcher(rule) for name, rule in data["need_kinds"].items()}
        routes = {
            code: RouteRule(
                code,
                _matcher(rule),
                cited(rule.get("sources", ())),
                str(rule.get("checked", "")),
                {k: v for k, v in rule.items() if k.startswith("statute")},
            )
            for code, rule in data["routes"].items()
        }
        return cls(lines, kinds, routes)


def _matcher(rule: Mapping[str, Any]) -> Matcher:
    return Matcher(
        frozenset(rule.get("service_ids", ())),
        tuple(rule.get("class_codes", ())),
        tuple(w.lower() for w in rule.get("name_words", ())),
        frozenset(rule.get("exclude_service_ids", ())),
    )


def class_code(uri: str) -> str:
    """P3.8 from ``http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P3.8``."""
    return uri.rstrip("/").rsplit("/", 1)[-1]


def _within(code: str, wanted: str) -> bool:
    return code == wanted or code.startswith(wanted + ".")


def names_match(names: LocalizedText, words: Sequence[str]) -> bool:
    if not words:
        return False
    texts = [v.lower() for v in localized.all_values(names)]
    return any(w in t for t in texts for w in words)


def need_kinds(
    config: UrgentConfig,
    services: Sequence[ServiceDetails],
    age: int,
    circumstances: Circumstances,
) -> frozenset[str]:
    """What kind of urgent need the first services found say it is (health, social, a child,
    violence at home). Nothing recognised: both health and social routes."""
    kinds: set[str] = set()
    for service in services[:KIND_FROM_FIRST]:
        kinds |= {name for name, m in config.kinds.items() if m.matches(service)}
    if kinds & {UrgentKind.CHILD, UrgentKind.VIOLENCE}:
        kinds.add(UrgentKind.SOCIAL)
    if not kinds & {UrgentKind.HEALTH, UrgentKind.SOCIAL}:
        kinds |= {UrgentKind.HEALTH, UrgentKind.SOCIAL}
    has_children = circumstances.children not in (None, Children.NONE)
    if UrgentKind.SOCIAL in kinds and (
        age < ADULT_AGE or (UrgentKind.VIOLENCE in kinds and has_children)
    ):
        kinds.add(UrgentKind.CHILD)
    return frozenset(kinds)


def route_service_codes(kinds: frozenset[str]) -> list[str]:
    """The social routes whose services join an urgent answer, in the order they are shown."""
    codes: list[str] = []
    if UrgentKind.SOCIAL in kinds:
        codes.append("social_emergency")
        if UrgentKind.CHILD in kinds:
            codes.append("child_protection_on_call")
        if UrgentKind.VIOLENCE in kinds:
            codes.append("shelter")
    # Health care: the on-call services of the need's own classes join already
    # (placement_needs.on_call_counterparts); the route names Päivystysapu and the organiser.
    return codes


def _line(line: NationalLine) -> dict[str, Any]:
    return line.to_json()


def _sourced(rule: RouteRule) -> dict[str, Any]:
    return {"sources": [s.to_json() for s in rule.sources], "checked": rule.checked}


def _phones(routes: Sequence[ContactRoute]) -> list[dict[str, Any]]:
    return [route_json(r) for r in routes]


def urgent_routes(
    config: UrgentConfig,
    kinds: frozenset[str],
    organiser: Organiser,
    contacts: Mapping[str, Sequence[ContactRoute]],
) -> tuple[Reason, ...]:
    """The routes for this kind of need, most pressing first.

    ``contacts`` holds the organiser's own contact routes from the catalogue by purpose
    (``core.contact_routes.Purpose``); a purpose without any says "not in the catalogue".
    """
    org = list(organiser.names)
    out = [reason(ReasonCode.ROUTE_EMERGENCY, Effect.INFO, line=_line(config.lines["emergency"]))]
    if UrgentKind.SOCIAL in kinds:
        rule = config.routes["social_emergency"]
        out.append(
            reason(
                ReasonCode.ROUTE_SOCIAL_EMERGENCY,
                Effect.INFO,
                organiser=org,
                phones=_phones(contacts.get(Purpose.SOCIAL_EMERGENCY, ())),
                **_sourced(rule),
            )
        )
        if UrgentKind.CHILD in kinds:
            rule = config.routes["child_protection_on_call"]
            out.append(
                reason(
                    ReasonCode.ROUTE_CHILD_PROTECTION_ON_CALL,
                    Effect.INFO,
                    organiser=org,
                    phones=_phones(contacts.get(Purpose.CHILD_PROTECTION_ON_CALL, ())),
                    **_sourced(rule),
                )
            )
        if UrgentKind.VIOLENCE in kinds:
            rule = config.routes["shelter"]
            out.append(
                reason(
                    ReasonCode.ROUTE_SHELTER,
                    Effect.INFO,
                    organiser=org,
                    line=_line(config.lines["violence_helpline"]),
                    phones=_phones(contacts.get(Purpose.SHELTER, ())),
                    **_sourced(rule),
                )
            )
    if UrgentKind.HEALTH in kinds:
        rule = config.routes["health_on_call"]
        out.append(
            reason(
                ReasonCode.ROUTE_HEALTH_ON_CALL,
                Effect.INFO,
                organiser=org,
                line=_line(config.lines["health_helpline"]),
                phones=_phones(contacts.get(Purpose.HEALTH_ON_CALL, ())),
                **_sourced(rule),
            )
        )
    if UrgentKind.CHILD in kinds:
        rule = config.routes["child_welfare_notification"]
        out.append(
            reason(
                ReasonCode.ROUTE_CHILD_WELFARE_NOTIFICATION,
                Effect.INFO,
                organiser=org,
                phones=_phones(contacts.get(Purpose.CHILD_WELFARE_NOTIFICATION, ())),
                **dict(rule.facts),
                **_sourced(rule),
            )
        )
    return tuple(out)


ROUTE_CODES = frozenset(
    {
        ReasonCode.ROUTE_EMERGENCY,
        ReasonCode.ROUTE_SOCIAL_EMERGENCY,
        ReasonCode.ROUTE_CHILD_PROTECTION_ON_CALL,
        ReasonCode.ROUTE_SHELTER,
        ReasonCode.ROUTE_HEALTH_ON_CALL,
        ReasonCode.ROUTE_CHILD_WELFARE_NOTIFICATION,
    }
)
