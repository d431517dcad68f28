"""A placement saved with ``place --save`` is the record the wizard's Finish saves (scenario 15).

The same client is saved through both paths into one database on the shipped default catalogue:
the command line in a subprocess, the wizard with pytest-qt. The two rows must be equal column by
column (the snapshot included), apart from the row's ids (its number, its stable uid and the
desk that saved it), its times and the wizard's step.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select

from sote_navigator.db import placement_models as pm
from sote_navigator.services.workspace import Workspace, open_workspace
from sote_navigator.ui.wizard import PlacementWizard
from tests.catalogue_factory import _offering, placement_catalogue
from tests.cli_runner import run_cli
from tests.wizard_driver import fill_client, fill_need, press_next, type_text

# What differs between two saves of the same placement by nature, not by content.
NOT_COMPARED = {"id", "uid", "desk_id", "created_at", "updated_at", "wizard_step"}
UNIT = "unit-u6"  # Eastern Uusimaa in the test catalogue


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Engine]]:
    path = tmp_path_factory.mktemp("paths") / "paths.sqlite"
    engine = open_workspace(path)
    yield path, engine
    engine.dispose()


def cli_save(db: Path, *args: str) -> int:
    run = run_cli(["--db", str(db), "--lang", "en", "place", *args, "--save", "--json"])
    assert run.code == 0, run.err
    assert "Saved placement" in run.err
    return int(run.err.split("Saved placement ", 1)[1].split(" ", 1)[0])


def row(engine: Engine, placement_id: int) -> dict[str, Any]:
    with engine.connect() as con:
        found = con.execute(select(pm.Placement).where(pm.Placement.id == placement_id)).one()
    values = dict(found._mapping)
    values["input"] = {k: v for k, v in values["input"].items() if k != "step"}
    return {k: v for k, v in values.items() if k not in NOT_COMPARED}


def notes(engine: Engine, placement_id: int) -> list[str]:
    record = Workspace(engine=engine).records.get(placement_id)
    assert record is not None
    return [n.text for n in record.notes]


def wizard_save(
    qtbot: QtBot,
    engine: Engine,
    municipality: str,
    age: int,
    language: str,
    need: str,
    *,
    service_id: str = "",
    provider_row: int = 0,
    note: str = "",
) -> int:
    wizard = PlacementWizard(Workspace(engine=engine))
    qtbot.addWidget(wizard)
    wizard.show()
    fill_client(wizard, municipality, age, language)
    assert press_next(wizard) == 1
    fill_need(wizard, need)
    assert press_next(wizard) == 2
    if service_id:
        wizard.pages[2].select_service(service_id)
    assert press_next(wizard) == 3
    provider = wizard.pages[3]
    if provider.model.rowCount():
        provider.table.selectRow(provider_row)
    if note:
        type_text(provider.notes, note)
    assert press_next(wizard) == 4
    with qtbot.waitSignal(wizard.committed) as committed:
        wizard.accept()
    return int(committed.args[0])


def assert_same_record(engine: Engine, from_cli: int, from_wizard: int) -> dict[str, Any]:
    cli, wizard = row(engine, from_cli), row(engine, from_wizard)
    differing = {k: (cli[k], wizard[k]) for k in cli if cli[k] != wizard[k]}
    assert differing == {}
    assert notes(engine, from_cli) == notes(engine, from_wizard)
    return cli


def test_the_best_fit_is_recorded_as_the_wizard_records_it(
    qtbot: QtBot, database: tuple[Path, Engine]
) -> None:
    db, engine = database
    from_cli = cli_save(
        db,
        *("--municipality", "Borgå", "--age", "82", "--language", "sv", "--need", "hemvård"),
        *("--status", "referred", "--note", "Föll hemma."),
    )
    from_wizard = wizard_save(qtbot, engine, "Borgå", 82, "sv", "hemvård", note="Föll hemma.")
    record = assert_same_record(engine, from_cli, from_wizard)
    snap = record["snapshot"]
    assert record["service_id"] == snap["service"]["id"] and record["service_id"]
    assert record["verdict"] == "assessment_decision"
    assert record["offering_id"] == snap["choice_set"]["offered"][0]["offering_id"]
    assert record["provider_id"] and record["service_name"] and record["provider_name"]
    assert snap["service"]["reasons"] and snap["provider"]["reasons"]
    assert record["summary_language"] == "sv" and record["service_name"] == "Hemvård"


def test_a_chosen_service_and_provider_are_recorded_as_chosen(
    qtbot: QtBot, database: tuple[Path, Engine]
) -> None:
    db, engine = database
    client = ("--municipality", "Porvoo", "--age", "40", "--language", "fi")
    shown = run_cli(["--db", str(db), *("place", *client, "--need", "suun", "--json")])
    # "suun" (oral) finds several dental services; a vocabulary term such as "lääkäri" means
    # one service only, so it cannot show a second service being chosen.
    services = shown.json()["services"]
    # The second service that has at least two providers, and its second provider.
    second = [s for s in services if s["choice_set"] and len(s["choice_set"]["providers"]) > 1][1]
    service_id = second["service"]["id"]
    offering_id = second["choice_set"]["providers"][1]["offering_id"]
    from_cli = cli_save(
        db,
        *client,
        *("--need", "suun", "--service", service_id, "--offering", offering_id),
        *("--status", "referred"),
    )
    from_wizard = wizard_save(
        qtbot, engine, "Porvoo", 40, "fi", "suun", service_id=service_id, provider_row=1
    )
    record = assert_same_record(engine, from_cli, from_wizard)
    assert (record["service_id"], record["offering_id"]) == (service_id, offering_id)
    assert record["snapshot"]["provider"]["rank"] == 2


def test_history_counts_and_printout_show_service_and_provider(
    database: tuple[Path, Engine], tmp_path: Path
) -> None:
    db, _engine = database
    placement_id = cli_save(
        db, *("--municipality", "Vihti", "--age", "35", "--language", "fi", "--need", "hammashoito")
    )
    shown = run_cli(["--db", str(db), "placements", "show", str(placement_id), "--json"]).json()
    assert shown["service_id"] and shown["offering_id"] and shown["provider_id"]
    assert shown["verdict"] == "eligible"
    service = shown["snapshot"]["service"]["names"][0]["value"]
    provider = shown["snapshot"]["provider"]["provider"]["names"][0]["value"]

    listed = run_cli(["--db", str(db), "--lang", "fi", "placements", "list"]).out
    line = next(x for x in listed.splitlines() if x.startswith(f"{placement_id}\t"))
    assert "Vihti" in line and service in line and provider in line

    printout = run_cli(["--db", str(db), "--lang", "fi", "placements", "show", str(placement_id)])
    assert service in printout.out and provider in printout.out

    target = tmp_path / "placements.csv"
    assert run_cli(["--db", str(db), "placements", "export", str(target)]).code == 0
    with (tmp_path / "placements-counts.csv").open(encoding="utf-8-sig") as f:
        counts = {(r["dimension"], r["id"]) for r in csv.DictReader(f)}
    assert ("service", shown["service_id"]) in counts
    assert ("provider", shown["provider_id"]) in counts
    with target.open(encoding="utf-8-sig") as f:
        exported = next(r for r in csv.DictReader(f) if r["id"] == str(placement_id))
    assert exported["service"] == service and exported["provider"] == provider


def test_a_chosen_provider_ranked_below_the_listed_ones_is_recorded(tmp_path: Path) -> None:
    """The client may choose a provider that ranks past the ten listed: the wizard keeps it
    with "Show all"; the command line keeps the one named with --offering."""
    doc = placement_catalogue()
    # Twelve voucher providers without a fixed place ("no fixed place" is listed once each).
    template = next(p for p in doc["providers"] if p["id"] == "prov-omsorg")
    doc["providers"] += [{**template, "id": f"prov-extra-{i:02}"} for i in range(12)]
    doc["offerings"] += [
        _offering(
            f"off-extra-{i:02}", "S-HOMECARE", f"prov-extra-{i:02}", None, [UNIT], "voucher", []
        )
        for i in range(12)
    ]
    source = tmp_path / "many.json"
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "many.sqlite"
    open_workspace(db, source).dispose()
    porvoo = ("--municipality", "Borgå", "--age", "82", "--language", "sv", "--need", "hemvård")
    shown = run_cli(["--db", str(db), "place", *porvoo, "--json"]).json()
    listed = {p["offering_id"] for p in shown["services"][0]["choice_set"]["providers"]}
    unlisted = max({f"off-extra-{i:02}" for i in range(12)} - listed)
    placement_id = cli_save(db, *porvoo, "--offering", unlisted)
    saved = run_cli(["--db", str(db), "placements", "show", str(placement_id), "--json"]).json()
    assert saved["offering_id"] == unlisted
    assert saved["snapshot"]["provider"]["rank"] > 10
