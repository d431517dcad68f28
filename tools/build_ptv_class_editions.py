#!/usr/bin/env python3
"""Write data/ptv-service-class-editions.json: PTV's old service-class URIs → today's classes.

Usage (from the repository root)::

    python tools/build_ptv_class_editions.py [--shared ../shared] [--out data/...json]

PTV's national service classification had a first edition whose classes are named by
``http://urn.fi/URN:NBN:fi:au:ptvl:v1001``-style URIs; today's edition (ptvserclass2) names
them ``http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P1``. Real PTV exports still carry
old URIs. ``ServiceClasses.json`` of PTV's source gives each class of today its old URI in the
field ``OldUri``; this script keeps exactly that pairing (codes were reused with other
meanings between the editions, so only URIs are paired, never codes). Standard library only,
deterministic, no network.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCE = "data/ptv/ServiceClasses.json"


def build(shared: Path) -> dict[str, object]:
    path = shared / SOURCE
    classes = json.loads(path.read_text(encoding="utf-8-sig"))
    pairs: dict[str, str] = {}
    for c in classes:
        old, new = c.get("OldUri"), c.get("Id")
        if not old or not new:
            continue
        if old in pairs and pairs[old] != new:
            raise SystemExit(f"{old} names two classes of today: {pairs[old]} and {new}")
        pairs[old] = new
    return {
        "what": (
            "PTV service classes of the first edition (ptvl URIs) paired with the class of "
            "today's edition (ptvserclass2) that replaced each, by PTV's own OldUri field"
        ),
        "source": {
            "file": SOURCE.removeprefix("data/"),
            "origin": (
                "Suomi.fi Palvelutietovaranto (PTV) source, vrk-kpa/ptv-releases branch "
                "ptv-release-3_4, commit 27723498"
            ),
            "licence": "MIT, (c) Digital and Population Data Services Agency DVV",
            "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        },
        "generated_by": "tools/build_ptv_class_editions.py",
        "old_to_new": dict(sorted(pairs.items())),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--out", type=Path, default=REPO / "data/ptv-service-class-editions.json")
    args = parser.parse_args(argv)
    result = build(args.shared)
    text = json.dumps(result, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    args.out.write_text(text, encoding="utf-8")
    pairs = result["old_to_new"]
    assert isinstance(pairs, dict)
    print(f"wrote {args.out}: {len(pairs)} old URIs paired with today's classes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
