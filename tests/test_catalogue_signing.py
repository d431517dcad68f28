"""Signed catalogue files: the publisher signs, the desk trusts its key, import checks.

Service tests on real files in tmp_path; the command line end to end in a subprocess.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import stat
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from sote_navigator.core.errors import Problem, UserFacingError
from sote_navigator.exchange import native
from sote_navigator.services import catalogue, catalogue_import, catalogue_signing
from tests.catalogue_factory import small_catalogue, texts
from tests.cli_runner import Run, run_cli

PTV_FIXTURES = Path(__file__).parent / "fixtures" / "ptv"
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


@pytest.fixture
def keys(tmp_path: Path, publisher: Path) -> Path:
    """A desk's trusted keys folder that holds the publisher's public key."""
    folder = tmp_path / "desk-keys"
    catalogue_signing.trust_key(publisher.with_suffix(".pub"), folder)
    return folder


def versions(engine: Engine) -> tuple[int | None, str | None]:
    info = catalogue.current(engine)
    return (info.version_number, info.version) if info else (None, None)


# --- keys -----------------------------------------------------------------------------------


def test_keygen_writes_the_private_key_owner_only_and_never_over_a_key(tmp_path: Path) -> None:
    key = tmp_path / "region.key"
    public_path, public = catalogue_signing.keygen(key, SIGNER)
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert public_path == tmp_path / "region.pub"
    assert "PRIVATE KEY" not in public_path.read_text(encoding="utf-8")
    assert public.name == SIGNER
    before = key.read_bytes()
    with pytest.raises(UserFacingError) as refused:
        catalogue_signing.keygen(key, "Another")
    assert refused.value.problem is Problem.KEY_FILE_EXISTS
    assert key.read_bytes() == before


def test_a_trusted_key_keeps_its_name(publisher: Path, keys: Path) -> None:
    [trusted] = catalogue_signing.trusted_keys(keys)
    assert trusted.name == SIGNER
    assert len(trusted.fingerprint.split()) == 8


def test_a_private_key_is_never_copied_into_the_trusted_keys(
    tmp_path: Path, publisher: Path
) -> None:
    folder = tmp_path / "desk-keys"
    with pytest.raises(UserFacingError) as refused:
        catalogue_signing.trust_key(publisher, folder)
    assert refused.value.problem is Problem.KEY_FILE_UNREADABLE
    assert not folder.exists() or not any(folder.iterdir())


# --- signing and checking -------------------------------------------------------------------


@pytest.mark.parametrize("packing", ["json", "json.gz", "zip"])
def test_a_signed_native_file_imports_and_says_who_signed_it_and_when(
    small_engine: Engine, tmp_path: Path, publisher: Path, keys: Path, packing: str
) -> None:
    path = tmp_path / f"v2.{packing}"
    native.write(path, changed())
    moment = dt.datetime(2026, 11, 30, 9, 15, tzinfo=dt.UTC)
    sig_path, _ = catalogue_signing.sign_file(path, publisher, now=moment)
    assert sig_path == tmp_path / f"v2.{packing}.sig"
    plan = catalogue_import.plan_import(small_engine, path, keys_folder=keys)
    assert plan.ok and plan.signature is not None
    assert plan.signature.signer == SIGNER
    assert plan.signature.key_name == SIGNER
    assert plan.signature.signed_at == moment
    assert catalogue_import.apply_import(small_engine, plan) == 2
    assert versions(small_engine) == (2, "2")


def test_a_signed_ptv_folder_and_zip_import(
    small_engine: Engine, tmp_path: Path, publisher: Path, keys: Path
) -> None:
    folder = tmp_path / "ptv-export"
    shutil.copytree(PTV_FIXTURES, folder)
    catalogue_signing.sign_file(folder, publisher)
    assert (tmp_path / "ptv-export.sig").is_file()
    plan = catalogue_import.plan_import(small_engine, folder, keys_folder=keys)
    assert plan.ok and plan.signature is not None and plan.source_format == "ptv"
    archive = tmp_path / "ptv.zip"
    with zipfile.ZipFile(archive, "w") as out:
        for member in sorted(PTV_FIXTURES.rglob("*.json")):
            out.write(member, member.relative_to(PTV_FIXTURES).as_posix())
    catalogue_signing.sign_file(archive, publisher)
    plan = catalogue_import.plan_import(small_engine, archive, keys_folder=keys)
    assert plan.ok and plan.signature is not None
    assert catalogue_import.apply_import(small_engine, plan) is not None


def test_a_byte_changed_after_signing_is_refused_and_the_catalogue_stays(
    small_engine: Engine, tmp_path: Path, publisher: Path, keys: Path
) -> None:
    path = write(tmp_path / "v2.json", changed())
    catalogue_signing.sign_file(path, publisher)
    data = bytearray(path.read_bytes())
    at = data.index(b"Oral health")
    data[at] = ord("M")  # "Mral health": still a valid catalogue, no longer the signed one
    path.write_bytes(bytes(data))
    before = versions(small_engine)
    with pytest.raises(UserFacingError) as refused:
        catalogue_import.plan_import(small_engine, path, keys_folder=keys)
    assert refused.value.problem is Problem.SIGNATURE_MISMATCH
    assert versions(small_engine) == before


def test_a_ptv_folder_changed_after_signing_is_refused(
    small_engine: Engine, tmp_path: Path, publisher: Path, keys: Path
) -> None:
    folder = tmp_path / "ptv-export"
    shutil.copytree(PTV_FIXTURES, folder)
    catalogue_signing.sign_file(folder, publisher)
    (folder / "extra.json").write_text("[]", encoding="utf-8")  # a file slipped in
    with pytest.raises(UserFacingError) as refused:
        catalogue_import.plan_import(small_engine, folder, keys_folder=keys)
    assert refused.value.problem is Problem.SIGNATURE_MISMATCH


@pytest.mark.parametrize(
    ("field", "value"),
    [("signer", "Someone else"), ("signed_at", "2030-01-01T00:00:00Z"), ("sha256", "0" * 64)],
)
def test_the_signer_and_the_time_are_covered_by_the_signature(
    small_engine: Engine, tmp_path: Path, publisher: Path, keys: Path, field: str, value: str
) -> None:
    path = write(tmp_path / "v2.json", changed())
    sig_path, _ = catalogue_signing.sign_file(path, publisher)
    document = json.loads(sig_path.read_text(encoding="utf-8"))
    document["statement"][field] = value
    sig_path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(UserFacingError) as refused:
        catalogue_import.plan_import(small_engine, path, keys_folder=keys)
    assert refused.value.problem is Problem.SIGNATURE_MISMATCH


def test_a_key_the_desk_does_not_trust_is_refused(
    small_engine: Engine, tmp_path: Path, keys: Path
) -> None:
    stranger = tmp_path / "stranger.key"
    catalogue_signing.keygen(stranger, SIGNER)  # the same name: names prove nothing
    path = write(tmp_path / "v2.json", changed())
    catalogue_signing.sign_file(path, stranger)
    before = versions(small_engine)
    with pytest.raises(UserFacingError) as refused:
        catalogue_import.plan_import(small_engine, path, keys_folder=keys)
    assert refused.value.problem is Problem.SIGNATURE_UNKNOWN_KEY
    fingerprint = catalogue_signing.trusted_keys(keys)[0].fingerprint
    assert refused.value.facts["fingerprint"] != fingerprint
    assert versions(small_engine) == before


def test_a_damaged_signature_file_is_refused(
    small_engine: Engine, tmp_path: Path, keys: Path
) -> None:
    path = write(tmp_path / "v2.json", changed())
    (tmp_path / "v2.json.sig").write_text('{"format": "something else"}', encoding="utf-8")
    with pytest.raises(UserFacingError) as refused:
        catalogue_import.plan_import(small_engine, path, keys_folder=keys)
    assert refused.value.problem is Problem.SIGNATURE_UNREADABLE


def test_an_unsigned_plan_is_installed_only_when_allowed(
    small_engine: Engine, tmp_path: Path
) -> None:
    plan = catalogue_import.plan_import(small_engine, write(tmp_path / "v2.json", changed()))
    assert plan.ok and plan.signature is None
    with pytest.raises(UserFacingError) as refused:
        catalogue_import.apply_import(small_engine, plan)
    assert refused.value.problem is Problem.CATALOGUE_UNSIGNED
    assert versions(small_engine) == (1, "1")
    assert catalogue_import.apply_import(small_engine, plan, allow_unsigned=True) == 2


# --- the command line, end to end -----------------------------------------------------------


def _desk(tmp_path: Path, small_catalogue_file: Path) -> tuple[Path, Path]:
    from sote_navigator.services.workspace import open_workspace

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
