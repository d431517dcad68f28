"""Hostile catalogue text: refused at validation with its place, never stored, never exit 3."""

from __future__ import annotations

import io
import json
import os
import struct
import zipfile
from pathlib import Path
from typing import Any

import pytest

from sote_navigator.exchange import validation
from sote_navigator.exchange.text_check import MAX_TEXT_LENGTH
from sote_navigator.services.workspace import open_workspace
from tests.catalogue_factory import P, small_catalogue
from tests.cli_runner import run_cli


def findings(doc: dict[str, Any]) -> list[tuple[str, str, str, dict[str, str]]]:
    return [
        (f.code.value, f.severity.value, f.place, f.facts)
        for f in validation.validate(doc, "f.json")
    ]


def places(doc: dict[str, Any]) -> list[tuple[str, str]]:
    return [(code, place) for code, _, place, _ in findings(doc)]


def test_a_lone_surrogate_is_refused_with_its_place() -> None:
    doc = small_catalogue()
    doc["providers"][0]["names"][0]["value"] = "Hoiva \ud800 Oy"
    doc["services"][1]["id"] = "S-\udfff"
    found = places(doc)
    assert ("lone_surrogate", "$.providers[0].names[0].value") in found
    assert ("lone_surrogate", "$.services[1].id") in found


@pytest.mark.parametrize("character", ["\x00", "\x1b", "\r", "\x7f", "\x85", "\x9b"])
def test_control_characters_are_refused_with_their_place(character: str) -> None:
    doc = small_catalogue()
    doc["providers"][0]["names"][0]["value"] = f"Hoiva{character}Oy"
    doc["locations"][0]["id"] = f"loc{character}1"
    doc["services"][0]["extra_field"] = {f"key{character}": "x"}
    found = findings(doc)
    code = f"U+{ord(character):04X}"
    assert ("control_character", "error", "$.providers[0].names[0].value", {"character": code}) in (
        found
    )
    assert ("control_character", "$.locations[0].id") in places(doc)
    escaped = f"$.services[0].extra_field.key\\u{ord(character):04x}"
    assert ("control_character", escaped) in places(doc)


def test_newlines_tabs_and_bidirectional_marks_are_text() -> None:
    doc = small_catalogue()
    doc["services"][0]["descriptions"][0]["value"] = "Rivi 1\nRivi 2\tsarake"
    doc["providers"][0]["names"][0]["value"] = "\u202eOy Hoiva\u202c \u200f"
    assert findings(doc) == []


def test_a_text_over_the_hard_limit_is_an_error_below_it_a_warning() -> None:
    doc = small_catalogue()
    doc["providers"][0]["names"][0]["value"] = "N" * 100_000
    doc["services"][0]["descriptions"][0]["value"] = "D" * 3000
    found = findings(doc)
    assert found == [
        (
            "text_over_limit",
            "error",
            "$.providers[0].names[0].value",
            {"length": "100000", "limit": str(MAX_TEXT_LENGTH)},
        )
    ]
    doc["providers"][0]["names"][0]["value"] = "N" * MAX_TEXT_LENGTH
    assert {(code, severity) for code, severity, _, _ in findings(doc)} == {
        ("text_too_long", "warning")
    }


def _class(code: str, parent: str | None) -> dict[str, Any]:
    return {
        "uri": P + code,
        "code": code,
        "parent": P + parent if parent else None,
        "names": [{"language": "fi", "value": code, "type": "name"}],
    }


def test_a_class_that_is_its_own_parent_is_refused_with_its_path() -> None:
    doc = small_catalogue()
    doc["service_classes"].append(_class("P9", "P9"))
    found = findings(doc)
    assert found == [
        (
            "class_cycle",
            "error",
            f"$.service_classes[{len(doc['service_classes']) - 1}].parent",
            {"path": "P9 \u2192 P9"},
        )
    ]


