"""``place`` and ``placements`` end to end: subprocess, real SQLite file, exit codes, output."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from sote_navigator.core.placement_record import PlacementInput
from sote_navigator.services.workspace import Workspace, open_workspace
from tests.cli_runner import run_cli
from tests.postgres_server import database_for

pytestmark = pytest.mark.both_engines

PORVOO = ["--municipality", "Borgå", "--age", "82", "--language", "sv", "--need", "hemvård"]


@pytest.fixture
def db(
    request: pytest.FixtureRequest, tmp_path: Path, placement_catalogue_file: Path, engine_kind: str
) -> str:
    """The database the commands run on: a file, or a PostgreSQL database (both_engines)."""
    database = database_for(request, tmp_path, "cli")
    open_workspace(database, placement_catalogue_file).dispose()
    return database


def test_place_json_scenario_porvoo(db: str) -> None:
    run = run_cli(["place", *PORVOO, "--home-visit", "--json", "--db", str(db), "--lang", "sv"])
    assert run.code == 0, run.err
    data = run.json()
    assert data["context"]["municipality"]["name"] == "Borgå"
    assert data["context"]["organiser"]["name"] == "Östra Nylands välfärdsområde"
    assert [r["code"] for r in data["client_reasons"]] == ["language_right"]
    (home_care,) = data["services"]
    assert home_care["service"]["name"] == "Hemvård"
    assert home_care["verdict"] == "assessment_decision"
    providers = home_care["choice_set"]["providers"]
    assert [p["offering_id"] for p in providers] == [
        "off-omsorg-homecare",
        "off-ll-homecare",
        "off-aurinko-homecare",
    ]
    assert providers[0]["reasons"][0]["code"] == "serves_in_language"
    assert providers[0]["reasons"][0]["text"]
    assert providers[0]["voucher"] == {
        "kind": "palveluseteli",
        "value_cents": 3400,
        "self_share_cents": 1000,
        "unit": "hour",
    }
    assert home_care["choice_set"]["voucher"]["value_cents"] == 3250


def test_place_json_keys_are_stable_across_languages(db: str) -> None:
    def keys(value: object) -> object:
        if isinstance(value, dict):
            return {k: keys(v) for k, v in value.items() if k != "names"}
        if isinstance(value, list):
            return [keys(v) for v in value]
        return None

    fi = run_cli(["place", *PORVOO, "--json", "--db", str(db), "--lang", "fi"]).json()
    en = run_cli(["place", *PORVOO, "--json", "--db", str(db), "--lang", "en"]).json()
    assert keys(fi) == keys(en)


def test_place_text_in_english(db: str) -> None:
    run = run_cli(["place", *PORVOO, "--db", str(db), "--lang", "en"])
    assert run.code == 0, run.err
    assert "Eligible after a service-need assessment and an authority decision" in run.out
    assert "1. Omsorg i Borgå Ab" in run.out
    assert "32,50\u00a0€" in run.out  # babel's non-breaking space
    assert "EXAMPLE DATA" in run.out


def test_place_unknown_municipality_suggests_and_exits_2(db: str) -> None:
    run = run_cli(
        [
            "place",
            "--municipality",
            "Porvo",
            "--age",
            "82",
            "--language",
            "sv",
            "--need",
            "hemvård",
            "--db",
            str(db),
            "--lang",
            "en",
        ]
    )
    assert run.code == 2
    assert "Porvoo" in run.err
    assert "Traceback" not in run.err


@pytest.mark.parametrize(
    "bad",
    [["--age", "-3"], ["--age", "eighty"], ["--language", "swedish!"]],
)
def test_place_bad_arguments_exit_2(db: str, bad: list[str]) -> None:
    args = {"--municipality": "Porvoo", "--age": "82", "--language": "sv", "--need": "x"}
    args.update(dict(zip(bad[::2], bad[1::2], strict=True)))
    run = run_cli(["place", *[x for kv in args.items() for x in kv], "--db", str(db)])
    assert run.code == 2
    assert "Traceback" not in run.err


def test_place_nothing_matches_exits_1(db: str) -> None:
    run = run_cli(
        [
            "place",
            "--municipality",
            "Porvoo",
            "--age",
            "40",
            "--language",
            "fi",
            "--need",
            "qqqzzz",
            "--db",
            str(db),
            "--lang",
            "en",
        ]
    )
    assert run.code == 1
    assert "No service in the catalogue matches" in run.out


def test_place_other_language_needs_an_interpreter(db: str) -> None:
    data = run_cli(
        [
            "place",
            "--municipality",
            "Porvoo",
            "--age",
            "40",
            "--language",
            "ru",
            "--need",
            "hammashoitola",
            "--json",
            "--db",
            str(db),
        ]
    ).json()
    assert [r["code"] for r in data["client_reasons"]] == ["interpreter_needed"]
    assert data["context"]["interpreter"] is True


def _commit_two(db: str) -> list[int]:
    engine = open_workspace(db, None)
    records = Workspace(engine=engine).records
    ids = [
        records.commit(
            None,
            PlacementInput(
                municipality="Borgå",
                age=82,
                language="sv",
                need_kind="service",
                need_value="S-HOMECARE",
                service_id="S-HOMECARE",
                offering_id="off-omsorg-homecare",
                status="referred",
                client_reference='=HYPERLINK("x")',
            ),
        ).id,
        records.commit(
            None,
            PlacementInput(
                municipality="Porvoo",
                age=35,
                language="fi",
                need_kind="service",
                need_value="S-DENTAL",
                service_id="S-DENTAL",
                offering_id="off-ll-dental",
                status="decided",
            ),
        ).id,
    ]
    records.save_draft(None, PlacementInput(municipality="Porvoo", age=50, step=1))
    engine.dispose()
    return ids


def test_placements_list_show_status(db: str) -> None:
    home_care, dental = _commit_two(db)
    listing = run_cli(["placements", "list", "--json", "--db", str(db)]).json()["placements"]
    assert len(listing) == 3
    assert sum(p["wizard_open"] for p in listing) == 1
    shown = run_cli(["placements", "show", str(home_care), "--db", str(db), "--lang", "en"])
    assert shown.code == 0, shown.err
    assert "Omsorg i Borgå Ab" in shown.out
    assert "Runebergsvägen 3, 06100 Borgå" in shown.out  # the client's language: Swedish
    finnish = run_cli(
        ["placements", "show", str(home_care), "--summary-language", "fi", "--db", str(db)]
    )
    assert "Runebergintie 3, 06100 Porvoo" in finnish.out
    changed = run_cli(
        [
            "placements",
            "status",
            str(dental),
            "cancelled",
            "--note",
            "Moved away",
            "--db",
            str(db),
            "--lang",
            "en",
        ]
    )
    assert changed.code == 0, changed.err
    cancelled = run_cli(["placements", "list", "--status", "cancelled", "--json", "--db", str(db)])
    assert [p["id"] for p in cancelled.json()["placements"]] == [dental]
    assert run_cli(["placements", "show", "999", "--db", str(db)]).code == 1
    assert run_cli(["placements", "--db", str(db)]).code == 2


def test_placements_export_csv_with_counts(db: str, tmp_path: Path) -> None:
    _commit_two(db)
    target = tmp_path / "out" / "placements.csv"
    target.parent.mkdir()
    run = run_cli(["placements", "export", str(target), "--db", str(db), "--lang", "en"])
    assert run.code == 0, run.err
    assert "By service" in run.out
    with target.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 3
    assert {r["service_id"] for r in rows} == {"S-HOMECARE", "S-DENTAL", ""}
    assert all("client_reference" not in r for r in rows)  # pseudonymous, but still left out
    with (tmp_path / "out" / "placements-counts.csv").open(encoding="utf-8-sig") as f:
        counts = list(csv.DictReader(f))
    by = {(c["dimension"], c["id"]): c for c in counts}
    assert by[("service", "S-HOMECARE")]["total"] == "1"
    assert by[("service", "S-HOMECARE")]["referred"] == "1"
    assert by[("service", "S-HOMECARE")]["name"] == "Hemvård"
    assert by[("provider", "prov-ll")]["decided"] == "1"
    assert by[("regional_unit", "unit-u6")]["total"] == "3"


def test_placements_export_to_a_missing_folder_is_one_sentence(db: str, tmp_path: Path) -> None:
    run = run_cli(
        [
            "placements",
            "export",
            str(tmp_path / "no" / "such" / "x.csv"),
            "--db",
            str(db),
            "--lang",
            "en",
        ]
    )
    assert run.code == 2
    assert "Could not write" in run.err
    assert "Traceback" not in run.err


def test_summary_html_escapes_catalogue_text() -> None:
    from sote_navigator.wording.summary import Section, as_html

    page = as_html([Section("T", ("<b>Oy</b> & co",), lead=True)], "fi")
    assert "&lt;b&gt;Oy&lt;/b&gt; &amp; co" in page
    assert "<b>&lt;b&gt;" in page  # only our own emphasis is markup


def test_place_save_records_the_clients_choice(db: str) -> None:
    run = run_cli(
        [
            "place",
            *PORVOO,
            "--save",
            "--offering",
            "off-ll-homecare",
            "--status",
            "referred",
            "--note",
            "Föll hemma",
            "--client-ref",
            "desk-42",
            "--db",
            str(db),
            "--lang",
            "en",
        ]
    )
    assert run.code == 0, run.err
    assert "Saved placement" in run.out
    engine = open_workspace(db)
    try:
        [record] = Workspace(engine=engine).records.find()
    finally:
        engine.dispose()
    assert record.status.value == "referred"
    shown = run_cli(["placements", "show", str(record.id), "--json", "--db", str(db)]).json()
    assert "off-ll-homecare" in str(shown)
    assert "Föll hemma" in str(shown)


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (["--offering", "no-such-offering"], "not in the choice set"),
        (["--client-ref", "131052-308T"], "personal identity code"),
        (["--client-ref", "131052\u2013308T"], "The client reference holds a personal identity"),
        (["--client-ref", "131052 308T"], "The client reference holds a personal identity"),
        (["--note", "soitti, hetu 131052\u2010308T"], "The note holds a personal identity code"),
        (["--note", "131052308T"], "The note holds a personal identity code"),
        (["--service", "no-such-service"], "--service ID"),
    ],
)
def test_place_save_refuses_and_writes_nothing(db: str, extra: list[str], words: str) -> None:
    run = run_cli(["place", *PORVOO, "--save", *extra, "--db", str(db), "--lang", "en"])
    assert run.code == 2
    assert words in run.err
    engine = open_workspace(db)
    try:
        assert Workspace(engine=engine).records.find() == []
    finally:
        engine.dispose()


def test_a_status_note_with_an_identity_code_is_refused(db: str) -> None:
    _, dental = _commit_two(db)
    before = run_cli(["placements", "show", str(dental), "--json", "--db", str(db)]).json()
    note = ["--note", "hetu 131052\u2014308T"]
    run = run_cli(
        ["placements", "status", str(dental), "cancelled", *note, "--db", str(db), "--lang", "en"]
    )
    assert run.code == 2
    assert run.err.count("\n") == 1 and "The note holds a personal identity code" in run.err
    after = run_cli(["placements", "show", str(dental), "--json", "--db", str(db)]).json()
    assert after == before
