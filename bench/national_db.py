"""A database holding the national-scale catalogue, built once per seed and reused."""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from sqlalchemy import Engine

from bench.national_catalogue import generate
from sote_navigator.db.engine import open_database
from sote_navigator.services import catalogue
from sote_navigator.services.workspace import open_workspace

CACHE = Path(tempfile.gettempdir()) / "sote-navigator-bench"


def national_database(seed: int, *, rebuild: bool = False) -> tuple[Path, float | None]:
    """The path of a database with the national catalogue of ``seed``, and the seconds its
    import took (None when an earlier run had built it)."""
    CACHE.mkdir(exist_ok=True)
    db = CACHE / f"national-{seed}.sqlite"
    if rebuild:
        for path in CACHE.glob(f"national-{seed}.sqlite*"):
            path.unlink()
    if db.exists():
        engine = open_database(db)
        installed = catalogue.current(engine) is not None
        engine.dispose()
        if installed:
            return db, None
    source = CACHE / f"national-{seed}.json"
    source.write_text(json.dumps(generate(seed), ensure_ascii=False), encoding="utf-8")
    started = time.perf_counter()
    engine: Engine = open_workspace(db, source)
    seconds = time.perf_counter() - started
    engine.dispose()
    return db, seconds
