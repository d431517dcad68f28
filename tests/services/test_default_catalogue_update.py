"""An application update brings its default catalogue to desks still on an older default,
once, and never replaces a catalogue the maintainer imported."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from sote_navigator.db import models as m
from sote_navigator.exchange import native
from sote_navigator.services import catalogue, catalogue_history
from sote_navigator.services.workspace import open_workspace
from tests.catalogue_factory import small_catalogue


def shipped(tmp_path: Path, version: str, *, catalogue_id: str | None = None) -> Path:
    document: dict[str, Any] = copy.deepcopy(small_catalogue())
    document["catalogue"]["id"] = catalogue_id or catalogue.DEFAULT_CATALOGUE_ID
    document["catalogue"]["version"] = version
    path = tmp_path / f"default-{version}-{catalogue_id or 'shipped'}.json"
    native.write(path, document)
    return path


def versions(engine: Engine) -> list[tuple[str, bool]]:
    with engine.connect() as con:
        rows = con.execute(
            select(m.CatalogueVersion.version, m.CatalogueVersion.is_current).order_by(
                m.CatalogueVersion.id
            )
        ).all()
    return [(r[0], bool(r[1])) for r in rows]


def reopen(db: Path, default: Path) -> list[tuple[str, bool]]:
    engine = open_workspace(db, default)
    try:
        return versions(engine)
    finally:
        engine.dispose()


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A desk that started on release 2026.1 of the shipped default."""
    db = tmp_path / "desk.sqlite"
    assert reopen(db, shipped(tmp_path, "2026.1")) == [("2026.1", True)]
    return db


def test_a_desk_on_the_old_default_gets_the_new_one_once(desk: Path, tmp_path: Path) -> None:
    newer = shipped(tmp_path, "2026.2")
    assert reopen(desk, newer) == [("2026.1", False), ("2026.2", True)]
    assert reopen(desk, newer) == [("2026.1", False), ("2026.2", True)]  # nothing more


def test_a_default_rolled_back_on_purpose_is_not_installed_again(
    desk: Path, tmp_path: Path
) -> None:
    newer = shipped(tmp_path, "2026.2")
    reopen(desk, newer)
    engine = open_workspace(desk, newer)
    try:
        catalogue_history.rollback(engine)
    finally:
        engine.dispose()
    assert reopen(desk, newer) == [("2026.1", True), ("2026.2", False)]


def test_an_older_or_equal_shipped_default_changes_nothing(desk: Path, tmp_path: Path) -> None:
    assert reopen(desk, shipped(tmp_path, "2025.9")) == [("2026.1", True)]
    edited = shipped(tmp_path, "2026.1")  # same version, other bytes (another build)
    edited.write_text(edited.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert reopen(desk, edited) == [("2026.1", True)]


def test_a_catalogue_the_maintainer_imported_is_never_replaced(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite"
    reopen(db, shipped(tmp_path, "7", catalogue_id="fi.hyvinvointialue.published"))
    assert reopen(db, shipped(tmp_path, "2026.2")) == [("7", True)]


def test_nothing_is_read_beyond_the_hash_when_the_default_is_current(
    desk: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    newer = shipped(tmp_path, "2026.2")
    reopen(desk, newer)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the shipped catalogue was parsed again")

    monkeypatch.setattr(native, "read", refuse)
    engine = open_workspace(desk, newer)
    try:
        with engine.connect() as con:
            assert con.execute(select(func.count()).select_from(m.CatalogueVersion)).scalar() == 2
    finally:
        engine.dispose()
