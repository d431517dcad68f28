"""A database or backup is trusted only with exactly our schema and placements that read; a
damaged placement is listed as damaged and the rest of the history goes on."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from sote_navigator.core.errors import Problem, UserFacingError
from sote_navigator.core.placement_record import PlacementInput
from sote_navigator.db import search_index
from sote_navigator.db.engine import open_database
from sote_navigator.db.models import Base
from sote_navigator.services import backup
from sote_navigator.services.placement_records import PlacementRecords
from sote_navigator.services.workspace import open_workspace
from tests.cli_runner import run_cli
from tests.paths import FIXTURES

FIXTURE_V1 = FIXTURES / "schema-v1.sqlite"
PORVOO = ["--municipality", "Borgå", "--age", "82", "--language", "sv", "--need", "hemvård"]


def _entered(note: str) -> PlacementInput:
    return PlacementInput(
        municipality="Borgå",
        age=82,
        language="sv",
        need_kind="words",
        need_value="hemvård",
        need_text="hemvård",
        service_id="S-HOMECARE",
        offering_id="off-omsorg-homecare",
        status="referred",
        notes=note,
    )


@pytest.fixture
def desk(tmp_path: Path, placement_catalogue_file: Path) -> Iterator[tuple[Path, Engine]]:
    """The user's database with two placements, and a backup of it to tamper with."""
    path = tmp_path / "home" / "sote-navigator.sqlite"
    engine = open_workspace(path, placement_catalogue_file)
    records = PlacementRecords(engine)
    records.commit(None, _entered("ensimmäinen"))
    records.commit(None, _entered("toinen"))
    yield path, engine
    engine.dispose()


def _sql(path: Path, *statements: str) -> None:
    con = sqlite3.connect(path)
    try:
        for statement in statements:
            con.execute(statement)
        con.commit()
    finally:
        con.close()


def _tampered(desk: tuple[Path, Engine], tmp_path: Path, *statements: str) -> Path:
    path, _engine = desk
    copy = tmp_path / "tampered.sqlite"
    backup.backup(path, copy)
    _sql(copy, *statements)
    return copy


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "logs")


TAMPERING: dict[str, tuple[tuple[str, ...], Problem, str]] = {
    "a trigger that deletes every placement": (
        ("CREATE TRIGGER wipe AFTER INSERT ON placement BEGIN DELETE FROM placement; END",),
        Problem.RESTORE_ALTERED,
        "a trigger \u201cwipe\u201d that is not Sote Navigator\u2019s",
    ),
    "a view in place of a table": (
        (
            "DROP TABLE service_class_link",
            "CREATE VIEW service_class_link AS SELECT id AS service_id, id AS class_uri "
            "FROM service",
        ),
        Problem.RESTORE_ALTERED,
        "a view \u201cservice_class_link\u201d that is not Sote Navigator\u2019s",
    ),
    "a dropped table": (
        ("DROP TABLE placement_note",),
        Problem.RESTORE_ALTERED,
        "the table \u201cplacement_note\u201d is missing",
    ),
    "a column added": (
        ("ALTER TABLE placement ADD COLUMN spy TEXT",),
        Problem.RESTORE_ALTERED,
        "the table \u201cplacement\u201d was altered",
    ),
    "an index dropped": (
        ("DROP INDEX ix_placement_status",),
        Problem.RESTORE_ALTERED,
        "the index \u201cix_placement_status\u201d is missing",
    ),
    "broken JSON in a placement": (
        ("UPDATE placement SET input = '{broken' WHERE id = 2",),
        Problem.RESTORE_PLACEMENTS_DAMAGED,
        "(1 of them, the first is number 2)",
    ),
    "a date that is not one": (
        ("UPDATE placement SET created_at = 'not a date'",),
        Problem.RESTORE_PLACEMENTS_DAMAGED,
        "(2 of them, the first is number 1)",
    ),
    "a note whose date is not one": (
        ("UPDATE placement_note SET created_at = 'eilen' WHERE placement_id = 2",),
        Problem.RESTORE_PLACEMENTS_DAMAGED,
        "(1 of them, the first is number 2)",
    ),
}


@pytest.mark.parametrize("case", list(TAMPERING))
def test_a_tampered_backup_is_refused_and_the_desk_goes_on(
    desk: tuple[Path, Engine], tmp_path: Path, case: str
) -> None:
    statements, problem, words = TAMPERING[case]
    path, engine = desk
    source = _tampered(desk, tmp_path, *statements)
    engine.dispose()
    before = path.read_bytes()
    listing = _listing(path.parent)
    with pytest.raises(UserFacingError) as caught:
        backup.restore(source, path)
    assert caught.value.problem is problem
    run = run_cli(["restore", str(source), "--db", str(path), "--lang", "en"], home=path.parent)
    assert run.code == 2, run.err
    assert len(run.err.strip().splitlines()) == 1, run.err
    assert words in run.err, run.err
    assert "nothing was restored" in run.err
    assert path.read_bytes() == before
    assert _listing(path.parent) == listing  # no copy left behind
    saved = run_cli(
        ["place", *PORVOO, "--save", "--db", str(path), "--lang", "en"], home=path.parent
    )
    assert saved.code == 0, saved.err
    listed = run_cli(["placements", "list", "--json", "--db", str(path)], home=path.parent)
    assert listed.code == 0, listed.err
    assert [p["id"] for p in listed.json()["placements"]] == [3, 2, 1]


