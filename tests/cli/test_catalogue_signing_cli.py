"""Signed catalogue files on the command line, end to end in a subprocess: the publisher's
keygen and sign, the desk's trust and keys, and import refusing what it must."""

from __future__ import annotations

import datetime as dt
import json
import stat
from pathlib import Path
from typing import Any

import pytest

from sote_navigator.services import catalogue_signing
from sote_navigator.services.workspace import open_workspace
from tests.catalogue_factory import small_catalogue, texts
from tests.cli_runner import Run, run_cli

SIGNER = "Pirkanmaan hyvinvointialue, luettelopalvelu"


def changed() -> dict[str, Any]:
    doc = small_catalogue()
    doc["catalogue"]["version"] = "2"
    doc["services"][0]["names"] = texts("Suun terveys", "Munhälsa", "Oral health")
    return doc


def write(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def publisher(tmp_path: Path) -> Path:
    """The publisher's private key; its public key is beside it as publisher.pub."""
    key = tmp_path / "publisher" / "publisher.key"
    key.parent.mkdir()
    catalogue_signing.keygen(key, SIGNER)
    return key


def _desk(tmp_path: Path, small_catalogue_file: Path) -> tuple[Path, Path]:
    home = tmp_path / "desk"
    db = tmp_path / "desk.sqlite"
    open_workspace(db, small_catalogue_file).dispose()
    return home, db


def _cli(args: list[str], home: Path, db: Path | None = None, lang: str = "en") -> Run:
    extra = ["--db", str(db)] if db else []
    return run_cli([*args, *extra, "--lang", lang], home=home)


def test_publisher_and_desk_on_the_command_line(tmp_path: Path, small_catalogue_file: Path) -> None:
    home, db = _desk(tmp_path, small_catalogue_file)
    key = tmp_path / "office" / "region.key"
    key.parent.mkdir()
    made = _cli(["catalogue", "keygen", str(key), "--name", SIGNER], home)
    assert made.code == 0, made.err
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    path = write(tmp_path / "v2.json", changed())
    signed = _cli(["catalogue", "sign", str(path), "--key", str(key)], home)
    assert signed.code == 0, signed.err
    assert (tmp_path / "v2.json.sig").is_file()

    # Not yet trusted: refused in one sentence, the catalogue as it was.
    refused = _cli(["catalogue", "import", str(path)], home, db)
    assert refused.code == 2
    assert refused.err.count(".") >= 1 and len(refused.err.strip().splitlines()) == 1
    assert "does not trust" in refused.err and "catalogue trust" in refused.err

    trusted = _cli(["catalogue", "trust", str(tmp_path / "office" / "region.pub")], home)
    assert trusted.code == 0, trusted.err
    listed = _cli(["catalogue", "keys", "--json"], home).json()
    assert [k["name"] for k in listed["keys"]] == [SIGNER]

    imported = run_cli(["catalogue", "import", str(path), "--db", str(db), "--json"], home=home)
    assert imported.code == 0, imported.err
    data = imported.json()
    assert data["applied"] is True and data["version_number"] == 2
    assert data["signature"]["signer"] == SIGNER
    assert data["signature"]["key_name"] == SIGNER
    assert data["signature"]["signed_at"].startswith(str(dt.datetime.now(dt.UTC).year))
    text = _cli(["catalogue", "validate", str(path)], home)
    assert f"Signed by {SIGNER} on " in text.out


def test_command_line_refuses_an_altered_file_and_keeps_the_catalogue(
    tmp_path: Path, small_catalogue_file: Path, publisher: Path
) -> None:
    home, db = _desk(tmp_path, small_catalogue_file)
    assert _cli(["catalogue", "trust", str(publisher.with_suffix(".pub"))], home).code == 0
    path = write(tmp_path / "v2.json", changed())
    catalogue_signing.sign_file(path, publisher)
    path.write_bytes(path.read_bytes().replace(b"Oral health", b"Oral healtH"))
    run = _cli(["catalogue", "import", str(path)], home, db)
    assert run.code == 2
    assert "was changed after it was signed" in run.err
    assert len(run.err.strip().splitlines()) == 1
    history = _cli(["catalogue", "history", "--json"], home, db).json()
    assert [v["version_number"] for v in history["versions"]] == [1]


def test_command_line_unsigned_needs_allow_unsigned(
    tmp_path: Path, small_catalogue_file: Path
) -> None:
    home, db = _desk(tmp_path, small_catalogue_file)
    path = write(tmp_path / "v2.json", changed())
    for command in (
        ["catalogue", "import", str(path)],
        ["catalogue", "import", str(path), "--dry-run"],
    ):
        run = _cli(command, home, db)
        assert run.code == 2
        assert "is not signed" in run.err and "--allow-unsigned" in run.err
        assert len(run.err.strip().splitlines()) == 1
    finnish = _cli(["catalogue", "import", str(path)], home, db, lang="fi")
    assert finnish.code == 2 and "--allow-unsigned" in finnish.err
    assert "is not signed" not in finnish.err
    history = _cli(["catalogue", "history", "--json"], home, db).json()
    assert len(history["versions"]) == 1
    run = _cli(["catalogue", "import", "--allow-unsigned", str(path)], home, db)
    assert run.code == 0, run.err
    assert "not signed" in run.out
    assert "Imported as catalogue version 2." in run.out
