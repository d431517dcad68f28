"""Which organisers offer which services, the offerings in an organiser's units, and which
services are on-call care.

At national scale (100,000 offerings) finding the offerings of a dozen services for one
organiser costs more in SQL than the whole evaluation may take, so the placement keeps small
maps in memory per catalogue version: every service's organisers and the on-call services
(read once), and, per organiser asked about, its offering ids by service (read on first use).
"""

from __future__ import annotations

from sqlalchemy import Engine, select

from sote_navigator.core.placement import names_say_on_call
from sote_navigator.db import models as m
from sote_navigator.services.directory import Directory


class OfferingIndex:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._directory: Directory | None = None
        self._offered_by: dict[str, frozenset[str]] = {}
        self._on_call: frozenset[str] = frozenset()
        self._local: dict[str, dict[str, tuple[str, ...]]] = {}

    def refresh(self, directory: Directory) -> None:
        """Follow the catalogue version of ``directory``; call before a round of questions."""
        if self._directory is None or directory.version != self._directory.version:
            self._directory = directory
            self._offered_by = self._load_offered_by()
            self._on_call = self._load_on_call()
            self._local = {}

    def _load_on_call(self) -> frozenset[str]:
        with self._engine.connect() as con:
            rows = con.execute(select(m.Service.id, m.Service.names, m.Service.keywords))
            return frozenset(r.id for r in rows if names_say_on_call(r.names, r.keywords))

    def is_on_call(self, service_id: str) -> bool:
        return service_id in self._on_call

    def _load_offered_by(self) -> dict[str, frozenset[str]]:
        found: dict[str, set[str]] = {}
        with self._engine.connect() as con:
            rows = con.execute(
                select(m.Offering.service_id, m.RegionalUnit.organiser_id)
                .join(m.OfferingUnit, m.OfferingUnit.offering_id == m.Offering.id)
                .join(m.RegionalUnit, m.RegionalUnit.id == m.OfferingUnit.regional_unit_id)
                .distinct()
            )
            for service_id, organiser_id in rows:
                found.setdefault(service_id, set()).add(organiser_id)
        return {k: frozenset(v) for k, v in found.items()}

    def offered_by(self, service_id: str) -> frozenset[str]:
        """The organisers whose units some offering of the service serves (empty: none)."""
        return self._offered_by.get(service_id, frozenset())

    def local_offerings(self, organiser_id: str, service_id: str) -> tuple[str, ...]:
        """The ids of the service's offerings that serve a unit of the organiser."""
        if organiser_id not in self._local:
            self._local[organiser_id] = self._load_local(organiser_id)
        return self._local[organiser_id].get(service_id, ())

    def _load_local(self, organiser_id: str) -> dict[str, tuple[str, ...]]:
        assert self._directory is not None, "refresh() first"
        units = [u.id for u in self._directory.units_of(organiser_id)]
        found: dict[str, list[str]] = {}
        with self._engine.connect() as con:
            rows = con.execute(
                select(m.OfferingUnit.offering_id, m.Offering.service_id)
                .join(m.Offering, m.Offering.id == m.OfferingUnit.offering_id)
                .where(m.OfferingUnit.regional_unit_id.in_(units))
            )
            for offering_id, service_id in rows:
                found.setdefault(service_id, []).append(offering_id)
        return {k: tuple(sorted(set(v))) for k, v in found.items()}
