#!/usr/bin/env python3
"""Assemble the application's built-in default catalogue from the files in data/.

Usage (from the repository root)::

    python tools/build_default_catalogue.py [--out data/default-catalogue.json]
    python tools/build_default_catalogue.py --shared ../shared   # refresh data/reference/ first

Reads only ``data/``: the public reference data extracted into ``data/reference/`` (by
tools/convert_catalogue_sources.py, the one step that reads ``../shared``), the curated tables
of ``data/catalogue/`` and the health stations (tools/catalogue_places.py). Writes the native
format of ``docs/catalogue-format.md``, deterministically (the same files give the same bytes),
after the application's own validation (sote_navigator.exchange.validation) and the promises
the default catalogue makes beyond it (``promises``). data/README.md describes every file.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

TOOLS = Path(__file__).resolve().parent
REPO = TOOLS.parent
sys.path[:0] = [str(TOOLS), str(REPO)]
from catalogue_places import PlacesError, build_health_stations  # noqa: E402
from convert_catalogue_sources import convert  # noqa: E402

from sote_navigator.core import business_id  # noqa: E402
from sote_navigator.core.client_groups import ClientGroup  # noqa: E402
from sote_navigator.core.vocabulary import (  # noqa: E402
    Access,
    Choice,
    LanguageStatus,
    OrganiserKind,
    ProviderKind,
    ProvisionType,
    Responsibility,
    ServiceLevel,
)
from sote_navigator.exchange import validation  # noqa: E402

LANGS = ("fi", "sv", "en")
# Statistics Finland's kielisuhde_code
LANGUAGE_STATUS = {
    "0": LanguageStatus.FINNISH,
    "1": LanguageStatus.BILINGUAL_FINNISH_MAJORITY,
    "2": LanguageStatus.SWEDISH,
    "3": LanguageStatus.BILINGUAL_SWEDISH_MAJORITY,
}
PROVISION = {
    ProviderKind.OWN_PRODUCTION: ProvisionType.SELF_PRODUCED,
    ProviderKind.LIIKELAITOS: ProvisionType.SELF_PRODUCED,
    ProviderKind.HOSPITAL_DISTRICT: ProvisionType.SELF_PRODUCED,
    ProviderKind.SOTE_KESKUS_OY: ProvisionType.PROCURED,
    ProviderKind.SUUN_TERVEYDENHUOLTO_OY: ProvisionType.PROCURED,
    ProviderKind.NGO: ProvisionType.PROCURED,
    ProviderKind.VOUCHER_PROVIDER: ProvisionType.VOUCHER,
}
# The curated service fields that must hold a value of the application's vocabularies.
SERVICE_ENUMS = {
    "level": ServiceLevel,
    "access": Access,
    "charge": None,  # free / charged / income_based: the schema's enumeration
    "choice": Choice,
    "responsibility": Responsibility,
}
EXAMPLE_PREFIXES = ("Esimerkki", "Exempel", "Example")

# The PTV descriptions were written before 2023: their sentences that say the municipality
# organises a county service are left out.
KUNTA_RE = re.compile(
    r"\b(koti)?kun(ta|nan|nat|nissa|tien|taa|nalla|nilla|nille|tia|nalle|nasta|nassa|nalta)\b"
    r"|\bkunnalli",
    re.I,
)
SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])")


class BuildError(Exception):
    """The inputs or the curated tables are inconsistent."""


def current_text(text: str) -> str:
    """A PTV text without its sentences that name the municipality as the organiser."""
    paragraphs = []
    for paragraph in text.split("\n\n"):
        kept = [x for x in SENTENCE_RE.split(paragraph) if not KUNTA_RE.search(x)]
        if kept:
            paragraphs.append(" ".join(kept))
    return "\n\n".join(paragraphs)


def clean(value: str | None) -> str:
    """Collapse stray and doubled whitespace (common in the sources), keeping paragraph breaks."""
    lines = [re.sub(r"\s+", " ", line).strip() for line in (value or "").splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines).strip())


def localized(values: Iterable[str | None], text_type: str = "name") -> list[dict[str, str]]:
    """(fi, sv, en) -> a list of {language, value, type}, skipping empty values."""
    return [
        {"language": lang, "value": clean(value), "type": text_type}
        for lang, value in zip(LANGS, values, strict=False)
        if clean(value)
    ]


def texts(by_language: Mapping[str, str] | None, text_type: str = "name") -> list[dict[str, str]]:
    """{"fi": ..., "sv": ..., "en": ...} of a data file -> localized texts."""
    return localized([(by_language or {}).get(lang) for lang in LANGS], text_type)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def read_json(path: Path) -> Any:
    with path.open(encoding="utf-8-sig") as handle:
        return json.load(handle)


def enum(kind: Any, value: str, where: str) -> str:
    try:
        return str(kind(value).value)
    except ValueError:
        raise BuildError(f"{where}: {value!r} is not a {kind.__name__}") from None


def v2_uri(code: str) -> str:
    return f"http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/{code}"


def own_provider_id(org: str) -> str:
    return f"prov-own-{org}"


class Inputs:
    """The files of data/ the catalogue is assembled from."""

    def __init__(self, data: Path) -> None:
        self.data = data
        self.files: list[Path] = []

    def json(self, name: str) -> Any:
        self.files.append(self.data / name)
        return read_json(self.data / name)

    def csv(self, name: str) -> list[dict[str, str]]:
        self.files.append(self.data / name)
        return read_csv(self.data / name)


# ---------------------------------------------------------------------------------------------
# Geography: municipalities, organisers, regional units, memberships
# ---------------------------------------------------------------------------------------------


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
        names = localized(region_of[member_codes[0]][1])
        units.append({"id": unit_id, "organiser": f"org-{org}", "code": org, "names": names})
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
    for item in inputs.json("catalogue/former-municipalities.json")["municipalities"]:
        if item["code"] in organiser_of or item["merged_into"] not in code_by_name:
            raise BuildError(f"former municipality {item['code']}: still exists or merged into?")
        former.append(
            {
                "code": item["code"],
                "names": texts(item["names"]),
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


# ---------------------------------------------------------------------------------------------
# Service classes and services
# ---------------------------------------------------------------------------------------------


def build_service_classes(
    inputs: Inputs, log: list[str]
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    source = inputs.json("reference/ptv-service-classes.json")
    known = {c["Id"] for c in source if c["Id"]}
    classes: list[dict[str, Any]] = []
    by_label: dict[str, str] = {}
    for c in source:
        uri = c["Id"]
        if not uri:
            # A stray v1 entry without a v2 URI: keep it, keyed by its v1 URI.
            uri = c["OldUri"]
            log.append(
                f"service class {c['Notation']} ({c['Label']['Fi']}) has no v2 URI: "
                f"kept under its v1 URI {uri}, no parent"
            )
        parents = c["BroaderUris"] or []
        parent = parents[0] if parents else None
        if parent and parent not in known:
            fixed = parent.replace("/ptvserclass/", "/ptvserclass2/")
            if fixed not in known:
                raise BuildError(f"class {c['Notation']}: unknown parent {parent}")
            log.append(f"service class {c['Notation']}: parent {parent} corrected to {fixed}")
            parent = fixed
        classes.append(
            {
                "uri": uri,
                "code": c["Notation"],
                "parent": parent,
                "names": localized([c["Label"].get(k) for k in ("Fi", "Sv", "En")]),
                "descriptions": localized(
                    [(c["Notes"] or {}).get(k) for k in ("Fi", "Sv", "En")], "description"
                ),
            }
        )
        if c["Id"] and not c["Id"].startswith(v2_uri("")):
            log.append(
                f"service class {c['Notation']} ({c['Label']['Fi']}) has a URI outside "
                f"ptvserclass2: {c['Id']}; kept, not used for label mapping"
            )
        elif c["Id"] and c["ConceptType"] == "ptvserclass":
            label = clean(c["Label"]["Fi"]).casefold()
            if label in by_label:
                raise BuildError(f"ambiguous v2 class label {label}")
            by_label[label] = c["Id"]
    return classes, by_label


class Laws:
    """data/catalogue/laws.json: every law a service cites, and the corrections to PTV's."""

    def __init__(self, table: dict[str, Any]) -> None:
        self.by_name = {law["fi"]: law for law in table["laws"]}
        self.url = table["finlex_url"]
        self.replaced = {r["name"]: r["by"] for r in table["replaced"]}
        self.same_name = {r["name"]: r["old_finlex"] for r in table["same_name_replaced"]}
        self.organiser_duty: str = table["organiser_duty"]
        self.voucher: str = table["voucher"]

    def basis(
        self, source_laws: list[dict[str, Any]], extra: Iterable[str], log: list[str], sid: str
    ) -> list[dict[str, Any]]:
        names: list[str] = []
        for law in source_laws:
            name = clean(law["Names"][0]["Label"])
            link = law["LawReference"]
            if name in self.replaced:
                log.append(f"{sid}: law '{name}' repealed, replaced by {self.replaced[name]}")
                names.extend(self.replaced[name])
                continue
            path = self.by_name[name]["finlex"] if name in self.by_name else None
            if name in self.same_name and link.endswith(self.same_name[name]):
                log.append(
                    f"{sid}: law '{name}' ({link}) replaced by the act of the same name {path}"
                )
            elif path and not link.endswith(path):
                log.append(f"{sid}: law '{name}' linked to {link}; corrected to {path}")
            names.append(name)
        names.extend(extra)
        result = []
        for name in dict.fromkeys(names):  # dedupe, keep order
            if name not in self.by_name:
                raise BuildError(f"{sid}: law '{name}' missing from data/catalogue/laws.json")
            law = self.by_name[name]
            result.append({"names": texts(law), "url": self.url.format(law["finlex"])})
        return result


