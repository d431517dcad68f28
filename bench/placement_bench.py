"""How long a full placement evaluation takes at national scale (target: < 20 ms).

A full evaluation is what the wizard and ``sote-navigator place`` do for one client: find the
municipality, resolve the need (search words), read the services and the offerings for the
organiser's units, rank the choice sets with their reasons, and snapshot the chosen provider.

The baseline, measured in the same run on the same database, is the least any evaluation must
do: one raw ``sqlite3`` query per case fetching the same offering rows (with their provider and
location rows) for the found services and the organiser's units, without decoding or ranking.

    python -m bench.placement_bench [--seed N] [--cases N] [--rounds N] [--rebuild]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.national_catalogue import generate
from sote_navigator import pyside_guard
from sote_navigator.core.placement import Need
from sote_navigator.core.placement_record import PlacementInput, snapshot
from sote_navigator.db.engine import open_database
from sote_navigator.services import catalogue
from sote_navigator.services.placement import Placer
from sote_navigator.services.workspace import Workspace, open_workspace

CACHE = Path(tempfile.gettempdir()) / "sote-navigator-bench"
TARGET_MS = 20.0


def national_database(seed: int, rebuild: bool) -> tuple[Path, dict[str, Any]]:
    """A database holding the national catalogue of ``seed`` (built once, then reused)."""
    CACHE.mkdir(exist_ok=True)
    db = CACHE / f"placement-national-{seed}.sqlite"
    if rebuild:
        for path in CACHE.glob(f"placement-national-{seed}.sqlite*"):
            path.unlink()
    document = generate(seed)
    if db.exists():
        engine = open_database(db)
        ready = catalogue.current(engine) is not None
        engine.dispose()
        if ready:
            return db, document
    source = CACHE / f"placement-national-{seed}.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    open_workspace(db, source).dispose()
    return db, document


def cases(document: dict[str, Any], count: int, seed: int) -> list[PlacementInput]:
    """Clients across the country, each needing a service named by a word of its name."""
    rnd = random.Random(seed)
    municipalities = [m["code"] for m in document["municipalities"]]
    services = document["services"]
    out = []
    for _ in range(count):
        service = rnd.choice(services)
        name = next(t["value"] for t in service["names"] if t["language"] == "fi")
        word = max(name.split(), key=len)
        out.append(
            PlacementInput(
                municipality=rnd.choice(municipalities),
                age=rnd.randint(0, 95),
                language=rnd.choice(("fi", "fi", "fi", "sv", "en")),
                home_visit=rnd.random() < 0.3,
                evening=rnd.random() < 0.3,
                accessible=rnd.random() < 0.3,
                urgent=rnd.random() < 0.1,
                need_text=word,
            )
        )
    return out


def evaluate_once(placer: Placer, entered: PlacementInput) -> tuple[int, int, int]:
    """One full evaluation, as the wizard does it: (services, providers ranked, listed)."""
    routing = placer.find_municipality(entered.municipality).routing
    assert routing is not None
    context = placer.context(entered)
    need = placer.need(entered.need_text)
    evaluation = placer.evaluate(context, need)
    ranked = listed = 0
    if evaluation.services:
        first = evaluation.services[0]
        chosen = (
            first.choice_set.providers[0].offering.id
            if first.choice_set and first.choice_set.providers
            else ""
        )
        snapshot(evaluation, first.service.id, chosen, None)
        sets = [a.choice_set for a in evaluation.services if a.choice_set]
        ranked = sum(c.total for c in sets)
        listed = sum(len(c.providers) for c in sets)
    return len(evaluation.services), ranked, listed


def raw_fetch(con: sqlite3.Connection, service_ids: list[str], offering_ids: list[str]) -> int:
    """The baseline: the same service, offering, provider and location rows, not decoded."""
    count = 0
    if service_ids:
        s = ",".join("?" * len(service_ids))
        count += len(
            con.execute(f"SELECT * FROM service WHERE id IN ({s})", service_ids).fetchall()
        )
    if offering_ids:
        o = ",".join("?" * len(offering_ids))
        count += len(
            con.execute(
                "SELECT o.*, p.*, l.* FROM offering o JOIN provider p ON p.id = o.provider_id "
                f"LEFT JOIN location l ON l.id = o.location_id WHERE o.id IN ({o})",
                offering_ids,
            ).fetchall()
        )
    return count


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    pyside_guard.protect_none()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    db, document = national_database(args.seed, args.rebuild)
    print(f"national database: {db} ({time.perf_counter() - started:.1f} s to prepare)")
    engine = open_database(db)
    counts = catalogue.current(engine).counts  # type: ignore[union-attr]
    print(
        "catalogue: "
        + ", ".join(
            f"{counts.get(k, 0):,} {k}"
            for k in ("municipalities", "services", "locations", "offerings")
        )
    )
    inputs = cases(document, args.cases, args.seed)

    started = time.perf_counter()
    placer = Workspace(engine=engine).placer
    evaluate_once(placer, inputs[0])
    start_ms = (time.perf_counter() - started) * 1000

    raw = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    plans = []
    for entered in inputs:
        context = placer.context(entered)
        organiser = context.routing.organiser.id
        ids = placer.service_ids(placer.need(entered.need_text), organiser)
        offerings = sorted({o for i in ids for o in placer.index.local_offerings(organiser, i)})
        plans.append((ids, offerings))

    first: list[float] = []
    full: list[float] = []
    baseline: list[float] = []
    parts: dict[str, list[float]] = {"lookup": [], "need": [], "evaluate": []}
    found_services = found_ranked = found_listed = 0
    for round_number in range(args.rounds):
        for entered, (ids, offerings) in zip(inputs, plans, strict=True):
            baseline.append(timed(lambda i=ids, o=offerings: raw_fetch(raw, i, o)))
            started = time.perf_counter()
            services, ranked, listed = evaluate_once(placer, entered)
            (first if round_number == 0 else full).append((time.perf_counter() - started) * 1000)
            found_services += services
            found_ranked += ranked
            found_listed += listed
            parts["lookup"].append(timed(lambda e=entered: placer.context(e)))
            resolved: list[Need] = []
            parts["need"].append(
                timed(lambda e=entered, r=resolved: r.append(placer.need(e.need_text)))
            )
            context = placer.context(entered)
            parts["evaluate"].append(timed(lambda c=context, n=resolved[0]: placer.evaluate(c, n)))
    raw.close()
    engine.dispose()

    n = len(first) + len(full)
    print(
        f"{n} evaluations ({args.cases} clients x {args.rounds} rounds); "
        f"{found_services / n:.1f} services, {found_ranked / n:.1f} providers ranked and "
        f"{found_listed / n:.1f} listed in full each"
    )
    print(f"new Placer and its first evaluation (reads who offers what): {start_ms:.0f} ms")
    base_med = statistics.median(baseline)
    for label, values in (("first time per client", first), ("asked again (warm)", full)):
        if values:
            med, p95 = statistics.median(values), percentile(values, 95)
            print(
                f"full evaluation, {label:21s}: median {med:6.2f} ms   p95 {p95:6.2f} ms   "
                f"max {max(values):6.2f} ms   ({med / base_med:.1f}x the baseline median)"
            )
    print(
        f"raw SQL baseline (same rows, undecoded): median {base_med:6.2f} ms   "
        f"p95 {percentile(baseline, 95):6.2f} ms"
    )
    for name, values in parts.items():
        med_part, p95_part = statistics.median(values), percentile(values, 95)
        print(f"  {name:9s} median {med_part:6.2f} ms   p95 {p95_part:6.2f} ms")
    for label, values in (("first time", first), ("warm", full)):
        if values:
            verdict = "meets" if percentile(values, 95) < TARGET_MS else "MISSES"
            print(f"target < {TARGET_MS:.0f} ms, {label}: p95 {verdict} it")
    return 0


if __name__ == "__main__":
    sys.exit(main())
