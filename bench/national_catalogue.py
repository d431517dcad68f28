"""A national-scale native catalogue for benchmarks: 308 municipalities, ~2,000 services,
20,000 locations and 100,000 offerings, the same for the same seed.

Usage: ``python bench/national_catalogue.py OUT.json [--seed N]``, or ``generate(seed)``.
Every record is marked ``example: true``: this is invented data shaped like a PTV export.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import national_vocabulary as v
else:
    from bench import national_vocabulary as v

P = "http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/"
MUNICIPALITIES = 308
LOCATIONS = 20_000
OFFERINGS = 100_000
ALAND_MUNICIPALITIES = 16


def texts(fi: str, sv: str | None = None, en: str | None = None, kind: str = "name") -> list[Any]:
    values = {"fi": fi, "sv": sv, "en": en}
    return [{"language": k, "value": x, "type": kind} for k, x in values.items() if x]


_GENITIVE = {
    "Helsinki": "Helsingin",
    "Kirkkonummi": "Kirkkonummen",
    "Kauniainen": "Kauniaisten",
    "Hanko": "Hangon",
    "Vihti": "Vihdin",
    "Pornainen": "Pornaisten",
}
_GENITIVE_TAILS = {
    "järvi": "järven",
    "koski": "kosken",
    "lahti": "lahden",
    "vesi": "veden",
    "mäki": "mäen",
    "niemi": "niemen",
    "salmi": "salmen",
    "joki": "joen",
    "saari": "saaren",
    "lampi": "lammen",
    "ranta": "rannan",
}


def _genitive(name: str) -> str:
    """Good enough Finnish genitive for location names: 'Porvoon', 'Kivijärven'."""
    if name in _GENITIVE:
        return _GENITIVE[name]
    for tail, form in _GENITIVE_TAILS.items():
        if name.endswith(tail):
            return name[: -len(tail)] + form
    return name + "n"


def _municipalities(rnd: random.Random) -> list[dict[str, Any]]:
    """The real Uusimaa municipalities, then invented names spread over the other counties."""
    out = [
        {"code": c, "fi": fi, "sv": sv, "status": st, "county": co, "unit": u}
        for c, fi, sv, st, co, u in v.UUSIMAA
    ]
    used_codes = {m["code"] for m in out}
    names = [h + t for h in v.NAME_HEADS for t in v.NAME_TAILS]
    rnd.shuffle(names)
    counties = [c for c, _, _ in v.COUNTIES if c not in ("01", "02", "03", "04", "90")]
    free_codes = [f"{n:03d}" for n in range(1, 1000) if f"{n:03d}" not in used_codes]
    rnd.shuffle(free_codes)
    i = 0
    while len(out) < MUNICIPALITIES:
        name = names[i]
        aland = len(out) >= MUNICIPALITIES - ALAND_MUNICIPALITIES
        county = "91" if aland else counties[i % (len(counties) - 1)]
        status = (
            "sv" if aland else rnd.choices(["fi", "bilingual_fi", "bilingual_sv"], [90, 7, 3])[0]
        )
        sv = name + "by" if status != "fi" else None
        out.append(
            {
                "code": free_codes[i],
                "fi": name,
                "sv": sv,
                "status": status,
                "county": county,
                "unit": None,
            }
        )
        i += 1
    return sorted(out, key=lambda m: m["code"])


def generate(seed: int) -> dict[str, Any]:
    rnd = random.Random(seed)
    munis = _municipalities(rnd)
    doc: dict[str, Any] = {
        "format": "sote-navigator-catalogue",
        "format_version": 1,
        "catalogue": {
            "id": "bench.national",
            "version": f"seed-{seed}",
            "publisher": "Sote Navigator benchmarks",
            "valid_from": "2026-01-01",
            "languages": ["fi", "sv", "en"],
            "names": texts(
                "Valtakunnallinen testiluettelo", "Nationell testkatalog", "National test catalogue"
            ),
        },
        "former_municipalities": [],
    }
    doc["organisers"] = [
        {
            "id": f"org-{c}",
            "code": c,
            "in_reform": c != "91",
            "names": texts(fi, sv),
            "kind": {"90": "city", "91": "autonomous_region"}.get(c, "wellbeing_services_county"),
            "business_id": None,
        }
        for c, fi, sv in v.COUNTIES
    ]
    units: dict[str, list[str]] = {}
    doc["regional_units"] = []
    for c, fi, sv in v.COUNTIES:
        seeded = sorted({m["unit"] for m in munis if m["county"] == c and m["unit"]})
        if seeded:
            for n in seeded:
                units.setdefault(c, []).append(f"unit-{c}-{n}")
                doc["regional_units"].append(
                    {
                        "id": f"unit-{c}-{n}",
                        "organiser": f"org-{c}",
                        "code": f"U{n}",
                        "names": texts(*v.UUSIMAA_UNITS[n]),
                    }
                )
            continue
        for q in v.UNIT_QUARTERS[: 1 if c == "91" else rnd.randint(2, 4)]:
            uid = f"unit-{c}-{q[2]}"
            units.setdefault(c, []).append(uid)
            region = fi.split(" hyvinvointialue")[0]
            doc["regional_units"].append(
                {
                    "id": uid,
                    "organiser": f"org-{c}",
                    "code": q[2][0].upper(),
                    "names": texts(f"{region}, {q[0]}", f"{sv}, {q[1]}"),
                }
            )
    doc["municipalities"], doc["memberships"] = [], []
    unit_of: dict[str, str] = {}
    for m in munis:
        unit = f"unit-{m['county']}-{m['unit']}" if m["unit"] else rnd.choice(units[m["county"]])
        unit_of[m["code"]] = unit
        doc["municipalities"].append(
            {
                "code": m["code"],
                "names": texts(m["fi"], m["sv"]),
                "language_status": m["status"],
                "region": {"code": m["county"], "names": texts(f"Maakunta {m['county']}")},
            }
        )
        doc["memberships"].append(
            {
                "municipality": m["code"],
                "regional_unit": unit,
                "valid_from": "2023-01-01",
                "valid_to": None,
            }
        )
    doc["service_classes"] = [
        {
            "uri": P + code,
            "code": code,
            "parent": P + parent if parent else None,
            "names": texts(fi, sv, en),
            "descriptions": [],
        }
        for code, parent, fi, sv, en in v.SERVICE_CLASSES
    ]
    _services(doc)
    _providers_locations_offerings(doc, rnd, munis, units, unit_of)
    for key in ("services", "providers", "locations", "offerings"):
        for item in doc[key]:
            item["example"] = True
    return doc


def _service(sid: str, base: tuple[Any, ...], org_name: str | None) -> dict[str, Any]:
    _key, fi, sv, en, cls, level, access, choice, site, voucher, kw = base
    summary = f"{fi}: {org_name}." if org_name else f"{fi}: kunnan palvelu."
    return {
        "id": sid,
        "names": texts(fi, sv, en),
        "descriptions": texts(summary, f"{sv}.", f"{en}.", kind="summary"),
        "keywords": texts(kw[0], kw[1], kind="keyword"),
        "classes": [P + cls],
        "target_groups": ["KR1"],
        "level": level,
        "access": access,
        "choice": choice,
        "responsibility": "municipality" if site is None else "county",
        "eligibility": {"min_age": None, "max_age": None, "residence_required": True},
        "charge": "free" if level == "special" else "charged",
        "voucher": None
        if voucher is None
        else {
            "kind": "palveluseteli",
            "value_cents": voucher,
            "self_share_cents": voucher // 5,
            "unit": "visit",
        },
        "legal_basis": [],
    }


def _services(doc: dict[str, Any]) -> None:
    doc["services"] = [_service(f"S-MUN-{b[0]}", b, None) for b in v.BASE_SERVICES if b[8] is None]
    for c, fi, _ in v.COUNTIES:
        doc["services"].extend(
            _service(f"S-{c}-{b[0]}", b, fi) for b in v.BASE_SERVICES if b[8] is not None
        )


def _hours(rnd: random.Random) -> list[dict[str, Any]]:
    closes = rnd.choices(["16:00", "18:00", "20:00"], [70, 15, 15])[0]
    hours = [{"days": [0, 1, 2, 3, 4], "opens": "08:00", "closes": closes}]
    if rnd.random() < 0.15:
        hours.append(
            {"days": [5, 6] if rnd.random() < 0.5 else [5], "opens": "10:00", "closes": "15:00"}
        )
    return hours


def _providers_locations_offerings(
    doc: dict[str, Any],
    rnd: random.Random,
    munis: list[dict[str, Any]],
    units: dict[str, list[str]],
    unit_of: dict[str, str],
) -> None:
    by_site: dict[str, list[str]] = {}
    for b in v.BASE_SERVICES:
        if b[8] is not None:
            by_site.setdefault(b[8], []).append(b[0])
    providers: list[dict[str, Any]] = []
    private: dict[str, list[tuple[str, str, str]]] = {}
    for c, fi, sv in v.COUNTIES:
        providers.append(
            {
                "id": f"prov-{c}-own",
                "names": texts(f"{fi}, oma tuotanto", f"{sv}, egen produktion"),
                "kind": "liikelaitos",
                "business_id": None,
                "organiser": f"org-{c}",
                "web": None,
            }
        )
        for n in range(60 if c in ("90", "08", "05") else 25):
            site = rnd.choice(list(v.PROVIDER_FIELDS))
            head = v.PROVIDER_HEADS[n % len(v.PROVIDER_HEADS)]
            pfi, psv, kind = v.PROVIDER_FIELDS[site]
            pid = f"prov-{c}-{n:03d}"
            providers.append(
                {
                    "id": pid,
                    "names": texts(f"{pfi} {head} Oy", f"{psv} {head} Ab"),
                    "kind": kind,
                    "business_id": None,
                    "organiser": f"org-{c}",
                    "web": None,
                }
            )
            private.setdefault(c, []).append((pid, site, head))
    doc["providers"] = providers
    weights = [20 if m["unit"] else 3 for m in munis]
    for i, m in enumerate(munis):
        if m["code"] in ("091", "049", "092", "837", "564"):
            weights[i] = 150
    locations, offerings = [], []
    name_counts: dict[str, int] = {}
    per_location = OFFERINGS // LOCATIONS
    for n, m in enumerate(rnd.choices(munis, weights, k=LOCATIONS)):
        county = m["county"]
        if rnd.random() < 0.6 or not private.get(county):
            site = rnd.choice(list(v.SITES))
            pid = f"prov-{county}-own"
            names = texts(
                f"{_genitive(m['fi'])} {v.SITES[site][0]}",
                f"{m['sv'] or m['fi']} {v.SITES[site][1]}",
            )
            kind = "self_produced"
        else:
            pid, site, head = rnd.choice(private[county])
            pfi, psv, _ = v.PROVIDER_FIELDS[site]
            names = texts(f"{pfi} {head}, {m['fi']}", f"{psv} {head}, {m['sv'] or m['fi']}")
            kind = "voucher" if rnd.random() < 0.6 else "procured"
        # The third "Porvoon hammashoitola" becomes "Porvoon hammashoitola 3", as in PTV.
        seen = name_counts[names[0]["value"]] = name_counts.get(names[0]["value"], 0) + 1
        if seen > 1:
            names = [{**t, "value": f"{t['value']} {seen}"} for t in names]
        street = rnd.choice(v.STREETS)
        number = rnd.randint(1, 60)
        langs = ["fi", "sv"] if m["status"] != "fi" and rnd.random() < 0.7 else ["fi"]
        if m["status"] == "sv":
            langs = ["sv"]
        lid = f"loc-{n:05d}"
        locations.append(
            {
                "id": lid,
                "provider": pid,
                "names": names,
                "descriptions": [],
                "address": {
                    "street": texts(f"{street[0]} {number}", f"{street[1]} {number}"),
                    "postal_code": f"{rnd.randint(0, 99):02d}{rnd.randint(100, 999)}",
                    "post_office": texts(m["fi"].upper(), (m["sv"] or m["fi"]).upper()),
                    "municipality": m["code"],
                },
                "coordinates": {
                    "lat": round(rnd.uniform(59.8, 69.9), 5),
                    "lon": round(rnd.uniform(20.5, 31.5), 5),
                },
                "phones": [
                    {
                        "number": f"+358 {rnd.randint(10, 50)} {rnd.randint(100, 9999):04d}",
                        "info": [],
                    }
                ],
                "emails": [],
                "web": [],
                "hours": _hours(rnd),
                "hours_note": [],
                "languages": langs,
                "accessible": rnd.random() < 0.7,
                "accessibility": [],
            }
        )
        pool = by_site[site]
        home_unit = unit_of[m["code"]]
        for k, key in enumerate(rnd.sample(pool, min(per_location, len(pool)))):
            served = [home_unit]
            if rnd.random() < 0.1:
                served = list(dict.fromkeys([home_unit, rnd.choice(units[county])]))
            sid = f"S-{county}-{key}"
            offerings.append(
                {
                    "id": f"off-{n:05d}-{k}",
                    "service": sid,
                    "location": lid,
                    "provider": pid,
                    "regional_units": served,
                    "provision_type": kind,
                    "languages": langs,
                    "home_visits": site == "home",
                    "waiting_days": rnd.choice([None, 1, 3, 7, 14, 30]),
                    "voucher": None,
                }
            )
    while len(offerings) < OFFERINGS:  # small pools leave a few short: top up with phone lines
        o = dict(rnd.choice(offerings))
        o["id"] = f"off-extra-{len(offerings):06d}"
        o["location"] = None
        offerings.append(o)
    doc["locations"], doc["offerings"] = locations, offerings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    args.out.write_text(json.dumps(generate(args.seed), ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
