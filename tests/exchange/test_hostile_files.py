"""Files that are not what they claim: a clear refusal, bounded memory, no traceback."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from sote_navigator.exchange import native, reading
from sote_navigator.exchange.findings import FileRefused, Findings
from sote_navigator.exchange.ptv import reader as ptv_reader
from tests.catalogue_factory import small_catalogue
from tests.cli_runner import run_cli
from tests.paths import ROOT


def refusal(path: Path) -> str:
    with pytest.raises(FileRefused) as caught:
        native.read(path)
    return caught.value.finding.code.value


def small_bytes() -> bytes:
    return json.dumps(small_catalogue(), ensure_ascii=False).encode()


def test_truncated_json_is_refused_with_its_place(tmp_path: Path) -> None:
    path = tmp_path / "cut.json"
    path.write_bytes(small_bytes()[:2000])
    with pytest.raises(FileRefused) as caught:
        native.read(path)
    assert caught.value.finding.code.value == "not_json"
    assert caught.value.finding.place.startswith("line 1, column")


def test_binary_data_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.json"
    path.write_bytes(bytes(range(256)) * 64)
    assert refusal(path) == "binary"


def test_utf16_is_refused_and_a_utf8_bom_accepted(tmp_path: Path) -> None:
    text = small_bytes().decode()
    utf16 = tmp_path / "utf16.json"
    utf16.write_bytes(text.encode("utf-16"))
    assert refusal(utf16) == "not_utf8"
    latin1 = tmp_path / "latin1.json"
    latin1.write_bytes(text.encode("utf-8").replace("Borgå".encode(), "Borgå".encode("latin-1")))
    assert refusal(latin1) == "not_utf8"
    bom = tmp_path / "bom.json"
    bom.write_bytes(b"\xef\xbb\xbf" + small_bytes())
    assert native.read(bom).document["catalogue"]["id"] == "test.small"


def test_json_that_is_no_catalogue_and_nan_and_deep_nesting(tmp_path: Path) -> None:
    other = tmp_path / "other.json"
    other.write_text('{"hello": "world"}')
    assert refusal(other) == "not_a_catalogue"
    nan = tmp_path / "nan.json"
    nan.write_text(small_bytes().decode().replace("60.39", "NaN"))
    assert refusal(nan) == "not_json"
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    assert refusal(deep) == "not_json"


def test_zip_with_a_path_escaping_its_folder_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "evil.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("../../outside.json", small_bytes())
    assert refusal(path) == "unsafe_zip_path"
    absolute = tmp_path / "absolute.zip"
    with zipfile.ZipFile(absolute, "w") as archive:
        archive.writestr("/etc/catalogue.json", small_bytes())
    assert refusal(absolute) == "unsafe_zip_path"
    with pytest.raises(FileRefused):
        list(reading.ptv_sources(path))
    assert not (tmp_path.parent.parent / "outside.json").exists()


def test_gzip_bomb_is_stopped_while_unpacking(tmp_path: Path) -> None:
    path = tmp_path / "bomb.json.gz"
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9) as packed:
        chunk = b" " * (1 << 20)
        for _ in range(1024):  # 1 GiB of spaces, about 1 MB packed
            packed.write(chunk)
    path.write_bytes(out.getvalue())
    assert path.stat().st_size < 2_000_000
    assert refusal(path) == "decompression_bomb"


def test_zip_bomb_is_stopped_while_unpacking(tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open("catalogue.json", "w", force_zip64=True) as member,
    ):
        chunk = b" " * (1 << 20)
        for _ in range(512):
            member.write(chunk)
    assert refusal(path) in ("decompression_bomb", "too_large")


def test_size_cap_applies_to_unpacked_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "MAX_DOCUMENT_BYTES", 1000)
    path = tmp_path / "big.json.gz"
    path.write_bytes(gzip.compress(small_bytes()))
    assert refusal(path) == "too_large"


def test_corrupt_archives_are_refused(tmp_path: Path) -> None:
    gz = tmp_path / "cut.json.gz"
    gz.write_bytes(gzip.compress(small_bytes())[:200])
    assert refusal(gz) == "corrupt_archive"
    zp = tmp_path / "cut.zip"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("catalogue.json", small_bytes())
    zp.write_bytes(buffer.getvalue()[:300])
    assert refusal(zp) == "corrupt_archive"
    two = tmp_path / "two.zip"
    with zipfile.ZipFile(two, "w") as archive:
        archive.writestr("a.json", small_bytes())
        archive.writestr("b.json", small_bytes())
    assert refusal(two) == "zip_needs_one_json"


def test_a_bad_file_inside_a_ptv_folder_is_a_finding(tmp_path: Path) -> None:
    (tmp_path / "ok.json").write_text('{"itemList": []}')
    (tmp_path / "cut.json").write_text('{"itemList": [')
    findings = Findings()
    list(ptv_reader.parsed_sources(tmp_path, findings))
    assert [f.code.value for f in findings] == ["not_json"]


@pytest.mark.slow
def test_a_file_of_several_hundred_megabytes_is_refused_with_bounded_memory(
    tmp_path: Path,
) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as f:
        f.write(b'{"format": "sote-navigator-catalogue", "format_version": 1, "pad": "')
        chunk = b"x" * (1 << 20)
        for _ in range(300):
            f.write(chunk)
        f.write(b'"}')
    assert path.stat().st_size > 300 * 1024 * 1024
    home = tmp_path / "home"
    # Peak memory of the CLI alone, measured by a parent that starts nothing else.
    probe = textwrap.dedent(
        f"""
        import resource, subprocess, sys, json
        result = subprocess.run(
            [sys.executable, "-m", "sote_navigator", "catalogue", "validate", {str(path)!r},
             "--json", "--db", {str(tmp_path / "db.sqlite")!r}],
            capture_output=True, text=True)
        print(json.dumps({{"code": result.returncode, "out": result.stdout, "err": result.stderr,
                          "peak_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}}))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**__import__("os").environ, "SOTE_NAVIGATOR_HOME": str(home)},
        check=True,
    )
    report = json.loads(done.stdout)
    assert report["code"] == 2, report
    finding = json.loads(report["out"])["findings"]["items"][0]
    assert finding["code"] == "too_large"
    assert report["peak_kib"] < 300 * 1024, "refusing must not read the file into memory"


def test_cli_refuses_hostile_files_with_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "cut.json"
    path.write_bytes(small_bytes()[:500])
    run = run_cli(["catalogue", "import", str(path), "--db", str(tmp_path / "x.sqlite")])
    assert run.code == 2
    assert "Traceback" not in run.err + run.out
    assert "not valid JSON" in run.out
    assert "Nothing was imported" in run.out
