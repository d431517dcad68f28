"""The urgent routes' facts from the data file, and an organiser's own routes from the catalogue.

``data/urgent-routes.json`` holds the national numbers and which route fits which need, with
sources and dates (see data/README.md). Which catalogue services and contact routes a route
means is looked up here once per catalogue version.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

from sqlalchemy import Engine, select

from sote_navigator import paths
from sote_navigator.core.contact_routes import ContactRoute, Purpose
from sote_navigator.core.urgent import UrgentConfig
from sote_navigator.db import models as m
from sote_navigator.services.contact_routes import ContactRouteReader

ROUTES_NAME = "urgent-routes.json"
# Which contact routes serve which urgent route when the catalogue does not say it with a
# purpose: those of a service the route's rule names (a PTV phone channel of Sosiaalipäivystys).
_PURPOSE_OF_RULE = {
    "social_emergency": Purpose.SOCIAL_EMERGENCY,
    "child_protection_on_call": Purpose.CHILD_PROTECTION_ON_CALL,
    "shelter": Purpose.SHELTER,
    "health_on_call": Purpose.HEALTH_ON_CALL,
}


def routes_path() -> Path:
    found = paths.shipped_data(ROUTES_NAME)
    if found is None:
        raise FileNotFoundError(f"{ROUTES_NAME} is missing from the application's data")
    return found


@cache
def config(path: Path | None = None) -> UrgentConfig:
    data = json.loads((path or routes_path()).read_text(encoding="utf-8"))
    return UrgentConfig.from_json(data)


class UrgentRoutes:
    """Which services and contact routes of the current catalogue the urgent routes mean."""

    def __init__(self, engine: Engine, routes: ContactRouteReader) -> None:
        self._engine = engine
        self._routes = routes
        self._version: object = None
        self._by_rule: dict[str, list[str]] = {}

    def follow(self, version: object) -> None:
        if version != self._version:
            self._version = version
            self._by_rule = {}

    def service_ids(self, rule: str) -> list[str]:
        """The catalogue's services that the route ``rule`` means, by id order."""
        if not self._by_rule:
            self._by_rule = self._match_all()
        return self._by_rule.get(rule, [])

    def _match_all(self) -> dict[str, list[str]]:
        rules = config().routes
        found: dict[str, list[str]] = {code: [] for code in rules}
        with self._engine.connect() as con:
            rows = con.execute(
                select(m.Service.id, m.Service.classes, m.Service.names).order_by(m.Service.id)
            )
            for service_id, classes, names in rows:
                for code, rule in rules.items():
                    if rule.matcher.matches_facts(service_id, classes or (), names or []):
                        found[code].append(service_id)
        return found

    def contacts(
        self, organiser_id: str, offered_to: Callable[[str], bool] = lambda _service: False
    ) -> dict[str, Sequence[ContactRoute]]:
        """The organiser's own routes by purpose: those the catalogue gives the purpose, and
        those of a service the route names, given by the organiser or its provider, or of
        such a service that ``offered_to`` says the organiser offers (a PTV phone channel of
        the county's Sosiaalipäivystys, whose organisation the catalogue cannot tie to it)."""
        mine = self._routes.of_organiser(organiser_id)
        named = [i for rule in _PURPOSE_OF_RULE for i in self.service_ids(rule) if offered_to(i)]
        seen = {r.id for r in mine}
        for routes in self._routes.of_services(named).values():
            mine += [
                r for r in routes if r.id not in seen and r.organiser_id in (None, organiser_id)
            ]
        out: dict[str, list[ContactRoute]] = {}
        for route in mine:
            purposes = set(route.purposes)
            for rule, meant in _PURPOSE_OF_RULE.items():
                if route.service_id and route.service_id in self.service_ids(rule):
                    purposes.add(meant.value)
            for purpose in sorted(purposes):
                if route.is_phone or route.url("fi"):
                    out.setdefault(purpose, []).append(route)
        return {k: tuple(v) for k, v in out.items()}
