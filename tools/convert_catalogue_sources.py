#!/usr/bin/env python3
"""Copy what the default catalogue uses of the shared reference data into data/reference/.

Usage (from the repository root)::

    python tools/convert_catalogue_sources.py [--shared ../shared]

The one step of the default catalogue's build that reads ``../shared``: it keeps the columns
(CSV) and keys (JSON) that tools/build_default_catalogue.py reads, in the sources' own order,
with their values unchanged, and records in ``data/reference/provenance.json`` where each file
comes from and the SHA-256 of its source. Everything else (names cleaned, codes padded, laws
corrected) is the builder's, so that a reviewer sees every correction in one place.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "data" / "reference"

GEOFI = "geofi_municipality_key_2026.csv"
GEOFI_ORIGIN = (
    "Statistics Finland classification keys 1.1.2026, packaged by rOpenGov/geofi (commit "
    "de9392bb); keys CC BY 4.0 (Statistics Finland), geofi BSD-2-Clause"
)
PTV_ORIGIN = (
    "Suomi.fi Palvelutietovaranto (PTV) source, vrk-kpa/ptv-releases branch ptv-release-3_4 "
    "(commit 27723498); MIT, (c) Digital and Population Data Services Agency DVV"
)

# (written file, source under <shared>/data, origin, columns or keys kept; None: all)
EXTRACTS: tuple[tuple[str, str, str, tuple[str, ...] | None], ...] = (
    (
        "municipalities-2026.csv",
        f"municipalities/{GEOFI}",
        GEOFI_ORIGIN,
        (
            "kunta",
            "municipality_name_fi",
            "municipality_name_sv",
            "municipality_name_en",
            "kielisuhde_code",
            "maakunta_code",
            "maakunta_name_fi",
            "maakunta_name_sv",
            "maakunta_name_en",
            "hyvinvointialue_code",
        ),
    ),
    (
        "organisers-2026.csv",
        "municipalities/hyvinvointialueet_2026.csv",
        f"derived list of the 23 organisers (21 counties, Helsinki 90, Åland 91); {GEOFI_ORIGIN}",
        None,
    ),
    (
        "ptv-service-classes.json",
        "ptv/ServiceClasses.json",
        f"the national service classification ptvserclass2; {PTV_ORIGIN}",
        ("Id", "Notation", "ConceptType", "BroaderUris", "Label", "Notes", "OldUri"),
    ),
    (
        "ptv-general-descriptions-sote.json",
        "ptv/GeneralDescription_SOTE.json",
        f"the 101 statutory sote general descriptions (Finnish); {PTV_ORIGIN}",
        (
            "ReferenceCode",
            "Name",
            "Description",
            "Laws",
            "ServiceRestrictions",
            "UserInstructions",
            "ChargeTypeAdditionalInfo",
            "TargetGroup",
            "ServiceClass",
        ),
    ),
)


def _csv(source: Path, target: Path, columns: tuple[str, ...] | None) -> None:
    with source.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        fields = list(columns or reader.fieldnames or ())
        rows = [{name: row[name] for name in fields} for row in reader]
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _json(source: Path, target: Path, keys: tuple[str, ...] | None) -> None:
    with source.open(encoding="utf-8-sig") as handle:
        items: list[dict[str, Any]] = json.load(handle)
    kept = [{k: item[k] for k in keys or item} for item in items]
    with target.open("w", encoding="utf-8", newline="\n") as handle:
        json.dump(kept, handle, ensure_ascii=False, indent=1)
        handle.write("\n")


def convert(shared: Path, out: Path = OUT) -> list[dict[str, Any]]:
    out.mkdir(parents=True, exist_ok=True)
    provenance = []
    for name, rel, origin, kept in EXTRACTS:
        source = shared / "data" / rel
        (_csv if name.endswith(".csv") else _json)(source, out / name, kept)
        provenance.append(
            {
                "file": name,
                "source": f"../shared/data/{rel}",
                "source_sha256": hashlib.sha256(source.read_bytes()).hexdigest(),
                "origin": origin,
                "kept": list(kept) if kept else "everything",
            }
        )
    with (out / "provenance.json").open("w", encoding="utf-8", newline="\n") as handle:
        json.dump(provenance, handle, ensure_ascii=False, indent=2)
        handle.write("\n")
    return provenance


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(REPO.parent / "shared"), help="shared material")
    args = parser.parse_args(argv)
    for item in convert(Path(args.shared).resolve()):
        print(
            f"wrote data/reference/{item['file']} from {item['source']} ({item['source_sha256']})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
