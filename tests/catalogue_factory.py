"""A small but complete native catalogue for tests, independent of the shipped default one."""

from __future__ import annotations

from typing import Any

P = "http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/"


def texts(
    fi: str, sv: str | None = None, en: str | None = None, kind: str = "name"
) -> list[dict[str, str]]:
    out = [{"language": "fi", "value": fi, "type": kind}]
    if sv:
        out.append({"language": "sv", "value": sv, "type": kind})
    if en:
        out.append({"language": "en", "value": en, "type": kind})
    return out


def _municipality(code: str, fi: str, sv: str, status: str, region: str = "01") -> dict[str, Any]:
    return {
        "code": code,
        "names": texts(fi, sv, fi),
        "language_status": status,
        "region": {"code": region, "names": texts("Uusimaa", "Nyland", "Uusimaa")},
    }


def small_catalogue() -> dict[str, Any]:
    return {
        "format": "sote-navigator-catalogue",
        "format_version": 1,
        "catalogue": {
            "id": "test.small",
            "version": "1",
            "publisher": "Tests",
            "valid_from": "2026-01-01",
            "languages": ["fi", "sv", "en"],
            "names": texts("Testiluettelo", "Testkatalog", "Test catalogue"),
        },
        "organisers": [
            {
                "id": "org-01",
                "code": "01",
                "kind": "wellbeing_services_county",
                "in_reform": True,
                "names": texts(
                    "Itä-Uudenmaan hyvinvointialue",
                    "Östra Nylands välfärdsområde",
                    "East Uusimaa wellbeing services county",
                ),
                "business_id": None,
            },
            {
                "id": "org-03",
                "code": "03",
                "kind": "wellbeing_services_county",
                "in_reform": True,
                "names": texts(
                    "Länsi-Uudenmaan hyvinvointialue",
                    "Västra Nylands välfärdsområde",
                    "West Uusimaa wellbeing services county",
                ),
                "business_id": None,
            },
            {
                "id": "org-91",
                "code": "91",
                "kind": "autonomous_region",
                "in_reform": False,
                "names": texts("Ahvenanmaa", "Åland", "Åland"),
                "business_id": None,
            },
        ],
        "regional_units": [
            {
                "id": "unit-u6",
                "organiser": "org-01",
                "code": "U6",
                "names": texts("Itäinen Uusimaa", "Östra Nyland", "Eastern Uusimaa"),
            },
            {
                "id": "unit-u3",
                "organiser": "org-03",
                "code": "U3",
                "names": texts(
                    "Espoo–Kirkkonummi–Kauniainen",
                    "Esbo–Kyrkslätt–Grankulla",
                    "Espoo–Kirkkonummi–Kauniainen",
                ),
            },
            {
                "id": "unit-91",
                "organiser": "org-91",
                "code": "91",
                "names": texts("Ahvenanmaa", "Åland", "Åland"),
            },
        ],
        "municipalities": [
            _municipality("638", "Porvoo", "Borgå", "bilingual_fi"),
            _municipality("049", "Espoo", "Esbo", "bilingual_fi"),
            _municipality("478", "Maarianhamina", "Mariehamn", "sv", "21"),
            _municipality("507", "Mäntyharju", "Mäntyharju", "fi", "10"),
        ],
        "memberships": [
            {
                "municipality": "638",
                "regional_unit": "unit-u6",
                "valid_from": "2023-01-01",
                "valid_to": None,
            },
            {
                "municipality": "049",
                "regional_unit": "unit-u3",
                "valid_from": "2023-01-01",
                "valid_to": None,
            },
            {
                "municipality": "478",
                "regional_unit": "unit-91",
                "valid_from": "2023-01-01",
                "valid_to": None,
            },
            {
                "municipality": "507",
                "regional_unit": "unit-u6",
                "valid_from": "2023-01-01",
                "valid_to": None,
            },
        ],
        "former_municipalities": [
            {
                "code": "588",
                "names": texts("Pertunmaa", "Pertunmaa"),
                "merged_into": "507",
                "merged_on": "2025-01-01",
            },
        ],
        "service_classes": [
            {
                "uri": P + "P5",
                "code": "P5",
                "parent": None,
                "names": texts("Terveydenhuolto", "Hälsovård", "Health care"),
                "descriptions": [],
            },
            {
                "uri": P + "P5.10",
                "code": "P5.10",
                "parent": P + "P5",
                "names": texts(
                    "Suun ja hampaiden terveydenhuolto",
                    "Mun- och tandhälsovård",
                    "Oral and dental health care",
                ),
                "descriptions": [],
            },
            {
                "uri": P + "P4.3",
                "code": "P4.3",
                "parent": None,
                "names": texts(
                    "Kotihoito ja kotipalvelut",
                    "Hemvård och hemservice",
                    "Home care and home services",
                ),
                "descriptions": [],
            },
        ],
        "services": [
            {
                "id": "S-DENTAL",
                "names": texts("Suun terveydenhuolto", "Mun- och tandvård", "Oral and dental care"),
                "descriptions": texts(
                    "Hammashoitoa kaikenikäisille.",
                    "Tandvård för alla.",
                    "Dental care for all ages.",
                    kind="summary",
                ),
                "keywords": texts("hammashoitola", "tandläkare", "dentist", kind="keyword"),
                "classes": [P + "P5.10"],
                "target_groups": ["KR1"],
                "level": "basic_local",
                "access": "direct",
                "choice": "free_choice",
                "responsibility": "county",
                "eligibility": {"min_age": None, "max_age": None, "residence_required": True},
                "charge": "charged",
                "voucher": None,
                "legal_basis": [],
                "example": False,
            },
            {
                "id": "S-HOMECARE",
                "names": texts("Kotihoito", "Hemvård", "Home care"),
                "descriptions": [],
                "keywords": [],
                "classes": [P + "P4.3"],
                "target_groups": ["KR1"],
                "level": "basic_local",
                "access": "assessment_decision",
                "choice": "voucher",
                "responsibility": "county",
                "eligibility": {"min_age": None, "max_age": None, "residence_required": True},
                "charge": "income_based",
                "voucher": {
                    "kind": "palveluseteli",
                    "value_cents": 3250,
                    "self_share_cents": 850,
                    "unit": "hour",
                },
                "legal_basis": [],
                "example": False,
            },
        ],
        "providers": [
            {
                "id": "prov-ll",
                "names": texts(
                    "Itä-Uudenmaan hyvinvointialue, oma tuotanto",
                    "Östra Nylands välfärdsområde, egen produktion",
                ),
                "kind": "liikelaitos",
                "business_id": None,
                "organiser": "org-01",
                "web": None,
                "example": False,
            },
            {
                "id": "prov-dent",
                "names": texts("Esimerkki Hammas <b>Oy</b>", "Exempel Tand Ab"),
                "kind": "suun_terveydenhuolto_oy",
                "business_id": "0112038-9",
                "organiser": "org-01",
                "web": None,
                "example": True,
            },
        ],
        "locations": [
            {
                "id": "loc-porvoo-dent",
                "provider": "prov-dent",
                "names": texts("Esimerkki Hammashoitola Porvoo", "Exempel Tandklinik Borgå"),
                "descriptions": [],
                "address": {
                    "street": texts("Mannerheiminkatu 1", "Mannerheimgatan 1"),
                    "postal_code": "06100",
                    "post_office": texts("Porvoo", "Borgå"),
                    "municipality": "638",
                },
                "coordinates": {"lat": 60.39, "lon": 25.66},
                "phones": [{"number": "+358 19 123 4567", "info": []}],
                "emails": [],
                "web": [],
                "hours": [
                    {"days": [0, 1, 2, 3, 4], "opens": "08:00", "closes": "20:00"},
                    {"days": [5], "opens": "09:00", "closes": "14:00"},
                ],
                "hours_note": [],
                "languages": ["fi", "sv"],
                "accessible": True,
                "accessibility": [],
                "example": True,
            },
        ],
        "offerings": [
            {
                "id": "off-ll-dental",
                "service": "S-DENTAL",
                "location": None,
                "provider": "prov-ll",
                "regional_units": ["unit-u6"],
                "provision_type": "self_produced",
                "languages": ["fi", "sv"],
                "home_visits": False,
                "waiting_days": None,
                "voucher": None,
                "example": False,
            },
            {
                "id": "off-dent-porvoo",
                "service": "S-DENTAL",
                "location": "loc-porvoo-dent",
                "provider": "prov-dent",
                "regional_units": ["unit-u6"],
                "provision_type": "procured",
                "languages": ["fi", "sv"],
                "home_visits": False,
                "waiting_days": 3,
                "voucher": None,
                "example": True,
            },
        ],
    }
