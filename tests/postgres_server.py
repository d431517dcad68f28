"""A throwaway PostgreSQL cluster for the tests: initdb in a temp folder, a unix socket there.

Started once per test session (the ``postgres_server`` fixture in conftest.py); each test that
needs one gets a database of its own (``new_database``). As root, the server runs as the
``postgres`` user (PostgreSQL refuses to run as root). Without PostgreSQL's binaries the tests
that need it are skipped, except in CI (env ``CI`` set), where that is a failure.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

MINIMUM_MAJOR = 15


def binaries() -> Path | None:
    """The folder of the newest PostgreSQL 15+ server binaries, or None."""
    found: list[tuple[int, Path]] = []
    root = Path("/usr/lib/postgresql")
    if root.is_dir():
        for folder in root.iterdir():
            if folder.name.isdigit() and (folder / "bin" / "initdb").is_file():
                found.append((int(folder.name), folder / "bin"))
    on_path = shutil.which("initdb")
    if on_path:
        found.append((MINIMUM_MAJOR, Path(on_path).parent))
    usable = sorted(f for f in found if f[0] >= MINIMUM_MAJOR)
    return usable[-1][1] if usable else None


@dataclass
class Server:
    folder: Path
    bin: Path
    _names: itertools.count[int]
    settings: str = "-F"

    @property
    def socket_dir(self) -> Path:
        return self.folder / "socket"

    def url(self, database: str) -> str:
        return f"postgresql://postgres@/{database}?host={self.socket_dir}"

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(
            dbname="postgres", user="postgres", host=str(self.socket_dir), autocommit=True
        ) as con:
            con.execute(sql)  # type: ignore[arg-type]

    def new_database(self) -> str:
        """A new, empty database's URL."""
        name = f"test_{os.getpid()}_{next(self._names)}"
        self.admin(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def crash(self) -> None:
        """Stop the server at once, as a power cut would (pg_ctl stop -m immediate): open
        transactions are lost, and the next start recovers from the write-ahead log."""
        done = _as_postgres(
            [str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "stop"]
        )
        assert done.returncode == 0, done.stdout + done.stderr

    def restart(self) -> None:
        """Start the server again after a crash."""
        done = _as_postgres(_start_command(self.bin, self.folder, self.settings))
        assert done.returncode == 0, done.stdout + done.stderr

    def stop(self) -> None:
        _as_postgres(
            [str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "stop"]
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def _as_postgres(command: list[str]) -> subprocess.CompletedProcess[str]:
    if os.geteuid() == 0:
        command = ["runuser", "-u", "postgres", "--", *command]
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)


def _start_command(binaries: Path, folder: Path, settings: str = "-F") -> list[str]:
    return [
        str(binaries / "pg_ctl"),
        "-D",
        str(folder / "data"),
        "-l",
        str(folder / "server.log"),
        "-w",
        "-o",
        f"-c listen_addresses='' -k {folder / 'socket'} {settings}",
        "start",
    ]


def start(settings: str = "-F") -> Server:
    """A running cluster in a new temp folder. Skips (fails in CI) without the binaries.

    ``settings``: the server's options beyond its socket (default -F: no fsync, for tests)."""
    found = binaries()
    if found is None:
        reason = f"PostgreSQL {MINIMUM_MAJOR}+ server binaries (initdb, pg_ctl) are not installed"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}: CI must run the PostgreSQL tests (apt-get install postgresql)")
        pytest.skip(reason)
    folder = Path(tempfile.mkdtemp(prefix="sote-navigator-pg-"))
    (folder / "socket").mkdir()
    if os.geteuid() == 0:
        folder.chmod(0o755)
        for path in (folder, folder / "socket"):
            shutil.chown(path, "postgres", "postgres")
    data = folder / "data"
    steps = [
        [
            str(found / "initdb"),
            "-D",
            str(data),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        ],
        _start_command(found, folder, settings),
    ]
    for command in steps:
        done = _as_postgres(command)
        if done.returncode != 0:
            log = folder / "server.log"
            detail = log.read_text(errors="replace") if log.exists() else ""
            shutil.rmtree(folder, ignore_errors=True)
            pytest.fail(f"{command[0]} failed: {done.stdout}{done.stderr}{detail}")
    return Server(folder, found, itertools.count(1), settings)


def database_for(request: pytest.FixtureRequest, tmp_path: Path, name: str) -> str:
    """A new, empty database on the test's engine (the ``engine_kind`` fixture): a file in
    ``tmp_path``, or a database in the session's PostgreSQL cluster."""
    if request.getfixturevalue("engine_kind") == "sqlite":
        return str(tmp_path / f"{name}.sqlite")
    server: Server = request.getfixturevalue("postgres_server")
    return server.new_database()
