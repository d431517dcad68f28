"""Peak memory (max RSS) of ``catalogue import`` against the size of the catalogue file.

    python -m bench.import_memory [--locations N ...] [--keep DIR]

For each size: the national catalogue of bench/national_catalogue.py with N service locations
(five offerings each), written in the canonical layout (two-space indent, as ``catalogue
export`` writes it), imported by ``sote-navigator catalogue import`` in its own process into a
database that already holds the default catalogue. Prints the file size, the peak RSS of the
import process and their ratio. The import's memory bound is checked against these figures
(reading.MAX_DOCUMENT_BYTES).

Two cases per size: a first import over the default catalogue, and a second import of another
catalogue of the same size over the first (a desk's regular update: the current catalogue is
read for the diff, so both are in memory).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench import national_catalogue

ROOT = Path(__file__).resolve().parent.parent


def write_catalogue(path: Path, locations: int, seed: int = 1) -> int:
    national_catalogue.LOCATIONS = locations
    document = national_catalogue.generate(seed)
    # Real PTV text holds characters beyond Latin-1 (en dashes, the euro sign): with one of
    # them Python holds the whole decoded text at two bytes a character, as it would for a
    # real file.
    document["catalogue"]["publisher"] += " \u2013 \u20ac"
    with path.open("w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False, indent=2, sort_keys=True)
    return path.stat().st_size


def measure(command: list[str], env: dict[str, str]) -> tuple[int, int]:
    """(exit code, peak RSS in bytes) of one command run in a child process of a fresh probe,
    so that RUSAGE_CHILDREN holds that command alone."""
    probe = (
        "import resource, subprocess, sys, json\n"
        f"code = subprocess.run({command!r}, capture_output=True).returncode\n"
        "print(json.dumps([code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=ROOT, check=True
    )
    code, kib = json.loads(done.stdout)
    return int(code), int(kib) * 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--locations", type=int, nargs="+", default=[20_000, 34_000])
    parser.add_argument("--keep", type=Path, help="keep the files in this folder")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="import-memory-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"{'locations':>9} {'case':>7} {'file MB':>8} {'peak MB':>8} {'ratio':>6} exit")
    for locations in args.locations:
        home = work / f"home-{locations}"
        env = {**os.environ, "SOTE_NAVIGATOR_HOME": str(home)}
        cli = [sys.executable, "-m", "sote_navigator"]
        subprocess.run([*cli, "info"], env=env, cwd=ROOT, capture_output=True, check=True)
        for case, seed in (("first", 1), ("update", 2)):
            path = work / f"national-{locations}-{seed}.json"
            size = write_catalogue(path, locations, seed)
            code, peak = measure([*cli, "catalogue", "import", "--allow-unsigned", str(path)], env)
            print(
                f"{locations:>9} {case:>7} {size / 1e6:>8.1f} {peak / 1e6:>8.1f}"
                f" {peak / size:>6.2f} {code}",
                flush=True,
            )
            if not args.keep:
                path.unlink()


if __name__ == "__main__":
    main()
