"""Municipalities, organisers, regional units and memberships of the default catalogue, from
data/reference/ (Statistics Finland's keys) and data/catalogue/ (the Uusimaa units of 2018,
what the keys do not say of the organisers, former municipalities)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from catalogue_data import LANGS, BuildError, Inputs, clean, enum, localized, texts

from sote_navigator.core.vocabulary import LanguageStatus, OrganiserKind

# Statistics Finland's kielisuhde_code
LANGUAGE_STATUS = {
    "0": LanguageStatus.FINNISH,
    "1": LanguageStatus.BILINGUAL_FINNISH_MAJORITY,
    "2": LanguageStatus.SWEDISH,
    "3": LanguageStatus.BILINGUAL_SWEDISH_MAJORITY,
}


def build_geography(inputs: Inputs, log: list[str]) -> dict[str, Any]:
    rows = inputs.csv("reference/municipalities-2026.csv")
    municipalities: list[dict[str, Any]] = []
    code_by_name: dict[str, str] = {}
    organiser_of: dict[str, str] = {}
    region_of: dict[str, tuple[str, tuple[str, ...]]] = {}
    for row in rows:
        code = f"{int(row['kunta']):03d}"
        names = tuple(clean(row[f"municipality_name_{lang}"]) for lang in LANGS)
        region_code = f"{int(row['maakunta_code']):02d}"
        region_names = tuple(clean(row[f"maakunta_name_{lang}"]) for lang in LANGS)
        municipalities.append(
            {
                "code": code,
                "names": localized(names),
                "language_status": LANGUAGE_STATUS[clean(row["kielisuhde_code"])].value,
                "region": {"code": region_code, "names": localized(region_names)},
            }
        )
        if names[0] in code_by_name:
            raise BuildError(f"duplicate municipality name {names[0]}")
        code_by_name[names[0]] = code
        organiser_of[code] = f"{int(row['hyvinvointialue_code']):02d}"
        region_of[code] = (region_code, region_names)

    curated = {o["code"]: o for o in inputs.json("catalogue/organisers.json")["organisers"]}
    organisers: list[dict[str, Any]] = []
    for row in inputs.csv("reference/organisers-2026.csv"):
        code = clean(row["hyvinvointialue_code"]).zfill(2)
        extra = curated.get(code, {})
        kind = extra.get("kind", OrganiserKind.WELLBEING_SERVICES_COUNTY)
        organisers.append(
            {
                "id": f"org-{code}",
                "code": code,
                "kind": enum(OrganiserKind, kind, f"organiser {code}"),
                "in_reform": extra.get("in_reform", True),
                "names": localized([row[f"hyvinvointialue_name_{lang}"] for lang in LANGS]),
                "business_id": extra.get("business_id"),
            }
        )
        actual = sum(1 for org in organiser_of.values() if org == code)
        if int(row["n_municipalities"]) != actual:
            raise BuildError(f"organiser {code}: {actual} municipalities, key says otherwise")

    units: list[dict[str, Any]] = []
    units_of: dict[str, list[str]] = defaultdict(list)  # organiser code -> unit ids
    unit_of: dict[str, str] = {}  # municipality code -> unit id
    curated_units = inputs.json("catalogue/regional-units.json")["units"]
    for unit in curated_units:
        org = unit["organiser"]
        units.append(
            {
                "id": unit["id"],
                "organiser": f"org-{org}",
                "code": unit["code"],
                "names": texts(unit["names"]),
            }
        )
        units_of[org].append(unit["id"])
        for name in unit["members"]:
            if name not in code_by_name:
                raise BuildError(f"unit {unit['id']}: unknown municipality {name}")
            code = code_by_name[name]
            if organiser_of[code] != org or code in unit_of:
                raise BuildError(f"{name}: organiser {organiser_of[code]}, or in two units")
            unit_of[code] = unit["id"]
    special = {u["organiser"] for u in curated_units}
    for org in sorted({o["code"] for o in organisers} - special):
        member_codes = [code for code, o in organiser_of.items() if o == org]
        regions = {region_of[code][0] for code in member_codes}
        if len(regions) != 1:
            raise BuildError(f"organiser {org} spans regions {sorted(regions)}")
        unit_id = f"ru-{org}"
        region = localized(region_of[member_codes[0]][1])
        units.append({"id": unit_id, "organiser": f"org-{org}", "code": org, "names": region})
        units_of[org].append(unit_id)
        for code in member_codes:
            unit_of[code] = unit_id
    for org in special:
        expected = {code for code, o in organiser_of.items() if o == org}
        covered = {code for code, unit in unit_of.items() if unit in units_of[org]}
        if expected != covered:
            raise BuildError(f"organiser {org}: units cover {sorted(covered)}, not all")

    valid_from = inputs.json("catalogue/header.json")["memberships_valid_from"]
    memberships = [
        {
            "municipality": code,
            "regional_unit": unit_of[code],
            "valid_from": valid_from,
            "valid_to": None,
        }
        for code in sorted(organiser_of)
    ]
    former: list[dict[str, Any]] = []
    for item in inputs.csv("catalogue/former-municipalities.csv"):
        if item["code"] in organiser_of or item["merged_into"] not in code_by_name:
            raise BuildError(f"former municipality {item['code']}: still exists or merged into?")
        former.append(
            {
                "code": item["code"],
                "names": texts(item),
                "merged_into": code_by_name[item["merged_into"]],
                "merged_on": item["merged_on"],
            }
        )
    log.append(
        f"Länsi-Uusimaa split: {sum(1 for u in unit_of.values() if u == 'ru-03a')} + "
        f"{sum(1 for u in unit_of.values() if u == 'ru-03b')} municipalities"
    )
    return {
        "municipalities": municipalities,
        "organisers": organisers,
        "regional_units": units,
        "memberships": memberships,
        "former_municipalities": former,
        "code_by_name": code_by_name,
        "units_of": units_of,
        "bilingual_organisers": {
            organiser_of[m["code"]] for m in municipalities if m["language_status"] != "fi"
        },
        "curated_organisers": curated,
    }
