"""A national-scale catalogue, generated deterministically, in the native and the PTV form.

308 real municipalities (Statistics Finland 2026 key, copied to ``municipalities_2026.csv``)
in their real wellbeing services counties, Helsinki and Åland; the services, providers,
locations and offerings are made up but shaped like real ones: each county publishes its own
services, its own public enterprise and private companies run locations in its municipalities,
and each location offers five services. Used by the import and search benchmarks.

    python -m bench.national_catalogue OUT.json [--ptv FOLDER] [--seed N]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sote_navigator.core import business_id, geo

HERE = Path(__file__).resolve().parent
P = "http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/"
LOCATIONS = 20_000
SERVICES_PER_LOCATION = 5
VARIANTS = (
    ("", "", ""),
    (" lapsille ja perheille", " för barn och familjer", " for children and families"),
    (" ikääntyneille", " för äldre", " for older people"),
)

# (key, fi, sv, en, class code, level, access, choice, responsibility, keywords)
BASE_SERVICES: tuple[tuple[str, str, str, str, str, str, str, str, str, str], ...] = (
    (
        "GP",
        "Lääkärin vastaanotto",
        "Läkarmottagning",
        "Doctor's appointment",
        "P5.1",
        "basic_local",
        "direct",
        "free_choice",
        "county",
        "lääkäri terveysasema",
    ),
    (
        "NURSE",
        "Hoitajan vastaanotto",
        "Skötarmottagning",
        "Nurse's appointment",
        "P5.1",
        "basic_local",
        "direct",
        "free_choice",
        "county",
        "sairaanhoitaja",
    ),
    (
        "DENTAL",
        "Suun terveydenhuolto",
        "Mun- och tandvård",
        "Oral and dental care",
        "P5.10",
        "basic_local",
        "direct",
        "free_choice",
        "county",
        "hammaslääkäri hammashoitola",
    ),
    (
        "DENTAL-ER",
        "Hammaslääkäripäivystys",
        "Tandläkarjour",
        "Emergency dental care",
        "P5.10",
        "centralised",
        "direct",
        "own_unit",
        "county",
        "päivystys hammassärky",
    ),
    (
        "HOMECARE",
        "Kotihoito",
        "Hemvård",
        "Home care",
        "P4.3",
        "basic_local",
        "assessment_decision",
        "voucher",
        "county",
        "kotipalvelu kotisairaanhoito",
    ),
    (
        "HOUSING-OLD",
        "Ympärivuorokautinen palveluasuminen",
        "Boendeservice dygnet runt",
        "24-hour service housing",
        "P4.4",
        "basic_regional",
        "assessment_decision",
        "voucher",
        "county",
        "palvelutalo hoivakoti",
    ),
    (
        "HOUSING-DIS",
        "Vammaisten asumispalvelut",
        "Boendeservice för personer med funktionsnedsättning",
        "Housing services for disabled people",
        "P4.4",
        "basic_regional",
        "assessment_decision",
        "voucher",
        "county",
        "asumisyksikkö",
    ),
    (
        "CHILD-HEALTH",
        "Lastenneuvola",
        "Barnrådgivning",
        "Child health clinic",
        "P5.5",
        "basic_local",
        "direct",
        "own_unit",
        "county",
        "neuvola rokotus",
    ),
    (
        "MATERNITY",
        "Äitiysneuvola",
        "Mödrarådgivning",
        "Maternity clinic",
        "P5.5",
        "basic_local",
        "direct",
        "own_unit",
        "county",
        "neuvola raskaus",
    ),
    (
        "FAMILY",
        "Perhekeskus",
        "Familjecentral",
        "Family centre",
        "P4.1",
        "basic_local",
        "direct",
        "own_unit",
        "county",
        "perhetyö",
    ),
    (
        "CHILD-PROT",
        "Lastensuojelu",
        "Barnskydd",
        "Child protection",
        "P4.2",
        "basic_regional",
        "assessment_decision",
        "own_unit",
        "county",
        "sosiaalityö",
    ),
    (
        "SCHOOL-HEALTH",
        "Kouluterveydenhuolto",
        "Skolhälsovård",
        "School health care",
        "P5.5",
        "basic_local",
        "direct",
        "own_unit",
        "county",
        "terveydenhoitaja",
    ),
    (
        "MENTAL",
        "Mielenterveyspalvelut",
        "Mentalvårdstjänster",
        "Mental health services",
        "P5.7",
        "basic_local",
        "direct",
        "own_unit",
        "county",
        "masennus ahdistus",
    ),
    (
        "SUBSTANCE",
        "Päihdepalvelut",
        "Missbrukarvård",
        "Substance abuse services",
        "P5.7",
        "basic_local",
        "direct",
        "own_unit",
        "county",
        "alkoholi huumeet",
    ),
    (
        "REHAB",
        "Fysioterapia",
        "Fysioterapi",
        "Physiotherapy",
        "P5.8",
        "basic_regional",
        "referral",
        "voucher",
        "county",
        "kuntoutus",
    ),
    (
        "MED-REHAB",
        "Lääkinnällinen kuntoutus",
        "Medicinsk rehabilitering",
        "Medical rehabilitation",
        "P5.8",
        "basic_regional",
        "assessment_decision",
        "voucher",
        "county",
        "apuvälineet",
    ),
    (
        "ER",
        "Päivystys",
        "Jour",
        "Emergency care",
        "P5.3",
        "centralised",
        "direct",
        "own_unit",
        "county",
        "ensiapu",
    ),
    (
        "SPECIAL",
        "Erikoissairaanhoito",
        "Specialiserad sjukvård",
        "Specialised medical care",
        "P5.4",
        "special",
        "referral",
        "own_unit",
        "county",
        "sairaala poliklinikka",
    ),
    (
        "LAB",
        "Laboratoriopalvelut",
        "Laboratorietjänster",
        "Laboratory services",
        "P5.9",
        "support",
        "referral",
        "own_unit",
        "county",
        "verikoe",
    ),
    (
        "IMAGING",
        "Kuvantamispalvelut",
        "Bilddiagnostik",
        "Imaging services",
        "P5.9",
        "support",
        "referral",
        "own_unit",
        "county",
        "röntgen",
    ),
    (
        "SOCIAL",
        "Sosiaalineuvonta",
        "Social rådgivning",
        "Social counselling",
        "P4.5",
        "basic_local",
        "direct",
        "own_unit",
        "county",
        "toimeentulotuki",
    ),
    (
        "GUIDANCE",
        "Palveluohjaus",
        "Servicehandledning",
        "Service guidance",
        "P4.5",
        "basic_local",
        "direct",
        "own_unit",
        "county",
        "neuvonta",
    ),
    (
        "DISABILITY",
        "Vammaispalvelut",
        "Handikappservice",
        "Disability services",
        "P4.6",
        "basic_regional",
        "assessment_decision",
        "own_unit",
        "county",
        "henkilökohtainen apu",
    ),
    (
        "CAREGIVER",
        "Omaishoidon tuki",
        "Stöd för närståendevård",
        "Informal care support",
        "P4.3",
        "basic_local",
        "assessment_decision",
        "own_unit",
        "county",
        "omaishoitaja",
    ),
    (
        "DAYCARE",
        "Varhaiskasvatus",
        "Småbarnspedagogik",
        "Early childhood education",
        "P10.1",
        "basic_local",
        "direct",
        "own_unit",
        "municipality",
        "päiväkoti",
    ),
    (
        "HEALTH-PROMO",
        "Liikuntaneuvonta",
        "Motionsrådgivning",
        "Exercise counselling",
        "P10.2",
        "basic_local",
        "direct",
        "own_unit",
        "municipality",
        "liikunta",
    ),
    (
        "VACCINATION",
        "Rokotukset",
        "Vaccinationer",
        "Vaccinations",
        "P5.1",
        "basic_local",
        "direct",
        "own_unit",
        "county",
        "influenssarokote",
    ),
    (
        "DIABETES",
        "Diabetesvastaanotto",
        "Diabetesmottagning",
        "Diabetes clinic",
        "P5.1",
        "basic_local",
        "referral",
        "own_unit",
        "county",
        "diabetes",
    ),
    (
        "MEMORY",
        "Muistipoliklinikka",
        "Minnesmottagning",
        "Memory clinic",
        "P5.4",
        "basic_regional",
        "referral",
        "own_unit",
        "county",
        "muistisairaus",
    ),
    (
        "HOSPICE",
        "Saattohoito",
        "Terminalvård",
        "End-of-life care",
        "P5.6",
        "centralised",
        "assessment_decision",
        "own_unit",
        "county",
        "palliatiivinen",
    ),
    (
        "HOMEHOSP",
        "Kotisairaala",
        "Hemsjukhus",
        "Hospital at home",
        "P5.6",
        "basic_regional",
        "referral",
        "own_unit",
        "county",
        "kotisairaanhoito",
    ),
    (
        "YOUTH",
        "Nuorten vastaanotto",
        "Ungdomsmottagning",
        "Youth clinic",
        "P5.7",
        "basic_local",
        "direct",
        "own_unit",
        "county",
        "nuoret",
    ),
    (
        "SPEECH",
        "Puheterapia",
        "Talterapi",
        "Speech therapy",
        "P5.8",
        "basic_regional",
        "referral",
        "voucher",
        "county",
        "puhe",
    ),
    (
        "OCCUP",
        "Toimintaterapia",
        "Ergoterapi",
        "Occupational therapy",
        "P5.8",
        "basic_regional",
        "referral",
        "voucher",
        "county",
        "arki",
    ),
    (
        "EMPLOY",
        "Työllisyyttä tukeva sosiaalityö",
        "Socialt arbete som stöder sysselsättning",
        "Social work supporting employment",
        "P4.5",
        "basic_local",
        "direct",
        "own_unit",
        "county",
        "työtön",
    ),
)

CLASS_NAMES = {
    "P4": ("Sosiaalipalvelut", "Socialtjänster", "Social services"),
    "P4.1": ("Perhepalvelut", "Familjetjänster", "Family services"),
    "P4.2": ("Lastensuojelu", "Barnskydd", "Child protection"),
    "P4.3": ("Kotihoito ja kotipalvelut", "Hemvård och hemservice", "Home care"),
    "P4.4": ("Asumispalvelut", "Boendeservice", "Housing services"),
    "P4.5": ("Sosiaalityö ja -ohjaus", "Socialt arbete och handledning", "Social work"),
    "P4.6": ("Vammaispalvelut", "Handikappservice", "Disability services"),
    "P5": ("Terveydenhuolto", "Hälsovård", "Health care"),
    "P5.1": ("Perusterveydenhuolto", "Primärvård", "Primary health care"),
    "P5.3": ("Päivystys", "Jour", "Emergency care"),
    "P5.4": ("Erikoissairaanhoito", "Specialiserad sjukvård", "Specialised care"),
    "P5.5": ("Neuvolat", "Rådgivningar", "Maternity and child clinics"),
    "P5.6": ("Sairaalahoito", "Sjukhusvård", "Hospital care"),
    "P5.7": (
        "Mielenterveys- ja päihdepalvelut",
        "Mentalvård och missbrukarvård",
        "Mental health and substance abuse services",
    ),
    "P5.8": ("Kuntoutus", "Rehabilitering", "Rehabilitation"),
    "P5.9": ("Tutkimuspalvelut", "Undersökningstjänster", "Diagnostic services"),
    "P5.10": ("Suun terveydenhuolto", "Mun- och tandvård", "Oral and dental care"),
    "P10": ("Kunnan palvelut", "Kommunala tjänster", "Municipal services"),
    "P10.1": ("Varhaiskasvatus", "Småbarnspedagogik", "Early childhood education"),
    "P10.2": ("Liikunta", "Motion", "Sports"),
}

PLACE_KINDS = (
    ("Terveysasema", "Hälsostation"),
    ("Sote-keskus", "Social- och hälsocentral"),
    ("Hammashoitola", "Tandklinik"),
    ("Palvelukeskus", "Servicecentral"),
    ("Perhekeskus", "Familjecentral"),
    ("Kuntoutuskeskus", "Rehabiliteringscentral"),
    ("Lääkärikeskus", "Läkarcentral"),
    ("Hoivakoti", "Vårdhem"),
)
STREETS = (
    ("Keskuskatu", "Centralgatan"),
    ("Koulutie", "Skolvägen"),
    ("Rantatie", "Strandvägen"),
    ("Asematie", "Stationsvägen"),
    ("Kirkkotie", "Kyrkvägen"),
    ("Puistokatu", "Parkgatan"),
)
COMPANY_WORDS = ("Hoiva", "Terveys", "Hammas", "Kuntoutus", "Lääkäri", "Koti", "Apu", "Mieli")
PROVISION = {"liikelaitos": "self_produced", "voucher_provider": "voucher"}


def texts(fi: str, sv: str | None = None, en: str | None = None, kind: str = "name") -> list[Any]:
    out = [{"language": "fi", "value": fi, "type": kind}]
    if sv:
        out.append({"language": "sv", "value": sv, "type": kind})
    if en:
        out.append({"language": "en", "value": en, "type": kind})
    return out


@dataclass(frozen=True)
class Municipality:
    code: str
    fi: str
    sv: str
    status: str
    region: str
    region_fi: str
    region_sv: str
    organiser: str


def municipalities() -> list[Municipality]:
    with (HERE / "municipalities_2026.csv").open(encoding="utf-8") as f:
        return [Municipality(*row.values()) for row in csv.DictReader(f)]


def organiser_names() -> dict[str, tuple[str, str, str]]:
    """The 21 counties, Helsinki (90) and Åland (91) by code: (fi, sv, en)."""
    with (HERE / "counties_2026.csv").open(encoding="utf-8") as f:
        rows = list(csv.reader(f))[1:]
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


def _ytunnus(rng: random.Random) -> str:
    while True:
        found = business_id.make(rng.randrange(1_000_000, 3_400_000))
        if found:
            return found


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def generate(seed: int = 1) -> dict[str, Any]:
    """The national catalogue as a native document (same seed, same document)."""
    rng = random.Random(seed)
    munis = municipalities()
    names_of = organiser_names()
    by_organiser: dict[str, list[Municipality]] = {}
    for mu in munis:
        by_organiser.setdefault(mu.organiser, []).append(mu)
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
                "Valtakunnallinen testiluettelo",
                "Nationell testkatalog",
                "National benchmark catalogue",
            ),
        },
        "organisers": [],
        "regional_units": [],
        "municipalities": [],
        "memberships": [],
        "former_municipalities": [],
        "service_classes": [],
        "services": [],
        "providers": [],
        "locations": [],
        "offerings": [],
    }
    for code, (fi, sv, en) in sorted(CLASS_NAMES.items()):
        parent = code.rsplit(".", 1)[0] if "." in code else None
        doc["service_classes"].append(
            {
                "uri": P + code,
                "code": code,
                "parent": P + parent if parent else None,
                "names": texts(fi, sv, en),
                "descriptions": [],
            }
        )
    unit_of: dict[str, str] = {}
    for code, members in sorted(by_organiser.items()):
        fi, sv, en = names_of[code]
        kind = {"90": "city", "91": "autonomous_region"}.get(code, "wellbeing_services_county")
        doc["organisers"].append(
            {
                "id": f"org-{code}",
                "code": code,
                "kind": kind,
                "in_reform": code != "91",
                "names": texts(fi, sv, en),
                "business_id": _ytunnus(rng),
            }
        )
        for start in range(0, len(members), 8):
            number = start // 8 + 1
            unit_id = f"unit-{code}-{number}"
            chunk = members[start : start + 8]
            doc["regional_units"].append(
                {
                    "id": unit_id,
                    "organiser": f"org-{code}",
                    "code": f"{code}-{number}",
                    "names": texts(
                        f"{chunk[0].fi}n alue", f"{chunk[0].sv} område", f"{chunk[0].fi} area"
                    ),
                }
            )
            for mu in chunk:
                unit_of[mu.code] = unit_id
    for mu in munis:
        doc["municipalities"].append(
            {
                "code": mu.code,
                "names": texts(mu.fi, mu.sv, mu.fi),
                "language_status": mu.status,
                "region": {
                    "code": mu.region,
                    "names": texts(mu.region_fi, mu.region_sv, mu.region_fi),
                },
            }
        )
        doc["memberships"].append(
            {
                "municipality": mu.code,
                "regional_unit": unit_of[mu.code],
                "valid_from": "2023-01-01",
                "valid_to": None,
            }
        )
    services_of: dict[str, list[str]] = {}
    for code in sorted(by_organiser):
        if code == "91":
            continue
        for base in BASE_SERVICES:
            key, fi, sv, en, cls, level, access, choice, resp, words = base
            for v, (vfi, vsv, ven) in enumerate(VARIANTS):
                sid = f"S-{code}-{key}-{v}"
                services_of.setdefault(code, []).append(sid)
                voucher = None
                if choice == "voucher":
                    voucher = {
                        "kind": "palveluseteli",
                        "value_cents": rng.randrange(20, 90) * 100,
                        "self_share_cents": rng.randrange(0, 20) * 100,
                        "unit": "visit",
                    }
                doc["services"].append(
                    {
                        "id": sid,
                        "names": texts(fi + vfi, sv + vsv, en + ven),
                        "descriptions": texts(
                            f"{fi}{vfi}: palvelun kuvaus.",
                            f"{sv}{vsv}: beskrivning.",
                            kind="summary",
                        ),
                        "keywords": texts(words, kind="keyword"),
                        "classes": [P + cls],
                        "target_groups": ["KR1"],
                        "level": level,
                        "access": access,
                        "choice": choice,
                        "responsibility": resp,
                        "eligibility": {
                            "min_age": 65 if v == 2 else None,
                            "max_age": 17 if v == 1 else None,
                            "residence_required": True,
                        },
                        "charge": "charged" if access == "direct" else "income_based",
                        "voucher": voucher,
                        "legal_basis": [],
                        "example": False,
                    }
                )
    providers_of: dict[str, list[dict[str, Any]]] = {}
    for code, members in sorted(by_organiser.items()):
        org_fi = names_of[code]
        own = {
            "id": f"prov-{code}-own",
            "names": texts(org_fi[0] + ", oma tuotanto", org_fi[1] + ", egen produktion"),
            "kind": "liikelaitos",
            "business_id": None,
            "organiser": f"org-{code}",
            "web": None,
            "example": False,
        }
        providers_of[code] = [own]
        for n in range(max(4, len(members) * 5)):
            word = COMPANY_WORDS[n % len(COMPANY_WORDS)]
            kind = ("voucher_provider", "procured_provider", "sote_keskus_oy")[n % 3]
            providers_of[code].append(
                {
                    "id": f"prov-{code}-{n:03d}",
                    "names": texts(
                        f"{word}palvelu {members[n % len(members)].fi} {n} Oy",
                        f"{word}tjänst {members[n % len(members)].sv} {n} Ab",
                    ),
                    "kind": kind,
                    "business_id": _ytunnus(rng),
                    "organiser": f"org-{code}",
                    "web": f"https://www.example.fi/{code}/{n}",
                    "example": False,
                }
            )
        doc["providers"].extend(providers_of[code])
    mainland = [mu for mu in munis if mu.organiser != "91"]
    for n in range(LOCATIONS):
        mu = mainland[n] if n < len(mainland) else rng.choice(mainland)
        providers = providers_of[mu.organiser]
        provider = providers[0] if n % 3 == 0 else providers[1 + n % (len(providers) - 1)]
        pfi, psv = PLACE_KINDS[n % len(PLACE_KINDS)]
        sfi, ssv = STREETS[n % len(STREETS)]
        lat = 60.0 + rng.random() * 9.5
        lon = 21.0 + rng.random() * 9.0
        bilingual = mu.status != "fi"
        lid = f"loc-{n:05d}"
        doc["locations"].append(
            {
                "id": lid,
                "provider": provider["id"],
                "names": texts(f"{pfi} {mu.fi} {n}", f"{psv} {mu.sv} {n}" if bilingual else None),
                "descriptions": [],
                "address": {
                    "street": texts(f"{sfi} {n % 90 + 1}", f"{ssv} {n % 90 + 1}"),
                    "postal_code": f"{rng.randrange(100, 99999):05d}",
                    "post_office": texts(mu.fi.upper(), mu.sv.upper()),
                    "municipality": mu.code,
                },
                "coordinates": {"lat": round(lat, 6), "lon": round(lon, 6)},
                "phones": [
                    {
                        "number": f"+358 {rng.randrange(10, 99)} {rng.randrange(1000000, 9999999)}",
                        "info": [],
                    }
                ],
                "emails": [],
                "web": [],
                "hours": [
                    {
                        "days": [0, 1, 2, 3, 4],
                        "opens": "08:00",
                        "closes": "20:00" if n % 4 == 0 else "16:00",
                    }
                ]
                + ([{"days": [5], "opens": "10:00", "closes": "14:00"}] if n % 5 == 0 else []),
                "hours_note": [],
                "languages": ["fi", "sv"] if bilingual else ["fi"],
                "accessible": n % 2 == 0,
                "accessibility": [],
                "example": False,
            }
        )
        offered = services_of[mu.organiser]
        for k in range(SERVICES_PER_LOCATION):
            sid = offered[(n * SERVICES_PER_LOCATION + k * 17) % len(offered)]
            doc["offerings"].append(
                {
                    "id": f"off-{n:05d}-{k}",
                    "service": sid,
                    "location": lid,
                    "provider": provider["id"],
                    "regional_units": [unit_of[mu.code]],
                    "provision_type": PROVISION.get(provider["kind"], "procured"),
                    "languages": ["fi", "sv"] if bilingual else ["fi"],
                    "home_visits": k == 0,
                    "waiting_days": n % 30 if n % 2 else None,
                    "voucher": None,
                    "example": False,
                }
            )
    return doc


# --- the PTV form -------------------------------------------------------------------------

_PTV_PROVISION = {
    "self_produced": "SelfProducedServices",
    "procured": "ProcuredServices",
    "voucher": "VoucherServices",
}
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _ptv_texts(items: list[Any], kind: str | None = None) -> list[dict[str, Any]]:
    out = []
    for t in items:
        entry = {"language": t["language"], "value": t["value"]}
        if kind:
            entry["type"] = kind
        out.append(entry)
    return out


def generate_ptv(seed: int = 1) -> dict[str, list[dict[str, Any]]]:
    """The same services, providers, locations and offerings as PTV Open API v11 objects.

    Organisers, regional units and municipalities are not in PTV: import the native catalogue
    first (its structure), then merge this. Every tenth location gives its coordinates as
    ETRS-TM35FIN northing/easting in the latitude/longitude fields, as PTV often does.
    """
    doc = generate(seed)
    rng = random.Random(seed + 1000)
    ids: dict[str, str] = {}

    def ptv_id(native_id: str) -> str:
        if native_id not in ids:
            ids[native_id] = _uuid(rng)
        return ids[native_id]

    organizations = [
        {
            "id": ptv_id(p["id"]),
            "businessCode": p["business_id"],
            "organizationType": "Region" if p["kind"] == "liikelaitos" else "Company",
            "organizationNames": _ptv_texts(p["names"], "Name"),
            "publishingStatus": "Published",
        }
        for p in doc["providers"]
    ]
    channels_by_loc: dict[str, list[dict[str, Any]]] = {}
    for o in doc["offerings"]:
        channels_by_loc.setdefault(o["location"], []).append(o)
    channels = []
    for n, x in enumerate(doc["locations"]):
        lat, lon = x["coordinates"]["lat"], x["coordinates"]["lon"]
        if n % 10 == 0:
            north, east = geo.wgs84_to_tm35fin(lat, lon)
            lat_s, lon_s = f"{north:.1f}", f"{east:.1f}"
        else:
            lat_s, lon_s = str(lat), str(lon)
        address = x["address"]
        channels.append(
            {
                "id": ptv_id(x["id"]),
                "serviceChannelType": "ServiceLocation",
                "organizationId": ptv_id(x["provider"]),
                "serviceChannelNames": _ptv_texts(x["names"], "Name"),
                "serviceChannelDescriptions": [],
                "phoneNumbers": [
                    {
                        "number": p["number"].replace("+358 ", ""),
                        "prefixNumber": "+358",
                        "type": "Phone",
                        "serviceChargeType": "Chargeable",
                        "language": "fi",
                    }
                    for p in x["phones"]
                ],
                "emails": [],
                "webPages": [],
                "languages": x["languages"],
                "addresses": [
                    {
                        "type": "Location",
                        "subType": "Single",
                        "country": "FI",
                        "streetAddress": {
                            "street": _ptv_texts(
                                [
                                    {**t, "value": t["value"].rsplit(" ", 1)[0]}
                                    for t in address["street"]
                                ]
                            ),
                            "streetNumber": address["street"][0]["value"].rsplit(" ", 1)[1],
                            "postalCode": address["postal_code"],
                            "postOffice": _ptv_texts(address["post_office"]),
                            "municipality": {"code": address["municipality"], "name": []},
                            "latitude": lat_s,
                            "longitude": lon_s,
                            "coordinateState": "Ok",
                        },
                    }
                ],
                "serviceHours": [
                    {
                        "serviceHourType": "DaysOfTheWeek",
                        "isClosed": False,
                        "isAlwaysOpen": False,
                        "validForNow": True,
                        "openingHour": [
                            {
                                "dayFrom": _DAYS[d],
                                "dayTo": None,
                                "from": h["opens"] + ":00",
                                "to": h["closes"] + ":00",
                            }
                            for h in x["hours"]
                            for d in h["days"]
                        ],
                    }
                ],
                "services": [
                    {"service": {"id": ptv_id(o["service"])}}
                    for o in channels_by_loc.get(x["id"], [])
                ],
                "publishingStatus": "Published",
            }
        )
    producers: dict[str, dict[str, str]] = {}
    connections: dict[str, list[str]] = {}
    for o in doc["offerings"]:
        producers.setdefault(o["service"], {})[o["provider"]] = o["provision_type"]
        connections.setdefault(o["service"], []).append(o["location"])
    unit_munis: dict[str, list[str]] = {}
    for ms in doc["memberships"]:
        unit_munis.setdefault(ms["regional_unit"].split("-")[1], []).append(ms["municipality"])
    services = []
    for s in doc["services"]:
        org_code = s["id"].split("-")[1]
        orgs = [
            {
                "organization": {"id": ptv_id(f"prov-{org_code}-own")},
                "roleType": "Responsible",
                "provisionType": None,
            }
        ]
        orgs += [
            {
                "organization": {"id": ptv_id(pid)},
                "roleType": "Producer",
                "provisionType": _PTV_PROVISION[kind],
            }
            for pid, kind in sorted(producers.get(s["id"], {}).items())
        ]
        services.append(
            {
                "id": ptv_id(s["id"]),
                "type": "Service",
                "fundingType": "PubliclyFunded",
                "serviceNames": _ptv_texts(s["names"], "Name"),
                "serviceDescriptions": _ptv_texts(s["descriptions"], "Summary"),
                "serviceChargeType": "Charged" if s["charge"] != "free" else "Free",
                "languages": ["fi", "sv"],
                "areaType": "LimitedType",
                "areas": [
                    {"type": "Municipality", "code": c, "name": []}
                    for c in sorted(unit_munis.get(org_code, []))
                ],
                "serviceClasses": [
                    {"uri": u, "code": u.rsplit("/", 1)[1], "name": []} for u in s["classes"]
                ],
                "keywords": _ptv_texts(s["keywords"]),
                "targetGroups": [
                    {
                        "code": "KR1",
                        "uri": "http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR1",
                    }
                ],
                "organizations": orgs,
                "serviceVouchersInUse": s["voucher"] is not None,
                "serviceVouchers": [],
                "serviceChannels": [
                    {"serviceChannel": {"id": ptv_id(loc)}} for loc in connections.get(s["id"], [])
                ],
                "publishingStatus": "Published",
            }
        )
    return {"organizations": organizations, "services": services, "channels": channels}


def pages(items: list[dict[str, Any]], size: int) -> Iterator[dict[str, Any]]:
    """PTV's paged responses: ``{"pageNumber", "pageSize", "pageCount", "itemList"}``."""
    count = max(1, -(-len(items) // size))
    for page in range(count):
        yield {
            "pageNumber": page + 1,
            "pageSize": size,
            "pageCount": count,
            "itemList": items[page * size : (page + 1) * size],
        }


def write_ptv(folder: Path, seed: int = 1, page_size: int = 1000) -> None:
    """The PTV form as paged itemList files in nested folders, as saved from the API."""
    for kind, items in generate_ptv(seed).items():
        target = folder / kind
        target.mkdir(parents=True, exist_ok=True)
        for n, page in enumerate(pages(items, page_size), start=1):
            (target / f"page-{n:04d}.json").write_text(
                json.dumps(page, ensure_ascii=False), encoding="utf-8"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path, help="native catalogue file to write")
    parser.add_argument("--ptv", type=Path, help="also write the PTV form into this folder")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    args.out.write_text(json.dumps(generate(args.seed), ensure_ascii=False), encoding="utf-8")
    if args.ptv:
        write_ptv(args.ptv, args.seed)


if __name__ == "__main__":
    main()
