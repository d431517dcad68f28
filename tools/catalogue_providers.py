"""Providers, locations and offerings of the default catalogue other than the health stations
(tools/catalogue_places.py): every organiser's own production, HUS, and the example providers
and locations of Uusimaa (data/catalogue/providers.json, example-locations.json)."""

from __future__ import annotations

from typing import Any

from catalogue_data import LANGS, BuildError, Inputs, texts
from catalogue_services import voucher

from sote_navigator.core import business_id
from sote_navigator.core.vocabulary import ProviderKind, ProvisionType

PROVISION = {
    ProviderKind.OWN_PRODUCTION: ProvisionType.SELF_PRODUCED,
    ProviderKind.LIIKELAITOS: ProvisionType.SELF_PRODUCED,
    ProviderKind.HOSPITAL_DISTRICT: ProvisionType.SELF_PRODUCED,
    ProviderKind.SOTE_KESKUS_OY: ProvisionType.PROCURED,
    ProviderKind.SUUN_TERVEYDENHUOLTO_OY: ProvisionType.PROCURED,
    ProviderKind.NGO: ProvisionType.PROCURED,
    ProviderKind.VOUCHER_PROVIDER: ProvisionType.VOUCHER,
}


def own_provider_id(org: str) -> str:
    return f"prov-own-{org}"


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
    # HUS (also at its example hospitals) is not the organiser's own production: a joint
    # authority its members belong to by law, with that law as the offering's source.
    provision = hus["provision"]
    for o in offerings:
        if o["provider"] == "prov-hus":
            o["provision_type"] = ProvisionType(provision["provision_type"]).value
            o["source"] = provision["source"]
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
