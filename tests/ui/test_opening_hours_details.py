"""The details pane tells PTV's hours: open now, the next exception, accessibility sentences."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import Engine

from sote_navigator import i18n
from sote_navigator.services import catalogue_import
from sote_navigator.services.navigator import Navigator
from sote_navigator.services.workspace import open_workspace
from sote_navigator.ui.details_pane import DetailsPane
from tests.paths import FIXTURES

EXPORT = FIXTURES / "ptv" / "real-world"
STATION = "ptv:3d8f1a52-6666-4c7b-8e2d-000000000001"
NIGHT = "ptv:3d8f1a52-6666-4c7b-8e2d-000000000003"
APPOINTMENT = "ptv:3d8f1a52-6666-4c7b-8e2d-000000000004"


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    engine = open_workspace(tmp_path_factory.mktemp("hours") / "hours.sqlite")
    plan = catalogue_import.plan_import(engine, EXPORT)
    assert plan.ok
    catalogue_import.apply_import(engine, plan)
    return engine


def rows_at(qtbot: Any, engine: Engine, location: str, when: dt.datetime) -> dict[str, str]:
    pane = DetailsPane(lambda: "nothing")
    qtbot.addWidget(pane)
    pane.clock = lambda: when
    view = Navigator(engine).location_view(location)
    assert view is not None
    pane.show_location(view)
    rows: dict[str, str] = pane.rows()
    return rows


def test_the_next_holiday_closure_and_open_now_in_finnish_and_swedish(
    qtbot: Any, engine: Engine
) -> None:
    thursday_morning = dt.datetime(2026, 12, 3, 10, 0)
    i18n.set_language("fi")
    rows = rows_at(qtbot, engine, STATION, thursday_morning)
    assert rows["Aukioloajat"] == "ma\u2013pe 8.00\u201316.00"
    assert rows["Nyt"] == "auki nyt"
    assert rows["Seuraava poikkeus"] == "suljettu 24.\u201326.12. (Joulu)"
    assert "Pysäköinti: Liikkumisesteisten pysäköintipaikkoja on 2 kpl." in rows["Esteettömyys"]
    assert "Sisäänkäynti: Sisäänkäynti on tasainen" in rows["Esteettömyys"]
    i18n.set_language("sv")
    rows = rows_at(qtbot, engine, STATION, dt.datetime(2026, 12, 28, 18, 0))
    assert rows["Nu"] == "stängt nu"
    assert rows["Följande undantag"] == "31.12. 8.00\u201312.00"
    assert "Parkering: Det finns 2 parkeringsplatser" in rows["Tillgänglighet"]
    rows = rows_at(qtbot, engine, STATION, dt.datetime(2026, 12, 31, 14, 0))
    assert rows["Följande undantag"] == "31.12. 8.00\u201312.00"
    assert rows["Nu"] == "stängt nu"
    rows = rows_at(qtbot, engine, STATION, dt.datetime(2027, 1, 2, 9, 0))
    assert rows["Följande undantag"] == "stängt 6.1. (Trettondagen)"


def test_over_midnight_and_by_appointment(qtbot: Any, engine: Engine) -> None:
    i18n.set_language("fi")
    saturday_night = dt.datetime(2026, 12, 5, 3, 0)  # Friday's night, 22 to 4
    rows = rows_at(qtbot, engine, NIGHT, saturday_night)
    assert rows["Nyt"] == "auki nyt"
    assert "pe 22.00\u20134.00" in rows["Aukioloajat"]
    assert rows["Illat ja viikonloput"].startswith("auki iltaisin")
    rows = rows_at(qtbot, engine, APPOINTMENT, saturday_night)
    assert "ajanvarauksella" in rows["Aukioloajat"]
    assert "Ajanvaraus puhelimitse" in rows["Aukioloajat"]
    assert "Nyt" not in rows  # by appointment: not "closed"
