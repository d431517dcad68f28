"""Reading contact routes (phone lines, e-services, web pages, forms) from the catalogue."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Engine, or_, select

from sote_navigator.core.contact_routes import ContactRoute, from_entity
from sote_navigator.db import models as m
from sote_navigator.db.catalogue_rows import BY_KIND

_SPEC = BY_KIND["contact_routes"]


def _route(row: Any) -> ContactRoute:
    # SQLAlchemy's JSON type has decoded the JSON columns already.
    return from_entity(_SPEC.from_row(list(row)))


def _columns() -> list[Any]:
    table = m.ContactRoute.__table__
    return [table.c[name] for name in _SPEC.columns]


class ContactRouteReader:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def _select(self, where: Any) -> list[ContactRoute]:
        with self._engine.connect() as con:
            rows = con.execute(select(*_columns()).where(where).order_by(m.ContactRoute.id))
            return [_route(r) for r in rows]

    def of_organiser(self, organiser_id: str) -> list[ContactRoute]:
        """The organiser's own routes and those of its providers."""
        providers = select(m.Provider.id).where(m.Provider.organiser_id == organiser_id)
        return self._select(
            or_(
                m.ContactRoute.organiser_id == organiser_id,
                m.ContactRoute.provider_id.in_(providers),
            )
        )

    def of_services(self, service_ids: Iterable[str]) -> dict[str, list[ContactRoute]]:
        ids = sorted(set(service_ids))
        out: dict[str, list[ContactRoute]] = {}
        if not ids:
            return out
        for route in self._select(m.ContactRoute.service_id.in_(ids)):
            out.setdefault(str(route.service_id), []).append(route)
        return out

    def of_providers(self, provider_ids: Iterable[str]) -> dict[str, list[ContactRoute]]:
        """Routes of a provider that belong to no one service (its switchboard, web pages)."""
        ids = sorted(set(provider_ids))
        out: dict[str, list[ContactRoute]] = {}
        if not ids:
            return out
        where = m.ContactRoute.provider_id.in_(ids) & m.ContactRoute.service_id.is_(None)
        for route in self._select(where):
            out.setdefault(str(route.provider_id), []).append(route)
        return out
