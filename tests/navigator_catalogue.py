"""The small test catalogue, plus what the navigator's filters and scoping need to show a
difference: a Finnish-only voucher dental clinic in Porvoo without evening hours or step-free
access, a dental clinic in Espoo (another regional unit) and a municipal service."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from sote_navigator.services.workspace import open_workspace
from tests.catalogue_factory import P, small_catalogue, texts
from tests.postgres_server import database_for


def _location(lid: str, provider: str, fi: str, sv: str, municipality: str, **extra: Any) -> Any:
    return {
        "id": lid,
        "provider": provider,
        "names": texts(fi, sv),
        "descriptions": [],
        "address": {
            "street": texts("Rantatie 5", "Strandvägen 5"),
            "postal_code": "06100",
            "post_office": texts("Porvoo", "Borgå"),
            "municipality": municipality,
        },
        "coordinates": None,
        "phones": [{"number": "+358 19 555 0101", "info": texts("Ajanvaraus", "Tidsbokning")}],
        "emails": [],
        "web": [],
        "hours": [{"days": [0, 1, 2, 3, 4], "opens": "08:00", "closes": "16:00"}],
        "hours_note": [],
        "languages": ["fi"],
        "accessible": False,
        "accessibility": [],
        "example": False,
        **extra,
    }


def _offering(oid: str, service: str, location: str | None, provider: str, **extra: Any) -> Any:
    return {
        "id": oid,
        "service": service,
        "location": location,
        "provider": provider,
        "regional_units": ["unit-u6"],
        "provision_type": "self_produced",
        "languages": [],
        "home_visits": False,
        "waiting_days": None,
        "voucher": None,
        "example": False,
        **extra,
    }


def navigator_catalogue() -> dict[str, Any]:
    doc = small_catalogue()
    doc["service_classes"].append(
        {
            "uri": P + "P8",
            "code": "P8",
            "parent": None,
            "names": texts("Varhaiskasvatus", "Småbarnspedagogik", "Early childhood education"),
            "descriptions": [],
        }
    )
    dental = doc["services"][0]
    doc["services"].append(
        {
            **dental,
            "id": "S-DAYCARE",
            "names": texts("Varhaiskasvatus", "Småbarnspedagogik", "Early childhood education"),
            "descriptions": [],
            "keywords": texts("päiväkoti", "daghem", kind="keyword"),
            "classes": [P + "P8"],
            "responsibility": "municipality",
            "charge": "income_based",
        }
    )
    doc["providers"] += [
        {
            "id": "prov-virta",
            "names": texts("Hammasklinikka Virta Oy", "Tandklinik Virta Ab"),
            "kind": "voucher_provider",
            "business_id": None,
            "organiser": None,
            "web": "https://example.invalid/virta",
            "example": False,
        },
        {
            "id": "prov-ll3",
            "names": texts("Länsi-Uudenmaan hyvinvointialue", "Västra Nylands välfärdsområde"),
            "kind": "liikelaitos",
            "business_id": None,
            "organiser": "org-03",
            "web": None,
            "example": False,
        },
    ]
    doc["locations"] += [
        _location("loc-virta", "prov-virta", "Hammasklinikka Virta", "Tandklinik Virta", "638"),
        _location(
            "loc-espoo-dent",
            "prov-ll3",
            "Espoon hammashoitola",
            "Esbo tandklinik",
            "049",
            languages=["fi", "sv"],
            accessible=True,
        ),
    ]
    doc["offerings"] += [
        _offering(
            "off-virta-dental",
            "S-DENTAL",
            "loc-virta",
            "prov-virta",
            provision_type="voucher",
            languages=["fi"],
        ),
        _offering(
            "off-espoo-dental",
            "S-DENTAL",
            "loc-espoo-dent",
            "prov-ll3",
            regional_units=["unit-u3"],
        ),
    ]
    return doc


@pytest.fixture
def navigator_engine(
    request: pytest.FixtureRequest, tmp_path: Path, engine_kind: str
) -> Iterator[Engine]:
    path = tmp_path / "navigator-catalogue.json"
    path.write_text(json.dumps(navigator_catalogue(), ensure_ascii=False), encoding="utf-8")
    engine = open_workspace(database_for(request, tmp_path, "navigator"), path)
    yield engine
    engine.dispose()
