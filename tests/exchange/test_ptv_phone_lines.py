"""A PTV phone channel keeps every number (prefix, charge type, charge information, language),
and its exceptional hours and closed days decide "open now" as they do for a place."""

from __future__ import annotations

import copy
import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from sote_navigator import i18n
from sote_navigator.core.contact_routes import route_json, times_json
from sote_navigator.services import catalogue_import
from sote_navigator.services.workspace import Workspace, open_workspace
from sote_navigator.wording.contact_routes import route_line
from tests.paths import FIXTURES

SERVICE = "ptv:5e2a7b90-4444-4d1e-a3f2-000000000001"
LINE = "3d8f1a52-6666-4c7b-8e2d-000000000099"


def phone(number: str, language: str, charge: str, info: str | None) -> dict[str, Any]:
    return {
        "type": "Phone",
        "additionalInformation": info,
        "serviceChargeType": charge,
        "chargeDescription": "8,35 snt/min + pvm" if charge == "Charged" else None,
        "prefixNumber": "+358",
        "isFinnishServiceNumber": False,
        "number": number,
        "language": language,
    }


def channel(template: dict[str, Any]) -> dict[str, Any]:
    """A health line with three numbers (Finnish, Swedish, a charged one), weekday hours,
    Christmas Eve closed and New Year's Eve 8-12."""
    c = copy.deepcopy(template)
    c["id"] = LINE
    c["serviceChannelNames"] = [
        {"language": "fi", "value": "Terveysneuvonnan linjat", "type": "Name"},
        {"language": "sv", "value": "Hälsorådgivningens linjer", "type": "Name"},
    ]
    c["phoneNumbers"] = [
        phone("14 266 0001", "fi", "Free", None),
        phone("14 266 0002", "sv", "Free", "Svensk linje"),
        phone("600 12345", "fi", "Charged", None),
        {**phone("14 266 0009", "fi", "Free", None), "type": "Fax"},
    ]
    c["serviceHours"] = [
        {
            "serviceHourType": "DaysOfTheWeek",
            "validFrom": None,
            "validTo": None,
            "isClosed": False,
            "validForNow": True,
            "isAlwaysOpen": False,
            "isReservation": False,
            "additionalInformation": [],
            "openingHour": [
                {"dayFrom": "Monday", "dayTo": "Friday", "from": "08:00:00", "to": "16:00:00"}
            ],
        },
        {
            "serviceHourType": "Exceptional",
            "validFrom": "2026-12-24T00:00:00",
            "validTo": "2026-12-24T00:00:00",
            "isClosed": True,
            "validForNow": False,
            "isAlwaysOpen": False,
            "isReservation": False,
            "additionalInformation": [{"language": "fi", "value": "Jouluaatto"}],
            "openingHour": [],
        },
        {
            "serviceHourType": "Exceptional",
            "validFrom": "2026-12-31T00:00:00",
            "validTo": "2026-12-31T00:00:00",
            "isClosed": False,
            "validForNow": False,
            "isAlwaysOpen": False,
            "isReservation": False,
            "additionalInformation": [],
            "openingHour": [{"from": "08:00:00", "to": "12:00:00"}],
        },
    ]
    c["services"] = [{"service": {"id": SERVICE.removeprefix("ptv:"), "name": None}}]
    return c


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("lines") / "export"
    shutil.copytree(FIXTURES / "ptv" / "real-world", folder)
    channels = json.loads((folder / "channels.json").read_text(encoding="utf-8"))
    template = next(c for c in channels if c.get("serviceChannelType") == "Phone")
    (folder / "line.json").write_text(
        json.dumps(channel(template), ensure_ascii=False), encoding="utf-8"
    )
    return folder


@pytest.fixture(scope="module")
def engine(export: Path, tmp_path_factory: pytest.TempPathFactory) -> Engine:
    engine = open_workspace(tmp_path_factory.mktemp("db") / "lines.sqlite")
    plan = catalogue_import.plan_import(engine, export)
    assert plan.ok
    catalogue_import.apply_import(engine, plan, allow_unsigned=True)
    return engine


def the_line(engine: Engine) -> Any:
    routes = Workspace(engine=engine).navigator.service_routes(SERVICE)
    (line,) = [r for r in routes if r.id.endswith(LINE)]
    return line


def test_every_number_is_kept_with_its_prefix_charge_and_language(engine: Engine) -> None:
    line = the_line(engine)
    assert [(p.number, p.prefix, p.charge, p.language) for p in line.phones] == [
        ("+358 14 266 0001", "+358", "free", "fi"),
        ("+358 14 266 0002", "+358", "free", "sv"),
        ("+358 600 12345", "+358", "charged", "fi"),
    ]  # the fax is not a way in
    assert line.phones[1].charge_info[0]["value"] == "Svensk linje"
    assert line.phones[2].charge_info[0]["value"] == "8,35 snt/min + pvm"
    assert line.number == "+358 14 266 0001"  # the first, as before
    i18n.set_language("fi")
    text = route_line(route_json(line))
    assert "+358 14 266 0001 (suomi, maksuton)" in text
    assert "+358 14 266 0002 (ruotsi, maksuton, Svensk linje)" in text
    assert "+358 600 12345 (suomi, maksullinen, 8,35 snt/min + pvm)" in text


def test_open_now_and_next_exception_use_the_exceptional_hours(engine: Engine) -> None:
    line = route_json(the_line(engine))
    thursday = dt.datetime(2026, 12, 17, 10, 0)
    christmas_eve = dt.datetime(2026, 12, 24, 10, 0)  # a Thursday, but closed
    new_year_s_eve = dt.datetime(2026, 12, 31, 13, 0)  # open until 12 only
    assert times_json(line, thursday)["open_now"] is True
    assert times_json(line, christmas_eve)["open_now"] is False
    assert times_json(line, new_year_s_eve)["open_now"] is False
    assert times_json(line, thursday)["next_exception"]["from"] == "2026-12-24"
    try:
        i18n.set_language("fi")
        assert "kiinni nyt" in route_line(line, christmas_eve)
        assert "auki nyt" in route_line(line, thursday)
        assert "seuraava poikkeus: suljettu 24.12. (Jouluaatto)" in route_line(line, thursday)
        i18n.set_language("sv")
        assert "stängt nu" in route_line(line, christmas_eve)
    finally:
        i18n.set_language("fi")


def test_the_import_is_idempotent_with_every_number(engine: Engine, export: Path) -> None:
    plan = catalogue_import.plan_import(engine, export)
    assert plan.ok
    assert plan.changes_nothing
