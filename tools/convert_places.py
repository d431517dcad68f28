#!/usr/bin/env python3
"""Convert the shared health-station and central-locality data into files under ``data/``.

Usage (from the repository root)::

    python tools/convert_places.py [--shared ../shared]

Reads ``<shared>/data/places``:

- ``health_stations_Finland_13-19.xlsx`` (the 2019 sheet: the compilers' archive source URLs and
  notes) and ``health_stations_Finland_13-19_with_coords_DERIVED.csv`` (the same rows with
  EPSG:3067 coordinates geocoded from OpenStreetMap), and writes
  ``data/health-stations-2019.json``: every public GP health station of mainland Finland in
  2019, with the municipality code of today (merged municipalities through their successor),
  WGS84 coordinates (converted with ``sote_navigator.core.geo``) and its sources;
- ``municipality_central_localities.csv`` and writes ``data/municipality-centres.csv``: the
  central locality of each municipality of 2026 (former municipalities dropped).

Deterministic, standard library only (the xlsx is read as the zip of XML it is), no network.
The default-catalogue builder reads the files this writes; the application reads
``municipality-centres.csv``. Provenance is in ``data/README.md`` and in each file's header.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sote_navigator.core.geo import tm35fin_to_wgs84  # noqa: E402

YEAR = "2019"
STATIONS_XLSX = "data/places/health_stations_Finland_13-19.xlsx"
STATIONS_CSV = "data/places/health_stations_Finland_13-19_with_coords_DERIVED.csv"
CENTRES_CSV = "data/places/municipality_central_localities.csv"
KEY_CSV = "data/municipalities/kunta_maakunta_hyvinvointialue_2026_compact.csv"
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

# 2019 municipality codes that are not municipality codes of 2026, and what they are today.
# Each with its source. (code in the data, the code of today, why)
CODE_CHANGES: dict[str, dict[str, str]] = {
    "099": {
        "code_2026": "214",
        "why": "Honkajoki merged into Kankaanpää on 1.1.2021",
        "source": "Valtioneuvoston päätös Kankaanpään kaupungin ja Honkajoen kunnan "
        "yhdistymisestä 443/2020, https://finlex.fi/fi/laki/alkup/2020/20200443",
    },
    "588": {
        "code_2026": "507",
        "why": "Pertunmaa merged into Mäntyharju on 1.1.2025",
        "source": "Valtioneuvosto 6.6.2024, https://pertunmaa.fi/valtioneuvosto-vahvisti-"
        "mantyharjun-ja-pertunmaan-kuntaliitoksen/",
    },
    "911": {
        "code_2026": "541",
        "why": "Valtimo merged into Nurmes on 1.1.2020",
        "source": "Nurmeksen ja Valtimon kuntaliitosselvitys (valtuustojen päätökset 23.4. ja "
        "24.4.2019), https://www.nurmes.fi/kuntaliitosselvitys",
    },
    "724": {
        "code_2026": "742",
        "why": "a typing error, not a merger: the row is Savukosken terveysasema in Savukoski, "
        "whose code is 742 (the 2013-2015 sheets of the same data give 742; Savukoski still "
        "exists in 2026 with code 742); 724 is no municipality's code",
        "source": "Statistics Finland municipality key 1.1.2026 (geofi, CC BY 4.0); the data's "
        "own 2013-2015 rows",
    },
}

NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}


class ConvertError(Exception):
    pass


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def xlsx_sheet(path: Path, name: str) -> list[dict[str, str]]:
    """The rows of one sheet as {header: value} (first row = headers; later duplicates of a
    header get a numeric suffix)."""
    with zipfile.ZipFile(path) as z:
        shared = [
            "".join(t.text or "" for t in si.iter(f"{{{NS['m']}}}t"))
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS)
        ]
        workbook = ET.fromstring(z.read("xl/workbook.xml"))
        rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
        targets = {r.get("Id"): r.get("Target") for r in rels}
        sheets = workbook.find("m:sheets", NS)
        assert sheets is not None
        rid = next(s.get(f"{{{NS['r']}}}id") for s in sheets if s.get("name") == name)
        root = ET.fromstring(z.read(f"xl/{targets[rid]}"))
    grid: list[dict[str, str]] = []
    for row in root.iter(f"{{{NS['m']}}}row"):
        cells: dict[str, str] = {}
        for c in row.findall("m:c", NS):
            column = re.match(r"[A-Z]+", c.get("r") or "")
            v = c.find("m:v", NS)
            if column is None:
                continue
            if v is None:
                inline = c.find("m:is", NS)
                text = (
                    "".join(x.text or "" for x in inline.iter(f"{{{NS['m']}}}t"))
                    if inline is not None
                    else ""
                )
            elif c.get("t") == "s":
                text = shared[int(v.text or 0)]
            else:
                text = v.text or ""
            cells[column.group(0)] = text
        grid.append(cells)
    header = grid[0]
    names: dict[str, str] = {}
    seen: dict[str, int] = {}
    for column, title in header.items():
        if not title:
            continue
        seen[title] = seen.get(title, 0) + 1
        names[column] = title if seen[title] == 1 else f"{title}{seen[title]}"
    return [{names[c]: v for c, v in row.items() if c in names} for row in grid[1:]]


def clean(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def slug(text: str) -> str:
    folded = text.lower().translate(str.maketrans("äåöéü", "aaoeu"))
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def open_days(row: dict[str, str]) -> list[int] | None:
    """Monday = 0. None when the data has no opening days (empty, or no day marked)."""
    values = [clean(row[d]) for d in DAYS]
    if not all(v in ("0", "1") for v in values):
        return None
    days = [i for i, v in enumerate(values) if v == "1"]
    return days or None


def convert_stations(shared: Path) -> tuple[dict[str, Any], list[str]]:
    key = {r["kuntanumero"]: r for r in read_csv(shared / KEY_CSV)}
    rows = [r for r in read_csv(shared / STATIONS_CSV) if r["year"] == YEAR]
    sheet = [r for r in xlsx_sheet(shared / STATIONS_XLSX, YEAR) if clean(r.get("station"))]
    if len(rows) != len(sheet):
        raise ConvertError(f"{len(rows)} rows in the csv, {len(sheet)} in the {YEAR} sheet")
    stations: list[dict[str, Any]] = []
    ids: set[str] = set()
    renamed: list[str] = []
    for row, xl in zip(rows, sheet, strict=True):
        if clean(row["station"]) != clean(xl["station"]):
            raise ConvertError(f"rows out of step: {row['station']!r} / {xl['station']!r}")
        code_2019 = clean(row["municipality_num"])
        code = CODE_CHANGES.get(code_2019, {}).get("code_2026", code_2019)
        if code not in key:
            raise ConvertError(f"{row['station']}: municipality {code_2019} not known in 2026")
        if key[code]["municipality_name_fi"] != clean(row["municipality"]):
            # e.g. Jalasjärvi (merged into Kurikka in 2016) under Kurikka's code: the code wins
            renamed.append(
                f"{code_2019} -> {code} {key[code]['municipality_name_fi']}: "
                f"{clean(row['municipality'])} ({clean(row['station'])})"
            )
        base = f"{code}-{slug(clean(row['station']))}"
        sid, n = base, 1
        while sid in ids:
            n += 1
            sid = f"{base}-{n}"
        ids.add(sid)
        coordinates = None
        if clean(row["easting_epsg3067"]) and clean(row["northing_epsg3067"]):
            lat, lon = tm35fin_to_wgs84(
                float(row["northing_epsg3067"]), float(row["easting_epsg3067"])
            )
            coordinates = {"lat": round(lat, 6), "lon": round(lon, 6)}
        outsourced = clean(row["outsourced"]) == "1"
        sources = [clean(xl.get(f"source{i}")) for i in range(1, 5)]
        notes = [clean(xl.get(k)) for k in ("note", "note2")]
        stations.append(
            {
                "id": sid,
                "name": clean(row["station"]),
                "street": clean(row["address"]),
                "postal_code": clean(row["postcode"]),
                "post_office": clean(row["postal_district"]),
                "municipality": code,
                "municipality_2019": code_2019,
                "organiser_2019": clean(row["organizer"]),
                "organiser_type_2019": clean(row["organizer_type"]),
                "open_days": open_days(row),
                "outsourced": outsourced,
                "firm": clean(row["outsourcing_firm"]) or None if outsourced else None,
                "coordinates": coordinates,
                "sources": [s for s in sources if s.startswith("http")],
                "notes": [n for n in notes if n],
            }
        )
    return {
        "about": (
            f"Every public GP health station (terveysasema) of mainland Finland in {YEAR}, as "
            "researchers compiled it from archived municipal web pages. Generated by "
            "tools/convert_places.py: do not edit by hand."
        ),
        "year": int(YEAR),
        "source": {
            "name": "Health stations in Finland 2013-2019",
            "repository": "lavaste/health_station_closures",
            "path": "data/raw/health_stations_Finland_13-19.xlsx",
            "commit": "f3fa0644",
            "licence": "MIT, (c) 2026 the authors",
            "coordinates": (
                "EPSG:3067 easting/northing geocoded by the authors from OpenStreetMap "
                "addresses (data/final/2026-05-12-kaisapalo/*.Rdata, commit 91f11974), "
                "converted to WGS84: (c) OpenStreetMap contributors, ODbL 1.0"
            ),
        },
        "municipality_code_changes": CODE_CHANGES,
        "stations": stations,
    }, renamed


def convert_centres(shared: Path) -> list[dict[str, str]]:
    key = {r["kuntanumero"]: r for r in read_csv(shared / KEY_CSV)}
    out = []
    for row in read_csv(shared / CENTRES_CSV):
        code = clean(row["municipality_code"])
        if code not in key:  # a municipality merged since: its centre is not today's centre
            continue
        out.append(
            {
                "code": code,
                "locality": clean(row["locality_name"]),
                "lat": f"{float(row['lat_wgs84']):.6f}",
                "lon": f"{float(row['lon_wgs84']):.6f}",
            }
        )
    return sorted(out, key=lambda r: r["code"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--shared", default=str(REPO.parent / "shared"), help="shared reference material"
    )
    parser.add_argument("--out", default=str(REPO / "data"))
    args = parser.parse_args(argv)
    shared, out = Path(args.shared).resolve(), Path(args.out).resolve()
    try:
        stations, renamed = convert_stations(shared)
    except ConvertError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    target = out / f"health-stations-{YEAR}.json"
    with target.open("w", encoding="utf-8", newline="\n") as handle:
        json.dump(stations, handle, ensure_ascii=False, indent=1, sort_keys=True)
        handle.write("\n")
    centres = convert_centres(shared)
    centres_target = out / "municipality-centres.csv"
    with centres_target.open("w", encoding="utf-8", newline="\n") as handle:
        writer = csv.DictWriter(handle, ["code", "locality", "lat", "lon"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(centres)
    located = sum(1 for s in stations["stations"] if s["coordinates"])
    print(f"wrote {target}: {len(stations['stations'])} stations, {located} with coordinates")
    print(f"wrote {centres_target}: {len(centres)} municipalities")
    print("municipality names in the data that are not the code's name today:")
    for line in renamed:
        print(f"  {line}")
    for rel in (STATIONS_XLSX, STATIONS_CSV, CENTRES_CSV, KEY_CSV):
        print(f"  {rel}  sha256 {sha256(shared / rel)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
