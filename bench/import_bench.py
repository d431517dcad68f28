"""Import of a national-scale catalogue against a raw sqlite3 executemany of the same rows.

    python -m bench.import_bench [--seed N] [--keep DIR]

Measured in the same run, on the same machine:

- baseline: one transaction of ``sqlite3`` ``executemany`` calls inserting exactly the rows
  an import stores (catalogue tables and both search indexes), prepared beforehand;
- store: ``services.catalogue.install`` of the parsed document (rows, search index, version
  snapshot, commit): the part an import adds on top of reading and checking the file;
- the whole ``sote-navigator catalogue import`` of the native file and of its PTV form, each in
  its own process, with wall time and peak memory (max RSS).

Targets: store within 2x of the baseline, peak memory under 500 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.national_catalogue import generate, write_ptv
from sote_navigator.core.normalize import fold
from sote_navigator.db import catalogue_rows, search_entries, search_index
from sote_navigator.db.engine import open_database, writing
from sote_navigator.services import catalogue

ROOT = Path(__file__).resolve().parent.parent


def _rows(doc: dict[str, Any]) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """Every row an import stores, as (INSERT statement, rows)."""
    out: list[tuple[str, list[tuple[Any, ...]]]] = []
    for spec in catalogue_rows.SPECS:
        out.append((spec.insert_sql(), [spec.to_row(x) for x in doc.get(spec.kind) or ()]))
        if spec.kind == "services":
            out.append(
                (
                    "INSERT INTO service_class_link (service_id, class_uri) VALUES (?, ?)",
                    [(s["id"], u) for s in doc["services"] for u in dict.fromkeys(s["classes"])],
                )
            )
    out.append(
        (
            "INSERT INTO offering_unit (offering_id, regional_unit_id) VALUES (?, ?)",
            [(o["id"], u) for o in doc["offerings"] for u in dict.fromkeys(o["regional_units"])],
        )
    )
    entries = list(search_entries.index_entries(doc))
    rowids = _rowids(entries)
    out.append(
        (
            "INSERT INTO search_words (rowid, kind, ref_id, display, names, keywords, other, scope)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (r, e.kind, e.ref_id, e.display, e.names, e.keywords, e.other, e.scope)
                for r, e in zip(rowids, entries, strict=True)
            ],
        )
    )
    out.append(
        (
            "INSERT INTO search_trigrams (rowid, kind, ref_id, names, keywords)"
            " VALUES (?, ?, ?, ?, ?)",
            [
                (r, e.kind, e.ref_id, fold(e.names), fold(e.keywords))
                for r, e in zip(rowids, entries, strict=True)
            ],
        )
    )
    return out


def _rowids(entries: list[search_index.IndexEntry]) -> list[int]:
    """The rowids search_index.add gives: one band per kind of entity."""
    following = {
        kind: band * search_index.BAND + 1 for kind, band in search_index.KIND_BANDS.items()
    }
    out = []
    for e in entries:
        out.append(following[e.kind])
        following[e.kind] += 1
    return out


def _fresh(folder: Path, name: str) -> Path:
    path = folder / name
    open_database(path).dispose()  # the application's schema, empty
    return path


def baseline(folder: Path, doc: dict[str, Any]) -> tuple[float, int]:
    rows = _rows(doc)
    path = _fresh(folder, "baseline.sqlite")
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = NORMAL")
    con.execute("PRAGMA foreign_keys = ON")
    start = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    for sql, batch in rows:
        con.executemany(sql, batch)
    con.execute("COMMIT")
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed, sum(len(b) for _, b in rows)


def store(folder: Path, doc: dict[str, Any]) -> float:
    engine = open_database(_fresh(folder, "store.sqlite"))
    start = time.perf_counter()
    with writing(engine) as con:
        catalogue.install(
            con, doc, source_hash="bench", source_format="native", source_name="national.json"
        )
    elapsed = time.perf_counter() - start
    engine.dispose()
    return elapsed


def cli_import(folder: Path, source: Path, db: Path) -> tuple[float, float, int]:
    """(seconds, peak MB, exit code) of a whole CLI import in its own process."""
    probe = (
        "import json, resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
        "print(json.dumps([time.perf_counter() - t,"
        " resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode]))\n"
    )
    env = {**os.environ, "SOTE_NAVIGATOR_HOME": str(folder / "home")}
    command = [
        sys.executable,
        "-m",
        "sote_navigator",
        "catalogue",
        "import",
        "--allow-unsigned",
        str(source),
    ]
    done = subprocess.run(
        [sys.executable, "-c", probe, *command, "--db", str(db)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=True,
    )
    seconds, peak_kib, code = json.loads(done.stdout)
    return seconds, peak_kib / 1024, code


def main() -> None:
    parser = argparse.ArgumentParser(description="catalogue import benchmark")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=3, help="baseline/store rounds")
    parser.add_argument("--keep", type=Path, help="keep the generated files in this folder")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="sote-import-bench-"))
    try:
        doc = generate(args.seed)
        counts = {k: len(v) for k, v in doc.items() if isinstance(v, list)}
        print(f"catalogue: {counts}")
        # Alternate the two, several rounds, and compare medians: a shared machine is noisy.
        bases, ours_all = [], []
        for n in range(args.rounds):
            round_folder = folder / f"round-{n}"
            round_folder.mkdir()
            base, rows = baseline(round_folder, doc)
            bases.append(base)
            ours_all.append(store(round_folder, doc))
            shutil.rmtree(round_folder, ignore_errors=True)
        base, ours = statistics.median(bases), statistics.median(ours_all)
        print(
            f"raw sqlite3 executemany of the same {rows:,} rows: median {base:.2f} s"
            f" (rounds: {', '.join(f'{b:.2f}' for b in bases)})"
        )
        print(
            f"import store (rows, search index, version snapshot): median {ours:.2f} s"
            f" (rounds: {', '.join(f'{o:.2f}' for o in ours_all)})"
        )
        print(f"ratio: {ours / base:.2f}x (target: within 2x)")

        native_file = folder / "national.json"
        native_file.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        size_mb = native_file.stat().st_size / 1e6
        seconds, peak, code = cli_import(folder, native_file, folder / "native.sqlite")
        print(
            f"whole CLI import of the native file ({size_mb:.0f} MB: read, validate, diff, store):"
            f" {seconds:.2f} s, peak memory {peak:.0f} MB (target < 500 MB), exit {code}"
        )

        structure = {**doc, "services": [], "providers": [], "locations": [], "offerings": []}
        structure_file = folder / "structure.json"
        structure_file.write_text(json.dumps(structure, ensure_ascii=False), encoding="utf-8")
        ptv_db = folder / "ptv.sqlite"
        cli_import(folder, structure_file, ptv_db)
        ptv_folder = folder / "ptv"
        write_ptv(ptv_folder, args.seed)
        ptv_mb = sum(p.stat().st_size for p in ptv_folder.rglob("*.json")) / 1e6
        seconds, peak, code = cli_import(folder, ptv_folder, ptv_db)
        print(
            f"whole CLI import of the PTV form ({ptv_mb:.0f} MB in paged files, merged into the"
            f" structure): {seconds:.2f} s, peak memory {peak:.0f} MB, exit {code}"
        )
        own_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"(this benchmark process itself peaked at {own_peak:.0f} MB)")
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            shutil.copy(native_file, args.keep / "national.json")
            shutil.copytree(ptv_folder, args.keep / "ptv", dirs_exist_ok=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
