"""The providers list says in words whether each place is open now, from PTV's full hours:
exceptional hours, closed days and hours over midnight."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import Engine

from sote_navigator import i18n
from sote_navigator.core.vocabulary import EntityKind
from sote_navigator.services import catalogue_import
from sote_navigator.services.workspace import Workspace, open_workspace
from sote_navigator.ui.list_models import OfferingTableModel
from tests.paths import FIXTURES

M = OfferingTableModel
STATION = "ptv:3d8f1a52-6666-4c7b-8e2d-000000000001"  # Mon-Fri 8-16, closed 24.-26.12.
NIGHT = "ptv:3d8f1a52-6666-4c7b-8e2d-000000000003"  # Friday 22-4
APPOINTMENT = "ptv:3d8f1a52-6666-4c7b-8e2d-000000000004"


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    engine = open_workspace(tmp_path_factory.mktemp("now") / "now.sqlite")
    plan = catalogue_import.plan_import(engine, FIXTURES / "ptv" / "real-world")
    assert plan.ok
    catalogue_import.apply_import(engine, plan, allow_unsigned=True)
    return engine


def now_text(qtbot: Any, engine: Engine, location: str, when: dt.datetime) -> str:
    model = OfferingTableModel()
    rows = Workspace(engine=engine).navigator.offerings(EntityKind.LOCATION, location).rows
    assert rows
    model.set_rows(rows, EntityKind.SERVICE)
    model.clock = lambda: when
    texts = {model.index(r, M.NOW).data() for r in range(model.rowCount())}
    assert len(texts) == 1
    return str(texts.pop())


def test_open_now_in_words_from_the_full_hours(qtbot: Any, engine: Engine) -> None:
    try:
        i18n.set_language("fi")
        assert OfferingTableModel().headerData(M.NOW, Qt.Orientation.Horizontal) == "Nyt"
        assert now_text(qtbot, engine, STATION, dt.datetime(2026, 12, 3, 10, 0)) == "auki nyt"
        # A Thursday of regular hours, but Christmas Eve is a closed day.
        assert now_text(qtbot, engine, STATION, dt.datetime(2026, 12, 24, 10, 0)) == ("kiinni nyt")
        # Friday's night runs to four on Saturday morning.
        assert now_text(qtbot, engine, NIGHT, dt.datetime(2026, 12, 5, 3, 0)) == "auki nyt"
        # By appointment only: neither open nor closed.
        assert now_text(qtbot, engine, APPOINTMENT, dt.datetime(2026, 12, 5, 3, 0)) == ""
        i18n.set_language("sv")
        assert now_text(qtbot, engine, STATION, dt.datetime(2026, 12, 24, 10, 0)) == ("stängt nu")
    finally:
        i18n.set_language("fi")
