"""Service classes and services of the default catalogue: PTV's classification and general
descriptions (data/reference/) with the curated verdicts, translations and laws
(data/catalogue/services.json, laws.csv, law-rules.json) and the vouchers an organiser published
(data/fee-tables.json)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from catalogue_data import LANGS, BuildError, Inputs, clean, enum, localized, texts

from sote_navigator.core.client_groups import ClientGroup
from sote_navigator.core.vocabulary import Access, Choice, Responsibility, ServiceLevel

# The curated service fields that must hold a value of the application's vocabularies (charge
# has none: the schema's enumeration checks it).
SERVICE_ENUMS = {
    "level": ServiceLevel,
    "access": Access,
    "choice": Choice,
    "responsibility": Responsibility,
}


# The PTV descriptions were written before 2023: their sentences that say the municipality
# organises a county service are left out.
KUNTA_RE = re.compile(
    r"\b(koti)?kun(ta|nan|nat|nissa|tien|taa|nalla|nilla|nille|tia|nalle|nasta|nassa|nalta)\b"
    r"|\bkunnalli",
    re.I,
)
SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])")


def current_text(text: str) -> str:
    """A PTV text without its sentences that name the municipality as the organiser."""
    paragraphs = []
    for paragraph in text.split("\n\n"):
        kept = [x for x in SENTENCE_RE.split(paragraph) if not KUNTA_RE.search(x)]
        if kept:
            paragraphs.append(" ".join(kept))
    return "\n\n".join(paragraphs)


def v2_uri(code: str) -> str:
    return f"http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/{code}"


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
    """Every law a service cites (data/catalogue/laws.csv), and the corrections to PTV's
    citations (law-rules.json)."""

    def __init__(self, laws: list[dict[str, str]], table: dict[str, Any]) -> None:
        self.by_name = {law["fi"]: law for law in laws}
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
                raise BuildError(f"{sid}: law '{name}' missing from data/catalogue/laws.csv")
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
    laws = Laws(inputs.csv("catalogue/laws.csv"), inputs.json("catalogue/law-rules.json"))
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
