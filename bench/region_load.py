"""A region's shared database under load: 50 desks search and save while a new catalogue goes in.

    python -m bench.region_load [--desks 50] [--seconds 60] [--seed 2026]

Starts a throwaway PostgreSQL cluster (as tests/postgres_server.py does, with fsync on),
loads the national-scale catalogue (bench/national_catalogue.py), and sets up the roles
(``region init``): the desks log in with the desk role, the maintainer with the maintainer
role. First one desk types the search benchmark's words on a quiet server (search speed at
national scale on PostgreSQL). Then ``--desks`` separate processes each type a word a
keystroke at a time (Navigator.search, as the window does) and save a placement, over and
over, for ``--seconds``; 10 s in, the maintainer imports a new catalogue version (the same
catalogue, every service renamed with the mark " v2") through ``catalogue import``; the desks
go on until the import has ended (and 5 s more), however long it takes.

Printed: search p50/p95 and save p95 (ms), throughput (searches and saves a second), the
import's time. Checked, and a failure if not so:
- every placement a desk saved is in the database exactly once (by id and by its unique
  client reference), and the database holds no other;
- no desk saw half an import: every answer's services all carry the mark or none do, and a
  probe (one transaction) finds the rows of the current catalogue version exactly as that
  version recorded them (counts of services, locations and offerings; marked services).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.national_catalogue import generate
from bench.search_latency import TYPED

MARK = " v2"
DESK_LOGIN = "bench_desk"
MAINTAINER_LOGIN = "bench_keeper"
IMPORT_AFTER_SECONDS = 10.0


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    position = (len(ordered) - 1) * fraction
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def _as(url: str, login: str) -> str:
    return url.replace("postgresql://postgres@", f"postgresql://{login}@", 1)


# -- one desk (a process of its own) ----------------------------------------------------------


def _placements(document: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(municipality code, service id, offering id) that belong together in ``document``."""
    unit_of = {m["municipality"]: m["regional_unit"] for m in document["memberships"]}
    by_unit: dict[str, list[str]] = {}
    for municipality, unit in unit_of.items():
        by_unit.setdefault(unit, []).append(municipality)
    found = []
    for offering in document["offerings"][::97]:
        for unit in offering["regional_units"]:
            for municipality in by_unit.get(unit, [])[:1]:
                found.append((municipality, offering["service"], offering["id"]))
    return found


def _probe(engine: Any) -> tuple[str, bool]:
    """In one transaction: the current version, and whether its rows are as it recorded them."""
    with engine.connect() as con:
        row = con.exec_driver_sql(
            "SELECT version, counts FROM catalogue_version WHERE is_current"
        ).one()
        counts = row[1] if isinstance(row[1], dict) else json.loads(row[1])
        found = con.exec_driver_sql(
            "SELECT (SELECT count(*) FROM service), (SELECT count(*) FROM location),"
            " (SELECT count(*) FROM offering),"
            " (SELECT count(*) FROM service WHERE names::text LIKE %s)",
            (f'%{MARK}"%',),
        ).one()
    version = str(row[0])
    marked = found[3]
    whole = (
        found[0] == counts.get("services")
        and found[1] == counts.get("locations")
        and found[2] == counts.get("offerings")
        and marked == (found[0] if version.endswith("-v2") else 0)
    )
    return version, whole


