"""The command line speaks --lang (help and errors included); --json keys never change."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from sote_navigator import cli
from sote_navigator.services.workspace import open_workspace
from sote_navigator.settings import UI_LANGUAGE, Settings
from tests.cli_runner import run_cli


@pytest.fixture
def db(tmp_path: Path, small_catalogue_file: Path) -> Path:
    path = tmp_path / "cli.sqlite"
    open_workspace(path, small_catalogue_file).dispose()
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = cli.main(list(args))
    except SystemExit as stop:  # argparse: --help, usage errors
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def shape(data: Any) -> Any:
    """The keys of a JSON document, all the way down, without the values."""
    if isinstance(data, dict):
        return {k: shape(v) for k, v in sorted(data.items())}
    if isinstance(data, list):
        return [shape(v) for v in data[:1]]
    return None


@pytest.mark.parametrize(
    "command",
    [
        ["lookup", "Borgå"],
        ["lookup", "Porvo"],
        ["lookup", "Mariehamn"],
        ["search", "tandvård"],
        ["info"],
    ],
)
def test_json_keys_are_the_same_in_every_language(
    capsys: pytest.CaptureFixture[str], db: Path, command: list[str]
) -> None:
    shapes = []
    for language in ("fi", "sv", "en", "pseudo"):
        code, out, err = run(capsys, *command, "--json", "--db", str(db), "--lang", language)
        assert code in (0, 1), err
        shapes.append(shape(json.loads(out)))
    assert all(s == shapes[0] for s in shapes)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fi", ["Kunta: Porvoo (Borgå), kuntanumero 638", "Järjestäjä: Itä-Uudenmaan"]),
        ("sv", ["Kommun: Borgå (Porvoo), kommunnummer 638", "Anordnare: Östra Nylands"]),
        ("en", ["Municipality: Porvoo (Borgå), code 638", "Organiser: East Uusimaa"]),
    ],
)
def test_lookup_text_in_each_language(
    capsys: pytest.CaptureFixture[str], db: Path, language: str, expected: list[str]
) -> None:
    code, out, _ = run(capsys, "lookup", "Borgå", "--db", str(db), "--lang", language)
    assert code == 0
    for line in expected:
        assert line in out


@pytest.mark.parametrize(
    ("language", "counts"),
    [
        ("fi", ["4 kuntaa", "1 palvelupaikka", "2 palvelua"]),
        ("sv", ["4 kommuner", "1 serviceställe", "2 tjänster"]),
        ("en", ["4 municipalities", "1 location", "2 services"]),
    ],
)
def test_info_counts_with_plurals(
    capsys: pytest.CaptureFixture[str], db: Path, language: str, counts: list[str]
) -> None:
    code, out, _ = run(capsys, "info", "--db", str(db), "--lang", language)
    assert code == 0
    for text in counts:
        assert f"  {text}\n" in out


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fi", "ei ole Sote Navigatorin tietokanta"),
        ("sv", "är inte en Sote Navigator-databas"),
        ("en", "is not a Sote Navigator database"),
    ],
)
def test_errors_in_each_language(tmp_path: Path, language: str, sentence: str) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n")
    result = run_cli(["lookup", "Porvoo", "--db", str(notes), "--lang", language])
    assert result.code == 2
    assert sentence in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_newer_database_in_swedish(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 999")
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    code, _, err = run(capsys, "info", "--db", str(path), "--lang", "sv")
    assert code == 2
    assert "har skrivits av en nyare version av Sote Navigator" in err


@pytest.mark.parametrize(
    ("language", "usage", "missing"),
    [
        ("fi", "käyttö:", "virhe: seuraavat argumentit puuttuvat: TEXT"),
        ("sv", "användning:", "fel: följande argument krävs: TEXT"),
        ("en", "usage:", "error: the following arguments are required: TEXT"),
    ],
)
def test_usage_errors_in_each_language(
    capsys: pytest.CaptureFixture[str], language: str, usage: str, missing: str
) -> None:
    code, _, err = run(capsys, "--lang", language, "lookup")
    assert code == 2
    assert err.startswith(usage)
    assert missing in err


def test_help_in_swedish_hides_pseudo(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--lang=sv", "lookup", "--help")
    assert code == 0
    assert "Visa anordnaren och den regionala verksamhetsenheten" in out
    assert "visa den här hjälpen och avsluta" in out
    assert "pseudo" not in out


def test_unknown_language_is_one_clear_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "info", "--lang", "de")
    assert code == 2
    assert "unknown language \u201cde\u201d: use fi, sv or en" in err


def test_the_language_chosen_in_the_window_is_the_default(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    Settings().set(UI_LANGUAGE, "sv")
    _, out, _ = run(capsys, "lookup", "Porvoo", "--db", str(db))
    assert "Kommun: Borgå" in out
    _, out, _ = run(capsys, "lookup", "Porvoo", "--db", str(db), "--lang", "fi")
    assert "Kunta: Porvoo" in out


def test_pseudo_from_the_environment(
    capsys: pytest.CaptureFixture[str], db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOTE_NAVIGATOR_PSEUDO", "1")
    _, out, _ = run(capsys, "lookup", "Porvoo", "--db", str(db), "--lang", "fi")
    assert "[Müñíçípálítý: Porvoo" in out
