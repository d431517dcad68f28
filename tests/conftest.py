"""Shared fixtures. Qt runs offscreen; every test gets its own data folder and database."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from sote_navigator import i18n, pyside_guard
from sote_navigator.services.workspace import open_workspace
from tests import postgres_server as pg
from tests.catalogue_factory import placement_catalogue, small_catalogue


def pytest_configure(config: pytest.Config) -> None:
    # PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call.
    pyside_guard.protect_none()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test touches the real user's data folder, and every test starts in English."""
    monkeypatch.setenv("SOTE_NAVIGATOR_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[pg.Server]:
    """A throwaway PostgreSQL cluster for the session (tests/postgres_server.py)."""
    server = pg.start()
    yield server
    server.stop()


ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A module marked ``both_engines`` runs each test using a database on both engines."""
    marked = metafunc.definition.get_closest_marker("both_engines") is not None
    sqlite_only = metafunc.definition.get_closest_marker("sqlite_only") is not None
    if marked and not sqlite_only and "engine_kind" in metafunc.fixturenames:
        metafunc.parametrize("engine_kind", ENGINES)


@pytest.fixture
def engine_kind() -> str:
    """The engine of the test's databases: SQLite unless the module is marked both_engines."""
    return "sqlite"


@pytest.fixture
def database(request: pytest.FixtureRequest, tmp_path: Path, engine_kind: str) -> str:
    """A new, empty database on the test's engine (see engine_kind)."""
    return pg.database_for(request, tmp_path, "test")


@pytest.fixture
def small_catalogue_file(tmp_path: Path) -> Path:
    path = tmp_path / "small-catalogue.json"
    path.write_text(json.dumps(small_catalogue(), ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def small_engine(
    request: pytest.FixtureRequest, tmp_path: Path, small_catalogue_file: Path, engine_kind: str
) -> Iterator[Engine]:
    """A real database (SQLite in tmp_path, or PostgreSQL) holding the small test catalogue."""
    engine = open_workspace(pg.database_for(request, tmp_path, "small"), small_catalogue_file)
    yield engine
    engine.dispose()


@pytest.fixture
def placement_catalogue_file(tmp_path: Path) -> Path:
    path = tmp_path / "placement-catalogue.json"
    path.write_text(json.dumps(placement_catalogue(), ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def placement_engine(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    placement_catalogue_file: Path,
    engine_kind: str,
) -> Iterator[Engine]:
    """The small catalogue with the placement scenarios' services and providers."""
    engine = open_workspace(
        pg.database_for(request, tmp_path, "placement"), placement_catalogue_file
    )
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def default_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The shipped default catalogue in a database of its own (read-only use in tests)."""
    engine = open_workspace(tmp_path_factory.mktemp("default") / "default.sqlite")
    yield engine
    engine.dispose()
