"""Real health stations for the default catalogue (read by tools/build_default_catalogue.py).

Reads ``data/health-stations-2019.json`` (written by tools/convert_places.py from the shared
data) and ``data/health-station-services.json`` (curated: the services a health station gives,
with why, and the words of its records), and turns each station into a real location of the
organiser that serves its municipality today, or of its outsourcing firm, with an offering per
service. Every record carries its source and the date its information is from (2019), so that
nothing is shown as verified today. Standard library only.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

LANGS = ("fi", "sv", "en")
# Service languages: those the law obliges in the station's municipality (Kielilaki 423/2003
# 10 § and 25 §, Terveydenhuoltolaki 1326/2010 6 §), as for the organiser's own production.
LANGUAGES = {"fi": ["fi"], "sv": ["sv"], "bilingual_fi": ["fi", "sv"], "bilingual_sv": ["fi", "sv"]}


class PlacesError(Exception):
    pass


def _text(values: tuple[str, ...], text_type: str) -> list[dict[str, str]]:
    return [
        {"language": lang, "value": v, "type": text_type}
        for lang, v in zip(LANGS, values, strict=False)
    ]


def day_ranges(days: list[int], names: list[str]) -> str:
    """[0, 1, 2, 3, 4, 6] -> 'ma–pe, su' (names: Monday's first)."""
    runs: list[list[int]] = []
    for day in sorted(days):
        if runs and day == runs[-1][-1] + 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{names[run[0]]}\u2013{names[run[-1]]}")
        else:
            parts.extend(names[d] for d in run)
    return ", ".join(parts)


def slug(text: str) -> str:
    folded = text.lower().translate(str.maketrans("äåöéü", "aaoeu"))
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def firm_provider_id(firm: str) -> str:
    return f"prov-firm-{slug(firm)}"


def build_health_stations(
    data_dir: Path,
    geo: dict[str, Any],
    service_ids: set[str],
    own_provider_id: Any,
) -> tuple[dict[str, list[dict[str, Any]]], list[str]]:
    """(providers, locations, offerings) of the real health stations, and log lines."""
    with (data_dir / "health-stations-2019.json").open(encoding="utf-8") as handle:
        data = json.load(handle)
    with (data_dir / "health-station-services.json").open(encoding="utf-8") as handle:
        table = json.load(handle)
    curated = [s["service"] for s in table["services"]]
    words = table["texts"]
    name_languages = table["source_languages"]["languages"]
    missing = [s for s in curated if s not in service_ids]
    if missing:
        raise PlacesError(f"health-station-services.json: unknown services {missing}")
    year = str(data["year"])
    source_name = f"{data['source']['name']} ({data['source']['repository']})"
    unit_of = {ms["municipality"]: ms["regional_unit"] for ms in geo["memberships"]}
    organiser_of_unit = {u["id"]: u["organiser"] for u in geo["regional_units"]}
    status = {m["code"]: m["language_status"] for m in geo["municipalities"]}
    organisers = {o["id"]: o for o in geo["organisers"]}

    providers: dict[str, dict[str, Any]] = {}
    locations: list[dict[str, Any]] = []
    offerings: list[dict[str, Any]] = []
    for st in data["stations"]:
        code = st["municipality"]
        unit = unit_of.get(code)
        if unit is None:
            raise PlacesError(f"{st['name']}: municipality {code} has no regional unit")
        organiser = organisers[organiser_of_unit[unit]]
        if not organiser["in_reform"]:
            raise PlacesError(f"{st['name']}: organiser {organiser['id']} outside the reform")
        if st["outsourced"] and st["firm"]:
            pid = firm_provider_id(st["firm"])
            providers.setdefault(
                pid,
                {
                    "id": pid,
                    "names": _text((st["firm"],) * 3, "name"),
                    "kind": "procured_provider",
                    "business_id": None,  # not in the data; never guessed
                    "organiser": None,
                    "web": None,
                    "example": False,
                    "source": {"name": source_name, "url": None},
                    "verified_on": year,
                },
            )
            provision = "procured"
        else:
            pid = own_provider_id(organiser["code"])
            provision = "self_produced"
        lid = f"loc-hs{year}-{st['id']}"
        url = st["sources"][0] if st["sources"] else None
        # The languages the source gives names in (Finnish only): see source_languages.
        source = {"name": source_name, "url": url, "languages": name_languages}
        summary = [words["summary"][lang].format(year=year) for lang in LANGS]
        if st["outsourced"] and st["firm"]:
            summary = [
                f"{s} {words['outsourced'][lang].format(year=year, firm=st['firm'])}"
                for s, lang in zip(summary, LANGS, strict=True)
            ]
        if st["open_days"]:
            note = tuple(
                words["open_days"][lang].format(
                    year=year, days=day_ranges(st["open_days"], words["day_names"][lang])
                )
                for lang in LANGS
            )
        else:
            note = tuple(words["no_open_days"][lang] for lang in LANGS)
        languages = LANGUAGES[status[code]]
        locations.append(
            {
                "id": lid,
                "provider": pid,
                "names": _text((st["name"],), "name"),
                "descriptions": _text(tuple(summary), "summary"),
                "address": {
                    "street": _text((st["street"],), "name"),
                    "postal_code": st["postal_code"],
                    "post_office": _text((st["post_office"],), "name"),
                    "municipality": code,
                },
                "coordinates": st["coordinates"],
                "phones": [],
                "emails": [],
                "web": [],
                "hours": [],
                "hours_note": _text(note, "description"),
                "languages": languages,
                "accessible": False,
                "accessibility": [],
                "example": False,
                "source": source,
                "verified_on": year,
            }
        )
        for sid in curated:
            offerings.append(
                {
                    "id": f"off-hs{year}-{st['id']}-{sid}",
                    "service": sid,
                    "location": lid,
                    "provider": pid,
                    "regional_units": [unit],
                    "provision_type": provision,
                    "languages": languages,
                    "home_visits": False,
                    "waiting_days": None,
                    "voucher": None,
                    "example": False,
                    "source": source,
                    "verified_on": year,
                }
            )
    log = [
        f"health stations {year}: {len(locations)} locations "
        f"({sum(1 for x in locations if x['coordinates'])} with coordinates), "
        f"{len(providers)} outsourcing firms, {len(offerings)} offerings of {curated}"
    ]
    return {
        "providers": sorted(providers.values(), key=lambda p: p["id"]),
        "locations": locations,
        "offerings": offerings,
    }, log
