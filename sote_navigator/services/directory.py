"""Organisers, regional units and municipalities, read once per catalogue version.

The structure is small (a few hundred rows) and asked about on every keystroke, so it is held
in memory and reloaded only when another catalogue version becomes current.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, select

from sote_navigator.core.catalogue import Merger, Municipality, Organiser, RegionalUnit, Routing
from sote_navigator.core.vocabulary import LanguageStatus, OrganiserKind
from sote_navigator.db import models as m


@dataclass(frozen=True)
class _Membership:
    unit_id: str
    valid_from: dt.date
    valid_to: dt.date | None


@dataclass
class Directory:
    version: int
    municipalities: dict[str, Municipality]
    organisers: dict[str, Organiser]
    units: dict[str, RegionalUnit]
    memberships: dict[str, list[_Membership]]
    mergers: dict[str, tuple[Merger, str]]

    def routing(self, code: str, on: dt.date) -> Routing | None:
        municipality = self.municipalities.get(code)
        if municipality is None:
            return None
        for ms in self.memberships.get(code, []):
            if ms.valid_from <= on and (ms.valid_to is None or on < ms.valid_to):
                unit = self.units[ms.unit_id]
                return Routing(
                    municipality,
                    self.organisers[unit.organiser_id],
                    unit,
                    ms.valid_from,
                    ms.valid_to,
                )
        return None

    def units_of(self, organiser_id: str) -> list[RegionalUnit]:
        return [u for u in self.units.values() if u.organiser_id == organiser_id]


def _load(con: Connection, version: int) -> Directory:
    municipalities = {
        r.code: Municipality(
            r.names, r.code, LanguageStatus(r.language_status), r.region_code, r.region_names
        )
        for r in con.execute(select(m.Municipality).order_by(m.Municipality.code))
    }
    organisers = {
        r.id: Organiser(r.names, r.id, r.code, OrganiserKind(r.kind), r.in_reform)
        for r in con.execute(select(m.Organiser).order_by(m.Organiser.code))
    }
    units = {
        r.id: RegionalUnit(r.names, r.id, r.code, r.organiser_id)
        for r in con.execute(select(m.RegionalUnit).order_by(m.RegionalUnit.code))
    }
    memberships: dict[str, list[_Membership]] = {}
    for r in con.execute(select(m.Membership).order_by(m.Membership.valid_from.desc())):
        memberships.setdefault(r.municipality_code, []).append(
            _Membership(r.regional_unit_id, r.valid_from, r.valid_to)
        )
    mergers = {
        r.code: (Merger(r.code, r.names, r.merged_on), r.merged_into)
        for r in con.execute(select(m.FormerMunicipality))
    }
    return Directory(version, municipalities, organisers, units, memberships, mergers)


class DirectoryCache:
    """Hands out the directory of the current catalogue version, loading it when it changed."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._directory: Directory | None = None

    def get(self) -> Directory:
        with self._engine.connect() as con:
            # Only the version number: this runs on every lookup and evaluation.
            version = int(
                con.execute(
                    select(m.CatalogueVersion.id).where(m.CatalogueVersion.is_current.is_(True))
                ).scalar()
                or 0
            )
            if self._directory is None or self._directory.version != version:
                self._directory = _load(con, version)
            return self._directory
