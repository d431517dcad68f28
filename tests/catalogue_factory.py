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


def _service(
    sid: str,
    names: list[dict[str, str]],
    classes: list[str],
    *,
    access: str = "direct",
    choice: str = "free_choice",
    level: str = "basic_local",
    responsibility: str = "county",
    min_age: int | None = None,
    max_age: int | None = None,
    residence_required: bool = True,
    voucher: dict[str, Any] | None = None,
    keywords: list[dict[str, str]] | None = None,
) -> dict[str, Any]:
    return {
        "id": sid,
        "names": names,
        "descriptions": [],
        "keywords": keywords or [],
        "classes": classes,
        "target_groups": ["KR1"],
        "level": level,
        "access": access,
        "choice": choice,
        "responsibility": responsibility,
        "eligibility": {
            "min_age": min_age,
            "max_age": max_age,
            "residence_required": residence_required,
        },
        "charge": "charged",
        "voucher": voucher,
        "legal_basis": [],
        "example": False,
    }


def _location(
    lid: str,
    provider: str,
    fi: str,
    sv: str,
    street: tuple[str, str],
    municipality: str,
    post: tuple[str, str],
    *,
    languages: list[str],
    accessible: bool,
    hours: list[dict[str, Any]],
    phone: str,
    email: str | None = None,
) -> dict[str, Any]:
    return {
        "id": lid,
        "provider": provider,
        "names": texts(fi, sv),
        "descriptions": [],
        "address": {
            "street": texts(*street),
            "postal_code": post[0],
            "post_office": texts(post[1], post[1] if municipality != "638" else "Borgå"),
            "municipality": municipality,
        },
        "coordinates": None,
        "phones": [{"number": phone, "info": []}],
        "emails": [email] if email else [],
        "web": [],
        "hours": hours,
        "hours_note": [],
        "languages": languages,
        "accessible": accessible,
        "accessibility": [],
        "example": True,
    }


def _offering(
    oid: str,
    service: str,
    provider: str,
    location: str | None,
    units: list[str],
    provision: str,
    languages: list[str],
    *,
    home_visits: bool = False,
    waiting_days: int | None = None,
    voucher: dict[str, Any] | None = None,
) -> dict[str, Any]:
    return {
        "id": oid,
        "service": service,
        "location": location,
        "provider": provider,
        "regional_units": units,
        "provision_type": provision,
        "languages": languages,
        "home_visits": home_visits,
        "waiting_days": waiting_days,
        "voucher": voucher,
        "example": True,
    }


OFFICE_HOURS = [{"days": [0, 1, 2, 3, 4], "opens": "08:00", "closes": "16:00"}]
EVENING_HOURS = [{"days": [0, 1, 2, 3, 4], "opens": "08:00", "closes": "20:00"}]