def test_a_class_made_the_child_of_its_own_child_is_refused_with_its_path() -> None:
    doc = small_catalogue()
    doc["service_classes"] += [_class("P4", "P4.1"), _class("P4.1", "P4"), _class("P4.2", "P4.1")]
    cycles = [f for f in findings(doc) if f[0] == "class_cycle"]
    assert len(cycles) == 1
    assert cycles[0][3]["path"] in ("P4 \u2192 P4.1 \u2192 P4", "P4.1 \u2192 P4 \u2192 P4.1")


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the small catalogue, and its export as the reference."""
    root = tmp_path_factory.mktemp("desk")
    source = root / "small.json"
    source.write_text(json.dumps(small_catalogue(), ensure_ascii=False), encoding="utf-8")
    db = root / "desk.sqlite"
    open_workspace(db, source).dispose()
    assert run_cli(["catalogue", "export", str(root / "before.json"), "--db", str(db)]).code == 0
    return db


def assert_refused_and_unchanged(desk: Path, path: Path, words: str) -> None:
    run = run_cli(["catalogue", "import", str(path), "--db", str(desk), "--lang", "en"])
    assert run.code == 2, run.err
    assert "Traceback" not in run.out + run.err
    assert words in run.out
    assert "Nothing was imported" in run.out
    after = desk.parent / "after.json"
    assert run_cli(["catalogue", "export", str(after), "--db", str(desk)]).code == 0
    assert after.read_bytes() == (desk.parent / "before.json").read_bytes()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Hoiva \ud800 Oy", "half of a character pair"),
        ("Hoiva\x00Oy", "control character U+0000"),
        ("N" * 100_000, "at most 20000"),
    ],
    ids=["surrogate", "nul", "long"],
)
def test_import_refuses_hostile_text_in_one_sentence(
    desk: Path, tmp_path: Path, text: str, words: str
) -> None:
    doc = small_catalogue()
    doc["catalogue"]["version"] = "2"
    doc["providers"][0]["names"][0]["value"] = text
    path = tmp_path / "hostile.json"
    # ensure_ascii: the surrogate is written as the escape \ud800, as a hostile file has it
    path.write_text(json.dumps(doc), encoding="ascii")
    assert_refused_and_unchanged(desk, path, words)
    validate = run_cli(["catalogue", "validate", str(path), "--db", str(desk), "--lang", "en"])
    assert validate.code == 2 and "$.providers[0].names[0].value" in validate.out


def test_import_refuses_a_class_cycle(desk: Path, tmp_path: Path) -> None:
    doc = small_catalogue()
    doc["catalogue"]["version"] = "2"
    doc["service_classes"][0]["parent"] = doc["service_classes"][1]["uri"]
    path = tmp_path / "cycle.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert_refused_and_unchanged(desk, path, "P5 \u2192 P5.10 \u2192 P5")


def test_a_zip_whose_header_lies_about_a_member_is_a_corrupt_archive(
    desk: Path, tmp_path: Path
) -> None:
    small = json.dumps({"format": "sote-navigator-catalogue", "format_version": 1}).encode()
    for method in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", method) as archive:
            archive.writestr("catalogue.json", small)
        data = bytearray(buffer.getvalue())
        central = data.rindex(b"PK\x01\x02")
        size = struct.unpack_from("<I", data, central + 24)[0]
        struct.pack_into("<I", data, central + 24, size - 10)  # the uncompressed size
        path = tmp_path / f"lying-{method}.zip"
        path.write_bytes(bytes(data))
        assert_refused_and_unchanged(desk, path, "The packed file is damaged")


@pytest.mark.parametrize("kind", ["zero", "urandom", "link", "fifo"])
@pytest.mark.parametrize("command", [["import"], ["import", "--format", "ptv"], ["validate"]])
def test_only_regular_files_are_read(
    desk: Path, tmp_path: Path, kind: str, command: list[str]
) -> None:
    path = {"zero": Path("/dev/zero"), "urandom": Path("/dev/urandom")}.get(
        kind, tmp_path / "catalogue.json"
    )
    if kind == "link":
        path.symlink_to("/dev/zero")
    elif kind == "fifo":
        os.mkfifo(path)
    run = run_cli(
        ["catalogue", command[0], str(path), *command[1:], "--db", str(desk), "--lang", "en"],
        timeout=60,
    )
    assert run.code == 2, run.err
    assert "not a regular file but a device, a named pipe" in run.out
    assert "Traceback" not in run.out + run.err
