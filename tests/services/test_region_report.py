"""Regional reporting: counts by month, service, provider, unit and status, the days from
referral to decision, and never a client reference or a note in any output."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from sqlalchemy import Engine

from sote_navigator.db.engine import database_of
from sote_navigator.services import region_report
from tests.cli_runner import run_cli
from tests.region_placements import NOTE, REFERENCE, add_counted_placements

pytestmark = pytest.mark.both_engines


@pytest.fixture
def counted(placement_engine: Engine) -> Engine:
    return add_counted_placements(placement_engine)


def test_counts_by_month_with_days_from_referral_to_decision(counted: Engine) -> None:
    report = region_report.report(counted, ("month",))
    assert [(r.keys[0].id, r.placements, r.decided) for r in report.rows] == [
        ("2026-03", 4, 3),
        ("2026-04", 1, 1),
    ]
    march = report.rows[0]
    assert march.median_days == 4.0
    assert march.p90_days == pytest.approx(8.8)  # 4 + (10 - 4) * 0.8
    assert report.rows[1].median_days == 6.0
    assert report.placements == 5  # the draft is not counted


def test_counts_by_service_provider_unit_and_status(counted: Engine) -> None:
    report = region_report.report(counted, ("service", "provider", "unit", "status"))
    by_status = {r.keys[3].id: r.placements for r in report.rows}
    assert by_status == {"decided": 3, "referred": 1, "rejected": 1}
    first = report.rows[0]
    assert first.keys[0].id == "S-HOMECARE" and first.keys[0].name
    assert first.keys[1].id and first.keys[1].name
    assert first.keys[2].id == "unit-u6"


def test_one_total_without_a_breakdown(counted: Engine) -> None:
    [total] = region_report.report(counted, ()).rows
    assert (total.placements, total.decided, total.median_days) == (5, 4, 5.0)


def test_no_client_reference_or_note_in_any_output(counted: Engine, tmp_path: Path) -> None:
    database = database_of(counted).url or str(database_of(counted).file)
    home = tmp_path / "home"
    everything = ",".join(region_report.DIMENSIONS)
    out = tmp_path / "report.csv"
    runs = [
        run_cli(
            ["region", "report", "--by", everything, "--csv", str(out), "--db", database], home=home
        ),
        run_cli(["region", "report", "--by", everything, "--json", "--db", database], home=home),
        run_cli(
            ["region", "report", "--by", everything, "--db", database, "--lang", "sv"], home=home
        ),
    ]
    for run in runs:
        assert run.code == 0, run.err
    written = out.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(written.splitlines()))
    assert rows[0] == [
        "month",
        "service_id",
        "service",
        "provider_id",
        "provider",
        "unit_id",
        "unit",
        "status",
        "placements",
        "decided",
        "median_days",
        "p90_days",
    ]
    assert sum(int(r[8]) for r in rows[1:]) == 5
    assert json.loads(runs[1].out)["rows"]
    for text in (written, *(r.out + r.err for r in runs)):
        assert REFERENCE not in text
        assert "ASIAKASVIITE" not in text
        assert NOTE not in text
        assert "tytär" not in text


def test_an_unknown_breakdown_is_one_sentence(counted: Engine, tmp_path: Path) -> None:
    database = database_of(counted).url or str(database_of(counted).file)
    run = run_cli(["region", "report", "--by", "month,client", "--db", database, "--lang", "en"])
    assert run.code == 2
    assert "client" in run.err and "month,service,provider,unit,status" in run.err