def placement_catalogue() -> dict[str, Any]:
    """The small catalogue plus what the placement rules need: the Porvoo home care choice
    set (own production and voucher providers in Finnish and Swedish), a municipal service,
    age limits, a referral, an on-call service and a service offered only elsewhere."""
    doc = small_catalogue()
    doc["catalogue"]["id"] = "test.placement"
    doc["regional_units"].append(
        {
            "id": "unit-u4",
            "organiser": "org-03",
            "code": "U4",
            "names": texts("Läntinen Uusimaa", "Västra Nyland", "Western Uusimaa"),
        }
    )
    doc["municipalities"] += [
        _municipality("927", "Vihti", "Vichtis", "fi"),
        _municipality("018", "Askola", "Askola", "fi"),
    ]
    doc["memberships"] += [
        {"municipality": "927", "regional_unit": "unit-u4", "valid_from": "2023-01-01"},
        {"municipality": "018", "regional_unit": "unit-u6", "valid_from": "2023-01-01"},
    ]
    doc["service_classes"] += [
        {
            "uri": P + "P10",
            "code": "P10",
            "parent": None,
            "names": texts("Varhaiskasvatus", "Småbarnspedagogik", "Early childhood education"),
            "descriptions": [],
        },
        {
            "uri": P + "P5.2",
            "code": "P5.2",
            "parent": P + "P5",
            "names": texts("Erikoissairaanhoito", "Specialiserad sjukvård", "Specialised care"),
            "descriptions": [],
        },
        {
            "uri": P + "P5.5",
            "code": "P5.5",
            "parent": P + "P5",
            "names": texts("Mielenterveyspalvelut", "Mentalvårdstjänster", "Mental health"),
            "descriptions": [],
        },
    ]
    doc["services"] += [
        _service(
            "S-DAYCARE",
            texts("Varhaiskasvatus", "Småbarnspedagogik", "Early childhood education"),
            [P + "P10"],
            responsibility="municipality",
            max_age=6,
            keywords=texts("päiväkoti", "daghem", "day care", kind="keyword"),
        ),
        _service(
            "S-DENTAL-ONCALL",
            texts(
                "Suun terveydenhuollon päivystys",
                "Jour för mun- och tandvård",
                "Emergency dental care",
            ),
            [P + "P5.10"],
            choice="own_unit",
        ),
        _service(
            "S-CARDIO",
            texts("Kardiologian poliklinikka", "Kardiologiska polikliniken", "Cardiology clinic"),
            [P + "P5.2"],
            access="referral",
            choice="own_unit",
            level="special",
        ),
        _service(
            "S-YOUTH-MH",
            texts(
                "Nuorten mielenterveyspalvelut",
                "Mentalvårdstjänster för unga",
                "Youth mental health services",
            ),
            [P + "P5.5"],
            min_age=13,
            max_age=29,
        ),
        _service(
            "S-WEST-REHAB",
            texts("Länsi-Uudenmaan kuntoutus", "Rehabilitering i Västra Nyland", "Rehabilitation"),
            [P + "P5"],
            access="assessment_decision",
            choice="voucher",
            voucher={
                "kind": "palveluseteli",
                "value_cents": 6000,
                "self_share_cents": 1500,
                "unit": "treatment",
            },
        ),
    ]
    doc["providers"] += [
        {
            "id": "prov-west",
            "names": texts(
                "Länsi-Uudenmaan hyvinvointialue, oma tuotanto",
                "Västra Nylands välfärdsområde, egen produktion",
            ),
            "kind": "liikelaitos",
            "business_id": None,
            "organiser": "org-03",
            "web": None,
            "example": False,
        },
        {
            "id": "prov-hus",
            "names": texts("HUS", "HUS", "HUS"),
            "kind": "hospital_district",
            "business_id": None,
            "organiser": None,
            "web": "https://www.hus.fi",
            "example": False,
        },
        {
            "id": "prov-aurinko",
            "names": texts("Hoivapalvelu Aurinko Oy", "Hoivapalvelu Aurinko Oy"),
            "kind": "voucher_provider",
            "business_id": None,
            "organiser": None,
            "web": None,
            "example": True,
        },
        {
            "id": "prov-omsorg",
            "names": texts("Omsorg i Borgå Ab", "Omsorg i Borgå Ab"),
            "kind": "voucher_provider",
            "business_id": None,
            "organiser": None,
            "web": "https://omsorg.example",
            "example": True,
        },
    ]
    doc["locations"] += [
        _location(
            "loc-porvoo-homecare",
            "prov-ll",
            "Porvoon kotihoito",
            "Borgå hemvård",
            ("Rauhankatu 20", "Fredsgatan 20"),
            "638",
            ("06100", "Porvoo"),
            languages=["fi", "sv"],
            accessible=True,
            hours=OFFICE_HOURS,
            phone="+358 19 520 2000",
            email="kotihoito@example.fi",
        ),
        _location(
            "loc-aurinko",
            "prov-aurinko",
            "Aurinko Porvoo",
            "Aurinko Borgå",
            ("Aleksanterinkatu 5", "Alexandersgatan 5"),
            "638",
            ("06100", "Porvoo"),
            languages=["fi"],
            accessible=False,
            hours=EVENING_HOURS,
            phone="+358 40 100 2000",
        ),
        _location(
            "loc-omsorg",
            "prov-omsorg",
            "Omsorg i Borgå",
            "Omsorg i Borgå",
            ("Runebergintie 3", "Runebergsvägen 3"),
            "638",
            ("06100", "Porvoo"),
            languages=["sv", "fi"],
            accessible=True,
            hours=OFFICE_HOURS,
            phone="+358 40 300 4000",
            email="info@omsorg.example",
        ),
        _location(
            "loc-espoo-care",
            "prov-west",
            "Espoon kotihoito",
            "Esbo hemvård",
            ("Kamreerintie 3", "Kamrersvägen 3"),
            "049",
            ("02770", "Espoo"),
            languages=["fi", "sv"],
            accessible=True,
            hours=OFFICE_HOURS,
            phone="+358 9 816 30000",
        ),
    ]
    voucher_b = {
        "kind": "palveluseteli",
        "value_cents": 3400,
        "self_share_cents": 1000,
        "unit": "hour",
    }
    doc["offerings"] += [
        _offering(
            "off-ll-homecare",
            "S-HOMECARE",
            "prov-ll",
            "loc-porvoo-homecare",
            ["unit-u6"],
            "self_produced",
            ["fi", "sv"],
            home_visits=True,
        ),
        _offering(
            "off-aurinko-homecare",
            "S-HOMECARE",
            "prov-aurinko",
            "loc-aurinko",
            ["unit-u6"],
            "voucher",
            ["fi"],
            home_visits=True,
            waiting_days=2,
        ),
        _offering(
            "off-omsorg-homecare",
            "S-HOMECARE",
            "prov-omsorg",
            "loc-omsorg",
            ["unit-u6"],
            "voucher",
            ["sv", "fi"],
            home_visits=True,
            waiting_days=4,
            voucher=voucher_b,
        ),
        _offering(
            "off-west-homecare",
            "S-HOMECARE",
            "prov-west",
            "loc-espoo-care",
            ["unit-u3"],
            "self_produced",
            ["fi", "sv"],
            home_visits=True,
        ),
        _offering(
            "off-ll-dental-oncall",
            "S-DENTAL-ONCALL",
            "prov-ll",
            None,
            ["unit-u6"],
            "self_produced",
            ["fi", "sv"],
        ),
        _offering(
            "off-hus-cardio",
            "S-CARDIO",
            "prov-hus",
            None,
            ["unit-u3", "unit-u4", "unit-u6"],
            "self_produced",
            ["fi", "sv"],
        ),
        _offering(
            "off-ll-youth",
            "S-YOUTH-MH",
            "prov-ll",
            None,
            ["unit-u6"],
            "self_produced",
            ["fi", "sv"],
        ),
        _offering(
            "off-west-rehab",
            "S-WEST-REHAB",
            "prov-west",
            "loc-espoo-care",
            ["unit-u3", "unit-u4"],
            "self_produced",
            ["fi", "sv"],
        ),
    ]
    return doc