def curated_services(table: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """data/catalogue/services.json, each entry completed with the defaults and checked
    against the application's vocabularies."""
    defaults = table["defaults"]
    required = {"id", "names", "summary", "keywords", "level", "access", "charge"}
    optional = {"alternative_names", "organiser_note", "remark"}
    result = {}
    for entry in table["services"]:
        sid = entry.get("id", "?")
        unknown = set(entry) - required - optional - set(defaults)
        if unknown or not required <= set(entry):
            raise BuildError(f"{sid}: unknown {sorted(unknown)}, missing {required - set(entry)}")
        service = {**defaults, **entry}
        for name, kind in SERVICE_ENUMS.items():
            if kind is not None:
                enum(kind, service[name], f"{sid}: {name}")
        for group in service["client_groups"]:
            enum(ClientGroup, group, f"{sid}: client group")
        if sid in result:
            raise BuildError(f"{sid}: twice in services.json")
        result[sid] = service
    return result


def voucher(unit: str) -> dict[str, Any]:
    """A palveluseteli in use. Its value and the client's self-share are each organiser's
    decision: not known unless an organiser published them (published_vouchers)."""
    return {"kind": "palveluseteli", "value_cents": None, "self_share_cents": None, "unit": unit}


def build_services(
    inputs: Inputs, by_label: dict[str, str], class_uris: set[str], log: list[str]
) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    source = {
        g["ReferenceCode"]: g for g in inputs.json("reference/ptv-general-descriptions-sote.json")
    }
    table = inputs.json("catalogue/services.json")
    curated = curated_services(table)
    laws = Laws(inputs.json("catalogue/laws.json"))
    aliases = table["ptv_class_label_aliases"]
    missing = sorted(set(source) - set(curated))
    if missing:
        raise BuildError(f"general descriptions without a curated entry: {missing}")
    unmapped: dict[tuple[str, str], list[str]] = defaultdict(list)
    services = []
    for sid, cur in sorted(curated.items()):
        gd = source.get(sid)
        if sid.startswith("SOTE-") and gd is None:
            raise BuildError(f"{sid} is not among the PTV general descriptions")
        summary = [cur["summary"].get(lang) for lang in LANGS]
        note = cur.get("organiser_note") or table["organiser_notes"][cur["responsibility"]]
        names = texts({**cur["names"], **({"fi": gd["Name"][0]["Label"]} if gd else {})})
        if "alternative_names" in cur:
            names += texts(cur["alternative_names"], "alternative_name")
        descriptions = localized(summary, "summary")
        # Every description ends with who organises the service today, in every language.
        descriptions += localized(
            [
                None if gd and lang == "fi" else f"{text} {note[lang]}"
                for lang, text in zip(LANGS, summary, strict=True)
            ],
            "description",
        )
        classes: list[str] = []
        target_groups: list[str] = list(cur["target_groups"])
        source_laws: list[dict[str, Any]] = []
        if gd:
            text = clean("\n\n".join(t["Label"] for t in gd["Description"] if t["Lang"] == "fi"))
            if cur["responsibility"] == "county":
                text = current_text(text)
            descriptions.insert(
                len(localized(summary, "summary")),
                {
                    "language": "fi",
                    "value": clean(f"{text}\n\n{note['fi']}"),
                    "type": "description",
                },
            )
            for key, text_type in (
                ("ServiceRestrictions", "conditions"),
                ("UserInstructions", "instructions"),
                ("ChargeTypeAdditionalInfo", "charge"),
            ):
                found = [t["Label"] for t in gd[key] if t["Lang"] == "fi"]
                if cur["responsibility"] == "county":
                    found = [kept for t in found if (kept := current_text(clean(t)))]
                if found:
                    descriptions += localized((" ".join(found),), text_type)
            for sc in gd["ServiceClass"]:
                key = clean(sc["Value"]).casefold()
                uri = by_label.get(aliases.get(key, key))
                if uri is None:
                    unmapped[(sc["Key"], sc["Value"])].append(sid)
                else:
                    classes.append(uri)
            target_groups += [tg["Key"].rsplit(":", 1)[-1] for tg in gd["TargetGroup"]]
            source_laws = gd["Laws"]
        classes += [v2_uri(code) for code in cur["classes"]]
        for uri in classes:
            if uri not in class_uris:
                raise BuildError(f"{sid}: unknown class {uri}")
        extra_laws = list(cur["laws"])
        if cur["responsibility"] == "county" and cur["own_production"]:
            extra_laws.append(laws.organiser_duty)
        if cur["voucher_unit"]:
            extra_laws.append(laws.voucher)
        eligibility: dict[str, Any] = {
            "min_age": cur["min_age"],
            "max_age": cur["max_age"],
            "residence_required": cur["residence_required"],
        }
        if cur["client_groups"]:
            eligibility["client_groups"] = list(cur["client_groups"])
        services.append(
            {
                "id": sid,
                "names": names,
                "descriptions": descriptions,
                "keywords": [
                    {"language": lang, "value": clean(word), "type": "keyword"}
                    for lang in LANGS
                    for word in cur["keywords"][lang].split(",")
                    if clean(word)
                ],
                "classes": sorted(set(classes)),
                "target_groups": sorted(set(target_groups)),
                "level": cur["level"],
                "access": cur["access"],
                "choice": cur["choice"],
                "responsibility": cur["responsibility"],
                "eligibility": eligibility,
                "charge": cur["charge"],
                "voucher": voucher(cur["voucher_unit"]) if cur["voucher_unit"] else None,
                "legal_basis": laws.basis(source_laws, extra_laws, log, sid),
                "example": False,
            }
        )
    for (key, label), sids in sorted(unmapped.items()):
        log.append(f"UNMAPPED v1 class {key} '{label}' (used by {', '.join(sids)})")
    add_published_vouchers(services, inputs.json("fee-tables.json")["tables"], table, log)
    return services, curated


def cents(amount: str) -> int:
    euros, _, rest = amount.partition(".")
    return int(euros) * 100 + int((rest + "00")[:2])


def add_published_vouchers(
    services: list[dict[str, Any]], tables: list[dict[str, Any]], curated: Any, log: list[str]
) -> None:
    """The voucher values an organiser published (the voucher tables of data/fee-tables.json),
    on the services they price: each value range with its source and date."""
    by_id = {s["id"]: s for s in services}
    for table in tables:
        if table["kind"] not in ("hourly_voucher_by_income", "voucher_by_net_income"):
            continue
        for sid in table["services"]:
            service = by_id[sid]
            if not service["voucher"]:
                raise BuildError(f"{sid}: a published voucher table for a service without vouchers")
            published = {
                "organiser": table["organiser"],
                "unit": table["unit"],
                "value_cents": None,
                "self_share_cents": None,
                "min_value_cents": cents(table["min_value"]),
                "max_value_cents": cents(table["max_value"]),
                "self_share_rule": table["self_share"],
                "source": curated["published_voucher_source"],
                "source_url": table["source"]["url"],
                "source_date": table["source"]["date"],
                "table": table["id"],
            }
            service["voucher"] = {
                **service["voucher"],
                "by_organiser": [*service["voucher"].get("by_organiser", []), published],
            }
            log.append(f"published voucher {table['id']} on {sid}")


# ---------------------------------------------------------------------------------------------
# Providers, locations, offerings
# ---------------------------------------------------------------------------------------------


def offering(oid: str, sid: str, pid: str, units: list[str], **fields: Any) -> dict[str, Any]:
    return {
        "id": oid,
        "service": sid,
        "location": None,
        "provider": pid,
        "regional_units": units,
        "provision_type": ProvisionType.SELF_PRODUCED.value,
        "languages": ["fi"],
        "home_visits": False,
        "waiting_days": None,
        "voucher": None,
        "example": False,
    } | fields


def build_providers(
    inputs: Inputs, geo: dict[str, Any], services: list[dict[str, Any]], curated: Any
) -> dict[str, list[dict[str, Any]]]:
    table = inputs.json("catalogue/providers.json")
    own_names = inputs.json("catalogue/organisers.json")["own_production_names"]
    extra = geo["curated_organisers"]
    hus_organisers = sorted(c for c, o in extra.items() if o.get("specialised_care_by_hus"))
    providers: list[dict[str, Any]] = []
    offerings: list[dict[str, Any]] = []

    # a. each organiser's own production: one offering per county service it organises
    for org in (o for o in geo["organisers"] if o["in_reform"]):
        code = org["code"]
        names = {t["language"]: t["value"] for t in org["names"]}
        providers.append(
            {
                "id": own_provider_id(code),
                "names": texts({lang: own_names[lang].format(name=names[lang]) for lang in LANGS}),
                # The county's own production: no county's catalogue entry says liikelaitos.
                "kind": ProviderKind.OWN_PRODUCTION.value,
                "business_id": org["business_id"],
                "organiser": org["id"],
                "web": extra.get(code, {}).get("own_production_web"),
                "example": False,
            }
        )
        languages = ["fi", "sv"] if code in geo["bilingual_organisers"] else ["fi"]
        for service in services:
            cur = curated[service["id"]]
            if (
                cur["responsibility"] != "county"
                or not cur["own_production"]
                or (cur["organisers"] is not None and code not in cur["organisers"])
                or (cur["hus_in_uusimaa"] and code in hus_organisers)
            ):
                continue
            oid = f"off-own-{code}-{service['id']}"
            units = sorted(geo["units_of"][code])
            offerings.append(
                offering(oid, service["id"], own_provider_id(code), units, languages=languages)
            )

    # HUS: the real joint authority producing specialised care for the Uusimaa organisers
    hus = table["hus"]
    uusimaa_units = sorted(u for org in hus_organisers for u in geo["units_of"][org])
    providers.append(
        {
            "id": "prov-hus",
            "names": texts(hus["names"]),
            "kind": ProviderKind.HOSPITAL_DISTRICT.value,
            "business_id": hus["business_id"],
            "organiser": None,
            "web": hus["web"],
            "example": False,
        }
    )
    for sid in hus["services"]:
        offerings.append(
            offering(f"off-hus-{sid}", sid, "prov-hus", uusimaa_units, languages=["fi", "sv"])
        )

    # b. example providers of Uusimaa, with valid Y-tunnus from the base up
    provider_ids = {"hus": "prov-hus"} | {f"own:{o}": own_provider_id(o) for o in hus_organisers}
    provider_kind = {pid: ProviderKind.OWN_PRODUCTION for pid in provider_ids.values()}
    provider_kind["prov-hus"] = ProviderKind.HOSPITAL_DISTRICT
    ids = (business_id.make(n) for n in range(table["example_business_id_base"], 10**7))
    for item, bid in zip(table["examples"], (b for b in ids if b), strict=False):
        pid = f"ex-prov-{item['slug']}"
        provider_ids[item["slug"]] = pid
        provider_kind[pid] = ProviderKind(item["kind"])
        providers.append(
            {
                "id": pid,
                "names": texts(item["names"]),
                "kind": item["kind"],
                "business_id": bid,
                "organiser": f"org-{item['organiser']}" if item["organiser"] else None,
                "web": f"https://{item['slug']}.esimerkki.example",
                "example": True,
            }
        )
    locations = example_locations(inputs, geo, provider_ids, provider_kind, services, offerings)
    return {"providers": providers, "locations": locations, "offerings": offerings}


def example_locations(
    inputs: Inputs,
    geo: dict[str, Any],
    provider_ids: dict[str, str],
    provider_kind: dict[str, ProviderKind],
    services: list[dict[str, Any]],
    offerings: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """The example locations of Uusimaa and their offerings (appended to ``offerings``)."""
    table = inputs.json("catalogue/example-locations.json")
    service_ids = {s["id"] for s in services}
    locations = []
    for loc in table["locations"]:
        slug = loc["slug"]
        lid = f"ex-loc-{slug}"
        pid = provider_ids[loc["provider"]]
        access = table["accessibility"]["accessible" if loc["accessible"] else "not_accessible"]
        locations.append(
            {
                "id": lid,
                "provider": pid,
                "names": texts(loc["names"]),
                "descriptions": texts(table["description"], "summary"),
                "address": {
                    "street": texts(loc["street"]),
                    "postal_code": loc["postal_code"],
                    "post_office": texts(loc["post_office"]),
                    "municipality": geo["code_by_name"][loc["municipality"]],
                },
                "coordinates": loc["coordinates"],
                "phones": [
                    {
                        "number": phone["number"],
                        "info": texts(phone.get("info", table["phone_info"]), "description"),
                    }
                    for phone in loc["phones"]
                ],
                "emails": [f"{slug}@esimerkki.example"],
                "web": [f"https://esimerkki.example/{slug}"],
                "hours": loc["hours"],
                "hours_note": texts(loc.get("hours_note"), "description"),
                "languages": loc["languages"],
                "accessible": loc["accessible"],
                "accessibility": texts(access, "description"),
                "example": True,
            }
        )
        for item in loc["offers"]:
            sid = item["service"]
            if sid not in service_ids:
                raise BuildError(f"{lid}: unknown service {sid}")
            unit = item.get("voucher")
            offerings.append(
                offering(
                    f"ex-off-{slug}-{sid}",
                    sid,
                    pid,
                    sorted(loc["units"]),
                    location=lid,
                    provision_type=PROVISION[provider_kind[pid]].value,
                    languages=item.get("languages", loc["languages"]),
                    home_visits=item.get("home_visits", False),
                    waiting_days=item.get("waiting_days"),
                    voucher=voucher(unit) if unit else None,
                    example=True,
                )
            )
    return locations


# ---------------------------------------------------------------------------------------------
# Validation: the application's own, then what the default catalogue promises beyond it
# ---------------------------------------------------------------------------------------------


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


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------


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
    with out.open("w", encoding="utf-8", newline="\n") as handle:
        json.dump(catalogue, handle, ensure_ascii=False, indent=2, sort_keys=True)
        handle.write("\n")

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
