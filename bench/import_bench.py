"""Import of a national-scale catalogue, as the user waits for it, against floors measured in
the same run (issue 15).

    python -m bench.import_bench [--seed N] [--rounds N] [--keep DIR]

Measured in the same run, on the same machine, median of ``--rounds`` (at least 3):

- floor: parse the file (the native JSON; every page of the PTV folder) and one transaction
  of ``sqlite3`` ``executemany`` calls inserting the same catalogue rows into a minimal
  normalized schema (the catalogue tables with their keys, no index, no search index);
- whole command: ``sote-navigator catalogue import`` of the native file and of the PTV
  folder, each in its own process, from process start to exit (read, check, compare, store,
  index), over a database that already holds the default (native) or the structure (PTV);
  targets 2x and 3x the floor;
- store step: ``services.catalogue.install`` of the parsed document into an empty database
  (rows, search index, version snapshot) against a raw executemany of the rows an import
  stores (catalogue tables and both search indexes, into the application's schema);
- one change: a re-import of the national catalogue with one service, one location or one
  municipality's regional unit changed: its store step (apply_import, in process) and the
  whole command; targets under 1 s and under 3 s.

"""

from __future__ import annotations

import argparse
import copy
import json
import os
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
from sote_navigator.services import catalogue, catalogue_import
from sote_navigator.services.workspace import open_workspace

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
    """(seconds from process start to exit, peak MB, exit code) of a whole CLI import."""
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


