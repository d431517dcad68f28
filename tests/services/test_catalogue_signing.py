"""Signed catalogue files: the publisher signs, the desk trusts its key, import checks.

On real files in tmp_path; the command line is in tests/cli/test_catalogue_signing_cli.py.
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
from tests.paths import FIXTURES

PTV_FIXTURES = FIXTURES / "ptv"
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
