#!/usr/bin/env python3
"""Assemble the application's built-in default catalogue from the files in data/.

Usage (from the repository root)::

    python tools/build_default_catalogue.py [--out data/default-catalogue.json]
    python tools/build_default_catalogue.py --shared ../shared   # refresh data/reference/ first

Reads only ``data/``: the public reference data extracted into ``data/reference/`` (by
tools/convert_catalogue_sources.py, the one step that reads ``../shared``), the curated tables
of ``data/catalogue/`` and the health stations (tools/catalogue_places.py). Checks the result
with the application's own validation (sote_navigator.exchange.validation) and the promises the
default catalogue makes beyond it (``promises``), then writes it in the native format of
``docs/catalogue-format.md``, in the application's canonical byte form: the same files give the
same bytes. data/README.md describes every file.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

TOOLS = Path(__file__).resolve().parent
REPO = TOOLS.parent
sys.path[:0] = [str(TOOLS), str(REPO)]
from catalogue_data import LANGS, BuildError, Inputs  # noqa: E402
from catalogue_geography import build_geography  # noqa: E402
from catalogue_places import PlacesError, build_health_stations  # noqa: E402
from catalogue_providers import build_providers, own_provider_id  # noqa: E402
from catalogue_services import build_service_classes, build_services  # noqa: E402
from convert_catalogue_sources import convert  # noqa: E402

from sote_navigator.exchange import native, validation  # noqa: E402

EXAMPLE_PREFIXES = ("Esimerkki", "Exempel", "Example")


def promises(cat: dict[str, Any]) -> list[str]:
    """What the default catalogue promises beyond a valid catalogue (the application's
    validation checks the schema, its vocabularies, references, ids and business IDs)."""
    errors: list[str] = []

    def check(condition: bool, message: str) -> None:
        if not condition:
            errors.append(message)

    def languages(items: list[dict[str, str]], *types: str) -> set[str]:
        return {t["language"] for t in items if t["type"] in types and t["value"]}

    municipalities = {m["code"] for m in cat["municipalities"]}
    check(len(municipalities) == 308, f"{len(municipalities)} municipalities, expected 308")
    per_municipality = Counter(ms["municipality"] for ms in cat["memberships"])
    for code in sorted(municipalities):
        check(per_municipality[code] == 1, f"municipality {code}: {per_municipality[code]} units")
        m = next(m for m in cat["municipalities"] if m["code"] == code)
        check(languages(m["names"], "name") == set(LANGS), f"{code}: names fi/sv/en")
    for s in cat["services"]:
        where = s["id"]
        check(languages(s["names"], "name") == set(LANGS), f"{where}: names fi/sv/en")
        check(languages(s["descriptions"], "summary") == set(LANGS), f"{where}: summaries")
        check(languages(s["keywords"], "keyword") == set(LANGS), f"{where}: keywords")
        check(bool(s["classes"]) and bool(s["legal_basis"]), f"{where}: no class or no law")
        check(s["choice"] != "voucher" or s["voucher"] is not None, f"{where}: voucher")
        e = s["eligibility"]
        if e["min_age"] is not None and e["max_age"] is not None:
            check(e["min_age"] <= e["max_age"], f"{where}: ages")
    for kind in ("providers", "locations"):
        for item in cat[kind]:
            if item["example"]:
                named = all(t["value"].startswith(EXAMPLE_PREFIXES) for t in item["names"])
                check(named, f"{item['id']}: an example not named as one")
    for loc in cat["locations"]:
        c = loc["coordinates"]
        check(c is None or (59.5 < c["lat"] < 70.2 and 19.0 < c["lon"] < 31.6), loc["id"])
        for phone in loc["phones"]:
            shape = re.fullmatch(r"\+358 \d{1,3} \d{3} \d{4}", phone["number"])
            check(shape is not None, f"{loc['id']}: phone {phone['number']}")
        for h in loc["hours"]:
            check(h["opens"] < h["closes"], f"{loc['id']}: hours {h}")
    location_provider = {loc["id"]: loc["provider"] for loc in cat["locations"]}
    example_provider = {p["id"]: p["example"] for p in cat["providers"]}
    for o in cat["offerings"]:
        where = o["id"]
        if o["location"]:
            check(location_provider[o["location"]] == o["provider"], f"{where}: location")
        check(bool(o["regional_units"]), f"{where}: no regional unit")
        check((o["provision_type"] == "voucher") == (o["voucher"] is not None), f"{where}: voucher")
        check(o["example"] or not example_provider[o["provider"]], f"{where}: real on example")
    return errors


def validate(cat: dict[str, Any]) -> tuple[list[str], Counter[str]]:
    """Errors (the application's findings and the broken promises), and warnings by code."""
    found = validation.validate(cat, "default-catalogue.json")
    errors = [
        f"{f.code.value} at {f.place} {f.facts}" for f in found if f.severity.value == "error"
    ]
    warnings = Counter(f.code.value for f in found if f.severity.value == "warning")
    return errors + (promises(cat) if found.ok else []), warnings


def scenario_report(cat: dict[str, Any]) -> list[str]:
    """Which offerings answer the desk scenarios (printed for a quick manual check)."""
    unit_of = {ms["municipality"]: ms["regional_unit"] for ms in cat["memberships"]}
    code_of = {
        t["value"]: m["code"]
        for m in cat["municipalities"]
        for t in m["names"]
        if t["language"] == "fi"
    }
    providers = {p["id"]: p for p in cat["providers"]}
    lines = []
    for town, sid in (
        ("Porvoo", "SOTE-0088"),
        ("Espoo", "SOTE-0027"),
        ("Vihti", "SOTE-0066"),
        ("Vihti", "SOTE-0004"),
        ("Lohja", "SOTE-0042"),
        ("Järvenpää", "SN-0002"),
        ("Kerava", "SN-0001"),
    ):
        unit = unit_of[code_of[town]]
        hits = [o for o in cat["offerings"] if o["service"] == sid and unit in o["regional_units"]]
        kinds = Counter(providers[o["provider"]]["kind"] for o in hits)
        sv = sum(1 for o in hits if "sv" in o["languages"])
        lines.append(
            f"  {town:10} {sid:10} {unit:7} {len(hits):2} offerings {dict(kinds)}, {sv} in Swedish"
        )
    return lines


def build(data: Path) -> tuple[dict[str, Any], list[str], list[Path]]:
    """The catalogue assembled from ``data``, the build's notes, and the files it read."""
    log: list[str] = []
    inputs = Inputs(data)
    header = inputs.json("catalogue/header.json")["catalogue"]
    geo = build_geography(inputs, log)
    classes, by_label = build_service_classes(inputs, log)
    services, curated = build_services(inputs, by_label, {c["uri"] for c in classes}, log)
    prov = build_providers(inputs, geo, services, curated)
    try:
        places, places_log = build_health_stations(
            data, geo, {s["id"] for s in services}, own_provider_id
        )
    except PlacesError as exc:
        raise BuildError(str(exc)) from exc
    inputs.files += [data / "health-stations-2019.json", data / "health-station-services.json"]
    log += places_log
    for entity in ("providers", "locations", "offerings"):
        prov[entity] = prov[entity] + places[entity]

    def by(key: str, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return sorted(items, key=lambda item: item[key])

    catalogue = {
        "format": "sote-navigator-catalogue",
        "format_version": 1,
        "catalogue": header,
        "organisers": by("id", geo["organisers"]),
        "regional_units": by("id", geo["regional_units"]),
        "municipalities": by("code", geo["municipalities"]),
        "memberships": sorted(
            geo["memberships"], key=lambda m: (m["municipality"], m["valid_from"])
        ),
        "former_municipalities": by("code", geo["former_municipalities"]),
        "service_classes": by("uri", classes),
        "services": by("id", services),
        "providers": by("id", prov["providers"]),
        "locations": by("id", prov["locations"]),
        "offerings": by("id", prov["offerings"]),
        # Contact routes (phone lines, e-services, ...): none. The sources hold no organiser's
        # emergency or service numbers, and none is invented; a PTV import brings real ones.
        "contact_routes": [],
    }
    return catalogue, log, inputs.files


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(REPO / "data"), help="the data/ folder to read")
    parser.add_argument("--out", default=str(REPO / "data/default-catalogue.json"))
    parser.add_argument(
        "--shared", help="first refresh data/reference/ from this shared folder (the only read)"
    )
    args = parser.parse_args(argv)
    data, out = Path(args.data).resolve(), Path(args.out).resolve()
    if args.shared:
        convert(Path(args.shared).resolve(), data / "reference")

    try:
        catalogue, log, files = build(data)
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    errors, warnings = validate(catalogue)
    if errors:
        for error in errors:
            print(f"invalid: {error}", file=sys.stderr)
        return 1

    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(native.canonical_bytes(catalogue))

    print(f"wrote {out} ({out.stat().st_size} bytes, sha256 {sha256(out)[:16]})")
    for entity in validation.ENTITY_LISTS:
        items = catalogue[entity]
        examples = sum(1 for item in items if item.get("example"))
        extra = f" ({examples} example)" if examples else ""
        print(f"  {entity:22} {len(items):5}{extra}")
    responsibility = Counter(s["responsibility"] for s in catalogue["services"])
    print(f"  services by responsibility: {dict(sorted(responsibility.items()))}")
    print(f"  warnings of the application's validation: {dict(sorted(warnings.items()))}")
    print("inputs:")
    for path in dict.fromkeys(files):
        print(f"  {path.relative_to(data)}  sha256 {sha256(path)}")
    print("notes:")
    for line in log:
        print(f"  {line}")
    print("desk scenarios (offerings reaching the client's unit):")
    for line in scenario_report(catalogue):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
