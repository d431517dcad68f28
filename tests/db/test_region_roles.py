"""Least privilege on a region's PostgreSQL database: ``region init``, the desk and the
maintainer roles, and a password never taken from a URL the user gives."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Column, Integer, Table
from sqlalchemy.exc import DBAPIError

from sote_navigator.core.errors import Problem
from sote_navigator.core.placement_record import PlacementInput
from sote_navigator.db import region_roles
from sote_navigator.db.engine import open_database
from sote_navigator.db.models import Base
from sote_navigator.services import catalogue_history, region_setup
from sote_navigator.services.workspace import Workspace, open_workspace
from sote_navigator.wording.errors import problem_text
from tests.cli_runner import run_cli
from tests.paths import ROOT
from tests.postgres_server import Server

PORVOO = ["--municipality", "Borgå", "--age", "82", "--language", "sv", "--need", "hemvård"]


def _dbname(url: str) -> str:
    return url.split("@/")[1].split("?")[0]


def _as(server: Server, url: str, login: str) -> str:
    return f"postgresql://{login}@/{_dbname(url)}?host={server.socket_dir}"


def _sql(server: Server, url: str, login: str, sql: str) -> list[tuple[object, ...]]:
    with psycopg.connect(
        dbname=_dbname(url), user=login, host=str(server.socket_dir), autocommit=True
    ) as con:
        cur = con.execute(sql)  # type: ignore[arg-type]
        return cur.fetchall() if cur.description else []


@pytest.fixture
def region(postgres_server: Server, placement_catalogue_file: Path, tmp_path: Path) -> str:
    """A region's database with the placement catalogue and the roles: desk1 a desk,
    keeper1 a maintainer."""
    url = postgres_server.new_database()
    open_workspace(url, placement_catalogue_file).dispose()
    run = run_cli(
        ["region", "init", "--desk", "desk1", "--maintainer", "keeper1", "--db", url],
        home=tmp_path / "home",
    )
    assert run.code == 0, run.err
    return url


def test_region_init_is_idempotent_and_says_what_it_did(
    region: str, postgres_server: Server, tmp_path: Path
) -> None:
    run = run_cli(
        ["region", "init", "--desk", "desk1", "--db", region, "--json"], home=tmp_path / "home"
    )
    assert run.code == 0, run.err
    done = run.json()
    assert done["created_roles"] == []  # made by the first run
    assert done["created_logins"] == []
    assert done["desk_writes"] == region_roles.record_tables()
    assert {"placement", "placement_note"} <= set(done["desk_writes"])
    run = run_cli(["region", "init", "--db", region, "--lang", "fi"], home=tmp_path / "home")
    assert run.code == 0, run.err
    assert region_roles.DESK in run.out


def test_a_desk_reads_and_saves_placements_but_cannot_import_or_roll_back(
    region: str, postgres_server: Server, tmp_path: Path, placement_catalogue_file: Path
) -> None:
    desk = _as(postgres_server, region, "desk1")
    home = tmp_path / "home"
    before = _sql(
        postgres_server, region, "postgres", "SELECT id, is_current FROM catalogue_version"
    )
    run = run_cli(["search", "hemvård", "--db", desk, "--lang", "sv"], home=home)
    assert run.code == 0, run.err
    run = run_cli(
        [
            "place",
            *PORVOO,
            "--save",
            "--offering",
            "off-ll-homecare",
            "--status",
            "referred",
            "--db",
            desk,
            "--lang",
            "en",
        ],
        home=home,
    )
    assert run.code == 0, run.err
    run = run_cli(["placements", "status", "1", "decided", "--db", desk], home=home)
    assert run.code == 0, run.err
    for language, words in (
        ("fi", "ylläpitäjä"),
        ("sv", "underhåll"),
        ("en", "catalogue maintainer role (sote_navigator_maintainer)"),
    ):
        run = run_cli(
            [
                "catalogue",
                "import",
                str(placement_catalogue_file),
                "--allow-unsigned",
                "--db",
                desk,
                "--lang",
                language,
            ],
            home=home,
        )
        assert run.code == 2, run.out + run.err
        assert words in run.err.lower() or words in run.err
        assert "desk1" in run.err
        assert len(run.err.strip().splitlines()) == 1
        assert "Traceback" not in run.err
    run = run_cli(["catalogue", "rollback", "1", "--db", desk, "--lang", "en"], home=home)
    assert run.code == 2
    assert "sote_navigator_maintainer" in run.err
    after = _sql(
        postgres_server, region, "postgres", "SELECT id, is_current FROM catalogue_version"
    )
    assert after == before
    assert _sql(postgres_server, region, "postgres", "SELECT status FROM placement") == [
        ("decided",)
    ]


@pytest.mark.parametrize(
    "statement",
    [
        "DELETE FROM offering",
        "UPDATE service SET id = id",
        "INSERT INTO catalogue_version (id) VALUES (99)",
        "DELETE FROM search_words",
        "UPDATE sote_navigator_schema SET version = 99",
        "DELETE FROM placement",
        "CREATE TABLE mine (id INTEGER)",
        "DROP TABLE placement_note",
    ],
)
def test_a_desk_has_no_other_right(region: str, postgres_server: Server, statement: str) -> None:
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        _sql(postgres_server, region, "desk1", statement)


def test_a_maintainer_imports_and_rolls_back_but_writes_no_placement(
    region: str, postgres_server: Server, tmp_path: Path, placement_catalogue_file: Path
) -> None:
    keeper = _as(postgres_server, region, "keeper1")
    document = json.loads(placement_catalogue_file.read_text(encoding="utf-8"))
    document["catalogue"]["version"] = "2099.1"
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    home = tmp_path / "home"
    run = run_cli(
        ["catalogue", "import", str(newer), "--allow-unsigned", "--db", keeper], home=home
    )
    assert run.code == 0, run.err
    run = run_cli(["catalogue", "rollback", "--db", keeper], home=home)
    assert run.code == 0, run.err
    engine = open_workspace(region)
    try:
        assert len(catalogue_history.history(engine)) == 2
    finally:
        engine.dispose()
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        _sql(
            postgres_server,
            region,
            "keeper1",
            "UPDATE placement SET status = 'cancelled'",
        )


@pytest.fixture
def added_record_table() -> Iterator[Table]:
    """A table a later schema adds beside the placements (as sync's outbox would)."""
    table = Table(
        "placement_event_for_test", Base.metadata, Column("id", Integer, primary_key=True)
    )
    yield table
    Base.metadata.remove(table)


def test_a_table_added_later_gets_its_rights_by_the_same_rule(
    region: str, postgres_server: Server, tmp_path: Path, added_record_table: Table
) -> None:
    _sql(
        postgres_server,
        region,
        "postgres",
        "CREATE TABLE placement_event_for_test (id SERIAL PRIMARY KEY)",
    )
    # Before any grant runs: readable by both roles (default privileges), written by none.
    assert _sql(postgres_server, region, "desk1", "SELECT * FROM placement_event_for_test") == []
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        _sql(
            postgres_server, region, "desk1", "INSERT INTO placement_event_for_test DEFAULT VALUES"
        )
    assert "placement_event_for_test" in region_roles.record_tables()
    engine = open_database(region)  # in this process, whose models hold the new table
    try:
        region_setup.init_roles(engine)
    finally:
        engine.dispose()
    _sql(postgres_server, region, "desk1", "INSERT INTO placement_event_for_test DEFAULT VALUES")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        _sql(
            postgres_server,
            region,
            "keeper1",
            "INSERT INTO placement_event_for_test DEFAULT VALUES",
        )


def test_the_sql_script_grants_what_region_init_grants() -> None:
    script = (ROOT / "packaging" / "region-roles.sql").read_text(encoding="utf-8")
    granted = re.findall(
        r"GRANT SELECT, INSERT, UPDATE ON TABLE (\w+) TO sote_navigator_desk", script
    )
    assert sorted(granted) == region_roles.record_tables()
    assert region_roles.DESK_ON_RECORDS == "SELECT, INSERT, UPDATE"


def test_the_sql_script_runs_and_a_desk_then_saves(
    postgres_server: Server, placement_catalogue_file: Path
) -> None:
    url = postgres_server.new_database()
    open_workspace(url, placement_catalogue_file).dispose()
    script = (ROOT / "packaging" / "region-roles.sql").read_text(encoding="utf-8")
    _sql(postgres_server, url, "postgres", script)
    _sql(postgres_server, url, "postgres", script)  # idempotent
    _sql(postgres_server, url, "postgres", "GRANT sote_navigator_desk TO desk1")
    _sql(
        postgres_server,
        url,
        "desk1",
        "INSERT INTO placement_note (placement_id, created_at, text, status) "
        "SELECT 1, now(), '', '' WHERE false",
    )
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        _sql(postgres_server, url, "desk1", "DELETE FROM offering")


@pytest.mark.parametrize("where", ["command line", "settings"])
def test_a_password_in_a_given_url_is_refused_and_never_written(tmp_path: Path, where: str) -> None:
    url = f"postgresql://desk:s3cr3t-word@/navigator?host={tmp_path / 'no-server'}"
    home = tmp_path / "home"
    args = ["info", "--lang", "en"]
    if where == "command line":
        args += ["--db", url]
    else:
        home.mkdir()
        (home / "settings.ini").write_text(f"[database]\nlocation={url}\n", encoding="utf-8")
    run = run_cli(args, home=home)
    assert run.code == 2, run.out + run.err
    assert "PGPASSWORD" in run.err
    assert "postgresql://desk:***@/navigator" in run.err
    assert "s3cr3t" not in run.err + run.out
    assert list((home / "logs").glob("*.log"))  # the log was written, without it
    for written in home.rglob("*"):
        if written.is_file() and written.name != "settings.ini":  # where the test put it
            assert "s3cr3t" not in written.read_text(errors="replace"), written


def test_what_a_desk_may_not_do_is_one_sentence_naming_the_user(
    region: str, postgres_server: Server
) -> None:
    workspace = Workspace(_as(postgres_server, region, "desk1"))
    try:
        draft = workspace.records.save_draft(None, PlacementInput(municipality="Porvoo"))
        with pytest.raises(DBAPIError) as caught:
            workspace.records.discard(draft)  # a delete: not the desk role's right
        known = workspace.failure(caught.value)
        assert known is not None
        assert known.problem is Problem.SERVER_NOT_PERMITTED
        assert known.facts["user"] == "desk1"
        assert "desk1" in problem_text(known)
    finally:
        workspace.close()
    assert _sql(postgres_server, region, "postgres", "SELECT count(*) FROM placement") == [(1,)]