def desk(index: int, url: str, start_at: float, seconds: float, plan: Path, out: Path) -> None:
    from sote_navigator.core.placement_record import PlacementInput
    from sote_navigator.core.vocabulary import EntityKind
    from sote_navigator.services.workspace import Workspace

    rng = random.Random(index)
    choices = json.loads(plan.read_text(encoding="utf-8"))
    workspace = Workspace(url)
    navigator = workspace.navigator
    navigator.search("a")  # warm: the caches a window fills at its start
    searches: list[float] = []
    saves: list[float] = []
    saved: list[tuple[int, str]] = []
    mixed_answers = 0
    half_seen = 0
    versions: set[str] = set()
    time.sleep(max(0.0, start_at - time.time()))
    began_at = time.time()
    end = start_at + seconds
    stop = out.with_name("stop")  # written when the maintainer's import has ended
    number = 0
    while time.time() < end or not stop.exists():
        word = rng.choice(TYPED)
        municipality, service, offering = rng.choice(choices)
        for n in range(1, len(word) + 1):
            began = time.perf_counter()
            hits = navigator.search(word[:n])
            searches.append((time.perf_counter() - began) * 1000)
            marks = {
                any(t.get("value", "").endswith(MARK) for t in (h.names or ()))
                for h in hits
                if h.kind is EntityKind.SERVICE
            }
            if len(marks) > 1:
                mixed_answers += 1
        number += 1
        reference = f"bench-{index}-{number}"
        entered = PlacementInput(
            municipality=municipality,
            age=rng.randint(18, 95),
            language="fi",
            need_kind="words",
            need_value=word,
            need_text=word,
            service_id=service,
            offering_id=offering,
            status="referred",
            client_reference=reference,
        )
        began = time.perf_counter()
        record = workspace.records.commit(None, entered)
        saves.append((time.perf_counter() - began) * 1000)
        saved.append((record.id, reference))
        version, whole = _probe(workspace.engine)
        versions.add(version)
        half_seen += 0 if whole else 1
    workspace.close()
    out.write_text(
        json.dumps(
            {
                "searches": searches,
                "saves": saves,
                "saved": saved,
                "mixed_answers": mixed_answers,
                "half_seen": half_seen,
                "versions": sorted(versions),
                "seconds": time.time() - began_at,
            }
        ),
        encoding="utf-8",
    )


# -- the run ------------------------------------------------------------------------------------


def _write(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def _second_version(document: dict[str, Any]) -> dict[str, Any]:
    renamed = json.loads(json.dumps(document))
    renamed["catalogue"]["version"] = str(renamed["catalogue"]["version"]) + "-v2"
    for service in renamed["services"]:
        for text in service["names"]:
            if text.get("type", "name") == "name":
                text["value"] += MARK
    return renamed


def _quiet_search(url: str) -> tuple[float, float, int]:
    """One desk typing the search benchmark's words on a quiet server: median, p95 (ms)."""
    from bench.search_latency import keystrokes
    from sote_navigator.services.workspace import Workspace

    workspace = Workspace(url)
    navigator = workspace.navigator
    queries = keystrokes()
    for q in queries:
        navigator.search(q)
    times = []
    for _ in range(2):
        for q in queries:
            began = time.perf_counter()
            navigator.search(q)
            times.append((time.perf_counter() - began) * 1000)
    workspace.close()
    return statistics.median(times), _percentile(times, 0.95), len(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--desks", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--desk", type=int, help=argparse.SUPPRESS)  # one desk's process
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--start-at", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--plan", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.desk is not None:
        desk(args.desk, args.url, args.start_at, args.seconds, args.plan, args.out)
        return 0
    return run(args.desks, args.seconds, args.seed)


def run(desks: int, seconds: float, seed: int) -> int:
    from sote_navigator.services import region_setup
    from sote_navigator.services.workspace import open_workspace
    from tests import postgres_server

    print(f"machine: {os.cpu_count()} cores; {desks} desks, {seconds:.0f} s, seed {seed}")
    folder = Path(tempfile.mkdtemp(prefix="sote-navigator-region-load-"))
    server = postgres_server.start(f"-c max_connections={desks * 2 + 20} -c shared_buffers=256MB")
    try:
        admin = server.new_database()
        document = generate(seed)
        first = _write(folder / "national.json", document)
        second = _write(folder / "national-v2.json", _second_version(document))
        plan = folder / "plan.json"
        plan.write_text(json.dumps(_placements(document)), encoding="utf-8")
        began = time.perf_counter()
        engine = open_workspace(admin, first)
        print(f"national catalogue loaded into PostgreSQL: {time.perf_counter() - began:.1f} s")
        region_setup.init_roles(engine, [DESK_LOGIN], [MAINTAINER_LOGIN])
        engine.dispose()
        desk_url = _as(admin, DESK_LOGIN)
        median, p95, count = _quiet_search(desk_url)
        print(
            f"search on a quiet server, one desk ({count} keystrokes): "
            f"median {median:.1f} ms, p95 {p95:.1f} ms"
        )
        start_at = time.time() + 20 + desks * 3  # each desk opens its workspace first
        processes = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "bench.region_load",
                    "--desk",
                    str(i),
                    "--url",
                    desk_url,
                    "--start-at",
                    str(start_at),
                    "--seconds",
                    str(seconds),
                    "--plan",
                    str(plan),
                    "--out",
                    str(folder / f"desk-{i}.json"),
                ]
            )
            for i in range(desks)
        ]
        time.sleep(max(0.0, start_at + IMPORT_AFTER_SECONDS - time.time()))
        began = time.perf_counter()
        imported = subprocess.run(
            [
                sys.executable,
                "-m",
                "sote_navigator",
                "catalogue",
                "import",
                str(second),
                "--allow-unsigned",
                "--db",
                _as(admin, MAINTAINER_LOGIN),
                "--lang",
                "en",
            ],
            capture_output=True,
            text=True,
            env={**os.environ, "SOTE_NAVIGATOR_HOME": str(folder / "maintainer")},
            check=False,
        )
        import_seconds = time.perf_counter() - began
        time.sleep(5)  # the desks go on a little on the new catalogue
        (folder / "stop").write_text("", encoding="utf-8")
        failed = [p.wait() for p in processes]
        if imported.returncode != 0 or any(failed):
            print(f"FAILED: import exit {imported.returncode} {imported.stderr}; desks {failed}")
            return 1
        return _report(folder, desks, import_seconds, admin)
    finally:
        server.stop()


