"""TLS to a region's database: ``sslmode=require`` encrypts, ``verify-full`` also checks the
server's certificate and name, and a certificate the desk does not trust is one sentence.

A cluster of its own, listening on 127.0.0.1 with a self-signed certificate for "localhost"
made by openssl (skipped without openssl)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from sote_navigator.db.engine import open_database
from tests import postgres_server
from tests.cli_runner import run_cli

pytestmark = pytest.mark.slow


def _certificate(folder: Path, name: str) -> tuple[Path, Path]:
    key, cert = folder / f"{name}.key", folder / f"{name}.crt"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=localhost",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return key, cert


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def tls_server() -> Iterator[tuple[int, Path, Path]]:
    """(port, the server's certificate, another certificate nobody signed the server with)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    # Not under pytest's temp folder, which only root may enter: the server reads these.
    folder = Path(tempfile.mkdtemp(prefix="sote-navigator-tls-"))
    key, cert = _certificate(folder, "server")
    _other_key, other = _certificate(folder, "other")
    if os.geteuid() == 0:
        folder.chmod(0o755)
        for path in (key, cert):
            shutil.chown(path, "postgres", "postgres")
    key.chmod(0o600)
    port = _free_port()
    server = postgres_server.start(
        f"-F -c listen_addresses=127.0.0.1 -c port={port} -c ssl=on "
        f"-c ssl_cert_file={cert} -c ssl_key_file={key}"
    )
    try:
        yield port, cert, other
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


def _url(port: int, options: str) -> str:
    return f"postgresql://postgres@localhost:{port}/postgres?{options}"


def _ssl_in_use(url: str) -> bool:
    engine = open_database(url)
    try:
        with engine.connect() as con:
            return bool(
                con.exec_driver_sql(
                    "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
                ).scalar()
            )
    finally:
        engine.dispose()


def test_require_and_verify_full_connect_encrypted(
    tls_server: tuple[int, Path, Path], tmp_path: Path
) -> None:
    port, cert, _other = tls_server
    assert _ssl_in_use(_url(port, "sslmode=require"))
    assert _ssl_in_use(_url(port, f"sslmode=verify-full&sslrootcert={cert}"))
    assert not _ssl_in_use(_url(port, "sslmode=disable"))  # what TLS changes: this one is not


def test_a_certificate_the_desk_does_not_trust_is_one_sentence(
    tls_server: tuple[int, Path, Path], tmp_path: Path
) -> None:
    port, _cert, other = tls_server
    run = run_cli(
        ["info", "--lang", "en", "--db", _url(port, f"sslmode=verify-full&sslrootcert={other}")],
        home=tmp_path / "home",
    )
    assert run.code == 2, run.out + run.err
    assert "cannot be reached or refused the connection" in run.err
    assert "certificate verify failed" in run.err
    assert "Traceback" not in run.err
