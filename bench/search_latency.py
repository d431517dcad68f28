"""Search-as-you-type latency at national scale, against a LIKE '%…%' scan in the same run.

    python -m bench.search_latency [--seed N] [--rebuild] [--repeat N]

Types realistic words one character at a time (as the navigator window searches on every
keystroke) in several scopes: the whole country, a municipality, a municipality with filters.
Each keystroke is timed through Navigator.search, the call the window makes (index query and
reading the hits' names). The baseline runs, for the same keystrokes, the obvious scan: every
service, provider and location whose names, keywords or address contain each typed word.
Targets: median < 5 ms, p95 < 20 ms, and at least 10x faster than the scan.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable, Sequence

from sqlalchemy import Engine, text

from bench.national_db import national_database
from sote_navigator.core.navigation import NO_FILTER, Feature, OfferingFilter
from sote_navigator.core.normalize import words
from sote_navigator.core.vocabulary import ProviderKind
from sote_navigator.db.engine import open_database
from sote_navigator.services import search as search_service
from sote_navigator.services.workspace import Workspace

LIIKELAITOS = ProviderKind.LIIKELAITOS
EVENINGS_ACCESSIBLE = Feature.EVENINGS | Feature.ACCESSIBLE

TYPED = (
    "hammashoito",
    "hammashoitolan",
    "tandvård",
    "kotihoito",
    "hemvården",
    "fysioterapia",
    "lastenneuvola",
    "lääkärin vastaanotto",
    "terveysasema",
    "mielenterveys",
    "päihdepalvelut",
    "porvoon hammashoitola",
    "sosiaalitoimisto",
    "palveluseteli",
    "porvoon terveysasema",
)
# (label, municipality code or None, filter)
SCOPES: tuple[tuple[str, str | None, OfferingFilter], ...] = (
    ("whole country", None, NO_FILTER),
    ("Porvoo", "638", NO_FILTER),
    ("Porvoo, in Swedish", "638", OfferingFilter(Feature.SWEDISH)),
    ("Helsinki, evenings + accessible", "091", OfferingFilter(EVENINGS_ACCESSIBLE)),
    ("Lohja, voucher", "444", OfferingFilter(Feature.VOUCHER)),
    ("Porvoo, liikelaitos", "638", OfferingFilter(provider_kinds=frozenset({LIIKELAITOS}))),
    ("whole country, voucher", None, OfferingFilter(Feature.VOUCHER)),
)

LIKE_TABLES = (
    ("service", ("names", "keywords"), "service_id"),
    ("provider", ("names",), "provider_id"),
    ("location", ("names", "street", "post_office"), "location_id"),
)


def keystrokes() -> list[str]:
    return [word[:n] for word in TYPED for n in range(1, len(word) + 1)]


def like_scan(engine: Engine, unit: str | None = None) -> Callable[[str], int]:
    """The obvious search: every record containing each typed word, narrowed to the offerings
    of a regional unit with a join when one is given."""

    def run(query: str) -> int:
        typed = [w for w in words(query) if w]
        if not typed:
            return 0
        found = 0
        params: dict[str, str] = {f"w{k}": f"%{w}%" for k, w in enumerate(typed)}
        params["unit"] = unit or ""
        with engine.connect() as con:
            for table, columns, offering_column in LIKE_TABLES:
                cond = " AND ".join(
                    "(" + " OR ".join(f"{c} LIKE :w{k}" for c in columns) + ")"
                    for k in range(len(typed))
                )
                if unit:
                    cond += (
                        f" AND id IN (SELECT o.{offering_column} FROM offering o JOIN "
                        "offering_unit u ON u.offering_id = o.id WHERE u.regional_unit_id = :unit)"
                    )
                found += len(
                    con.execute(text(f"SELECT id FROM {table} WHERE {cond}"), params).all()
                )
        return found

    return run


def measure(call: Callable[[str], object], queries: Sequence[str], repeat: int) -> list[float]:
    for q in queries:  # warm the page cache and the directory, as a session would
        call(q)
    times = []
    for _ in range(repeat):
        # Hits decoded by earlier repeats are forgotten: each repeat types as for the first time.
        search_service._decoded.cache_clear()
        for q in queries:
            started = time.perf_counter()
            call(q)
            times.append((time.perf_counter() - started) * 1000)
    return times


def p95(values: Sequence[float]) -> float:
    return statistics.quantiles(values, n=100)[94]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--rebuild", action="store_true", help="generate and import again")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    db, import_seconds = national_database(args.seed, rebuild=args.rebuild)
    engine = open_database(db)
    navigator = Workspace(engine=engine).navigator
    with engine.connect() as con:
        counts = {
            t: con.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
            for t in ("municipality", "service", "provider", "location", "offering")
        }
    print(f"catalogue: {counts}")
    if import_seconds is not None:
        print(f"import (generate excluded): {import_seconds:.1f} s")
    queries = keystrokes()
    print(f"{len(queries)} keystrokes x {args.repeat} repeats per scope\n")
    print(f"{'scope':34} {'median ms':>10} {'p95 ms':>8} {'max ms':>8} {'hits':>6}")
    all_times: list[float] = []
    by_scope: dict[str, float] = {}
    for label, code, offering_filter in SCOPES:
        routing = navigator.routing(code) if code else None
        unit = routing.regional_unit.id if routing else None
        hits = [len(navigator.search(q, unit, offering_filter)) for q in queries]

        def search(q: str, unit: str | None = unit, f: OfferingFilter = offering_filter) -> None:
            navigator.search(q, unit, f)

        times = measure(search, queries, args.repeat)
        all_times += times
        by_scope[label] = statistics.median(times)
        print(
            f"{label:34} {statistics.median(times):10.2f} {p95(times):8.2f} {max(times):8.2f} "
            f"{statistics.mean(hits):6.1f}"
        )
    porvoo = navigator.routing("638")
    baselines = {
        "whole country": measure(like_scan(engine), queries, args.repeat),
        "Porvoo": measure(
            like_scan(engine, porvoo.regional_unit.id if porvoo else None), queries, args.repeat
        ),
    }
    for label, like in baselines.items():
        print(
            f"{'LIKE scan, ' + label:34} {statistics.median(like):10.2f} {p95(like):8.2f} "
            f"{max(like):8.2f}"
        )
    median = statistics.median(all_times)
    print()
    print(f"navigator search, all scopes: median {median:.2f} ms (target < 5), "
          f"p95 {p95(all_times):.2f} ms (target < 20)")  # fmt: skip
    for label, like in baselines.items():
        ratio = statistics.median(like) / by_scope[label]
        print(f"LIKE scan / navigator search, {label}: {ratio:.1f}x by median (target >= 10x)")
    typed = [w[:n] for w in ("Borgå", "hämeenlinna", "091") for n in range(1, len(w) + 1)]
    completions = measure(navigator.complete, typed, args.repeat)
    print(f"municipality type-ahead: median {statistics.median(completions):.3f} ms, "
          f"p95 {p95(completions):.3f} ms")  # fmt: skip
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