def _report(folder: Path, desks: int, import_seconds: float, admin: str) -> int:
    import psycopg

    results = [json.loads((folder / f"desk-{i}.json").read_text()) for i in range(desks)]
    searches = [t for r in results for t in r["searches"]]
    saves = [t for r in results for t in r["saves"]]
    saved = [(int(i), str(ref)) for r in results for i, ref in r["saved"]]
    versions = sorted({v for r in results for v in r["versions"]})
    seconds = statistics.mean(r["seconds"] for r in results)
    name = admin.split("@/")[1].split("?")[0]
    host = admin.split("host=")[1]
    with psycopg.connect(dbname=name, user="postgres", host=host) as con:
        stored = con.execute("SELECT id, client_reference FROM placement").fetchall()
        current = con.execute("SELECT version FROM catalogue_version WHERE is_current").fetchone()
    by_reference: dict[str, list[int]] = {}
    for placement_id, reference in stored:
        by_reference.setdefault(str(reference), []).append(int(placement_id))
    missing = [s for s in saved if by_reference.get(s[1]) != [s[0]]]
    extra = len(stored) - len(saved)
    mixed = sum(r["mixed_answers"] for r in results)
    half = sum(r["half_seen"] for r in results)
    print(f"maintainer's import of the new version, under load: {import_seconds:.1f} s")
    print(
        f"versions the desks saw: {', '.join(versions)}; "
        f"current after the run: {current[0] if current else None}"
    )
    print(
        f"search: {len(searches)} keystrokes, p50 {_percentile(searches, 0.5):.1f} ms, "
        f"p95 {_percentile(searches, 0.95):.1f} ms"
    )
    print(
        f"save: {len(saves)} placements, p50 {_percentile(saves, 0.5):.1f} ms, "
        f"p95 {_percentile(saves, 0.95):.1f} ms"
    )
    print(
        f"throughput: {len(searches) / seconds:.1f} searches/s, {len(saves) / seconds:.2f} "
        f"saves/s ({desks} desks, {seconds:.0f} s each on average)"
    )
    print(
        f"placements: {len(saved)} saved, {len(stored)} in the database, "
        f"{len(missing)} missing or not exactly once, {max(extra, 0)} unexpected"
    )
    print(f"half-imported catalogue seen: {half} probes, {mixed} mixed answers")
    ok = not missing and extra == 0 and half == 0 and mixed == 0 and len(versions) >= 1
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