def test_an_older_backup_with_a_trigger_is_refused_before_it_is_upgraded(
    desk: tuple[Path, Engine], tmp_path: Path
) -> None:
    path, engine = desk
    engine.dispose()
    source = tmp_path / "v1.sqlite"
    shutil.copyfile(FIXTURE_V1, source)
    _sql(source, "CREATE TRIGGER wipe AFTER INSERT ON service BEGIN DELETE FROM service; END")
    before = path.read_bytes()
    with pytest.raises(UserFacingError) as caught:
        backup.restore(source, path)
    assert caught.value.problem is Problem.RESTORE_ALTERED
    assert caught.value.facts["name"] == "wipe"
    assert path.read_bytes() == before


def test_opening_an_altered_database_is_refused_and_leaves_it_alone(
    desk: tuple[Path, Engine],
) -> None:
    path, engine = desk
    engine.dispose()
    _sql(path, "CREATE TRIGGER wipe AFTER INSERT ON placement BEGIN DELETE FROM placement; END")
    before = path.read_bytes()
    with pytest.raises(UserFacingError) as caught:
        open_database(path)
    assert caught.value.problem is Problem.SCHEMA_ALTERED
    run = run_cli(["place", *PORVOO, "--save", "--db", str(path), "--lang", "en"], home=path.parent)
    assert run.code == 2
    assert run.err.strip() == (
        f"The database {path} was changed outside Sote Navigator (a trigger \u201cwipe\u201d "
        "that is not Sote Navigator\u2019s), so it was not opened and nothing was changed: "
        "restore your latest backup with \u201csote-navigator restore FILE\u201d."
    )
    assert path.read_bytes() == before


def test_a_damaged_placement_is_listed_as_damaged_and_the_history_goes_on(
    desk: tuple[Path, Engine], tmp_path: Path
) -> None:
    path, engine = desk
    engine.dispose()
    _sql(path, "UPDATE placement SET input = '{broken', created_at = 'not a date' WHERE id = 1")
    listed = run_cli(["placements", "list", "--json", "--db", str(path)], home=path.parent)
    assert listed.code == 0, listed.err
    assert [p["id"] for p in listed.json()["placements"]] == [2]
    assert listed.json()["damaged"] == [{"id": 1, "column": "created_at"}]
    text = run_cli(["placements", "list", "--db", str(path), "--lang", "en"], home=path.parent)
    assert text.code == 0, text.err
    lines = text.out.strip().splitlines()
    assert lines[0].startswith("2\t")
    assert lines[1] == "1\t\u2014\tdamaged: its stored created_at cannot be read"
    shown = run_cli(
        ["placements", "show", "1", "--db", str(path), "--lang", "en"], home=path.parent
    )
    assert shown.code == 2
    assert shown.err.startswith("Placement 1 is damaged: its stored created_at cannot be read.")
    assert "Traceback" not in shown.err
    exported = run_cli(
        ["placements", "export", str(tmp_path / "p.csv"), "--db", str(path)], home=path.parent
    )
    assert exported.code == 0, exported.err
    assert run_cli(["place", *PORVOO, "--save", "--db", str(path)], home=path.parent).code == 0


def test_the_expected_schema_is_what_this_version_makes(tmp_path: Path) -> None:
    """Derived from the models and the search index: a table added to the models is expected
    without a list to update, and a new database matches it exactly."""
    from sote_navigator.db import schema_check

    expected = schema_check.expected()
    tables = {name for kind, name in expected if kind == "table"}
    assert set(Base.metadata.tables) <= tables
    assert {search_index.WORDS_TABLE, search_index.TRIGRAM_TABLE} <= tables
    assert not [key for key in expected if key[0] in ("trigger", "view")]
    engine = open_database(tmp_path / "new.sqlite")
    try:
        with engine.connect() as con:
            raw = con.connection.dbapi_connection
            assert isinstance(raw, sqlite3.Connection)
            assert schema_check.differences(raw) == []
    finally:
        engine.dispose()


def test_the_history_window_lists_the_rest_and_names_the_damaged(
    qtbot: QtBot, desk: tuple[Path, Engine]
) -> None:
    from sote_navigator.ui.history import HistoryDialog

    path, engine = desk
    _sql(path, "UPDATE placement SET snapshot = '[not json' WHERE id = 2")
    dialog = HistoryDialog(engine)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = [dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())]
    assert shown == [1]
    assert dialog.result_label.text().startswith("Placements 2 cannot be read")