def _copy_db(source: Path, target: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{source}{suffix}").exists():
            shutil.copy(f"{source}{suffix}", f"{target}{suffix}")
    return target


# --- the floor: parse, then executemany into a minimal normalized schema --------------------


def _catalogue_rows(doc: dict[str, Any]) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """The catalogue rows (no search index), as (INSERT statement, rows)."""
    return [
        (sql, rows)
        for sql, rows in _rows(doc)
        if not sql.startswith(("INSERT INTO search_words", "INSERT INTO search_trigrams"))
    ]


def _minimal_schema(con: sqlite3.Connection) -> None:
    for spec in catalogue_rows.SPECS:
        key = f", PRIMARY KEY ({spec.columns[0]})" if spec.key else ""
        con.execute(f"CREATE TABLE {spec.table} ({', '.join(spec.columns)}{key})")
    con.execute(
        "CREATE TABLE service_class_link (service_id, class_uri,"
        " PRIMARY KEY (service_id, class_uri))"
    )
    con.execute(
        "CREATE TABLE offering_unit (offering_id, regional_unit_id,"
        " PRIMARY KEY (offering_id, regional_unit_id))"
    )


def floor(folder: Path, source: Path, rows: list[tuple[str, list[tuple[Any, ...]]]]) -> float:
    """Seconds to parse ``source`` (a JSON file, or every JSON file under a folder) and
    executemany ``rows`` into a minimal normalized schema in one transaction."""
    path = folder / "floor.sqlite"
    path.unlink(missing_ok=True)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = NORMAL")
    _minimal_schema(con)
    files = sorted(source.rglob("*.json")) if source.is_dir() else [source]
    start = time.perf_counter()
    for file in files:
        json.loads(file.read_bytes())
    con.execute("BEGIN IMMEDIATE")
    for sql, batch in rows:
        con.executemany(sql, batch)
    con.execute("COMMIT")
    elapsed = time.perf_counter() - start
    con.close()
    path.unlink(missing_ok=True)
    return elapsed


# --- one change ----------------------------------------------------------------------------


def _one_service(doc: dict[str, Any]) -> None:
    service = doc["services"][len(doc["services"]) // 2]
    service["descriptions"][0]["value"] += " (muutettu)"


def _one_location(doc: dict[str, Any]) -> None:
    location = doc["locations"][len(doc["locations"]) // 2]
    location["names"] = [{**t, "value": t["value"] + " (uusi nimi)"} for t in location["names"]]


def _one_unit(doc: dict[str, Any]) -> None:
    membership = doc["memberships"][len(doc["memberships"]) // 2]
    units = [u["id"] for u in doc["regional_units"] if u["id"] != membership["regional_unit"]]
    membership["regional_unit"] = units[0]


ONE_CHANGE = {"service": _one_service, "location": _one_location, "unit": _one_unit}


def store_one_change(db: Path, source: Path) -> float:
    """Seconds of apply_import (the store step) of ``source`` over the catalogue in ``db``."""
    engine = open_database(db)
    try:
        plan = catalogue_import.plan_import(engine, source)
        assert plan.ok and plan.diff is not None, plan.findings
        start = time.perf_counter()
        catalogue_import.apply_import(engine, plan, allow_unsigned=True)
        return time.perf_counter() - start
    finally:
        engine.dispose()


def _median(label: str, values: list[float]) -> float:
    middle = statistics.median(values)
    print(f"{label}: median {middle:.2f} s (rounds: {', '.join(f'{v:.2f}' for v in values)})")
    return middle


def main() -> None:
    parser = argparse.ArgumentParser(description="catalogue import benchmark")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="keep the generated files in this folder")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="sote-import-bench-"))
    try:
        doc = generate(args.seed)
        counts = {k: len(v) for k, v in doc.items() if isinstance(v, list)}
        print(f"catalogue: {counts}")
        native_file = folder / "national.json"
        native_file.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        structure = {**doc, "services": [], "providers": [], "locations": [], "offerings": []}
        structure_file = folder / "structure.json"
        structure_file.write_text(json.dumps(structure, ensure_ascii=False), encoding="utf-8")
        ptv_folder = folder / "ptv"
        write_ptv(ptv_folder, args.seed)
        changed = {}
        for name, change in ONE_CHANGE.items():
            variant = copy.deepcopy(doc)
            change(variant)
            changed[name] = folder / f"one-{name}.json"
            changed[name].write_text(json.dumps(variant, ensure_ascii=False), encoding="utf-8")
        size_mb = native_file.stat().st_size / 1e6
        ptv_mb = sum(p.stat().st_size for p in ptv_folder.rglob("*.json")) / 1e6

        # Databases the imports start from: the default catalogue; the PTV form's structure.
        default_db = _fresh(folder, "default.sqlite")
        workspace_default = open_workspace(default_db)
        workspace_default.dispose()
        structure_db = _copy_db(default_db, folder / "structure.sqlite")
        cli_import(folder, structure_file, structure_db)
        catalogue_rows_all = _catalogue_rows(doc)

        results: dict[str, list[float]] = {}
        peaks: dict[str, float] = {}

        def add(label: str, value: float) -> None:
            results.setdefault(label, []).append(value)
            print(f"  round {len(results[label])}: {label} {value:.2f} s", flush=True)

        national_db = folder / "national.sqlite"
        for n in range(args.rounds):
            work = folder / f"round-{n}"
            work.mkdir()
            add("floor native", floor(work, native_file, catalogue_rows_all))
            add("floor ptv", floor(work, ptv_folder, catalogue_rows_all))
            base, rows = baseline(work, doc)
            add("raw executemany", base)
            add("store", store(work, doc))
            db = _copy_db(default_db, work / "native.sqlite")
            seconds, peak, code = cli_import(folder, native_file, db)
            assert code == 0, code
            add("command native", seconds)
            peaks["native"] = max(peaks.get("native", 0.0), peak)
            if n == 0:
                _copy_db(db, national_db)
            db = _copy_db(structure_db, work / "ptv.sqlite")
            seconds, peak, code = cli_import(folder, ptv_folder, db)
            assert code == 0, code
            add("command ptv", seconds)
            peaks["ptv"] = max(peaks.get("ptv", 0.0), peak)
            for name, source in changed.items():
                db = _copy_db(national_db, work / f"one-{name}.sqlite")
                add(f"one {name} store", store_one_change(db, source))
                db = _copy_db(national_db, work / f"one-{name}-cli.sqlite")
                seconds, _, code = cli_import(folder, source, db)
                assert code == 0, code
                add(f"one {name} command", seconds)
            shutil.rmtree(work, ignore_errors=True)

        m = {label: _median(label, values) for label, values in results.items()}
        print()
        print(
            f"whole command, native file ({size_mb:.0f} MB): {m['command native']:.2f} s,"
            f" floor {m['floor native']:.2f} s: {m['command native'] / m['floor native']:.2f}x"
            f" (target 2x); peak memory {peaks['native']:.0f} MB"
        )
        print(
            f"whole command, PTV folder ({ptv_mb:.0f} MB): {m['command ptv']:.2f} s,"
            f" floor {m['floor ptv']:.2f} s: {m['command ptv'] / m['floor ptv']:.2f}x"
            f" (target 3x); peak memory {peaks['ptv']:.0f} MB"
        )
        print(
            f"store step: {m['store']:.2f} s against raw executemany of the same {rows:,} rows"
            f" {m['raw executemany']:.2f} s: {m['store'] / m['raw executemany']:.2f}x"
            " (target 2x)"
        )
        for name in ONE_CHANGE:
            print(
                f"one {name} changed: store {m[f'one {name} store']:.2f} s (target < 1 s),"
                f" whole command {m[f'one {name} command']:.2f} s (target < 3 s)"
            )
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            shutil.copy(native_file, args.keep / "national.json")
            shutil.copytree(ptv_folder, args.keep / "ptv", dirs_exist_ok=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
