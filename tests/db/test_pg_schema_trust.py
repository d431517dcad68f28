"""The schema trust check on PostgreSQL: a trigger, rule, view, policy, foreign table or an
altered table in a region's database is refused with one sentence, and left alone."""

from __future__ import annotations

import psycopg
import pytest

from sote_navigator.core.errors import Problem, UserFacingError
from sote_navigator.db.engine import open_database
from sote_navigator.wording.errors import problem_text
from tests.postgres_server import Server


def _run(server: Server, url: str, sql: str) -> None:
    name = url.split("@/")[1].split("?")[0]
    with psycopg.connect(
        dbname=name, user="postgres", host=str(server.socket_dir), autocommit=True
    ) as con:
        con.execute(sql)  # type: ignore[arg-type]


def test_a_new_database_passes_and_the_check_leaves_nothing(postgres_server: Server) -> None:
    url = postgres_server.new_database()
    open_database(url).dispose()
    open_database(url).dispose()  # checked again at the second opening: still ours


@pytest.mark.parametrize(
    ("sql", "object_type", "name"),
    [
        (
            "CREATE FUNCTION wipe() RETURNS trigger LANGUAGE plpgsql AS "
            "'BEGIN DELETE FROM placement_note; RETURN NEW; END';"
            "CREATE TRIGGER wipe AFTER INSERT ON placement FOR EACH ROW EXECUTE FUNCTION wipe()",
            "trigger",
            "wipe",
        ),
        (
            "CREATE RULE quiet AS ON INSERT TO placement_note DO INSTEAD NOTHING",
            "rule",
            "quiet",
        ),
        ("CREATE VIEW everyone AS SELECT * FROM placement", "view", "everyone"),
        (
            "ALTER TABLE placement ENABLE ROW LEVEL SECURITY;"
            "CREATE POLICY mine ON placement USING (false)",
            "policy",
            "mine",
        ),
        ("CREATE TABLE copies (id INTEGER)", "table", "copies"),
        ("ALTER TABLE placement ADD COLUMN leak TEXT", "table", "placement"),
        ("DROP INDEX ix_placement_status", "index", "ix_placement_status"),
    ],
)
def test_a_change_made_outside_is_refused(
    postgres_server: Server, sql: str, object_type: str, name: str
) -> None:
    url = postgres_server.new_database()
    open_database(url).dispose()
    _run(postgres_server, url, sql)
    with pytest.raises(UserFacingError) as caught:
        open_database(url)
    assert caught.value.problem is Problem.SERVER_SCHEMA_ALTERED
    assert caught.value.facts["object_type"] == object_type
    assert caught.value.facts["name"] == name
    assert "pg_restore" in problem_text(caught.value)
