"""The navigator's test catalogue plus what ranking needs to show a difference: broad words
shared by many locations ("terveysasema", "hälsostation"), one name of each tier for a word
(exact, starting with it, holding it, holding it inside a compound), services named by the
word or only by a keyword, and a word that one record has in Finnish and another in Swedish.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from sote_navigator.services.workspace import open_workspace
from tests.catalogue_factory import texts
from tests.navigator_catalogue import _location, _offering, navigator_catalogue
from tests.postgres_server import database_for

# How many locations share the broad word: more than any list shows.
MANY = 40


def _service(doc: dict[str, Any], sid: str, fi: str, sv: str, en: str, **extra: Any) -> None:
    dental = doc["services"][0]
    doc["services"].append(
        {**dental, "id": sid, "names": texts(fi, sv, en), "keywords": [], **extra}
    )


def ranking_catalogue() -> dict[str, Any]:
    doc = navigator_catalogue()
    _service(doc, "S-ADVICE", "Terveysneuvonta", "Hälsorådgivning", "Health advice")
    _service(doc, "S-MENTAL", "Mielenterveyspalvelut", "Mentalvårdstjänster", "Mental health")
    _service(doc, "S-SCHOOL", "Kouluterveydenhuolto", "Skolhälsovård", "School health care")
    _service(
        doc,
        "S-GP",
        "Lääkärin vastaanotto",
        "Läkarmottagning",
        "Doctor's appointment",
        keywords=texts("terveysasema", "hälsostation", kind="keyword"),
    )
    places = [
        # (id, Finnish name, Swedish name)
        ("loc-hs-exact", "Terveysasema", "Hälsostation"),
        ("loc-hs-word", "Porvoon terveysasema", "Borgå hälsostation"),
        ("loc-hs-inner", "Lähiterveysasema", "Närhälsostation"),
        ("loc-dent-exact", "Hammashoitola", "Tandklinik"),
        ("loc-dent-prefix", "Hammashoitola Keskusta", "Tandklinik Centrum"),
        ("loc-dent-inner", "Lastenhammashoitola", "Barntandklinik"),
        ("loc-vasara", "Vasaran hoivakoti", "Vårdhemmet Hammaren"),
        ("loc-vasa", "Vaasan hoivakoti", "Vasa vårdhem"),
        ("loc-twin-b", "Hoivakoti Kaari", "Vårdhem Kaari"),
        ("loc-twin-a", "Hoivakoti Kaari", "Vårdhem Kaari"),
    ]
    places += [
        (f"loc-hs-{n:02d}", f"Terveysasema Porvoo {n}", f"Hälsostation Borgå {n}")
        for n in range(MANY)
    ]
    places += [
        (f"loc-hk-{n:02d}", f"Hoitokoti Porvoo {n}", f"Vårdhem Borgå {n}") for n in range(10)
    ]
    for lid, fi, sv in places:
        doc["locations"].append(_location(lid, "prov-ll", fi, sv, "638"))
        doc["offerings"].append(_offering(f"off-{lid}", "S-GP", lid, "prov-ll"))
    for sid in ("S-ADVICE", "S-MENTAL", "S-SCHOOL", "S-GP"):
        doc["offerings"].append(_offering(f"off-{sid}", sid, "loc-hs-exact", "prov-ll"))
    doc["providers"].append(
        {
            "id": "prov-health",
            "names": texts("Terveyspalvelu Porvoo Oy", "Hälsotjänst Borgå Ab"),
            "kind": "procured_provider",
            "business_id": None,
            "organiser": None,
            "web": None,
            "example": True,
        }
    )
    doc["offerings"].append(_offering("off-health", "S-GP", "loc-hs-word", "prov-health"))
    return doc


@pytest.fixture
def ranking_engine(
    request: pytest.FixtureRequest, tmp_path: Path, engine_kind: str
) -> Iterator[Engine]:
    path = tmp_path / "ranking-catalogue.json"
    path.write_text(json.dumps(ranking_catalogue(), ensure_ascii=False), encoding="utf-8")
    engine = open_workspace(database_for(request, tmp_path, "ranking"), path)
    yield engine
    engine.dispose()
