#!/usr/bin/env python3
"""Build the application's built-in default catalogue from the shared reference data.

Usage (from the repository root)::

    python tools/build_default_catalogue.py [--shared ../shared] [--out data/default-catalogue.json]

Reads the public reference data in ``<shared>/data`` (Statistics Finland classification keys as
packaged by geofi, and PTV service classes and general descriptions) and writes the catalogue in
the native format described in ``docs/catalogue-format.md``. Relative default paths are resolved
against the repository root, so the script can be run from anywhere.

The script is deterministic (same inputs give the same bytes), uses only the standard library and
never reaches the network. Everything curated by hand lives in the tables below: service verdicts
and translations, the Uusimaa regional units of the 2018 plan, former municipalities, laws, and
the clearly marked example providers and locations of Uusimaa.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from catalogue_places import PlacesError, build_health_stations

REPO = Path(__file__).resolve().parent.parent
LANGS = ("fi", "sv", "en")
VALID_FROM = "2023-01-01"  # the wellbeing services counties started on 1.1.2023

CATALOGUE_HEADER: dict[str, Any] = {
    "id": "fi.sote-navigator.default",
    "version": "2026.3",  # 2026.3: real health stations of 2019 (tools/catalogue_places.py)
    "publisher": "Sote Navigator project",
    "valid_from": "2026-01-01",
    # Records verified this many months ago or earlier are flagged as stale (core.freshness).
    "freshness_months": 24,
    "languages": ["fi", "sv", "en"],
    "names": [
        {"language": "fi", "value": "Sote-navigaattorin oletusluettelo", "type": "name"},
        {"language": "sv", "value": "Sote-navigatorns standardkatalog", "type": "name"},
        {"language": "en", "value": "Sote Navigator default catalogue", "type": "name"},
    ],
    "provenance": (
        "Municipalities, regions and wellbeing services counties 2026: Statistics Finland "
        "classification keys (CC BY 4.0) as packaged by rOpenGov/geofi (commit de9392bb, "
        "BSD-2-Clause). Service classes (ptvserclass2) and the 101 sote general descriptions: "
        "Suomi.fi Palvelutietovaranto (PTV) source, vrk-kpa/ptv-releases branch "
        "ptv-release-3_4 (commit 27723498, MIT, (c) Digital and Population Data Services "
        "Agency DVV). Derived by tools/build_default_catalogue.py: municipal codes zero-padded, "
        "v1 service classes mapped to ptvserclass2 by label, Swedish and English service names, "
        "summaries, keywords and service verdicts (level, access, choice, responsibility, "
        "eligibility, charge) curated by the Sote Navigator project "
        "to reflect the organisation of services since 1.1.2023. Regional units of Uusimaa "
        "follow the 2018 Uusimaa2019 plan. Providers, locations and offerings marked "
        "example=true are fictional demonstration data; the own-production providers of the "
        "organisers and HUS are real organisations, their location-independent offerings are "
        "real, their listed locations are examples. Health stations (locations named without "
        "'Esimerkki'/'Exempel'/'Example'): every public GP health station of mainland Finland "
        "in 2019, lavaste/health_station_closures (commit f3fa0644, MIT), coordinates geocoded "
        "from OpenStreetMap (c) OpenStreetMap contributors, ODbL 1.0; information from 2019, "
        "each record carries its source and date (tools/convert_places.py, data/README.md)."
    ),
}

LANGUAGE_STATUS = {"0": "fi", "1": "bilingual_fi", "2": "sv", "3": "bilingual_sv"}

ORGANISER_KIND = {"90": "city", "91": "autonomous_region"}  # others: wellbeing_services_county
ORGANISERS_OUTSIDE_REFORM = {"91"}
# Real business IDs of organisers, only where verified.
ORGANISER_BUSINESS_IDS = {"90": "0201256-6"}  # Helsingin kaupunki

# The six regional operating units of Uusimaa in the 2018 plan (seed 001), placed inside the
# organisers of today: (unit id, organiser code, unit code, names fi/sv/en, member municipalities).
UUSIMAA_UNITS: list[tuple[str, str, str, tuple[str, str, str], tuple[str, ...]]] = [
    ("ru-90", "90", "90", ("Helsinki", "Helsingfors", "Helsinki"), ("Helsinki",)),
    (
        "ru-04",
        "04",
        "04",
        ("Vantaa–Kerava", "Vanda–Kervo", "Vantaa–Kerava"),
        ("Vantaa", "Kerava"),
    ),
    (
        "ru-03a",
        "03",
        "03a",
        (
            "Espoo–Kirkkonummi–Kauniainen",
            "Esbo–Kyrkslätt–Grankulla",
            "Espoo–Kirkkonummi–Kauniainen",
        ),
        ("Espoo", "Kirkkonummi", "Kauniainen"),
    ),
    (
        "ru-03b",
        "03",
        "03b",
        ("Läntinen Uusimaa", "Västra Nyland", "Western Uusimaa"),
        ("Hanko", "Inkoo", "Karkkila", "Lohja", "Raasepori", "Siuntio", "Vihti"),
    ),
    (
        "ru-02",
        "02",
        "02",
        ("Keski-Uusimaa", "Mellersta Nyland", "Central Uusimaa"),
        ("Hyvinkää", "Järvenpää", "Mäntsälä", "Nurmijärvi", "Pornainen", "Tuusula"),
    ),
    (
        "ru-01",
        "01",
        "01",
        ("Itäinen Uusimaa", "Östra Nyland", "Eastern Uusimaa"),
        ("Askola", "Lapinjärvi", "Loviisa", "Myrskylä", "Porvoo", "Pukkila", "Sipoo"),
    ),
]
HUS_ORGANISERS = ("01", "02", "03", "04", "90")  # organisers whose specialised care HUS provides

# Municipalities merged into another one (code, names fi/sv/en, merged into (fi name), date).
# Only mergers whose old code is certain are listed.
FORMER_MUNICIPALITIES: list[tuple[str, tuple[str, str, str], str, str]] = [
    ("099", ("Honkajoki", "Honkajoki", "Honkajoki"), "Kankaanpää", "2021-01-01"),
    ("164", ("Jalasjärvi", "Jalasjärvi", "Jalasjärvi"), "Kurikka", "2016-01-01"),
    ("174", ("Juankoski", "Juankoski", "Juankoski"), "Kuopio", "2017-01-01"),
    ("283", ("Hämeenkoski", "Hämeenkoski", "Hämeenkoski"), "Hollola", "2016-01-01"),
    ("319", ("Köyliö", "Kjulo", "Köyliö"), "Säkylä", "2016-01-01"),
    ("413", ("Lavia", "Lavia", "Lavia"), "Pori", "2015-01-01"),
    ("442", ("Luvia", "Luvia", "Luvia"), "Eurajoki", "2017-01-01"),
    ("476", ("Maaninka", "Maaninka", "Maaninka"), "Kuopio", "2015-01-01"),
    ("532", ("Nastola", "Nastola", "Nastola"), "Lahti", "2016-01-01"),
    ("588", ("Pertunmaa", "Pertunmaa", "Pertunmaa"), "Mäntyharju", "2025-01-01"),
    ("838", ("Tarvasjoki", "Tarvasjoki", "Tarvasjoki"), "Lieto", "2015-01-01"),
    ("911", ("Valtimo", "Valtimo", "Valtimo"), "Nurmes", "2020-01-01"),
]

# v1 (ptvl) service class labels that were renamed in ptvserclass2: v1 label -> v2 label.
V1_LABEL_ALIASES = {
    "isyyden vahvistaminen": "isyyden ja äitiyden vahvistaminen",
    "työllistyjän taloudellinen tukeminen": "työllistyjän tukeminen",
}

FINLEX = "https://www.finlex.fi/fi/laki/ajantasa/{}"

# Laws by Finnish name: (Swedish name, English name, Finlex path "YYYY/YYYYNNNN").
LAWS: dict[str, tuple[str, str, str]] = {
    "Adoptiolaki": ("Adoptionslag", "Adoption Act", "2012/20120022"),
    "Avioliittolaki": ("Äktenskapslag", "Marriage Act", "1929/19290234"),
    "Elatustukilaki": ("Lag om underhållsstöd", "Child Maintenance Allowance Act", "2008/20080580"),
    "Erikoissairaanhoitolaki": (
        "Lag om specialiserad sjukvård",
        "Specialised Medical Care Act",
        "1989/19891062",
    ),
    "Kansanterveyslaki": ("Folkhälsolag", "Primary Health Care Act", "1972/19720066"),
    "Kuntalaki": ("Kommunallag", "Local Government Act", "2015/20150410"),
    "Laki ehkäisevän päihdetyön järjestämisestä": (
        "Lag om organisering av det förebyggande rusmedelsarbetet",
        "Act on Organising Substance Abuse Prevention",
        "2015/20150523",
    ),
    "Laki ikääntyneen väestön toimintakyvyn tukemisesta sekä iäkkäiden sosiaali- ja "
    "terveyspalveluista": (
        "Lag om stödjande av den äldre befolkningens funktionsförmåga och om social- och "
        "hälsovårdstjänster för äldre",
        "Act on Supporting the Functional Capacity of the Older Population and on Social and "
        "Health Care Services for Older Persons",
        "2012/20120980",
    ),
    "Laki korkeakouluopiskelijoiden opiskeluterveydenhuollosta": (
        "Lag om studerandehälsovård för högskolestuderande",
        "Act on Student Health Care for Higher Education Students",
        "2019/20190695",
    ),
    "Laki kotoutumisen edistämisestä": (
        "Lag om främjande av integration",
        "Act on the Promotion of Integration",
        "2023/20230681",
    ),
    "Laki kuntien kulttuuritoiminnasta": (
        "Lag om kommunernas kulturverksamhet",
        "Act on Cultural Activities in Local Government",
        "2019/20190166",
    ),
    "Laki kuntouttavasta työtoiminnasta": (
        "Lag om arbetsverksamhet i rehabiliteringssyfte",
        "Act on Rehabilitative Work Activity",
        "2001/20010189",
    ),
    "Laki lapsen elatuksesta": (
        "Lag om underhåll för barn",
        "Child Maintenance Act",
        "1975/19750704",
    ),
    "Laki omaishoidon tuesta": (
        "Lag om stöd för närståendevård",
        "Act on Support for Informal Care",
        "2005/20050937",
    ),
    "Laki potilaan asemasta ja oikeuksista": (
        "Lag om patientens ställning och rättigheter",
        "Act on the Status and Rights of Patients",
        "1992/19920785",
    ),
    "Laki potilasasiavastaavista ja sosiaaliasiavastaavista": (
        "Lag om patientombud och socialombud",
        "Act on Patient and Social Welfare Ombudsmen",
        "2023/20230739",
    ),
    "Laki rintamaveteraanien kuntoutuksesta": (
        "Lag om rehabilitering för frontveteraner",
        "Act on the Rehabilitation of Front-line Veterans",
        "1988/19881184",
    ),
    "Laki sosiaali- ja terveydenhuollon asiakasmaksuista": (
        "Lag om klientavgifter inom social- och hälsovården",
        "Act on Client Charges in Social Welfare and Health Care",
        "1992/19920734",
    ),
    "Laki sosiaali- ja terveydenhuollon asiakastietojen käsittelystä": (
        "Lag om behandling av klientuppgifter inom social- och hälsovården",
        "Act on the Processing of Client Data in Healthcare and Social Welfare",
        "2023/20230703",
    ),
    "Laki sosiaali- ja terveydenhuollon järjestämisestä": (
        "Lag om ordnandet av social- och hälsovård",
        "Act on Organising Healthcare and Social Welfare Services",
        "2021/20210612",
    ),
    "Laki sosiaali- ja terveydenhuollon palvelusetelistä": (
        "Lag om servicesedlar inom social- och hälsovården",
        "Act on Service Vouchers in Social Welfare and Health Care",
        "2009/20090569",
    ),
    "Laki sosiaalihuollon asiakkaan asemasta ja oikeuksista": (
        "Lag om klientens ställning och rättigheter inom socialvården",
        "Act on the Status and Rights of Social Welfare Clients",
        "2000/20000812",
    ),
    "Laki sosiaalisesta luototuksesta": (
        "Lag om social kreditgivning",
        "Act on Social Lending",
        "2002/20021133",
    ),
    "Laki valtion varoista maksettavasta korvauksesta turvakotipalvelujen tuottajalle": (
        "Lag om ersättning som betalas av statens medel till producenter av skyddshemstjänster",
        "Act on State Compensation to Providers of Shelter Services",
        "2014/20141354",
    ),
    "Laki vammaisten henkilöiden tulkkauspalveluista": (
        "Lag om tolkningstjänst för handikappade personer",
        "Act on Interpretation Services for Persons with Disabilities",
        "2010/20100133",
    ),
    "Laki yleisistä kirjastoista": (
        "Lag om allmänna bibliotek",
        "Public Libraries Act",
        "2016/20161492",
    ),
    "Lastensuojelulaki": ("Barnskyddslag", "Child Welfare Act", "2007/20070417"),
    "Liikuntalaki": ("Idrottslag", "Sports Act", "2015/20150390"),
    "Mielenterveyslaki": ("Mentalvårdslag", "Mental Health Act", "1990/19901116"),
    "Oppilas- ja opiskelijahuoltolaki": (
        "Lag om elev- och studerandevård",
        "Pupil and Student Welfare Act",
        "2013/20131287",
    ),
    "Perhehoitolaki": ("Familjevårdslag", "Family Care Act", "2015/20150263"),
    "Perusopetuslaki": ("Lag om grundläggande utbildning", "Basic Education Act", "1998/19980628"),
    "Päihdehuoltolaki": (
        "Lag om missbrukarvård",
        "Act on Welfare for Substance Abusers",
        "1986/19860041",
    ),
    "Sosiaali- ja terveysministeriön asetus kiireellisen hoidon perusteista ja päivystyksen "
    "erikoisalakohtaisista edellytyksistä": (
        "Social- och hälsovårdsministeriets förordning om grunderna för brådskande vård och om "
        "förutsättningarna för jour inom olika specialiteter",
        "Decree on the Criteria for Urgent Care and the Specialty-specific Conditions for "
        "Emergency Services",
        "2017/20170583",
    ),
    "Sosiaalihuoltolaki": ("Socialvårdslag", "Social Welfare Act", "2014/20141301"),
    "Tartuntatautilaki": (
        "Lag om smittsamma sjukdomar",
        "Communicable Diseases Act",
        "2016/20161227",
    ),
    "Terveydenhuoltolaki": ("Hälso- och sjukvårdslag", "Health Care Act", "2010/20101326"),
    "Tietosuojalaki": ("Dataskyddslag", "Data Protection Act", "2018/20181050"),
    "Työterveyshuoltolaki": (
        "Lag om företagshälsovård",
        "Occupational Health Care Act",
        "2001/20011383",
    ),
    "Vammaispalvelulaki": (
        "Lag om funktionshinderservice",
        "Disability Services Act",
        "2023/20230675",
    ),
    "Vanhemmuuslaki": ("Föräldraskapslag", "Parenthood Act", "2022/20220775"),
    "Varhaiskasvatuslaki": (
        "Lag om småbarnspedagogik",
        "Early Childhood Education and Care Act",
        "2018/20180540",
    ),
    "Valtioneuvoston asetus neuvolatoiminnasta, koulu- ja opiskelijaterveydenhuollosta sekä "
    "lasten ja nuorten ehkäisevästä suun terveydenhuollosta": (
        "Statsrådets förordning om rådgivningsverksamhet, skol- och studerandehälsovård samt "
        "förebyggande mun- och tandvård för barn och unga",
        "Government Decree on Maternity and Child Health Clinics, School and Student Health Care "
        "and Preventive Oral Health Care for Children and Young People",
        "2011/20110338",
    ),
    "Valtioneuvoston asetus seulonnoista": (
        "Statsrådets förordning om screeningar",
        "Government Decree on Screenings",
        "2011/20110339",
    ),
    "Valtioneuvoston asetus tartuntataudeista": (
        "Statsrådets förordning om smittsamma sjukdomar",
        "Government Decree on Communicable Diseases",
        "2017/20170146",
    ),
}

# Laws cited by the pre-2023 general descriptions that have since been repealed or replaced:
# source name -> names of the laws in force that replace it.
LAW_REPLACEMENTS: dict[str, tuple[str, ...]] = {
    "Asetus kiireellisen hoidon perusteista ja päivystyksen erikoisalakohtaisista edellytyksistä": (
        "Sosiaali- ja terveysministeriön asetus kiireellisen hoidon perusteista ja päivystyksen "
        "erikoisalakohtaisista edellytyksistä",
    ),
    "Asetus vammaisuuden perusteella järjestettävistä palveluista ja tukitoimista": (
        "Vammaispalvelulaki",
    ),
    "Henkilötietolaki": (
        "Tietosuojalaki",
        "Laki sosiaali- ja terveydenhuollon asiakastietojen käsittelystä",
    ),
    "Isyyslaki": ("Vanhemmuuslaki",),
    "Laki vammaisuuden perusteella järjestettävistä palveluista ja tukitoimista": (
        "Vammaispalvelulaki",
    ),
    "Tartuntatautiasetus": ("Valtioneuvoston asetus tartuntataudeista",),
}
# Same name, new act: the source links an act that a newer act of the same name replaced.
LAW_SAME_NAME_REPLACED = {
    "Laki kotoutumisen edistämisestä": "2010/20101386",
    "Tartuntatautilaki": "1986/19860583",
}

JARJESTAMISLAKI = "Laki sosiaali- ja terveydenhuollon järjestämisestä"
PALVELUSETELILAKI = "Laki sosiaali- ja terveydenhuollon palvelusetelistä"
VANHUSPALVELULAKI = (
    "Laki ikääntyneen väestön toimintakyvyn tukemisesta sekä iäkkäiden sosiaali- ja "
    "terveyspalveluista"
)

# Who organises the service today, ending every description (fi, sv, en). A service may name
# its own (note=...). The PTV descriptions were written before 2023: their sentences that say
# the municipality organises a county service are left out (see current_text).
ORGANISER_NOTES = {
    "county": (
        "Palvelun järjestää asukkaan hyvinvointialue, Helsingissä Helsingin kaupunki.",
        "Tjänsten ordnas av invånarens välfärdsområde, i Helsingfors av Helsingfors stad.",
        "The service is organised by the resident's wellbeing services county, in Helsinki by "
        "the City of Helsinki.",
    ),
    "municipality": (
        "Palvelun järjestää asukkaan kotikunta.",
        "Tjänsten ordnas av invånarens hemkommun.",
        "The service is organised by the resident's home municipality.",
    ),
}
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


# ---------------------------------------------------------------------------------------------
# Services: the curated verdicts. One entry per PTV general description (id = ReferenceCode),
# plus curated county services without a general description (SN-...) and the municipal services
# named in the seeds (KUNTA-...). Text triples are (fi, sv, en); keywords are comma-separated.
# ---------------------------------------------------------------------------------------------


def voucher(unit: str) -> dict[str, Any]:
    """A palveluseteli (service voucher) in use. Its value and the client's self-share are each
    organiser's decision: not known (None) unless an organiser published them (see
    published_vouchers, from data/fee-tables.json)."""
    return {
        "kind": "palveluseteli",
        "value_cents": None,
        "self_share_cents": None,
        "unit": unit,
    }


def svc(sid: str, **fields: Any) -> dict[str, Any]:
    defaults: dict[str, Any] = {
        "fi": None,  # Finnish name; taken from PTV for SOTE-... services
        "alt": None,  # alternative names (fi, sv, en)
        "choice": "own_unit",
        "responsibility": "county",
        "min_age": None,
        "max_age": None,
        "residence": True,
        "voucher": None,
        "tg": (),  # extra target groups
        "groups": (),  # client groups the service is for (sote_navigator.core.client_groups)
        "classes": (),  # extra ptvserclass2 codes
        "laws": (),  # extra laws (Finnish names)
        "own_production": True,  # every organiser's own production offers it
        "hus": False,  # in Uusimaa produced by HUS instead of the organisers
        "organisers": None,  # only these organisers offer it (None = all in the reform)
        "note": None,  # who organises it (fi, sv, en); None: ORGANISER_NOTES[responsibility]
    }
    unknown = (
        set(fields)
        - set(defaults)
        - {
            "sv",
            "en",
            "summary",
            "kw",
            "level",
            "access",
            "charge",
        }
    )
    if unknown:
        raise ValueError(f"{sid}: unknown fields {sorted(unknown)}")
    return {"id": sid, **defaults, **fields}


HOME_CARE_VOUCHER = voucher("hour")

SERVICES: list[dict[str, Any]] = [
    svc(
        "SOTE-0001",
        sv="Socialjour",
        en="Emergency social services",
        summary=(
            "Kiireellinen sosiaalihuollon apu ympäri vuorokauden esimerkiksi kriisi-, "
            "perheväkivalta- ja lastensuojelutilanteissa.",
            "Brådskande hjälp inom socialvården dygnet runt, till exempel vid kriser, våld i "
            "familjen och barnskyddsärenden.",
            "Urgent social welfare help around the clock, for example in crises, domestic "
            "violence and child welfare situations.",
        ),
        kw=(
            "sosiaalipäivystys, sosiaalihätä, kriisi, perheväkivalta, hätämajoitus",
            "socialjour, kris, våld i familjen, nödinkvartering",
            "social emergency, crisis, domestic violence, emergency accommodation",
        ),
        level="centralised",
        access="direct",
        charge="free",
        residence=False,
    ),
    svc(
        "SOTE-0002",
        sv="Barnskyddsjour",
        en="Emergency child welfare services",
        summary=(
            "Ympärivuorokautinen päivystys, kun lapsen tai perheen tilanne vaatii kiireellistä "
            "puuttumista.",
            "Jour dygnet runt när ett barns eller en familjs situation kräver att man ingriper "
            "brådskande.",
            "Round-the-clock service when a child's or family's situation requires urgent "
            "intervention.",
        ),
        kw=(
            "lastensuojelun päivystys, lastensuojelu, lapsi vaarassa, lastensuojeluilmoitus",
            "barnskyddsjour, barnskydd, barnskyddsanmälan, barn i fara",
            "child protection emergency, child welfare, child at risk, child protection report",
        ),
        level="centralised",
        access="direct",
        charge="free",
        residence=False,
    ),
    svc(
        "SOTE-0003",
        sv="Läkarjour",
        en="Emergency medical care",
        summary=(
            (
                "Kiireellinen hoito äkilliseen sairauteen tai vammaan ympäri vuorokauden; "
                "hätätilanteessa 112, muuten useimmilla alueilla ensin Päivystysapu 116117."
            ),
            (
                "Brådskande vård vid plötslig sjukdom eller skada dygnet runt; ring 112 i "
                "nödsituationer, annars i de flesta områden först Jourhjälpen 116117."
            ),
            (
                "Urgent care for sudden illness or injury around the clock; in an emergency call "
                "112, otherwise in most regions first the Medical Helpline 116117."
            ),
        ),
        kw=(
            "päivystys, yhteispäivystys, lääkäripäivystys, ensiapu, akuutti, 116117",
            "jour, samjour, akutmottagning, läkarjour, första hjälpen, 116117",
            "emergency, emergency department, A&E, ER, urgent care, on-call doctor, 116117",
        ),
        level="centralised",
        access="direct",
        charge="charged",
        residence=False,
    ),
    svc(
        "SOTE-0004",
        sv="Tandvårdsjour",
        en="Emergency dental care",
        summary=(
            "Kiireellinen suun ja hampaiden hoito esimerkiksi hammastapaturmissa, äkillisessä "
            "turvotuksessa tai tulehduksessa; öisin yhteispäivystyksessä.",
            "Brådskande mun- och tandvård, till exempel vid tandolycksfall, plötslig svullnad "
            "eller infektion; nattetid på samjouren.",
            "Urgent oral and dental care, for example for dental injuries, sudden swelling or "
            "infection; at night at the joint emergency service.",
        ),
        kw=(
            "hammaspäivystys, hammassärky, särky, hammastapaturma, hammaslääkäri, kiireellinen",
            "tandjour, tandvärk, tandolycksfall, akut tandvård, tandläkare",
            "emergency dentist, toothache, dental emergency, dental injury, dentist",
        ),
        level="centralised",
        access="direct",
        charge="charged",
        residence=False,
    ),
    svc(
        "SOTE-0005",
        sv="Psykiatrisk jour",
        en="Psychiatric emergency services",
        summary=(
            "Kiireellinen apu äkillisissä mielenterveyden kriiseissä ja sairauksissa ympäri "
            "vuorokauden sairaalan tai yhteispäivystyksen yhteydessä.",
            "Brådskande hjälp vid akuta psykiska kriser och sjukdomar dygnet runt vid sjukhus "
            "eller samjour.",
            "Urgent help in acute mental health crises and illnesses around the clock at a "
            "hospital or joint emergency department.",
        ),
        kw=(
            "psykiatrinen päivystys, mielenterveyskriisi, itsetuhoisuus, psykoosi, kriisipäivystys",
            "psykiatrisk jour, psykisk kris, självmordstankar, psykos",
            "psychiatric emergency, mental health crisis, suicidal, psychosis",
        ),
        level="special",
        access="direct",
        charge="charged",
        residence=False,
        hus=True,
    ),
    svc(
        "SOTE-0006",
        sv="Barnpsykiatrisk jour",
        en="Child psychiatric emergency services",
        summary=(
            "Kiireellinen psykiatrinen hoito alle 13-vuotiaalle; huoltaja soittaa ensin "
            "päivystyksen puhelinneuvontaan.",
            "Brådskande psykiatrisk vård för barn under 13 år; vårdnadshavaren ringer först "
            "jourens telefonrådgivning.",
            "Urgent psychiatric care for children under 13; the guardian first calls the "
            "emergency telephone advice service.",
        ),
        kw=(
            "lastenpsykiatria, lapsen mielenterveys, lastenpsykiatrinen päivystys",
            "barnpsykiatri, barnets psykiska hälsa, barnpsykiatrisk jour",
            "child psychiatry, child mental health, child psychiatric emergency",
        ),
        level="special",
        access="direct",
        charge="free",
        max_age=12,
        residence=False,
        tg=("KR1.2",),
        hus=True,
    ),
    svc(
        "SOTE-0007",
        sv="Ungdomspsykiatrisk jour",
        en="Adolescent psychiatric emergency services",
        summary=(
            "Kiireellinen psykiatrinen hoito 13–17-vuotiaalle; nuori tai huoltaja soittaa "
            "ensin päivystyksen puhelinneuvontaan.",
            "Brådskande psykiatrisk vård för unga i åldern 13–17; den unga eller "
            "vårdnadshavaren ringer först jourens telefonrådgivning.",
            "Urgent psychiatric care for young people aged 13–17; the young person or guardian "
            "first calls the emergency telephone advice service.",
        ),
        kw=(
            "nuorisopsykiatria, nuoren mielenterveys, nuorisopsykiatrinen päivystys",
            "ungdomspsykiatri, ungas psykiska hälsa, ungdomspsykiatrisk jour",
            "adolescent psychiatry, youth mental health, adolescent psychiatric emergency",
        ),
        level="special",
        access="direct",
        charge="free",
        min_age=13,
        max_age=17,
        residence=False,
        hus=True,
    ),
    svc(
        "SOTE-0008",
        sv="Skyddshem",
        en="Shelters for victims of domestic violence",
        summary=(
            "Maksuton ja ympärivuorokautinen turvapaikka ja kriisiapu lähisuhdeväkivallan tai "
            "sen uhan vuoksi; ei vaadi lähetettä eikä kotikuntaa.",
            "Avgiftsfritt skydd och krishjälp dygnet runt vid våld eller hot om våld i nära "
            "relationer; kräver varken remiss eller hemkommun.",
            "Free round-the-clock shelter and crisis help because of domestic violence or its "
            "threat; no referral or home municipality required.",
        ),
        kw=(
            "turvakoti, lähisuhdeväkivalta, perheväkivalta, väkivalta, turvapaikka",
            "skyddshem, våld i nära relationer, våld i familjen",
            "shelter, women's shelter, domestic violence, safe house",
        ),
        level="centralised",
        access="direct",
        charge="free",
        residence=False,
        own_production=False,  # THL funds and steers the shelters; most are run by NGOs
        note=(
            "Turvakotipalvelujen järjestämisestä vastaa ja niitä rahoittaa Terveyden ja "
            "hyvinvoinnin laitos; turvakoteja ylläpitävät järjestöt ja eräät hyvinvointialueet.",
            "Institutet för hälsa och välfärd ansvarar för och finansierar skyddshemstjänsterna; "
            "skyddshemmen drivs av organisationer och vissa välfärdsområden.",
            "The Finnish Institute for Health and Welfare is responsible for and funds shelter "
            "services; shelters are run by organisations and some wellbeing services counties.",
        ),
    ),
    svc(
        "SOTE-0009",
        sv="Rådgivning om social- och hälsovårdstjänster",
        en="Advice on social and health services",
        summary=(
            "Neuvontaa siitä, mitä sosiaali- ja terveyspalveluja on tarjolla ja miten niihin "
            "hakeudutaan; neuvoja ei tee päätöksiä.",
            "Rådgivning om vilka social- och hälsovårdstjänster som finns och hur man söker sig "
            "till dem; rådgivaren fattar inga beslut.",
            "Advice on which social and health services are available and how to access them; "
            "advisers do not make decisions.",
        ),
        kw=(
            "neuvonta, palveluneuvonta, asiakasohjaus, palveluohjaus, sote-neuvonta",
            "rådgivning, servicehandledning, klienthandledning",
            "advice, information, service guidance, helpdesk",
        ),
        level="basic_local",
        access="direct",
        charge="free",
        residence=False,
    ),
    svc(
        "SOTE-0010",
        alt=("Potilasasiavastaava", "Patientombud", "Patient ombudsman"),
        sv="Patientombudsman",
        en="Patient ombudsman",
        summary=(
            "Potilasasiavastaava (ent. potilasasiamies) neuvoo maksutta potilaan oikeuksissa ja "
            "auttaa muistutuksen tekemisessä.",
            "Patientombudet ger avgiftsfri rådgivning om patientens rättigheter och hjälper till "
            "att göra en anmärkning.",
            "The patient ombudsman gives free advice on patients' rights and helps in making a "
            "complaint (muistutus).",
        ),
        kw=(
            "potilasasiamies, potilasasiavastaava, muistutus, valitus, potilasvahinko",
            "patientombudsman, patientombud, anmärkning, klagomål, patientskada",
            "patient ombudsman, complaint, patient rights, patient injury",
        ),
        level="support",
        access="direct",
        charge="free",
        residence=False,
        laws=("Laki potilasasiavastaavista ja sosiaaliasiavastaavista",),
    ),
    svc(
        "SOTE-0011",
        alt=("Sosiaaliasiavastaava", "Socialombud", "Social welfare ombudsman"),
        sv="Socialombudsman",
        en="Social welfare ombudsman",
        summary=(
            "Sosiaaliasiavastaava (ent. sosiaaliasiamies) neuvoo sosiaalihuollon asiakkaita "
            "heidän oikeuksistaan ja auttaa muistutuksen tekemisessä.",
            "Socialombudet ger klienter inom socialvården råd om deras rättigheter och hjälper "
            "till att göra en anmärkning.",
            "The social welfare ombudsman advises social welfare clients on their rights and "
            "helps in making a complaint.",
        ),
        kw=(
            "sosiaaliasiamies, sosiaaliasiavastaava, muistutus, oikeusturva, valitus",
            "socialombudsman, socialombud, anmärkning, rättsskydd",
            "social ombudsman, complaint, client rights",
        ),
        level="support",
        access="direct",
        charge="free",
        residence=False,
        laws=("Laki potilasasiavastaavista ja sosiaaliasiavastaavista",),
    ),
    svc(
        "SOTE-0012",
        sv="Familjearbete",
        en="Family work",
        summary=(
            "Lapsiperheen arjen ja vanhemmuuden tukea kotona tai perhekeskuksessa; myönnetään "
            "palvelutarpeen arvioinnin perusteella.",
            "Stöd för barnfamiljens vardag och föräldraskap i hemmet eller på familjecentralen; "
            "beviljas efter en bedömning av servicebehovet.",
            "Support for the everyday life and parenting of families with children, at home or "
            "at a family centre; granted after a service-need assessment.",
        ),
        kw=(
            "perhetyö, vanhemmuus, lapsiperhe, perhekeskus, arjen tuki",
            "familjearbete, föräldraskap, barnfamilj, familjecentral",
            "family work, parenting support, family support, family centre",
        ),
        level="basic_local",
        access="assessment_decision",
        charge="free",
        tg=("KR1.2",),
        groups=("families",),
    ),
    svc(
        "SOTE-0013",
        sv="Servicehandledning för långtidssjuka",
        en="Service guidance for people with long-term illnesses",
        summary=(
            "Neuvontaa ja ohjausta pitkäaikaissairaille palveluista ja tukien hakemisesta.",
            "Rådgivning och handledning för långtidssjuka om tjänster och om hur man ansöker om "
            "stöd.",
            "Advice and guidance for people with long-term illnesses on services and on "
            "applying for benefits.",
        ),
        kw=(
            "palveluohjaus, pitkäaikaissairaus, krooninen sairaus, neuvonta",
            "servicehandledning, långvarig sjukdom, kronisk sjukdom",
            "service guidance, long-term illness, chronic illness",
        ),
        level="basic_local",
        access="direct",
        charge="free",
    ),
    svc(
        "SOTE-0014",
        sv="Servicehandledning för äldre",
        en="Service guidance for older people",
        summary=(
            "Neuvontaa ikääntyville ja läheisille kotiin saatavista palveluista, asumisesta ja "
            "tuista, esimerkiksi seniorineuvonnassa.",
            "Rådgivning för äldre och deras närstående om tjänster i hemmet, boende och stöd, "
            "till exempel i seniorrådgivningen.",
            "Advice for older people and their families on services at home, housing and "
            "benefits, for example through the senior advice service.",
        ),
        kw=(
            "seniorineuvonta, ikäihmiset, vanhus, palveluohjaus, asiakasohjaus, vanhuspalvelut",
            "seniorrådgivning, äldre, äldreomsorg, servicehandledning",
            "senior advice, older people, elderly, service guidance, elderly care",
        ),
        level="basic_local",
        access="direct",
        charge="free",
        laws=(VANHUSPALVELULAKI,),
        groups=("older_people",),
    ),
    svc(
        "SOTE-0015",
        sv="Servicehandledning för personer med missbruksproblem",
        en="Service guidance for people with substance use problems",
        summary=(
            "Neuvontaa päihteitä käyttäville ja läheisille katkaisu- ja kuntoutuspalveluista "
            "ja niihin hakeutumisesta.",
            "Rådgivning för personer som använder rusmedel och deras närstående om avgiftning "
            "och rehabilitering och om hur man söker sig dit.",
            "Advice for people who use substances and their families on detoxification and "
            "rehabilitation services and how to access them.",
        ),
        kw=(
            "päihteet, alkoholi, huumeet, päihdepalvelut, A-klinikka, riippuvuus",
            "missbruk, alkohol, droger, missbrukarvård, beroende",
            "substance use, alcohol, drugs, addiction services, addiction",
        ),
        level="basic_local",
        access="direct",
        charge="free",
    ),
    svc(
        "SOTE-0016",
        sv="Servicehandledning för barn",
        en="Service guidance for children",
        summary=(
            "Neuvontaa alle 13-vuotiaan lapsen perheelle palveluista esimerkiksi terveys-, "
            "kehitys-, perhe- tai koulupulmissa.",
            "Rådgivning för familjer med barn under 13 år om tjänster vid till exempel hälso-, "
            "utvecklings-, familje- eller skolproblem.",
            "Advice for families of children under 13 on services for health, development, "
            "family or school problems.",
        ),
        kw=(
            "lapsiperhe, lapsen palvelut, palveluohjaus, perheneuvonta",
            "barnfamilj, tjänster för barn, servicehandledning",
            "children, family, service guidance",
        ),
        level="basic_local",
        access="direct",
        charge="free",
        max_age=12,
    ),
    svc(
        "SOTE-0017",
        sv="Servicehandledning för unga",
        en="Service guidance for young people",
        summary=(
            "Neuvontaa 13–17-vuotiaalle nuorelle ja perheelle palveluista terveys-, perhe-, "
            "kaveri- tai koulupulmissa.",
            "Rådgivning för unga i åldern 13–17 och deras familjer om tjänster vid hälso-, "
            "familje-, kamrat- eller skolproblem.",
            "Advice for young people aged 13–17 and their families on services for health, "
            "family, friendship or school problems.",
        ),
        kw=(
            "nuoret, nuoren palvelut, palveluohjaus, nuorten neuvonta",
            "unga, ungdomar, servicehandledning",
            "young people, youth, teenagers, service guidance",
        ),
        level="basic_local",
        access="direct",
        charge="free",
        min_age=13,
        max_age=17,
    ),
    svc(
        "SOTE-0018",
        sv="Servicehandledning för rehabiliteringsklienter inom mentalvården",
        en="Service guidance for people recovering from mental illness",
        summary=(
            "Neuvontaa mielenterveyskuntoutujille ja läheisille sosiaali- ja terveyspalveluista "
            "ja niihin hakeutumisesta.",
            "Rådgivning för rehabiliteringsklienter inom mentalvården och deras närstående om "
            "social- och hälsovårdstjänster.",
            "Advice for people recovering from mental illness and their families on social and "
            "health services.",
        ),
        kw=(
            "mielenterveyskuntoutuja, mielenterveys, palveluohjaus",
            "mental hälsa, rehabilitering, servicehandledning",
            "mental health recovery, mental health, service guidance",
        ),
        level="basic_local",
        access="direct",
        charge="free",
    ),
    svc(
        "SOTE-0019",
        sv="Servicehandledning för invandrare",
        en="Service guidance for immigrants",
        summary=(
            (
                "Kunnan kotoutumispalvelut neuvovat maahanmuuttajia asumisessa, opiskelussa ja "
                "työssä; sosiaali- ja terveyspalveluihin ohjaa hyvinvointialue."
            ),
            (
                "Kommunens integrationstjänster ger invandrare råd om boende, studier och arbete; "
                "till social- och hälsovård hänvisar välfärdsområdet."
            ),
            (
                "The municipality's integration services advise immigrants on housing, studies and "
                "work; the county guides them to social and health services."
            ),
        ),
        kw=(
            "maahanmuuttaja, kotoutuminen, pakolainen, alkukartoitus, kotoutumissuunnitelma",
            "invandrare, integration, flykting, inledande kartläggning",
            "immigrant, integration, refugee, initial assessment",
        ),
        level="basic_local",
        access="direct",
        charge="free",
        responsibility="municipality",  # integration services are municipal since 1.1.2025
    ),
    svc(
        "SOTE-0020",
        sv="Servicehandledning för arbetslösa",
        en="Service guidance for unemployed people",
        summary=(
            "Neuvontaa työttömille terveyteen, työkykyyn ja kuntoutukseen liittyvissä asioissa; "
            "työnhaussa auttavat kunnan työllisyyspalvelut.",
            "Rådgivning för arbetslösa om hälsa, arbetsförmåga och rehabilitering; i "
            "jobbsökningen hjälper kommunens sysselsättningstjänster.",
            "Advice for unemployed people on health, work ability and rehabilitation; municipal "
            "employment services help with job seeking.",
        ),
        kw=(
            "työtön, työttömyys, työkyky, palveluohjaus, työkykykoordinaattori",
            "arbetslös, arbetslöshet, arbetsförmåga, servicehandledning",
            "unemployed, unemployment, work ability, service guidance",
        ),
        level="basic_local",
        access="direct",
        charge="free",
        groups=("unemployed",),
    ),
    svc(
        "SOTE-0021",
        sv="Servicehandledning för personer med funktionsnedsättning",
        en="Service guidance for persons with disabilities",
        summary=(
            "Neuvontaa vammaisille henkilöille ja läheisille vammaispalveluista, asumisesta, "
            "työstä ja tuista.",
            "Rådgivning för personer med funktionsnedsättning och deras närstående om "
            "funktionshinderservice, boende, arbete och stöd.",
            "Advice for persons with disabilities and their families on disability services, "
            "housing, work and benefits.",
        ),
        kw=(
            "vammaispalvelut, vammainen, kehitysvamma, palveluohjaus, vammaisneuvonta",
            "funktionshinderservice, funktionsnedsättning, handikappservice, servicehandledning",
            "disability services, disabled, intellectual disability, service guidance",
        ),
        level="basic_local",
        access="direct",
        charge="free",
    ),
    svc(
        "SOTE-0022",
        sv="Servicehandledning för bostadslösa",
        en="Service guidance for homeless people",
        summary=(
            "Neuvontaa asunnottomille ja asunnottomuuden uhkaamille; tilanne kartoitetaan ja "
            "asiakas ohjataan asumis- ja muihin palveluihin.",
            "Rådgivning för bostadslösa och personer som hotas av bostadslöshet; situationen "
            "kartläggs och klienten hänvisas till boende- och andra tjänster.",
            "Advice for homeless people and those at risk of homelessness; the situation is "
            "assessed and the client is guided to housing and other services.",
        ),
        kw=(
            "asunnoton, asunnottomuus, häätö, asumisneuvonta, hätämajoitus",
            "bostadslös, vräkning, boenderådgivning",
            "homeless, homelessness, eviction, housing advice",
        ),
        level="basic_local",
        access="direct",
        charge="free",
    ),
    svc(
        "SOTE-0023",
        sv="Bedömning av servicebehovet inom socialvården",
        en="Assessment of the need for social services",
        summary=(
            "Palvelutarpeen arviointi, jolla sosiaalihuollon asiakkuus alkaa: selvitetään "
            "yhdessä asiakkaan kanssa, mitä palveluja hän tarvitsee.",
            "Bedömning av servicebehovet som inleder klientskapet inom socialvården: man utreder "
            "tillsammans med klienten vilka tjänster hen behöver.",
            "Service-need assessment that starts a social welfare client relationship: the "
            "services the client needs are assessed together with the client.",
        ),
        kw=(
            "palvelutarpeen arviointi, sosiaalityö, sosiaaliohjaus, sosiaalitoimisto, sossu",
            "bedömning av servicebehov, socialarbete, socialhandledning, socialbyrå",
            "service needs assessment, social work, social worker, social services office",
        ),
        level="basic_local",
        access="direct",
        charge="free",
    ),
    svc(
        "SOTE-0024",
        sv="Rådgivning om egenvård",
        en="Self-care guidance",
        summary=(
            "Ammattilaisen tuki omahoitoon: neuvontaa lääkityksestä, ravinnosta, hoitovälineistä "
            "ja omatoimisesta kuntoutuksesta.",
            "Stöd för egenvård av yrkesutbildade: råd om medicinering, kost, vårdredskap och egen "
            "rehabilitering.",
            "Professional support for self-care: advice on medication, diet, care equipment and "
            "self-directed rehabilitation.",
        ),
        kw=(
            "omahoito, itsehoito, pitkäaikaissairaus, diabetes, verenpaine",
            "egenvård, självvård, långvarig sjukdom, diabetes",
            "self-care, self-management, chronic illness, diabetes",
        ),
        level="basic_local",
        access="direct",
        charge="free",
    ),
    svc(
        "SOTE-0025",
        sv="Vaccinationer",
        en="Vaccination services",
        summary=(
            "Kansallisen rokotusohjelman maksuttomat rokotukset: lapset neuvolassa, koululaiset "
            "kouluterveydenhuollossa ja aikuiset terveysasemalla.",
            (
                "Avgiftsfria vaccinationer i det nationella programmet: barn på rådgivningen, "
                "skolelever inom skolhälsovården och vuxna på hälsostationen."
            ),
            (
                "Free vaccinations of the national programme: children at the child health clinic, "
                "pupils in school health care and adults at the health centre."
            ),
        ),
        kw=(
            "rokotus, rokote, influenssarokote, koronarokote, jäykkäkouristus, rokotusohjelma",
            "vaccination, vaccin, influensavaccin, stelkramp, vaccinationsprogram",
            "vaccination, vaccine, flu shot, tetanus, vaccination programme",
        ),
        level="basic_local",
        access="direct",
        charge="free",
    ),
    svc(
        "SOTE-0026",
        sv="Mödrarådgivningstjänster",
        en="Maternity clinic services",
        summary=(
            "Raskauden ja odottavan perheen terveyden seuranta neuvolassa raskauden alusta "
            "synnytyksen jälkeiseen aikaan.",
            "Uppföljning av graviditeten och den väntande familjens hälsa på rådgivningen från "
            "graviditetens början till tiden efter förlossningen.",
            "Monitoring of the pregnancy and the health of the expecting family at the "
            "maternity clinic, from early pregnancy until after the birth.",
        ),
        kw=(
            "äitiysneuvola, neuvola, raskaus, raskaana, odottava äiti, terveydenhoitaja",
            "mödrarådgivning, rådgivning, graviditet, gravid, hälsovårdare",
            "maternity clinic, antenatal care, prenatal care, pregnancy, pregnant",
        ),
        level="basic_local",
        access="direct",
        charge="free",
        tg=("KR1.2",),
        groups=("expecting",),
    ),
    svc(
        "SOTE-0027",
        sv="Barnrådgivningstjänster",
        en="Child health clinic services",
        summary=(
            "Alle kouluikäisen lapsen terveyden, kasvun ja kehityksen seuranta sekä vanhemmuuden "
            "tuki neuvolassa.",
            "Uppföljning av hälsa, tillväxt och utveckling hos barn under skolåldern samt stöd "
            "för föräldraskapet på rådgivningen.",
            "Monitoring of the health, growth and development of children under school age and "
            "support for parenting at the child health clinic.",
        ),
        kw=(
            "lastenneuvola, neuvola, vauva, vastasyntynyt, terveydenhoitaja, neuvolakäynti",
            "barnrådgivning, rådgivning, bebis, nyfödd, hälsovårdare",
            "child health clinic, baby clinic, well-baby check, newborn, health visitor",
        ),
        level="basic_local",
        access="direct",
        charge="free",
        tg=("KR1.2",),
        groups=("young_children",),
    ),
    svc(
        "SOTE-0028",
        sv="Familjeplanering och preventivmedelsrådgivning",
        en="Family planning and contraception counselling",
        summary=(
            "Maksutonta ehkäisy- ja perhesuunnitteluneuvontaa sekä muita seksuaali- ja "
            "lisääntymisterveyden palveluja.",
            "Avgiftsfri rådgivning om preventivmedel och familjeplanering samt andra tjänster "
            "för sexuell och reproduktiv hälsa.",
            "Free contraception and family planning counselling and other sexual and "
            "reproductive health services.",
        ),
        kw=(
            "ehkäisy, ehkäisyneuvola, ehkäisyneuvonta, e-pilleri, seksuaaliterveys",
            "preventivmedel, p-piller, preventivmedelsrådgivning, sexuell hälsa",
            "contraception, birth control, the pill, sexual health",
        ),
        level="basic_local",
        access="direct",
        charge="free",
    ),
    svc(
        "SOTE-0029",
        sv="Familjerådgivningens tjänster",
        en="Family counselling clinic services",
        summary=(
            "Tukea lapsen kasvuun, kehitykseen ja perheen vuorovaikutukseen liittyvissä "
            "huolissa; maksuton ja luottamuksellinen, ei lähetettä.",
            "Stöd vid oro för barnets uppväxt, utveckling och familjens samspel; avgiftsfritt "
            "och konfidentiellt, ingen remiss behövs.",
            "Support with concerns about a child's growth, development and family "
            "relationships; free and confidential, no referral needed.",
        ),
        kw=(
            "perheneuvola, kasvatusneuvola, lapsen käytös, perheterapia, eroauttaminen",
            "familjerådgivning, uppfostringsrådgivning, familjeterapi",
            "family counselling, child guidance, child behaviour, family therapy",
        ),
        level="basic_regional",
        access="direct",
        charge="free",
        groups=("families",),
    ),
    svc(
        "SOTE-0030",
        sv="Läkarintyg",
        en="Health certificates",
        summary=(
            "Lääkärin terveystodistukset ja lausunnot esimerkiksi ajokorttia, työtä tai "
            "vakuutusta varten; yleensä maksullinen.",
            "Läkarintyg och utlåtanden, till exempel för körkort, arbete eller försäkring; "
            "vanligen avgiftsbelagt.",
            "Medical certificates and statements, for example for a driving licence, work or "
            "insurance; usually charged.",
        ),
        kw=(
            "terveystodistus, lääkärintodistus, ajokorttitodistus, lausunto",
            "läkarintyg, hälsointyg, körkortsintyg, utlåtande",
            "medical certificate, health certificate, driving licence certificate",
        ),
        level="basic_local",
        access="direct",
        charge="charged",
    ),
    svc(
        "SOTE-0031",
        sv="Hälsoundersökningar för personer i arbetsför ålder",
        en="Health check-ups for working-age people",
        summary=(
            "Työikäisten terveystarkastukset terveysasemalla: mittaukset, laboratoriokokeet ja "
            "keskustelu terveydestä ja elintavoista.",
            "Hälsoundersökningar för personer i arbetsför ålder på hälsostationen: mätningar, "
            "laboratorieprov och samtal om hälsa och levnadsvanor.",
            "Health check-ups for working-age people at the health centre: measurements, "
            "laboratory tests and a discussion of health and lifestyle.",
        ),
        kw=(
            "terveystarkastus, terveyskeskus, verenpaine, kolesteroli",
            "hälsoundersökning, hälsokontroll, blodtryck",
            "health check, check-up, blood pressure",
        ),
        level="basic_local",
        access="direct",
        charge="free",
    ),
    svc(
        "SOTE-0032",
        sv="Hälsoundersökningar för arbetslösa",
        en="Health check-ups for unemployed people",
        summary=(
            "Maksuton terveystarkastus työttömälle; samalla arvioidaan työkykyä ja kuntoutuksen "
            "tarvetta.",
            "Avgiftsfri hälsoundersökning för arbetslösa; samtidigt bedöms arbetsförmågan och "
            "rehabiliteringsbehovet.",
            "Free health check-up for unemployed people, including an assessment of work "
            "ability and rehabilitation needs.",
        ),
        kw=(
            "työttömän terveystarkastus, työtön, työkyky",
            "hälsoundersökning för arbetslösa, arbetslös, arbetsförmåga",
            "health check for the unemployed, unemployed, work ability",
        ),
        level="basic_local",
        access="direct",
        charge="free",
        groups=("unemployed",),
    ),
    svc(
        "SOTE-0033",
        sv="Hälsoundersökningar i olika åldrar",
        en="Age-specific health examinations",
        summary=(
            "Määräaikaiset laajat terveystarkastukset neuvolassa, koulussa ja "
            "opiskeluterveydenhuollossa kunkin ikävaiheen tarpeiden mukaan.",
            "Periodiska omfattande hälsoundersökningar på rådgivningen, i skolan och inom "
            "studerandehälsovården enligt behoven i varje ålder.",
            "Periodic comprehensive health examinations at child health clinics, schools and in "
            "student health care according to each stage of life.",
        ),
        kw=(
            "laaja terveystarkastus, ikäkausitarkastus, neuvola, kouluterveydenhoitaja",
            "omfattande hälsoundersökning, åldersgruppsundersökning, rådgivning",
            "comprehensive health examination, age-specific check-up",
        ),
        level="basic_local",
        access="direct",
        charge="free",
    ),
    svc(
        "SOTE-0034",
        sv="Hälsoundersökningar för äldre",
        en="Health check-ups for older people",
        summary=(
            "Terveystarkastus, kun terveys tai toimintakyky heikkenee ikääntymisen vuoksi; "
            "samalla arvioidaan muistia ja kotona pärjäämistä.",
            "Hälsoundersökning när hälsan eller funktionsförmågan försämras med åldern; samtidigt "
            "bedöms minnet och förmågan att klara sig hemma.",
            "Health check-up when health or functional capacity declines with age, including "
            "memory and coping at home.",
        ),
        kw=(
            "ikäihmiset, hyvinvointitarkastus, muistitesti, toimintakyky, seniori",
            "äldre, hälsoundersökning, minnestest, funktionsförmåga",
            "older people, senior health check, memory test, functional capacity",
        ),
        level="basic_local",
        access="direct",
        charge="free",
        laws=(VANHUSPALVELULAKI,),
        groups=("older_people",),
    ),
    svc(
        "SOTE-0035",
        sv="Mottagning hos läkare eller skötare",
        en="Doctor's or nurse's appointment",
        summary=(
            "Terveysaseman (sote-keskuksen) lääkärin ja hoitajan vastaanotto sairauksien "
            "tutkimukseen ja hoitoon; terveysaseman voi valita.",
            "Läkar- och skötarmottagning på hälsostationen (social- och hälsocentralen) för "
            "undersökning och vård av sjukdomar; man kan välja hälsostation.",
            "Doctor's and nurse's appointments at the health centre (sote centre) to examine "
            "and treat illness; the client may choose the health centre.",
        ),
        kw=(
            "terveysasema, terveyskeskus, sote-keskus, lääkäri, hoitaja, ajanvaraus, "
            "vastaanotto, omalääkäri",
            "hälsostation, hälsocentral, social- och hälsocentral, läkare, skötare, "
            "tidsbokning, mottagning",
            "health centre, health station, GP, doctor, nurse, appointment",
        ),
        level="basic_local",
        access="direct",
        choice="free_choice",
        charge="charged",
        voucher=voucher("visit"),
    ),
    svc(
        "SOTE-0036",
        sv="Vård i livets slutskede",
        en="End-of-life care",
        summary=(
            "Kuolevan potilaan oireita lievittävä hoito ja läheisten tuki kotona, hoivakodissa "
            "tai sairaalassa.",
            "Symtomlindrande vård för döende patienter och stöd för de närstående i hemmet, på "
            "vårdhem eller på sjukhus.",
            "Symptom-relieving care for dying patients and support for their families at home, "
            "in a care home or in hospital.",
        ),
        kw=(
            "saattohoito, palliatiivinen hoito, kuoleva, saattohoitokoti",
            "vård i livets slutskede, palliativ vård, hospice",
            "end-of-life care, palliative care, hospice, terminal care",
        ),
        level="basic_regional",
        access="referral",
        charge="charged",
        classes=("P5.14",),
        laws=("Terveydenhuoltolaki",),
    ),
    svc(
        "SOTE-0037",
        sv="Hälsovårdstjänster för invandrare",
        en="Health services for immigrants",
        summary=(
            "Kiireellinen hoito kuuluu kaikille; oikeus muihin terveyspalveluihin riippuu "
            "kotikunnasta ja oleskeluluvasta.",
            "Brådskande vård ges till alla; rätten till andra hälsovårdstjänster beror på "
            "hemkommun och uppehållstillstånd.",
            "Urgent care is available to everyone; the right to other health services depends "
            "on having a home municipality and a residence permit.",
        ),
        kw=(
            "maahanmuuttaja, turvapaikanhakija, paperiton, oleskelulupa, terveyspalvelut",
            "invandrare, asylsökande, papperslös, uppehållstillstånd",
            "immigrant, asylum seeker, undocumented, residence permit",
        ),
        level="basic_local",
        access="direct",
        charge="charged",
        residence=False,
        classes=("P5.1",),
        laws=("Terveydenhuoltolaki",),
    ),
    svc(
        "SOTE-0038",
        sv="Medicinsk rehabilitering",
        en="Medical rehabilitation",
        summary=(
            "Toimintakykyä parantava kuntoutus, kuten terapiat, apuvälineet ja kuntoutusohjaus, "
            "lääkärin arvion perusteella; palveluseteli mahdollinen.",
            (
                "Terapier, hjälpmedel och rehabiliteringshandledning som förbättrar "
                "funktionsförmågan, efter läkarens bedömning; servicesedel möjlig."
            ),
            (
                "Therapies, assistive devices and rehabilitation guidance to improve functional "
                "capacity, based on a doctor's assessment; vouchers possible."
            ),
        ),
        kw=(
            "kuntoutus, lääkinnällinen kuntoutus, fysioterapia, aivoinfarkti, kotikuntoutus, "
            "kuntoutussuunnitelma",
            "rehabilitering, medicinsk rehabilitering, fysioterapi, stroke, hemrehabilitering",
            "rehabilitation, medical rehabilitation, physiotherapy, stroke, home rehabilitation",
        ),
        level="basic_regional",
        access="referral",
        choice="voucher",
        charge="charged",
        voucher=voucher("visit"),
        laws=("Terveydenhuoltolaki",),
    ),
    svc(
        "SOTE-0039",
        sv="Rehabiliteringshandledning",
        en="Rehabilitation guidance",
        summary=(
            "Kuntoutusohjaaja auttaa suunnittelemaan kuntoutusta ja ohjaa hyvinvointialueen, "
            "Kelan ja muiden kuntoutuspalvelujen pariin.",
            "Rehabiliteringshandledaren hjälper till att planera rehabiliteringen och hänvisar "
            "till välfärdsområdets, FPA:s och andra rehabiliteringstjänster.",
            "A rehabilitation counsellor helps plan rehabilitation and guides the client to "
            "services of the county, Kela and others.",
        ),
        kw=(
            "kuntoutusohjaus, kuntoutusohjaaja, kuntoutussuunnitelma, Kela-kuntoutus",
            "rehabiliteringshandledning, rehabiliteringsplan, FPA",
            "rehabilitation guidance, rehabilitation plan, Kela",
        ),
        level="basic_regional",
        access="referral",
        charge="free",
    ),
    svc(
        "SOTE-0040",
        sv="Anpassningsträning",
        en="Adaptation training",
        summary=(
            "Vammautuneen tai vakavasti sairastuneen ja läheisten valmennus uuteen "
            "elämäntilanteeseen yksilö- tai ryhmämuotoisena.",
            (
                "Träning för personer med funktionsnedsättning eller allvarlig sjukdom och deras "
                "närstående i att anpassa sig till en ny livssituation."
            ),
            "Training to help people with a disability or serious illness and their families "
            "adjust to their new situation, individually or in groups.",
        ),
        kw=(
            "sopeutumisvalmennus, kurssi, vakava sairaus, vammautuminen",
            "anpassningsträning, kurs, allvarlig sjukdom",
            "adaptation training, adjustment course, serious illness",
        ),
        level="centralised",
        access="referral",
        charge="free",
    ),
    svc(
        "SOTE-0041",
        sv="Rehabilitering för krigsveteraner",
        en="Rehabilitation for war veterans",
        summary=(
            "Rintamaveteraanien valtion varoin korvattava kuntoutus laitoksessa, päivä- tai "
            "avokuntoutuksena tai kotona.",
            "Rehabilitering för frontveteraner som ersätts med statliga medel, på anstalt, som "
            "dag- eller öppenrehabilitering eller i hemmet.",
            "State-funded rehabilitation for front-line veterans in an institution, as day or "
            "outpatient rehabilitation, or at home.",
        ),
        kw=(
            "sotaveteraani, rintamaveteraani, veteraanikuntoutus",
            "krigsveteran, frontveteran, veteranrehabilitering",
            "war veteran, front-line veteran, veteran rehabilitation",
        ),
        level="centralised",
        access="assessment_decision",
        charge="free",
        tg=("KR1.1",),
        groups=("war_veterans",),
    ),
    svc(
        "SOTE-0042",
        sv="Fysioterapi",
        en="Physiotherapy",
        summary=(
            "Fysioterapia kivun lievittämiseen sekä liikunta- ja toimintakyvyn parantamiseen; "
            "myös kotikäynteinä ja palvelusetelillä.",
            "Fysioterapi för att lindra smärta och förbättra rörelse- och funktionsförmågan; "
            "även som hembesök och med servicesedel.",
            "Physiotherapy to relieve pain and improve mobility and functional capacity; also "
            "as home visits and with a service voucher.",
        ),
        kw=(
            "fysioterapia, fysioterapeutti, fyssari, selkäkipu, kuntoutus, kotikuntoutus",
            "fysioterapi, fysioterapeut, ryggvärk, rehabilitering, hemrehabilitering",
            "physiotherapy, physiotherapist, physio, back pain, rehabilitation",
        ),
        level="basic_regional",
        access="referral",
        choice="voucher",
        charge="charged",
        voucher=voucher("visit"),
        laws=("Terveydenhuoltolaki",),
    ),
    svc(
        "SOTE-0043",
        sv="Ergoterapi",
        en="Occupational therapy",
        summary=(
            "Toimintaterapia arjen toimintakyvyn tukemiseen, esimerkiksi apuvälineiden ja kodin "
            "muutostöiden suunnitteluun.",
            "Ergoterapi för att stödja funktionsförmågan i vardagen, till exempel planering av "
            "hjälpmedel och ändringar i hemmet.",
            "Occupational therapy to support everyday functioning, for example planning "
            "assistive devices and home modifications.",
        ),
        kw=(
            "toimintaterapia, toimintaterapeutti, arjen taidot, apuvälineet",
            "ergoterapi, ergoterapeut, vardagsfärdigheter",
            "occupational therapy, occupational therapist, OT",
        ),
        level="basic_regional",
        access="referral",
        charge="charged",
        laws=("Terveydenhuoltolaki",),
    ),
    svc(
        "SOTE-0044",
        sv="Talterapi",
        en="Speech therapy",
        summary=(
            "Puheterapia puheen, kielen, äänen ja nielemisen vaikeuksiin lapsille ja aikuisille; "
            "lapset ohjaa yleensä neuvola tai koulu.",
            "Talterapi vid svårigheter med tal, språk, röst och sväljning för barn och vuxna; "
            "barn remitteras oftast av rådgivningen eller skolan.",
            "Speech therapy for speech, language, voice and swallowing difficulties for "
            "children and adults; children are usually referred by the clinic or school.",
        ),
        kw=(
            "puheterapia, puheterapeutti, puheen kehitys, änkytys, nielemisvaikeus",
            "talterapi, logoped, talterapeut, stamning, sväljsvårigheter",
            "speech therapy, speech therapist, speech and language, stuttering",
        ),
        level="basic_regional",
        access="referral",
        charge="charged",
    ),
    svc(
        "SOTE-0045",
        sv="Psykoterapi",
        en="Psychotherapy",
        summary=(
            "Psykoterapia mielenterveyden ongelmien hoitoon julkisessa terveydenhuollossa "
            "lähetteellä; Kela tukee kuntoutuspsykoterapiaa.",
            "Psykoterapi för behandling av psykiska problem inom den offentliga hälso- och "
            "sjukvården med remiss; FPA stöder rehabiliterande psykoterapi.",
            "Psychotherapy for mental health problems in public health care with a referral; "
            "Kela supports rehabilitative psychotherapy.",
        ),
        kw=(
            "psykoterapia, terapia, kuntoutuspsykoterapia, masennus, ahdistus",
            "psykoterapi, terapi, rehabiliterande psykoterapi, depression",
            "psychotherapy, therapy, rehabilitative psychotherapy, depression",
        ),
        level="special",
        access="referral",
        charge="charged",
    ),
    svc(
        "SOTE-0046",
        sv="Rehabiliteringshandledning för personer med funktionsnedsättning",
        en="Rehabilitation guidance for persons with disabilities",
        summary=(
            "Kuntoutusohjausta vammaiselle ja läheisille itsenäisen arjen tueksi, esimerkiksi "
            "vammautumisen tai vammaisen lapsen syntymän jälkeen.",
            (
                "Rehabiliteringshandledning för personer med funktionsnedsättning och deras "
                "närstående som stöd för en självständig vardag, t.ex. efter en skada."
            ),
            (
                "Rehabilitation guidance for disabled people and their families to support "
                "independent living, e.g. after an injury or a disabled child's birth."
            ),
        ),
        kw=(
            "vammaisten kuntoutusohjaus, kuntoutusohjaaja, vammainen lapsi, vammaispalvelut",
            "rehabiliteringshandledning, funktionsnedsättning, funktionshinderservice",
            "rehabilitation guidance, disability, disabled child",
        ),
        level="basic_regional",
        access="direct",
        charge="free",
    ),
    svc(
        "SOTE-0047",
        sv="Hjälpmedelstjänster",
        en="Assistive device services",
        summary=(
            "Lääkinnällisen kuntoutuksen apuvälineet, kuten pyörätuolit ja kävelytelineet, "
            "maksuttomana lainana tarpeen arvioinnin jälkeen.",
            "Hjälpmedel inom medicinsk rehabilitering, såsom rullstolar och rollatorer, som "
            "avgiftsfritt lån efter en behovsbedömning.",
            "Assistive devices for medical rehabilitation, such as wheelchairs and walkers, "
            "lent free of charge after a needs assessment.",
        ),
        kw=(
            "apuväline, apuvälinelainaamo, rollaattori, pyörätuoli, kävelykeppi, suihkutuoli",
            "hjälpmedel, hjälpmedelscentral, rollator, rullstol, käpp",
            "assistive device, mobility aid, wheelchair, walker, rollator",
        ),
        level="basic_regional",
        access="referral",
        charge="free",
    ),
    svc(
        "SOTE-0048",
        sv="Personlig assistans",
        en="Personal assistance",
        summary=(
            "Henkilökohtaista apua vaikeavammaiselle arjen toimiin, työhön, opiskeluun ja "
            "harrastuksiin vammaispalvelupäätöksellä; maksuton.",
            (
                "Personlig assistans för personer med svår funktionsnedsättning i vardagen, "
                "arbete, studier och fritid, genom beslut om funktionshinderservice."
            ),
            "Personal assistance for persons with severe disabilities in daily life, work, "
            "studies and leisure, by a disability services decision; free of charge.",
        ),
        kw=(
            "henkilökohtainen apu, henkilökohtainen avustaja, avustaja, vammaispalvelu",
            "personlig assistans, personlig assistent, assistent, funktionshinderservice",
            "personal assistance, personal assistant, disability services",
        ),
        level="basic_regional",
        access="assessment_decision",
        choice="voucher",
        charge="free",
        voucher=voucher("hour"),
        tg=("KR1.6",),
    ),
    svc(
        "SOTE-0049",
        sv="Färdtjänst inom socialvården",
        en="Transport services",
        summary=(
            "Kuljetuspalvelu asiointiin ja vapaa-aikaan henkilölle, joka ei vamman tai "
            "sairauden vuoksi voi käyttää joukkoliikennettä.",
            "Färdtjänst för ärenden och fritid för personer som på grund av "
            "funktionsnedsättning eller sjukdom inte kan använda kollektivtrafik.",
            "Transport service for errands and leisure for people who cannot use public "
            "transport because of a disability or illness.",
        ),
        kw=(
            "kuljetuspalvelu, taksi, vammaispalvelu, sotu-kuljetus, asiointiliikenne",
            "färdtjänst, taxi, funktionshinderservice",
            "transport service, taxi, paratransit, disability transport",
        ),
        level="basic_regional",
        access="assessment_decision",
        charge="charged",
    ),
    svc(
        "SOTE-0050",
        sv="Social rehabilitering",
        en="Social rehabilitation",
        summary=(
            "Tehostettua tukea sosiaaliseen toimintakykyyn ja osallisuuteen, esimerkiksi "
            "nuorille opiskelun tai työn aloittamiseen.",
            "Intensifierat stöd för social funktionsförmåga och delaktighet, till exempel för "
            "unga som ska börja studera eller arbeta.",
            "Intensive support for social functioning and participation, for example helping "
            "young people start studies or work.",
        ),
        kw=(
            "sosiaalinen kuntoutus, syrjäytyminen, nuoret, elämänhallinta",
            "social rehabilitering, utanförskap, unga, livskontroll",
            "social rehabilitation, social exclusion, young people",
        ),
        level="basic_regional",
        access="assessment_decision",
        charge="free",
    ),
    svc(
        "SOTE-0051",
        sv="Dagverksamhet inom socialvården",
        en="Day activities in social welfare",
        summary=(
            "Ohjattua päivätoimintaa ikääntyneille ja vammaisille arjen toimintakyvyn ja "
            "sosiaalisten suhteiden tueksi.",
            "Handledd dagverksamhet för äldre och personer med funktionsnedsättning som stöd "
            "för funktionsförmågan i vardagen och sociala relationer.",
            "Supervised day activities for older people and persons with disabilities to "
            "support everyday functioning and social contact.",
        ),
        kw=(
            "päivätoiminta, päiväkeskus, ikäihmiset, kehitysvammaiset",
            "dagverksamhet, dagcenter, äldre",
            "day activities, day centre, older people",
        ),
        level="basic_regional",
        access="assessment_decision",
        charge="free",
    ),
    svc(
        "SOTE-0052",
        sv="Semester- och rekreationsverksamhet inom socialvården",
        en="Holiday and recreation activities in social welfare",
        summary=(
            "Tuettu loma taloudellisin, sosiaalisin tai terveydellisin perustein; lomia "
            "järjestävät myös lomajärjestöt.",
            "Understödd semester på ekonomiska, sociala eller hälsomässiga grunder; semestrar "
            "ordnas också av semesterorganisationer.",
            "Supported holidays on financial, social or health grounds; holidays are also "
            "organised by holiday organisations.",
        ),
        kw=(
            "tuettu loma, lomatuki, virkistys, perheloma",
            "understödd semester, semesterstöd, rekreation",
            "supported holiday, holiday support, recreation",
        ),
        level="basic_regional",
        access="assessment_decision",
        charge="charged",
    ),
    svc(
        "SOTE-0053",
        sv="Understödd hobby- och klubbverksamhet",
        en="Supported hobby and club activities",
        summary=(
            "Lastensuojelun ja sosiaalipalvelujen asiakkaille tukea harrastusmaksuihin ja "
            "-välineisiin pitkäjänteisen harrastamisen mahdollistamiseksi.",
            "Stöd för hobbyavgifter och -utrustning för klienter inom barnskyddet och "
            "socialvården för att möjliggöra långsiktiga fritidsintressen.",
            "Support for hobby fees and equipment for child welfare and social services "
            "clients, enabling long-term leisure activities.",
        ),
        kw=(
            "harrastus, harrastustuki, kerho, vähävarainen",
            "hobby, fritidsaktivitet, klubb",
            "hobby support, clubs, leisure activities",
        ),
        level="basic_regional",
        access="assessment_decision",
        charge="free",
        laws=("Sosiaalihuoltolaki", "Lastensuojelulaki"),
    ),
    svc(
        "SOTE-0054",
        sv="Stödd sysselsättning",
        en="Supported employment",
        summary=(
            "Erityistukea työllistymiseen vamman, sairauden tai muun syyn vuoksi; tavoitteena "
            "palkkatyö yhteistyössä työllisyyspalvelujen kanssa.",
            (
                "Särskilt stöd att få arbete vid funktionsnedsättning, sjukdom eller annan orsak; "
                "målet är lönearbete i samarbete med sysselsättningstjänsterna."
            ),
            "Special support for finding employment because of a disability, illness or other "
            "reason, aiming at paid work together with employment services.",
        ),
        kw=(
            "tuettu työllistyminen, työhönvalmennus, työvalmentaja, vammaiset",
            "stödd sysselsättning, arbetsträning, jobbcoach",
            "supported employment, job coach, job coaching",
        ),
        level="basic_regional",
        access="assessment_decision",
        charge="free",
    ),
    svc(
        "SOTE-0055",
        sv="Arbetsverksamhet",
        en="Work activities",
        summary=(
            "Osa-aikaista työtoimintaa toimintakyvyn ylläpitämiseksi henkilölle, joka ei voi "
            "osallistua tavanomaiseen työhön.",
            "Arbetsverksamhet på deltid för att upprätthålla funktionsförmågan för personer som "
            "inte kan delta i vanligt arbete.",
            "Part-time work activities to maintain functional capacity for people who cannot "
            "take part in ordinary work.",
        ),
        kw=(
            "työtoiminta, työkeskus, avotyötoiminta, kehitysvammaiset",
            "arbetsverksamhet, arbetscenter, öppen arbetsverksamhet",
            "work activities, sheltered work, work centre",
        ),
        level="basic_regional",
        access="assessment_decision",
        charge="free",
    ),
    svc(
        "SOTE-0056",
        sv="Arbetsverksamhet i rehabiliteringssyfte",
        en="Rehabilitative work activities",
        summary=(
            "Pitkään työttömänä olleille työ- ja toimintakykyä vahvistavaa toimintaa "
            "aktivointisuunnitelman perusteella.",
            "Verksamhet som stärker arbets- och funktionsförmågan för långtidsarbetslösa, på "
            "basis av en aktiveringsplan.",
            "Activities that strengthen work ability and functioning for the long-term "
            "unemployed, based on an activation plan.",
        ),
        kw=(
            "kuntouttava työtoiminta, pitkäaikaistyötön, aktivointisuunnitelma",
            "arbetsverksamhet i rehabiliteringssyfte, långtidsarbetslös, aktiveringsplan",
            "rehabilitative work activity, long-term unemployed, activation plan",
        ),
        level="basic_regional",
        access="assessment_decision",
        charge="free",
    ),
    svc(
        "SOTE-0057",
        sv="Social kreditgivning",
        en="Social lending",
        summary=(
            "Kohtuuehtoinen laina pienituloiselle taloudellisen syrjäytymisen ja "
            "ylivelkaantumisen ehkäisemiseksi, jos hyvinvointialue tarjoaa sitä.",
            (
                "Lån på skäliga villkor för personer med låga inkomster, mot ekonomiskt "
                "utanförskap och överskuldsättning, om välfärdsområdet erbjuder det."
            ),
            "A loan on reasonable terms for people on low incomes to prevent financial "
            "exclusion and over-indebtedness, where the county offers it.",
        ),
        kw=(
            "sosiaalinen luotto, laina, velat, velkaneuvonta",
            "social kredit, lån, skulder",
            "social credit, loan, debt",
        ),
        level="basic_regional",
        access="assessment_decision",
        charge="charged",
    ),
    svc(
        "SOTE-0058",
        sv="Tillnyktring, avgiftning och abstinensbehandling",
        en="Sobering-up, detoxification and withdrawal treatment",
        summary=(
            "Selviämisasema päihtyneelle sekä katkaisu- ja vieroitushoito päihdekierteen "
            "katkaisemiseksi avo- tai laitoshoitona.",
            "Tillnyktringsstation för berusade samt avgiftning och abstinensbehandling för att "
            "bryta missbruket, i öppen vård eller på anstalt.",
            (
                "Sobering-up station for intoxicated people, and detoxification and withdrawal "
                "treatment as outpatient or inpatient care."
            ),
        ),
        kw=(
            "katkaisuhoito, selviämisasema, vieroitushoito, katko, päihdeklinikka",
            "avgiftning, tillnyktringsstation, abstinensbehandling",
            "detox, detoxification, sobering-up station, withdrawal treatment",
        ),
        level="basic_regional",
        access="direct",
        charge="charged",
    ),
    svc(
        "SOTE-0059",
        sv="Missbrukarrehabilitering",
        en="Substance use rehabilitation",
        summary=(
            "Avo- tai laitosmuotoinen kuntoutus katkaisuhoidon jälkeen päihteettömyyden ja "
            "toimintakyvyn tueksi; laitoskuntoutus maksusitoumuksella.",
            (
                "Rehabilitering i öppen vård eller på anstalt efter avgiftning som stöd för "
                "nykterhet och funktionsförmåga; anstaltsvård med betalningsförbindelse."
            ),
            (
                "Outpatient or residential rehabilitation after detoxification to support "
                "abstinence and functioning; residential care with a payment commitment."
            ),
        ),
        kw=(
            "päihdekuntoutus, laitoskuntoutus, A-klinikka, alkoholismi, korvaushoito",
            "missbrukarrehabilitering, rehabilitering, substitutionsbehandling",
            "addiction rehabilitation, rehab, substitution treatment",
        ),
        level="basic_regional",
        access="assessment_decision",
        charge="charged",
    ),
    svc(
        "SOTE-0060",
        sv="Förebyggande rusmedelsarbete",
        en="Substance abuse prevention",
        summary=(
            "Alkoholin, huumeiden, tupakan ja rahapelien haittojen ehkäisy; tehdään kunnissa "
            "ja hyvinvointialueella yhteistyössä.",
            "Förebyggande av skador av alkohol, droger, tobak och penningspel; utförs av "
            "kommunerna och välfärdsområdet i samarbete.",
            "Prevention of harm from alcohol, drugs, tobacco and gambling, carried out by the "
            "municipalities and the county together.",
        ),
        kw=(
            "ehkäisevä päihdetyö, rahapeliongelma, nuuska, tupakka, päihdevalistus",
            "förebyggande rusmedelsarbete, spelproblem, snus, tobak",
            "substance abuse prevention, gambling problem, smoking, snus",
        ),
        level="basic_local",
        access="direct",
        charge="free",
        note=(
            "Ehkäisevää päihdetyötä tekevät sekä kunta että hyvinvointialue (Helsingissä "
            "Helsingin kaupunki).",
            "Förebyggande rusmedelsarbete görs av både kommunen och välfärdsområdet (i "
            "Helsingfors av Helsingfors stad).",
            "Substance abuse prevention is done by both the municipality and the wellbeing "
            "services county (in Helsinki by the City of Helsinki).",
        ),
    ),
    svc(
        "SOTE-0061",
        sv="Dagcenter för personer som använder rusmedel",
        en="Day centre services for people who use substances",
        summary=(
            "Matalan kynnyksen päiväkeskus, josta saa seuraa, ryhmätoimintaa, pesu- ja "
            "peseytymismahdollisuuden sekä ohjausta palveluihin.",
            "Dagcenter med låg tröskel som erbjuder sällskap, gruppverksamhet, möjlighet att "
            "tvätta och duscha samt handledning till tjänster.",
            "Low-threshold day centre offering company, group activities, laundry and showers, "
            "and guidance to services.",
        ),
        kw=(
            "päiväkeskus, matala kynnys, olohuone, päihteet, asunnoton",
            "dagcenter, låg tröskel, vardagsrum, missbruk",
            "drop-in centre, day centre, low threshold, substance use",
        ),
        level="basic_regional",
        access="direct",
        charge="free",
        laws=("Sosiaalihuoltolaki",),
    ),
    svc(
        "SOTE-0062",
        sv="Mentalvårdstjänster",
        en="Mental health services",
        summary=(
            "Mielenterveyden häiriöiden tutkimus ja hoito perustasolla sote-keskuksessa sekä "
            "tarvittaessa psykiatrisessa erikoissairaanhoidossa.",
            (
                "Undersökning och behandling av psykiska störningar på basnivå vid social- och "
                "hälsocentralen och vid behov inom psykiatrisk specialiserad sjukvård."
            ),
            "Assessment and treatment of mental health disorders at basic level at the sote "
            "centre and, when needed, in specialised psychiatric care.",
        ),
        kw=(
            "mielenterveys, mielenterveyspalvelut, masennus, ahdistus, psykiatrinen "
            "sairaanhoitaja, depressiohoitaja",
            "psykisk hälsa, mentalvård, depression, ångest, psykiatrisk sjukskötare",
            "mental health, mental health services, depression, anxiety, psychiatric nurse",
        ),
        level="basic_local",
        access="direct",
        charge="free",
    ),
    svc(
        "SOTE-0063",
        sv="Boendeservice för rehabiliteringsklienter inom mentalvården",
        en="Housing services for people recovering from mental illness",
        summary=(
            (
                "Tuki itsenäiseen asumiseen tai tuettu, yhteisöllinen tai ympärivuorokautinen "
                "asuminen mielenterveyskuntoutujalle palvelutarpeen mukaan."
            ),
            (
                "Stöd för självständigt boende, stödboende, gemenskapsboende eller boende med "
                "heldygnsomsorg för rehabiliteringsklienter i mentalvården, efter behov."
            ),
            "Support for independent living or supported, communal or 24-hour housing for "
            "people recovering from mental illness, after a service-need assessment.",
        ),
        kw=(
            "mielenterveyskuntoutuja, asumispalvelu, tukiasunto, asumisen tuki",
            "boendeservice, stödboende, mentalvård",
            "supported housing, mental health housing, housing support",
        ),
        level="basic_regional",
        access="assessment_decision",
        charge="income_based",
    ),
    svc(
        "SOTE-0064",
        sv="Psykologtjänster",
        en="Psychologist services",
        summary=(
            "Psykologin keskusteluapua ja arviointia elämän kriiseissä ja mielenterveyden "
            "pulmissa kaikenikäisille sote-keskuksen kautta.",
            "Samtalsstöd och bedömning av psykolog vid livskriser och psykiska problem för alla "
            "åldrar via social- och hälsocentralen.",
            "Psychologist's counselling and assessment in life crises and mental health "
            "problems for all ages, through the sote centre.",
        ),
        kw=(
            "psykologi, keskusteluapu, kriisi, ahdistus, jaksaminen",
            "psykolog, samtalsstöd, kris, ångest",
            "psychologist, counselling, crisis, anxiety",
        ),
        level="basic_local",
        access="direct",
        charge="free",
        laws=("Terveydenhuoltolaki",),
    ),
    svc(
        "SOTE-0065",
        sv="Psykologtjänster inom skol- och studerandehälsan",
        en="School and student psychologist services",
        summary=(
            "Koulu- ja opiskeluhuollon psykologi tukee oppilaiden ja opiskelijoiden psyykkistä "
            "hyvinvointia ja oppimista; maksuton.",
            "Skol- och studerandepsykologen stöder elevernas och de studerandes psykiska "
            "välbefinnande och lärande; avgiftsfritt.",
            "The school and student psychologist supports pupils' and students' mental "
            "wellbeing and learning; free of charge.",
        ),
        kw=(
            "koulupsykologi, opiskeluhuolto, oppilashuolto, oppimisvaikeus",
            "skolpsykolog, elevhälsa, studerandevård, inlärningssvårigheter",
            "school psychologist, student welfare, learning difficulties",
        ),
        level="basic_local",
        access="direct",
        charge="free",
        residence=False,
        tg=("KR1.2", "KR1.3"),
        groups=("pupils", "students"),
    ),
    svc(
        "SOTE-0066",
        sv="Mun- och tandvård",
        en="Oral and dental care",
        summary=(
            "Hammas- ja suusairauksien tutkimus ja hoito hammashoitolassa; hoitolan voi valita "
            "ja osalla alueista käyttää palveluseteliä.",
            "Undersökning och behandling av tand- och munsjukdomar på tandkliniken; man kan "
            "välja tandklinik och på vissa områden använda servicesedel.",
            "Examination and treatment of dental and oral diseases at a dental clinic; the "
            "client may choose the clinic and in some areas use a service voucher.",
        ),
        kw=(
            "hammaslääkäri, hammashoitola, hammashoito, hammassärky, suuhygienisti, "
            "hammaslääkäriaika, hampaat",
            "tandläkare, tandvård, tandklinik, tandvärk, munhygienist, tänder",
            "dentist, dental care, dental clinic, toothache, dental hygienist, teeth",
        ),
        level="basic_local",
        access="direct",
        choice="free_choice",
        charge="charged",
        voucher=voucher("treatment"),
    ),
    svc(
        "SOTE-0067",
        sv="Mun- och tandvård för skolelever",
        en="Oral health care for school pupils",
        summary=(
            "Peruskoululaisten maksuttomat suun terveystarkastukset ja hoito "
            "kouluterveydenhuollon yhteydessä.",
            "Avgiftsfria munhälsoundersökningar och tandvård för grundskolelever i anslutning "
            "till skolhälsovården.",
            "Free oral health check-ups and dental treatment for comprehensive school pupils "
            "as part of school health care.",
        ),
        kw=(
            "koulun hammaslääkäri, koululainen, hammastarkastus, hammashoitola",
            "skoltandvård, elev, tandkontroll",
            "school dentist, pupil, dental check-up",
        ),
        level="basic_local",
        access="direct",
        charge="free",
        min_age=7,
        max_age=17,
        tg=("KR1.2",),
        groups=("pupils",),
    ),
    svc(
        "SOTE-0068",
        sv="Mun- och tandvård för studerande",
        en="Oral health care for students",
        summary=(
            "Toisen asteen opiskelijoiden suun terveydenhuolto hyvinvointialueella; "
            "korkeakouluopiskelijoita palvelee YTHS.",
            "Mun- och tandvård för studerande på andra stadiet ordnas av välfärdsområdet; "
            "högskolestuderande betjänas av SHVS.",
            (
                "Oral health care for upper secondary students is provided by the county; higher "
                "education students are served by the Student Health Service (YTHS)."
            ),
        ),
        kw=(
            "opiskelija, lukio, ammattikoulu, YTHS, hammaslääkäri",
            "studerande, gymnasium, yrkesskola, SHVS, tandläkare",
            "student, upper secondary, vocational school, YTHS, dentist",
        ),
        level="basic_local",
        access="direct",
        charge="charged",
        residence=False,
        tg=("KR1.3",),
        groups=("students",),
    ),
    svc(
        "SOTE-0069",
        sv="Bilddiagnostik",
        en="Medical imaging services",
        summary=(
            "Röntgen-, ultraääni-, magneetti- ja muut kuvantamistutkimukset lääkärin lähetteellä.",
            "Röntgen-, ultraljuds-, magnetkamera- och andra bilddiagnostiska undersökningar på "
            "läkarremiss.",
            "X-ray, ultrasound, MRI and other imaging examinations with a doctor's referral.",
        ),
        kw=(
            "röntgen, ultraääni, magneettikuvaus, kuvantaminen, tietokonetomografia",
            "röntgen, ultraljud, magnetröntgen, bilddiagnostik",
            "x-ray, ultrasound, MRI, CT scan, imaging",
        ),
        level="support",
        access="referral",
        charge="free",
        laws=("Terveydenhuoltolaki",),
        hus=True,
    ),
    svc(
        "SOTE-0070",
        sv="Laboratorietjänster",
        en="Laboratory services",
        summary=(
            "Veri-, virtsa- ja muut laboratoriotutkimukset lääkärin tai hoitajan lähetteellä; "
            "näytteenottoon varataan aika.",
            "Blod-, urin- och andra laboratorieundersökningar med remiss av läkare eller "
            "skötare; tid till provtagning bokas.",
            "Blood, urine and other laboratory tests with a referral from a doctor or nurse; "
            "book a time for sampling.",
        ),
        kw=(
            "laboratorio, verikoe, näytteenotto, labra, verikokeet",
            "laboratorium, blodprov, provtagning, labb",
            "laboratory, blood test, lab, sample",
        ),
        level="support",
        access="referral",
        charge="free",
        laws=("Terveydenhuoltolaki",),
        hus=True,
    ),
    svc(
        "SOTE-0071",
        sv="Screeningundersökningar",
        en="Screening examinations",
        summary=(
            "Maksuttomat kutsuun perustuvat seulonnat, kuten rintasyöpä-, kohdunkaulasyöpä- ja "
            "suolistosyöpäseulonnat sekä raskaudenaikaiset seulonnat.",
            "Avgiftsfria screeningar på kallelse, såsom screening för bröstcancer, "
            "livmoderhalscancer och tarmcancer samt screeningar under graviditeten.",
            "Free invitation-based screenings such as breast, cervical and colorectal cancer "
            "screening and screenings during pregnancy.",
        ),
        kw=(
            "seulonta, mammografia, papa-koe, suolistosyöpäseulonta, sikiöseulonta",
            "screening, mammografi, cellprov, tarmcancerscreening",
            "screening, mammography, pap smear, cancer screening",
        ),
        level="centralised",
        access="direct",
        charge="free",
    ),
    svc(
        "SOTE-0072",
        sv="Stödboende",
        en="Supported housing",
        summary=(
            "Sosiaaliohjausta ja muuta tukea omassa kodissa tai tukiasunnossa asuvalle "
            "itsenäisen asumisen tueksi.",
            "Socialhandledning och annat stöd för den som bor i egen bostad eller i stödbostad, "
            "som stöd för självständigt boende.",
            "Social guidance and other support for people living in their own home or in a "
            "supported flat, to help them live independently.",
        ),
        kw=(
            "tuettu asuminen, tukiasunto, asumisen tuki, asumisohjaus",
            "stödboende, stödbostad, boendehandledning",
            "supported housing, housing support, supported flat",
        ),
        level="basic_regional",
        access="assessment_decision",
        charge="income_based",
    ),
    svc(
        "SOTE-0073",
        alt=("Yhteisöllinen asuminen", "Gemenskapsboende", "Communal housing"),
        sv="Serviceboende",
        en="Service housing",
        summary=(
            "Esteetön asunto yhteisöllisessä asumisyksikössä sekä tarpeen mukaiset "
            "sosiaalipalvelut; myönnetään palvelutarpeen arvioinnin perusteella.",
            "Tillgänglig bostad i en enhet för gemenskapsboende och socialservice enligt behov; "
            "beviljas efter bedömning av servicebehovet.",
            "An accessible home in a communal housing unit with social services as needed; "
            "granted after a service-need assessment.",
        ),
        kw=(
            "palveluasuminen, yhteisöllinen asuminen, palvelutalo, asumispalvelut",
            "serviceboende, gemenskapsboende, servicehus, boendeservice",
            "service housing, communal housing, sheltered housing, assisted living",
        ),
        level="basic_regional",
        access="assessment_decision",
        charge="income_based",
        tg=("KR1.1", "KR1.6"),
    ),
    svc(
        "SOTE-0074",
        sv="Serviceboende med heldygnsomsorg",
        en="24-hour service housing",
        summary=(
            "Ympärivuorokautinen hoiva ja huolenpito asumisyksikössä, kun kotona asuminen ei "
            "tuettunakaan onnistu; palveluseteli mahdollinen.",
            "Omsorg dygnet runt i en boendeenhet när det inte längre går att bo hemma ens med "
            "stöd; servicesedel möjlig.",
            "Round-the-clock care in a housing unit when living at home is no longer possible "
            "even with support; a service voucher is possible.",
        ),
        kw=(
            "ympärivuorokautinen palveluasuminen, tehostettu palveluasuminen, hoivakoti, "
            "palvelukoti, vanhainkoti",
            "serviceboende med heldygnsomsorg, effektiverat serviceboende, vårdhem, äldreboende",
            "24-hour care, care home, nursing home, residential care",
        ),
        level="basic_regional",
        access="assessment_decision",
        choice="voucher",
        charge="income_based",
        voucher=voucher("day"),
        tg=("KR1.1", "KR1.6"),
        laws=(VANHUSPALVELULAKI,),
    ),
    svc(
        "SOTE-0075",
        sv="Familjevård",
        en="Family care",
        summary=(
            "Hoito ja huolenpito perhehoitajan tai asiakkaan kotona lapselle, ikääntyneelle tai "
            "vammaiselle, joka ei voi asua omassa kodissaan.",
            "Vård och omsorg i familjevårdarens eller klientens hem för barn, äldre eller "
            "personer med funktionsnedsättning som inte kan bo i sitt eget hem.",
            "Care in a family carer's home or the client's home for a child, older person or "
            "person with disabilities who cannot live in their own home.",
        ),
        kw=(
            "perhehoito, perhehoitaja, sijaisperhe, ikäihmisten perhehoito",
            "familjevård, familjehem, familjevårdare",
            "family care, foster care, family carer",
        ),
        level="basic_regional",
        access="assessment_decision",
        charge="income_based",
    ),
    svc(
        "SOTE-0076",
        sv="Institutionsvård inom socialvården",
        en="Institutional care in social welfare",
        summary=(
            "Lyhyt- tai pitkäaikainen hoito laitoksessa, kun se on asiakkaan terveyden ja "
            "turvallisuuden vuoksi perusteltua.",
            "Kort- eller långvarig vård på institution när det är motiverat med tanke på "
            "klientens hälsa och säkerhet.",
            "Short- or long-term care in an institution when justified for the client's health "
            "and safety.",
        ),
        kw=(
            "laitoshoito, lyhytaikaishoito, intervallihoito, hoivaosasto",
            "institutionsvård, korttidsvård, intervallvård",
            "institutional care, respite care, short-term care",
        ),
        level="centralised",
        access="assessment_decision",
        charge="income_based",
    ),
    svc(
        "SOTE-0077",
        sv="Mödrahem",
        en="Mother and child homes",
        summary=(
            "Ensikodissa vauvaperhe saa asumisjakson ja tukea vanhemmuuteen raskauden aikana ja "
            "vauva-aikana.",
            "På mödrahemmet kan en familj med ett spädbarn bo en tid och få stöd i "
            "föräldraskapet under graviditeten och spädbarnstiden.",
            "At a mother and child home, a family with a baby can stay for a period and get "
            "parenting support during pregnancy and infancy.",
        ),
        kw=(
            "ensikoti, vauvaperhe, nuori äiti, vanhemmuuden tuki",
            "mödrahem, spädbarnsfamilj, ung mamma",
            "mother and child home, young parents, parenting support",
        ),
        level="special",
        access="assessment_decision",
        charge="free",
        tg=("KR1.2",),
        laws=("Lastensuojelulaki", "Sosiaalihuoltolaki"),
        groups=("expecting", "young_children"),
    ),
    svc(
        "SOTE-0078",
        sv="Ändringsarbeten i bostaden",
        en="Home modifications",
        summary=(
            "Vaikeavammaiselle korvattavat välttämättömät asunnon muutostyöt, kuten luiskat ja "
            "kylpyhuoneen muutokset, sekä asunnon välineet.",
            (
                "Ersättning för nödvändiga ändringsarbeten i bostaden, såsom ramper och badrum, "
                "samt redskap i bostaden för personer med svår funktionsnedsättning."
            ),
            "Compensation for necessary home modifications, such as ramps and bathroom "
            "alterations, and home equipment for persons with severe disabilities.",
        ),
        kw=(
            "asunnon muutostyöt, esteettömyys, luiska, vammaispalvelu",
            "ändringsarbeten i bostaden, tillgänglighet, ramp",
            "home modifications, accessibility, ramp",
        ),
        level="basic_regional",
        access="assessment_decision",
        charge="free",
        tg=("KR1.6",),
    ),
    svc(
        "SOTE-0079",
        sv="Adoptionsrådgivning",
        en="Adoption counselling",
        summary=(
            "Adoptiota harkitseville neuvontaa ja valmennusta adoptiovanhemmuuteen; antajina "
            "hyvinvointialue ja luvan saaneet järjestöt.",
            "Rådgivning och förberedelse för adoptivföräldraskap för dem som överväger "
            "adoption; ges av välfärdsområdet och organisationer med tillstånd.",
            "Counselling and preparation for adoptive parenthood for people considering "
            "adoption; provided by the county and licensed organisations.",
        ),
        kw=(
            "adoptio, adoptioneuvonta, ottolapsi",
            "adoption, adoptionsrådgivning, adoptivbarn",
            "adoption, adoption counselling, adopted child",
        ),
        level="centralised",
        access="direct",
        charge="free",
    ),
    svc(
        "SOTE-0080",
        alt=(
            "Vanhemmuuden selvittäminen ja vahvistaminen",
            "Utredning och fastställande av föräldraskap",
            "Establishing parenthood",
        ),
        sv="Utredning av faderskap",
        en="Establishing paternity",
        summary=(
            "Lastenvalvoja auttaa isyyden ja äitiyden selvittämisessä ja tunnustamisessa; "
            "vahvistuksen tekee Digi- ja väestötietovirasto.",
            (
                "Barnatillsyningsmannen hjälper att utreda och erkänna faderskap och moderskap, "
                "som Myndigheten för digitalisering och befolkningsdata fastställer."
            ),
            (
                "The child welfare officer helps establish and acknowledge paternity and "
                "maternity; the Digital and Population Data Services Agency confirms them."
            ),
        ),
        kw=(
            "lastenvalvoja, isyyden tunnustaminen, isyys, äitiys, vanhemmuuden vahvistaminen",
            "barnatillsyningsman, erkännande av faderskap, faderskap, moderskap",
            "child welfare officer, paternity, maternity, acknowledgement of paternity",
        ),
        level="centralised",
        access="direct",
        charge="free",
        tg=("KR1.2",),
        groups=("families",),
    ),
    svc(
        "SOTE-0081",
        sv="Fastställande av underhållsbidrag för barn",
        en="Confirmation of child maintenance",
        summary=(
            "Lastenvalvoja vahvistaa vanhempien sopimuksen lapsen elatuksesta, huollosta ja "
            "tapaamisista ja neuvoo elatusasioissa.",
            "Barnatillsyningsmannen fastställer föräldrarnas avtal om barnets underhåll, "
            "vårdnad och umgänge och ger råd i underhållsfrågor.",
            "The child welfare officer confirms parents' agreements on child maintenance, "
            "custody and contact and advises on maintenance.",
        ),
        kw=(
            "elatusapu, lastenvalvoja, elatussopimus, huoltajuus, tapaamisoikeus, ero",
            "underhållsbidrag, barnatillsyningsman, vårdnad, umgängesrätt",
            "child maintenance, child support, custody, contact rights",
        ),
        level="centralised",
        access="direct",
        charge="free",
        tg=("KR1.2",),
        groups=("families",),
    ),
    svc(
        "SOTE-0082",
        sv="Medling i familjefrågor",
        en="Family mediation",
        summary=(
            "Maksutonta ja luottamuksellista sovittelua perheen ristiriidoissa ja "
            "erotilanteissa, myös lapsia koskevissa asioissa.",
            "Avgiftsfri och konfidentiell medling vid konflikter i familjen och vid separation, "
            "även i frågor som gäller barnen.",
            "Free and confidential mediation in family conflicts and separations, including "
            "matters concerning children.",
        ),
        kw=(
            "perheasioiden sovittelu, ero, avioero, riita, sovittelija",
            "familjemedling, skilsmässa, separation, medlare",
            "family mediation, divorce, separation, mediator",
        ),
        level="centralised",
        access="direct",
        charge="free",
    ),
    svc(
        "SOTE-0083",
        sv="Öppenvård inom barnskyddet",
        en="Child welfare open care",
        summary=(
            "Lastensuojelun tukitoimet lapselle ja perheelle, kuten tukihenkilö, perhetyö ja "
            "taloudellinen tuki, lastensuojelutarpeen selvityksen jälkeen.",
            (
                "Stödåtgärder inom barnskyddet för barnet och familjen, såsom stödperson, "
                "familjearbete och ekonomiskt stöd, efter utredning av barnskyddsbehovet."
            ),
            "Child welfare support for the child and family, such as a support person, family "
            "work and financial support, after a child welfare needs assessment.",
        ),
        kw=(
            "lastensuojelu, lastensuojeluilmoitus, sosiaalityöntekijä, avohuolto, tukitoimet",
            "barnskydd, barnskyddsanmälan, socialarbetare, öppenvård",
            "child protection, child welfare, child protection report, social worker",
        ),
        level="basic_regional",
        access="assessment_decision",
        charge="free",
        max_age=17,
        tg=("KR1.2",),
    ),
    svc(
        "SOTE-0084",
        sv="Vård utom hemmet inom barnskyddet",
        en="Substitute care in child welfare",
        summary=(
            "Huostaan otetun tai kiireellisesti sijoitetun lapsen hoito kodin ulkopuolella "
            "perhehoidossa, ammatillisessa perhekodissa tai laitoksessa.",
            "Vård utom hemmet för ett omhändertaget eller brådskande placerat barn i "
            "familjevård, i ett professionellt familjehem eller på institution.",
            "Care outside the home for a child taken into care or placed urgently, in foster "
            "care, a professional foster home or an institution.",
        ),
        kw=(
            "huostaanotto, sijoitus, sijaisperhe, lastenkoti, sijaishuolto",
            "omhändertagande, placering, fosterfamilj, barnhem",
            "taken into care, placement, foster family, children's home",
        ),
        level="special",
        access="assessment_decision",
        charge="income_based",
        max_age=17,
        tg=("KR1.2",),
    ),
    svc(
        "SOTE-0085",
        sv="Eftervård inom barnskyddet",
        en="Aftercare in child welfare",
        summary=(
            "Tukea asumiseen, talouteen, opiskeluun ja työhön sijaishuollosta lähteneelle "
            "nuorelle 25-vuotiaaksi asti.",
            "Stöd för boende, ekonomi, studier och arbete för unga som lämnat vård utom hemmet, "
            "till 25 års ålder.",
            "Support with housing, finances, studies and work for young people who have left "
            "substitute care, up to the age of 25.",
        ),
        kw=(
            "jälkihuolto, jälkihuoltonuori, itsenäistyminen, sijoitettu nuori",
            "eftervård, självständighet, placerad ungdom",
            "aftercare, care leaver, leaving care",
        ),
        level="basic_regional",
        access="assessment_decision",
        charge="free",
        max_age=24,
        tg=("KR1.3",),
    ),
    svc(
        "SOTE-0086",
        sv="Familjerehabilitering",
        en="Family rehabilitation",
        summary=(
            "Lastensuojelun avohuollon perhekuntoutus: suunnitelmallista tukea perheen arkeen "
            "ja vuorovaikutukseen kotona tai kuntoutusyksikössä.",
            "Familjerehabilitering inom barnskyddets öppenvård: planmässigt stöd för familjens "
            "vardag och samspel hemma eller på en rehabiliteringsenhet.",
            "Family rehabilitation in child welfare open care: planned support for family "
            "routines and interaction at home or in a rehabilitation unit.",
        ),
        kw=(
            "perhekuntoutus, lastensuojelu, perheen tuki",
            "familjerehabilitering, barnskydd, familjestöd",
            "family rehabilitation, child welfare, family support",
        ),
        level="centralised",
        access="assessment_decision",
        charge="free",
        tg=("KR1.2",),
        groups=("families",),
    ),
    svc(
        "SOTE-0087",
        sv="Hemsjukhustjänster",
        en="Hospital at home services",
        summary=(
            "Lyhytaikainen sairaalatasoinen hoito, kuten suonensisäinen lääkitys, potilaan "
            "kotona lääkärin päätöksellä.",
            "Kortvarig vård på sjukhusnivå, såsom intravenös medicinering, i patientens hem "
            "enligt läkarens beslut.",
            "Short-term hospital-level care, such as intravenous medication, in the patient's "
            "home by a doctor's decision.",
        ),
        kw=(
            "kotisairaala, suonensisäinen antibiootti, kotona hoito",
            "hemsjukhus, intravenös antibiotika, vård i hemmet",
            "hospital at home, home hospital, IV antibiotics at home",
        ),
        level="basic_regional",
        access="referral",
        charge="charged",
    ),
    svc(
        "SOTE-0088",
        sv="Hemvård",
        en="Home care",
        summary=(
            "Kotipalvelu ja kotisairaanhoito kotona asumisen tueksi; myönnetään "
            "palvelutarpeen arvioinnin ja päätöksen perusteella, myös palvelusetelillä.",
            "Hemservice och hemsjukvård som stöd för boende hemma; beviljas efter bedömning av "
            "servicebehovet och beslut, även med servicesedel.",
            "Home help and home nursing to support living at home; granted after a "
            "service-need assessment and decision, also with a service voucher.",
        ),
        kw=(
            "kotihoito, kotihoitaja, kotiapu, kotikäynti, vanhus, ikäihminen, kaatuminen",
            "hemvård, hemvårdare, hemhjälp, hembesök, äldre",
            "home care, home help, carer, home visit, elderly care",
        ),
        level="basic_local",
        access="assessment_decision",
        choice="voucher",
        charge="income_based",
        voucher=HOME_CARE_VOUCHER,
        tg=("KR1.1",),
        laws=(VANHUSPALVELULAKI,),
    ),
    svc(
        "SOTE-0089",
        sv="Hemsjukvård",
        en="Home nursing",
        summary=(
            "Sairaanhoitajan hoito kotona, kuten lääkehoito ja haavanhoito, kun terveysasemalla "
            "käyminen ei onnistu.",
            "Sjukskötarens vård i hemmet, till exempel medicinering och sårvård, när man inte "
            "kan besöka hälsostationen.",
            "Nursing care at home, such as medication and wound care, when the patient cannot "
            "visit the health centre.",
        ),
        kw=(
            "kotisairaanhoito, kotisairaanhoitaja, haavanhoito, lääkehoito kotona",
            "hemsjukvård, hemsjukskötare, sårvård",
            "home nursing, district nurse, wound care",
        ),
        level="basic_local",
        access="referral",
        charge="charged",
    ),
    svc(
        "SOTE-0090",
        sv="Hemservice",
        en="Home help services",
        summary=(
            "Apua arjen askareisiin ja henkilökohtaisiin toimiin kotona iän, sairauden, vamman "
            "tai perhetilanteen vuoksi; myös lapsiperheille.",
            (
                "Hjälp med vardagssysslor och personlig omvårdnad hemma på grund av ålder, "
                "sjukdom, funktionsnedsättning eller familjesituation; även för barnfamiljer."
            ),
            "Help with daily tasks and personal care at home because of age, illness, "
            "disability or family situation; also for families with children.",
        ),
        kw=(
            "kotipalvelu, kotiapu, lapsiperheen kotipalvelu, ateriapalvelu, tukipalvelut",
            "hemservice, hemhjälp, hemservice för barnfamiljer, måltidsservice",
            "home help, domestic help, home help for families, meal service",
        ),
        level="basic_local",
        access="assessment_decision",
        choice="voucher",
        charge="income_based",
        voucher=voucher("hour"),
    ),
    svc(
        "SOTE-0091",
        sv="Stöd för närståendevård",
        en="Support for informal care",
        summary=(
            "Hoitopalkkio, vapaapäivät ja palvelut omaishoitajalle, joka hoitaa läheistään "
            "kotona; myönnetään hakemuksesta päätöksellä.",
            "Vårdarvode, lediga dagar och tjänster för en närståendevårdare som vårdar en "
            "anhörig hemma; beviljas på ansökan genom beslut.",
            "Care allowance, days off and services for an informal carer looking after a "
            "family member at home; granted on application by decision.",
        ),
        kw=(
            "omaishoito, omaishoitaja, omaishoidon tuki, hoitopalkkio, omaishoidon vapaa",
            "närståendevård, närståendevårdare, vårdarvode",
            "informal care, family carer, carer's allowance",
        ),
        level="basic_regional",
        access="assessment_decision",
        charge="free",
    ),
    svc(
        "SOTE-0092",
        sv="Stödperson- och stödfamiljsverksamhet",
        en="Support person and support family services",
        summary=(
            "Lapselle tukihenkilö tai tukiperhe, jonka luona lapsi voi viettää esimerkiksi "
            "yhden viikonlopun kuukaudessa.",
            "En stödperson eller stödfamilj för barnet, hos vilken barnet kan tillbringa till "
            "exempel ett veckoslut i månaden.",
            "A support person or support family for a child, with whom the child can spend, "
            "for example, one weekend a month.",
        ),
        kw=(
            "tukihenkilö, tukiperhe, lapsen tuki",
            "stödperson, stödfamilj",
            "support person, support family",
        ),
        level="basic_regional",
        access="assessment_decision",
        charge="free",
        max_age=17,
        tg=("KR1.2",),
    ),
    svc(
        "SOTE-0093",
        sv="Kamratstöd inom socialvården",
        en="Peer support in social welfare",
        summary=(
            "Ohjattuja vertaisryhmiä lapsille ja perheille, joissa jaetaan kokemuksia "
            "samankaltaisista tilanteista.",
            "Handledda kamratstödsgrupper för barn och familjer där man delar erfarenheter av "
            "liknande situationer.",
            "Guided peer groups for children and families to share experiences of similar "
            "situations.",
        ),
        kw=(
            "vertaistuki, vertaisryhmä, tukiryhmä",
            "kamratstöd, stödgrupp",
            "peer support, support group",
        ),
        level="basic_local",
        access="direct",
        charge="free",
    ),
    svc(
        "SOTE-0094",
        sv="Skolhälsovård",
        en="School health care",
        summary=(
            "Peruskoululaisten maksuton kouluterveydenhoitajan ja koululääkärin palvelu: "
            "terveystarkastukset, rokotukset ja terveysneuvonta koulussa.",
            "Avgiftsfri skolhälsovård för grundskolelever hos skolhälsovårdare och skolläkare: "
            "hälsoundersökningar, vaccinationer och hälsorådgivning i skolan.",
            "Free school nurse and school doctor services for comprehensive school pupils: "
            "health check-ups, vaccinations and health advice at school.",
        ),
        kw=(
            "kouluterveydenhoitaja, kouluterveydenhuolto, koululääkäri, terveydenhoitaja",
            "skolhälsovårdare, skolhälsovård, skolläkare",
            "school nurse, school health care, school doctor",
        ),
        level="basic_local",
        access="direct",
        charge="free",
        min_age=7,
        max_age=17,
        residence=False,
        tg=("KR1.2", "KR1.3"),
        groups=("pupils",),
    ),
    svc(
        "SOTE-0095",
        sv="Studerandehälsovård",
        en="Student health care",
        summary=(
            "Lukio- ja ammattikouluopiskelijoiden terveydenhuolto oppilaitoksen "
            "sijaintialueella; korkeakouluopiskelijoita palvelee YTHS.",
            "Hälsovård för studerande i gymnasier och yrkesläroanstalter där läroanstalten "
            "finns; högskolestuderande betjänas av SHVS.",
            "Health care for general and vocational upper secondary students where the "
            "institution is located; higher education students are served by YTHS.",
        ),
        kw=(
            "opiskeluterveydenhuolto, opiskelija, terveydenhoitaja, lukio, ammattikoulu, YTHS",
            "studerandehälsovård, studerande, hälsovårdare, gymnasium, SHVS",
            "student health care, student, health nurse, YTHS",
        ),
        level="basic_local",
        access="direct",
        charge="free",
        residence=False,
        tg=("KR1.3",),
        laws=("Laki korkeakouluopiskelijoiden opiskeluterveydenhuollosta",),
        groups=("students",),
    ),
    svc(
        "SOTE-0096",
        sv="Kuratorsverksamhet inom elev- och studerandevården",
        en="School social worker (curator) services",
        summary=(
            "Koulukuraattori tukee oppilaita ja opiskelijoita koulunkäyntiin, perhetilanteeseen "
            "ja ihmissuhteisiin liittyvissä asioissa; maksuton.",
            "Skolkuratorn stöder elever och studerande i frågor om skolgång, familjesituation "
            "och relationer; avgiftsfritt.",
            "The school social worker (curator) supports pupils and students with schooling, "
            "family situations and relationships; free of charge.",
        ),
        kw=(
            "kuraattori, koulukuraattori, opiskeluhuolto, kiusaaminen",
            "kurator, skolkurator, elevvård, mobbning",
            "school social worker, curator, student welfare, bullying",
        ),
        level="basic_local",
        access="direct",
        charge="free",
        residence=False,
        tg=("KR1.2", "KR1.3"),
        groups=("pupils", "students"),
    ),
    svc(
        "SOTE-0097",
        sv="Företagshälsovård",
        en="Occupational health care",
        summary=(
            "Työnantajan järjestämä työterveyshuolto työkyvyn tukemiseen ja työperäisten "
            "terveysriskien ehkäisyyn; kysy omalta työnantajalta.",
            "Företagshälsovård som arbetsgivaren ordnar för att stödja arbetsförmågan och "
            "förebygga arbetsrelaterade hälsorisker; fråga din arbetsgivare.",
            "Occupational health care arranged by the employer to support work ability and "
            "prevent work-related health risks; ask your employer.",
        ),
        kw=(
            "työterveyshuolto, työterveys, työterveyslääkäri, sairausloma, työkyky",
            "företagshälsovård, företagsläkare, sjukledighet, arbetsförmåga",
            "occupational health care, occupational health, sick leave, work ability",
        ),
        level="basic_local",
        access="direct",
        charge="free",
        residence=False,
        own_production=False,  # arranged by employers; counties rarely produce it themselves
        note=(
            "Työterveyshuollon järjestää työnantaja.",
            "Företagshälsovården ordnas av arbetsgivaren.",
            "Occupational health care is arranged by the employer.",
        ),
        groups=("working",),
    ),
    svc(
        "SOTE-0098",
        sv="Sjömanshälsovård",
        en="Seafarers' health care",
        summary=(
            "Merenkulkijoiden terveyspalvelut, myös suun terveydenhuolto ja työterveyshuolto, "
            "tietyissä satamakaupungeissa.",
            "Hälsovårdstjänster för sjöfarare, även mun- och tandvård och företagshälsovård, i "
            "vissa hamnstäder.",
            "Health services for seafarers, including dental and occupational health care, in "
            "certain port cities.",
        ),
        kw=(
            "merimies, merenkulkija, merimiesterveydenhuolto, satama",
            "sjöman, sjöfarare, sjömanshälsovård",
            "seafarer, sailor, seafarers' health",
        ),
        level="centralised",
        access="direct",
        charge="charged",
        residence=False,
        # Port cities named in the description: Hamina, Helsinki, Kemi, Kotka, Oulu,
        # Pietarsaari, Pori, Rauma, Savonlinna, Turku and Vaasa.
        organisers=("05", "06", "10", "12", "17", "19", "21", "90"),
        groups=("seafarers",),
    ),
    svc(
        "SOTE-0099",
        sv="Granskning av patientuppgifter",
        en="Checking your patient records",
        summary=(
            "Oikeus tarkistaa omat potilastietonsa; pyyntö tehdään hoitopaikkaan, ja tietoja "
            "näkee myös OmaKanta-palvelussa.",
            "Rätt att granska sina egna patientuppgifter; begäran görs till vårdplatsen, och "
            "uppgifterna syns även i MinaKanta.",
            "The right to check your own patient records; make the request to the place of "
            "care; records are also visible in MyKanta.",
        ),
        kw=(
            "potilastiedot, OmaKanta, tietopyyntö, sairauskertomus",
            "patientuppgifter, MinaKanta, journal, begäran om uppgifter",
            "patient records, MyKanta, medical records, access request",
        ),
        level="support",
        access="direct",
        charge="free",
        residence=False,
    ),
    svc(
        "SOTE-0100",
        sv="Distribution av vårdartiklar",
        en="Distribution of care supplies",
        summary=(
            (
                "Pitkäaikaissairauden hoitoon tarvittavat hoitotarvikkeet, kuten diabetes-, "
                "avanne- ja haavanhoitotarvikkeet, maksutta ammattilaisen arvion mukaan."
            ),
            "Vårdartiklar för vården av långvariga sjukdomar, såsom diabetes-, stomi- och "
            "sårvårdsartiklar, avgiftsfritt efter bedömning av en yrkesperson.",
            "Care supplies for long-term illnesses, such as diabetes, stoma and wound care "
            "supplies, free of charge after a professional's assessment.",
        ),
        kw=(
            "hoitotarvikkeet, hoitotarvikejakelu, diabetestarvikkeet, vaipat, avannetarvikkeet",
            "vårdartiklar, diabetesartiklar, blöjor, stomiartiklar",
            "care supplies, diabetes supplies, incontinence pads, stoma supplies",
        ),
        level="support",
        access="referral",
        charge="free",
    ),
    svc(
        "SOTE-0101",
        sv="Tolktjänster",
        en="Interpreting services",
        summary=(
            "Oikeus asioida suomeksi tai ruotsiksi ja saada tarvittaessa tulkkaus; vammaisten "
            "henkilöiden tulkkauspalvelun myöntää Kela.",
            "Rätt att använda finska eller svenska och vid behov få tolkning; tolkningstjänst "
            "för personer med funktionsnedsättning beviljas av FPA.",
            "The right to use Finnish or Swedish and to get interpreting when needed; "
            "interpreting services for persons with disabilities are granted by Kela.",
        ),
        kw=(
            "tulkki, tulkkaus, asioimistulkki, viittomakieli, ruotsinkielinen palvelu",
            "tolk, tolkning, teckenspråk, service på svenska",
            "interpreter, interpreting, sign language, service in Swedish",
        ),
        level="support",
        access="direct",
        charge="free",
        residence=False,
    ),
    # --- curated county services without a PTV general description --------------------------
    svc(
        "SN-0001",
        fi="Erikoissairaanhoito",
        sv="Specialiserad sjukvård",
        en="Specialised medical care",
        summary=(
            "Sairaalan erikoislääkärin tutkimus ja hoito lähetteellä; lähetteen tekee yleensä "
            "sote-keskuksen tai työterveyshuollon lääkäri.",
            (
                "Undersökning och vård av specialistläkare på sjukhus med remiss, vanligen från en "
                "läkare vid social- och hälsocentralen eller företagshälsovården."
            ),
            "Examination and treatment by hospital specialists with a referral, usually written "
            "by a doctor at the sote centre or in occupational health care.",
        ),
        kw=(
            "erikoissairaanhoito, sairaala, erikoislääkäri, poliklinikka, lähete, kardiologi, "
            "leikkaus",
            "specialiserad sjukvård, sjukhus, specialistläkare, poliklinik, remiss, kardiolog",
            "specialised care, hospital, specialist, outpatient clinic, referral, "
            "cardiologist, surgery",
        ),
        level="special",
        access="referral",
        charge="charged",
        classes=("P5.6",),
        laws=("Terveydenhuoltolaki",),
        hus=True,
    ),
    svc(
        "SN-0002",
        fi="Matalan kynnyksen mielenterveys- ja päihdepalvelut",
        sv="Mentalvårds- och missbrukartjänster med låg tröskel",
        en="Low-threshold mental health and substance use services",
        summary=(
            "Apua mielenterveys- ja päihdepulmiin ilman lähetettä ja usein ilman ajanvarausta, "
            "myös puhelimitse ja chatissa; maksuton.",
            "Hjälp vid psykiska problem och missbruksproblem utan remiss och ofta utan "
            "tidsbokning, även per telefon och chatt; avgiftsfritt.",
            "Help with mental health and substance use problems without a referral and often "
            "without an appointment, also by phone and chat; free of charge.",
        ),
        kw=(
            "matala kynnys, mielenterveys, ahdistus, masennus, päihteet, alkoholi, "
            "walk-in, chat, mielenterveys- ja päihdepalvelut",
            "låg tröskel, psykisk hälsa, ångest, depression, missbruk, alkohol, walk-in",
            "low threshold, walk-in, mental health, anxiety, depression, alcohol, substance use",
        ),
        level="basic_local",
        access="direct",
        charge="free",
        classes=("P5.7",),
        laws=("Terveydenhuoltolaki", "Sosiaalihuoltolaki", "Mielenterveyslaki", "Päihdehuoltolaki"),
    ),
    # --- municipal services (not the county's: send the client to the municipality) ----------
    svc(
        "KUNTA-0001",
        fi="Varhaiskasvatus",
        sv="Småbarnspedagogik",
        en="Early childhood education and care",
        summary=(
            "Päivähoito päiväkodissa tai perhepäivähoidossa on kunnan palvelu: hae kotikunnan "
            "varhaiskasvatukseen viimeistään neljä kuukautta ennen tarvetta.",
            "Dagvård i daghem eller familjedagvård är en kommunal tjänst: ansök till "
            "hemkommunens småbarnspedagogik senast fyra månader innan behovet.",
            "Day care in a day-care centre or family day care is a municipal service: apply to "
            "your home municipality at least four months before you need it.",
        ),
        kw=(
            "päivähoito, päiväkoti, varhaiskasvatus, hoitopaikka, perhepäivähoito, tarha",
            "dagvård, daghem, småbarnspedagogik, dagisplats, familjedagvård",
            "day care, daycare, nursery, kindergarten, early childhood education",
        ),
        level="basic_local",
        access="direct",
        charge="income_based",
        responsibility="municipality",
        max_age=6,
        tg=("KR1.2",),
        classes=("P3.4",),
        laws=("Varhaiskasvatuslaki",),
    ),
    svc(
        "KUNTA-0002",
        fi="Esi- ja perusopetus",
        sv="Förskoleundervisning och grundläggande utbildning",
        en="Pre-primary and basic education",
        summary=(
            "Esi- ja perusopetus on kunnan palvelu: kunta osoittaa lapselle lähikoulun; ota "
            "yhteys kotikunnan opetuspalveluihin.",
            (
                "Förskoleundervisning och grundläggande utbildning är kommunala: kommunen anvisar "
                "barnet en närskola; kontakta hemkommunens utbildningstjänster."
            ),
            "Pre-primary and basic education are municipal services: the municipality assigns "
            "a local school; contact your home municipality's education services.",
        ),
        kw=(
            "koulu, peruskoulu, koulupaikka, esiopetus, eskari, lähikoulu",
            "skola, grundskola, skolplats, förskoleundervisning, närskola",
            "school, comprehensive school, primary school, pre-school, school place",
        ),
        level="basic_local",
        access="direct",
        charge="free",
        responsibility="municipality",
        min_age=6,
        max_age=17,
        tg=("KR1.2",),
        classes=("P6.1", "P6.2"),
        laws=("Perusopetuslaki",),
    ),
    svc(
        "KUNTA-0003",
        fi="Liikuntapalvelut",
        sv="Idrottstjänster",
        en="Sports services",
        summary=(
            "Kunnan liikuntapaikat, uimahallit ja ohjattu liikunta, myös erityisryhmille ja "
            "ikäihmisille.",
            "Kommunens idrottsplatser, simhallar och ledd motion, även för specialgrupper och "
            "äldre.",
            "Municipal sports facilities, swimming halls and guided exercise, also for special "
            "groups and older people.",
        ),
        kw=(
            "liikunta, uimahalli, kuntosali, ohjattu liikunta, senioriliikunta, soveltava liikunta",
            "idrott, motion, simhall, gym, ledd motion",
            "sports, exercise, swimming pool, gym, guided exercise",
        ),
        level="basic_local",
        access="direct",
        charge="charged",
        responsibility="municipality",
        residence=False,
        classes=("P27", "P27.1"),
        laws=("Liikuntalaki",),
    ),
    svc(
        "KUNTA-0004",
        fi="Kulttuuri- ja kirjastopalvelut",
        sv="Kultur- och bibliotekstjänster",
        en="Cultural and library services",
        summary=(
            "Kunnan kirjasto- ja kulttuuripalvelut, kuten kirjastot, museot ja "
            "kulttuuritapahtumat.",
            "Kommunens biblioteks- och kulturtjänster, såsom bibliotek, museer och "
            "kulturevenemang.",
            "Municipal library and cultural services, such as libraries, museums and cultural "
            "events.",
        ),
        kw=(
            "kirjasto, kulttuuri, museo, teatteri, konsertti",
            "bibliotek, kultur, museum, teater",
            "library, culture, museum, theatre",
        ),
        level="basic_local",
        access="direct",
        charge="free",
        responsibility="municipality",
        residence=False,
        classes=("P25", "P25.1"),
        laws=("Laki kuntien kulttuuritoiminnasta", "Laki yleisistä kirjastoista"),
    ),
    svc(
        "KUNTA-0005",
        fi="Hyvinvoinnin ja terveyden edistäminen",
        sv="Främjande av välfärd och hälsa",
        en="Health and wellbeing promotion",
        summary=(
            "Kunnan hyvinvointia ja terveyttä edistävät palvelut, kuten kohtaamispaikat, "
            "senioritoiminta ja ehkäisevä työ; kysy kotikunnasta.",
            "Kommunens tjänster som främjar välfärd och hälsa, såsom mötesplatser, "
            "seniorverksamhet och förebyggande arbete; fråga din hemkommun.",
            "Municipal services that promote wellbeing and health, such as meeting places, "
            "activities for seniors and preventive work; ask your home municipality.",
        ),
        kw=(
            "hyte, hyvinvointi, terveyden edistäminen, kohtaamispaikka, senioritoiminta, järjestöt",
            "hälsofrämjande, välfärd, mötesplats, seniorverksamhet",
            "health promotion, wellbeing, meeting place, activities for seniors",
        ),
        level="basic_local",
        access="direct",
        charge="free",
        responsibility="municipality",
        residence=False,
        classes=("P5.17",),
        laws=("Kuntalaki", "Terveydenhuoltolaki"),
    ),
]


# ---------------------------------------------------------------------------------------------
# Example data for Uusimaa (example=true on every record): fictional providers and locations that
# exercise the whole provider model and make the desk scenarios answerable. Street names are
# invented, postal codes and coordinates are those of the real town centres, phone numbers use
# a 000 block after the area code (subscriber numbers never start with 0), web and e-mail use
# the reserved .example domain.
# ---------------------------------------------------------------------------------------------

MON_FRI = (0, 1, 2, 3, 4)
MON_THU = (0, 1, 2, 3)
FRI = (4,)
SAT = (5,)
WEEKEND = (5, 6)
EVERY_DAY = (0, 1, 2, 3, 4, 5, 6)

# Example business IDs start at 999xxxx, far beyond the numbers issued so far (new companies get
# IDs around 3.5 million), so they should not collide with real companies.
EXAMPLE_BUSINESS_ID_BASE = 9990001

# (slug, kind, organiser code or None, names fi/sv/en)
EXAMPLE_PROVIDERS: list[tuple[str, str, str | None, tuple[str, str, str]]] = [
    (
        "sotekeskus-keski-uusimaa",
        "sote_keskus_oy",
        "02",
        (
            "Esimerkki Sote-keskus Keski-Uusimaa Oy",
            "Exempel Social- och hälsocentral Mellersta Nyland Ab",
            "Example Sote Centre Central Uusimaa Ltd",
        ),
    ),
    (
        "sotekeskus-ita-uusimaa",
        "sote_keskus_oy",
        "01",
        (
            "Esimerkki Sote-keskus Itä-Uusimaa Oy",
            "Exempel Social- och hälsocentral Östra Nyland Ab",
            "Example Sote Centre Eastern Uusimaa Ltd",
        ),
    ),
    (
        "suunterveys-lansi-uusimaa",
        "suun_terveydenhuolto_oy",
        "03",
        (
            "Esimerkki Suunterveys Länsi-Uusimaa Oy",
            "Exempel Munhälsa Västra Nyland Ab",
            "Example Oral Health Western Uusimaa Ltd",
        ),
    ),
    (
        "suunterveys-vantaa-kerava",
        "suun_terveydenhuolto_oy",
        "04",
        (
            "Esimerkki Suunterveys Vantaa–Kerava Oy",
            "Exempel Munhälsa Vanda–Kervo Ab",
            "Example Oral Health Vantaa–Kerava Ltd",
        ),
    ),
    (
        "kotihoito-ita-uusimaa",
        "voucher_provider",
        None,
        (
            "Esimerkki Kotihoito Itä-Uusimaa Oy",
            "Exempel Hemvård Östra Nyland Ab",
            "Example Home Care Eastern Uusimaa Ltd",
        ),
    ),
    (
        "vanhustenhoiva",
        "voucher_provider",
        None,
        ("Esimerkki Vanhustenhoiva Oy", "Exempel Äldreomsorg Ab", "Example Elderly Care Ltd"),
    ),
    (
        "kotiapu",
        "voucher_provider",
        None,
        ("Esimerkki Kotiapu Oy", "Exempel Hemhjälp Ab", "Example Home Help Ltd"),
    ),
    (
        "palvelukodit",
        "voucher_provider",
        None,
        ("Esimerkki Palvelukodit Oy", "Exempel Servicehem Ab", "Example Care Homes Ltd"),
    ),
    (
        "fysioterapia-lohja",
        "voucher_provider",
        None,
        (
            "Esimerkki Fysioterapia Lohja Oy",
            "Exempel Fysioterapi Lojo Ab",
            "Example Physiotherapy Lohja Ltd",
        ),
    ),
    (
        "kuntoutuskeskus",
        "voucher_provider",
        None,
        (
            "Esimerkki Kuntoutuskeskus Oy",
            "Exempel Rehabiliteringscenter Ab",
            "Example Rehabilitation Centre Ltd",
        ),
    ),
    (
        "hammaslaakarit",
        "voucher_provider",
        None,
        ("Esimerkki Hammaslääkärit Oy", "Exempel Tandläkarna Ab", "Example Dentists Ltd"),
    ),
    (
        "mielenterveysseura",
        "ngo",
        None,
        (
            "Esimerkki Mielenterveysseura ry",
            "Exempel Mentalhälsoföreningen rf",
            "Example Mental Health Association",
        ),
    ),
]

ACCESSIBLE = (
    "Esteetön sisäänkäynti, hissi ja invapysäköinti.",
    "Tillgänglig ingång, hiss och parkering för personer med funktionsnedsättning.",
    "Step-free entrance, lift and accessible parking.",
)
NOT_ACCESSIBLE = (
    "Sisäänkäynnissä portaat eikä hissiä; pyydä tarvittaessa kotikäyntiä.",
    "Trappor vid ingången och ingen hiss; be vid behov om hembesök.",
    "Stairs at the entrance and no lift; ask for a home visit if needed.",
)
EXAMPLE_LOCATION_NOTE = (
    "Esimerkkiaineistoa: kuvitteellinen toimipiste, ei todellinen palvelupiste.",
    "Exempeldata: ett fiktivt verksamhetsställe, inte ett verkligt.",
    "Example data: a fictional service location, not a real one.",
)
PHONE_INFO = ("Neuvonta ja ajanvaraus", "Rådgivning och tidsbokning", "Advice and appointments")


def off(service: str, **extra: Any) -> dict[str, Any]:
    """An example offering at a location: home_visits, waiting_days, voucher (its unit only: the
    value is the organiser's), languages."""
    return {"service": service, **extra}


# Provider references: "own:<organiser code>" for the organiser's own production, "hus" for HUS,
# otherwise the slug of an example provider.
EXAMPLE_LOCATIONS: list[dict[str, Any]] = [
    # --- 1 Helsinki -------------------------------------------------------------------------
    {
        "slug": "hki-kallio-sote",
        "provider": "own:90",
        "units": ["ru-90"],
        "municipality": "Helsinki",
        "names": (
            "Esimerkki Kallion terveys- ja hyvinvointikeskus",
            "Exempel hälso- och välfärdscentralen i Berghäll",
            "Example Kallio Health and Wellbeing Centre",
        ),
        "street": ("Hyvinvointikatu 10", "Välfärdsgatan 10"),
        "postal": ("00530", "Helsinki", "Helsingfors"),
        "coords": (60.1845, 24.9510),
        "phone": "+358 9 000 1101",
        "hours": [(MON_THU, "08:00", "20:00"), (FRI, "08:00", "16:00")],
        "languages": ["fi", "sv", "en"],
        "accessible": True,
        "offers": [
            off("SOTE-0035"),
            off("SOTE-0009"),
            off("SOTE-0023"),
            off("SOTE-0025"),
            off("SOTE-0026"),
            off("SOTE-0027"),
            off("SOTE-0062"),
            off("SN-0002"),
        ],
    },
    {
        "slug": "hki-kallio-hammashoitola",
        "provider": "own:90",
        "units": ["ru-90"],
        "municipality": "Helsinki",
        "names": (
            "Esimerkki Kallion hammashoitola",
            "Exempel tandkliniken i Berghäll",
            "Example Kallio Dental Clinic",
        ),
        "street": ("Hyvinvointikatu 12", "Välfärdsgatan 12"),
        "postal": ("00530", "Helsinki", "Helsingfors"),
        "coords": (60.1848, 24.9517),
        "phone": "+358 9 000 1102",
        "hours": [(MON_FRI, "07:30", "19:00")],
        "languages": ["fi", "sv"],
        "accessible": True,
        "offers": [off("SOTE-0066", waiting_days=14), off("SOTE-0067")],
    },
    {
        "slug": "hki-kallio-kotihoito",
        "provider": "own:90",
        "units": ["ru-90"],
        "municipality": "Helsinki",
        "names": (
            "Esimerkki Kallion kotihoito",
            "Exempel hemvården i Berghäll",
            "Example Kallio Home Care",
        ),
        "street": ("Hoivapolku 3", "Omsorgsstigen 3"),
        "postal": ("00530", "Helsinki", "Helsingfors"),
        "coords": (60.1860, 24.9535),
        "phone": "+358 9 000 1103",
        "hours": [(EVERY_DAY, "07:00", "21:30")],
        "hours_note": (
            "Kotikäynnit joka päivä klo 7–21.30; toimisto vastaa puhelimeen arkisin klo 8–15.",
            "Hembesök varje dag kl. 7–21.30; kontoret svarar i telefon vardagar kl. 8–15.",
            "Home visits every day 7:00–21:30; the office answers the phone on weekdays "
            "8:00–15:00.",
        ),
        "languages": ["fi", "sv"],
        "accessible": False,
        "offers": [
            off("SOTE-0088", home_visits=True, waiting_days=3),
            off("SOTE-0089", home_visits=True),
        ],
    },
    # --- 2 Vantaa–Kerava --------------------------------------------------------------------
    {
        "slug": "vantaa-tikkurila-sote",
        "provider": "own:04",
        "units": ["ru-04"],
        "municipality": "Vantaa",
        "names": (
            "Esimerkki Tikkurilan sote-keskus",
            "Exempel social- och hälsocentralen i Dickursby",
            "Example Tikkurila Sote Centre",
        ),
        "street": ("Terveyskuja 4", "Hälsogränden 4"),
        "postal": ("01300", "Vantaa", "Vanda"),
        "coords": (60.2925, 25.0440),
        "phone": "+358 9 000 2101",
        "hours": [(MON_THU, "08:00", "20:00"), (FRI, "08:00", "16:00")],
        "languages": ["fi", "sv", "en"],
        "accessible": True,
        "offers": [
            off("SOTE-0035"),
            off("SOTE-0009"),
            off("SOTE-0023"),
            off("SOTE-0025"),
            off("SOTE-0062"),
            off("SN-0002"),
        ],
    },
    {
        "slug": "kerava-sote",
        "provider": "own:04",
        "units": ["ru-04"],
        "municipality": "Kerava",
        "names": (
            "Esimerkki Keravan sote-keskus",
            "Exempel social- och hälsocentralen i Kervo",
            "Example Kerava Sote Centre",
        ),
        "street": ("Terveystie 2", None),
        "postal": ("04200", "Kerava", "Kervo"),
        "coords": (60.4034, 25.1050),
        "phone": "+358 9 000 2201",
        "hours": [(MON_FRI, "08:00", "16:00")],
        "languages": ["fi", "en"],
        "accessible": True,
        "offers": [
            off("SOTE-0035"),
            off("SOTE-0009"),
            off("SOTE-0026"),
            off("SOTE-0027"),
            off("SOTE-0066"),
            off("SN-0002"),
        ],
    },
    # --- 3 Espoo–Kirkkonummi–Kauniainen -----------------------------------------------------
    {
        "slug": "espoo-leppavaara-perhekeskus",
        "provider": "own:03",
        "units": ["ru-03a"],
        "municipality": "Espoo",
        "names": (
            "Esimerkki Leppävaaran perhekeskus",
            "Exempel familjecentralen i Alberga",
            "Example Leppävaara Family Centre",
        ),
        "street": ("Perhekeskuksentie 4", "Familjecentralsvägen 4"),
        "postal": ("02600", "Espoo", "Esbo"),
        "coords": (60.2190, 24.8130),
        "phone": "+358 9 000 3101",
        "hours": [(MON_THU, "08:00", "18:00"), (FRI, "08:00", "15:00")],
        "languages": ["fi", "sv", "en"],
        "accessible": True,
        "offers": [
            off("SOTE-0026"),
            off("SOTE-0027"),
            off("SOTE-0012", home_visits=True),
            off("SOTE-0028"),
            off("SOTE-0029", waiting_days=10),
        ],
    },
    {
        "slug": "espoo-keskus-sote",
        "provider": "own:03",
        "units": ["ru-03a"],
        "municipality": "Espoo",
        "names": (
            "Esimerkki Espoon keskuksen sote-keskus",
            "Exempel social- och hälsocentralen i Esbo centrum",
            "Example Espoo Centre Sote Centre",
        ),
        "street": ("Terveyskuja 8", "Hälsogränden 8"),
        "postal": ("02770", "Espoo", "Esbo"),
        "coords": (60.2055, 24.6559),
        "phone": "+358 9 000 3102",
        "hours": [(MON_THU, "08:00", "20:00"), (FRI, "08:00", "16:00")],
        "languages": ["fi", "sv"],
        "accessible": True,
        "offers": [
            off("SOTE-0035"),
            off("SOTE-0009"),
            off("SOTE-0023"),
            off("SOTE-0062"),
            off("SN-0002"),
        ],
    },
    {
        "slug": "kirkkonummi-hammashoitola",
        "provider": "own:03",
        "units": ["ru-03a"],
        "municipality": "Kirkkonummi",
        "names": (
            "Esimerkki Kirkkonummen hammashoitola",
            "Exempel tandkliniken i Kyrkslätt",
            "Example Kirkkonummi Dental Clinic",
        ),
        "street": ("Hammaslääkärinkuja 2", "Tandläkargränden 2"),
        "postal": ("02400", "Kirkkonummi", "Kyrkslätt"),
        "coords": (60.1236, 24.4385),
        "phone": "+358 9 000 3201",
        "hours": [(MON_FRI, "07:30", "15:30")],
        "languages": ["fi", "sv"],
        "accessible": True,
        "offers": [off("SOTE-0066", waiting_days=21), off("SOTE-0067")],
    },
    # --- 4 Western Uusimaa ------------------------------------------------------------------
    {
        "slug": "vihti-nummela-hammashoitola",
        "provider": "own:03",
        "units": ["ru-03b"],
        "municipality": "Vihti",
        "names": (
            "Esimerkki Nummelan hammashoitola",
            "Exempel tandkliniken i Nummela",
            "Example Nummela Dental Clinic",
        ),
        "street": ("Hammaslääkärinkuja 5", None),
        "postal": ("03100", "Nummela", "Nummela"),
        "coords": (60.3333, 24.3247),
        "phone": "+358 19 000 4101",
        "hours": [(MON_FRI, "07:30", "15:30")],
        "languages": ["fi"],
        "accessible": True,
        "offers": [off("SOTE-0066", waiting_days=28), off("SOTE-0067")],
    },
    {
        "slug": "lohja-hammashoitola",
        "provider": "own:03",
        "units": ["ru-03b"],
        "municipality": "Lohja",
        "names": (
            "Esimerkki Lohjan hammashoitola",
            "Exempel tandkliniken i Lojo",
            "Example Lohja Dental Clinic",
        ),
        "street": ("Hammaslääkärinkuja 1", "Tandläkargränden 1"),
        "postal": ("08100", "Lohja", "Lojo"),
        "coords": (60.2486, 24.0653),
        "phone": "+358 19 000 4201",
        "hours": [(MON_THU, "07:30", "20:00"), (FRI, "07:30", "15:00")],
        "hours_note": (
            "Iltavastaanotto maanantaista torstaihin klo 20 asti.",
            "Kvällsmottagning måndag–torsdag till kl. 20.",
            "Evening appointments Monday to Thursday until 20:00.",
        ),
        "languages": ["fi", "sv"],
        "accessible": True,
        "offers": [off("SOTE-0066", waiting_days=21)],
    },
    {
        "slug": "lohja-hammashoidon-paivystys",
        "provider": "own:03",
        "units": ["ru-03a", "ru-03b"],
        "municipality": "Lohja",
        "names": (
            "Esimerkki hammashoidon päivystys, Lohja",
            "Exempel tandvårdsjour, Lojo",
            "Example Emergency Dental Care, Lohja",
        ),
        "street": ("Hammaslääkärinkuja 1", "Tandläkargränden 1"),
        "postal": ("08100", "Lohja", "Lojo"),
        "coords": (60.2487, 24.0655),
        "phone": "+358 19 000 4202",
        "hours": [(MON_FRI, "08:00", "20:00"), (WEEKEND, "09:00", "15:00")],
        "hours_note": (
            "Soita ennen tuloa. Muina aikoina kiireellinen hammashoito yhteispäivystyksessä.",
            "Ring före besöket. Övriga tider ges brådskande tandvård på samjouren.",
            "Call before coming. At other times urgent dental care is given at the joint "
            "emergency service.",
        ),
        "languages": ["fi", "sv"],
        "accessible": True,
        "offers": [off("SOTE-0004")],
    },
    {
        "slug": "lohja-kuntoutus",
        "provider": "own:03",
        "units": ["ru-03b"],
        "municipality": "Lohja",
        "names": (
            "Esimerkki Lohjan kuntoutusyksikkö",
            "Exempel rehabiliteringsenheten i Lojo",
            "Example Lohja Rehabilitation Unit",
        ),
        "street": ("Kuntoutuskuja 6", "Rehabiliteringsgränden 6"),
        "postal": ("08100", "Lohja", "Lojo"),
        "coords": (60.2510, 24.0700),
        "phone": "+358 19 000 4203",
        "hours": [(MON_FRI, "08:00", "15:30")],
        "languages": ["fi", "sv"],
        "accessible": True,
        "offers": [
            off("SOTE-0038", home_visits=True, waiting_days=21),
            off("SOTE-0042", home_visits=True, waiting_days=21),
            off("SOTE-0043", waiting_days=30),
            off("SOTE-0047"),
        ],
    },
    {
        "slug": "raasepori-tammisaari-sote",
        "provider": "own:03",
        "units": ["ru-03b"],
        "municipality": "Raasepori",
        "names": (
            "Esimerkki Tammisaaren sote-keskus",
            "Exempel social- och hälsocentralen i Ekenäs",
            "Example Ekenäs Sote Centre",
        ),
        "street": ("Terveyskuja 3", "Hälsogränden 3"),
        "postal": ("10600", "Tammisaari", "Ekenäs"),
        "coords": (59.9736, 23.4363),
        "phone": "+358 19 000 4301",
        "hours": [(MON_FRI, "08:00", "16:00")],
        "languages": ["sv", "fi"],
        "accessible": True,
        "offers": [
            off("SOTE-0035"),
            off("SOTE-0027"),
            off("SOTE-0066", waiting_days=21),
            off("SOTE-0088", home_visits=True, waiting_days=5),
        ],
    },
    # --- 5 Central Uusimaa ------------------------------------------------------------------
    {
        "slug": "jarvenpaa-sote",
        "provider": "own:02",
        "units": ["ru-02"],
        "municipality": "Järvenpää",
        "names": (
            "Esimerkki Järvenpään sote-keskus",
            "Exempel social- och hälsocentralen i Träskända",
            "Example Järvenpää Sote Centre",
        ),
        "street": ("Terveyskuja 1", None),
        "postal": ("04400", "Järvenpää", "Träskända"),
        "coords": (60.4737, 25.0899),
        "phone": "+358 9 000 5101",
        "hours": [(MON_THU, "08:00", "20:00"), (FRI, "08:00", "16:00")],
        "hours_note": (
            "Mielenterveys- ja päihdepalvelujen walk-in-vastaanotto ma–to klo 20 asti.",
            "Walk-in-mottagning för mentalvårds- och missbrukartjänster mån–tors till kl. 20.",
            "Walk-in mental health and substance use services Monday to Thursday until 20:00.",
        ),
        "languages": ["fi", "en"],
        "accessible": True,
        "offers": [
            off("SOTE-0035"),
            off("SOTE-0009"),
            off("SOTE-0015"),
            off("SOTE-0062"),
            off("SOTE-0064", waiting_days=14),
            off("SN-0002"),
        ],
    },
    {
        "slug": "hyvinkaa-kotihoito",
        "provider": "own:02",
        "units": ["ru-02"],
        "municipality": "Hyvinkää",
        "names": (
            "Esimerkki Hyvinkään kotihoito",
            "Exempel hemvården i Hyvinge",
            "Example Hyvinkää Home Care",
        ),
        "street": ("Hoivapolku 7", None),
        "postal": ("05800", "Hyvinkää", "Hyvinge"),
        "coords": (60.6333, 24.8667),
        "phone": "+358 19 000 5201",
        "hours": [(EVERY_DAY, "07:00", "21:00")],
        "languages": ["fi"],
        "accessible": False,
        "offers": [
            off("SOTE-0088", home_visits=True, waiting_days=4),
            off("SOTE-0089", home_visits=True),
        ],
    },
    # --- 6 Eastern Uusimaa ------------------------------------------------------------------
    {
        "slug": "porvoo-kotihoito",
        "provider": "own:01",
        "units": ["ru-01"],
        "municipality": "Porvoo",
        "names": (
            "Esimerkki Porvoon kotihoito",
            "Exempel hemvården i Borgå",
            "Example Porvoo Home Care",
        ),
        "street": ("Hoivapolku 2", "Omsorgsstigen 2"),
        "postal": ("06100", "Porvoo", "Borgå"),
        "coords": (60.3932, 25.6650),
        "phone": "+358 19 000 6101",
        "hours": [(EVERY_DAY, "07:00", "21:30")],
        "hours_note": (
            "Kotikäynnit joka päivä; palvelutarpeen arvioinnin ajanvaraus arkisin klo 8–15.",
            "Hembesök varje dag; tidsbokning för bedömning av servicebehovet vardagar kl. 8–15.",
            "Home visits every day; appointments for service-need assessment on weekdays "
            "8:00–15:00.",
        ),
        "languages": ["fi", "sv"],
        "accessible": True,
        "offers": [
            off("SOTE-0088", home_visits=True, waiting_days=3),
            off("SOTE-0089", home_visits=True),
            off("SOTE-0090", home_visits=True, waiting_days=7),
        ],
    },
    {
        "slug": "porvoo-sote",
        "provider": "own:01",
        "units": ["ru-01"],
        "municipality": "Porvoo",
        "names": (
            "Esimerkki Porvoon sote-keskus",
            "Exempel social- och hälsocentralen i Borgå",
            "Example Porvoo Sote Centre",
        ),
        "street": ("Terveyskuja 5", "Hälsogränden 5"),
        "postal": ("06100", "Porvoo", "Borgå"),
        "coords": (60.3950, 25.6600),
        "phone": "+358 19 000 6102",
        "hours": [(MON_THU, "08:00", "18:00"), (FRI, "08:00", "16:00")],
        "languages": ["fi", "sv"],
        "accessible": True,
        "offers": [
            off("SOTE-0035"),
            off("SOTE-0014"),
            off("SOTE-0023"),
            off("SOTE-0027"),
            off("SOTE-0062"),
        ],
    },
    {
        "slug": "loviisa-hammashoitola",
        "provider": "own:01",
        "units": ["ru-01"],
        "municipality": "Loviisa",
        "names": (
            "Esimerkki Loviisan hammashoitola",
            "Exempel tandkliniken i Lovisa",
            "Example Loviisa Dental Clinic",
        ),
        "street": ("Hammaslääkärinkuja 3", "Tandläkargränden 3"),
        "postal": ("07900", "Loviisa", "Lovisa"),
        "coords": (60.4567, 26.2250),
        "phone": "+358 19 000 6201",
        "hours": [(MON_FRI, "08:00", "16:00")],
        "languages": ["sv", "fi"],
        "accessible": False,
        "offers": [off("SOTE-0066", waiting_days=30), off("SOTE-0067")],
    },
    # --- sote-keskus Oy and suun terveydenhuolto Oy (subsidiaries of the organisers) --------
    {
        "slug": "tuusula-sotekeskus-oy",
        "provider": "sotekeskus-keski-uusimaa",
        "units": ["ru-02"],
        "municipality": "Tuusula",
        "names": (
            "Esimerkki Sote-keskus Oy, Hyrylä",
            "Exempel Social- och hälsocentral Ab, Hyrylä",
            "Example Sote Centre Ltd, Hyrylä",
        ),
        "street": ("Keskustie 9", None),
        "postal": ("04300", "Tuusula", "Tusby"),
        "coords": (60.4000, 25.0228),
        "phone": "+358 9 000 5301",
        "hours": [(MON_FRI, "07:00", "20:00"), (SAT, "09:00", "15:00")],
        "languages": ["fi", "en"],
        "accessible": True,
        "offers": [off("SOTE-0035"), off("SOTE-0025"), off("SOTE-0062"), off("SN-0002")],
    },
    {
        "slug": "sipoo-sotekeskus-oy",
        "provider": "sotekeskus-ita-uusimaa",
        "units": ["ru-01"],
        "municipality": "Sipoo",
        "names": (
            "Esimerkki Sote-keskus Oy, Nikkilä",
            "Exempel Social- och hälsocentral Ab, Nickby",
            "Example Sote Centre Ltd, Nikkilä",
        ),
        "street": ("Terveyskuja 2", "Hälsogränden 2"),
        "postal": ("04130", "Sipoo", "Sibbo"),
        "coords": (60.3770, 25.2680),
        "phone": "+358 9 000 6301",
        "hours": [(MON_FRI, "08:00", "18:00")],
        "languages": ["fi", "sv"],
        "accessible": True,
        "offers": [off("SOTE-0035"), off("SOTE-0009"), off("SOTE-0027")],
    },
    {
        "slug": "nummela-suunterveys-oy",
        "provider": "suunterveys-lansi-uusimaa",
        "units": ["ru-03b"],
        "municipality": "Vihti",
        "names": (
            "Esimerkki Suunterveys Oy, Nummela",
            "Exempel Munhälsa Ab, Nummela",
            "Example Oral Health Ltd, Nummela",
        ),
        "street": ("Hammaslääkärinkuja 9", None),
        "postal": ("03100", "Nummela", "Nummela"),
        "coords": (60.3345, 24.3265),
        "phone": "+358 19 000 4102",
        "hours": [(MON_FRI, "08:00", "20:00"), (SAT, "09:00", "14:00")],
        "hours_note": (
            "Iltavastaanotot arkisin klo 20 asti ja lauantaisin.",
            "Kvällsmottagning vardagar till kl. 20 och på lördagar.",
            "Evening appointments on weekdays until 20:00 and on Saturdays.",
        ),
        "languages": ["fi", "en"],
        "accessible": True,
        "offers": [off("SOTE-0066", waiting_days=7)],
    },
    {
        "slug": "espoo-leppavaara-suunterveys-oy",
        "provider": "suunterveys-lansi-uusimaa",
        "units": ["ru-03a"],
        "municipality": "Espoo",
        "names": (
            "Esimerkki Suunterveys Oy, Leppävaara",
            "Exempel Munhälsa Ab, Alberga",
            "Example Oral Health Ltd, Leppävaara",
        ),
        "street": ("Hammaslääkärinkuja 11", "Tandläkargränden 11"),
        "postal": ("02600", "Espoo", "Esbo"),
        "coords": (60.2185, 24.8110),
        "phone": "+358 9 000 3103",
        "hours": [(MON_FRI, "07:00", "19:00")],
        "languages": ["fi", "sv", "en"],
        "accessible": True,
        "offers": [off("SOTE-0066", waiting_days=10)],
    },
    {
        "slug": "vantaa-myyrmaki-suunterveys-oy",
        "provider": "suunterveys-vantaa-kerava",
        "units": ["ru-04"],
        "municipality": "Vantaa",
        "names": (
            "Esimerkki Suunterveys Oy, Myyrmäki",
            "Exempel Munhälsa Ab, Myrbacka",
            "Example Oral Health Ltd, Myyrmäki",
        ),
        "street": ("Hammaslääkärinkuja 4", "Tandläkargränden 4"),
        "postal": ("01600", "Vantaa", "Vanda"),
        "coords": (60.2610, 24.8540),
        "phone": "+358 9 000 2102",
        "hours": [(MON_FRI, "08:00", "20:00")],
        "languages": ["fi", "sv"],
        "accessible": True,
        "offers": [off("SOTE-0066", waiting_days=12)],
    },
    # --- voucher providers ------------------------------------------------------------------
    {
        "slug": "porvoo-kotihoito-oy",
        "provider": "kotihoito-ita-uusimaa",
        "units": ["ru-01"],
        "municipality": "Porvoo",
        "names": (
            "Esimerkki Kotihoito Itä-Uusimaa Oy, Porvoo",
            "Exempel Hemvård Östra Nyland Ab, Borgå",
            "Example Home Care Eastern Uusimaa Ltd, Porvoo",
        ),
        "street": ("Hoivapolku 8", "Omsorgsstigen 8"),
        "postal": ("06100", "Porvoo", "Borgå"),
        "coords": (60.3915, 25.6700),
        "phone": "+358 19 000 6401",
        "hours": [(EVERY_DAY, "07:00", "21:00")],
        "languages": ["fi", "sv"],
        "accessible": True,
        "offers": [
            off("SOTE-0088", home_visits=True, waiting_days=2, voucher="hour"),
            off("SOTE-0090", home_visits=True, waiting_days=2, voucher="hour"),
        ],
    },
    {
        "slug": "loviisa-aldreomsorg",
        "provider": "vanhustenhoiva",
        "units": ["ru-01"],
        "municipality": "Loviisa",
        "names": (
            "Esimerkki Vanhustenhoiva Oy, Loviisa",
            "Exempel Äldreomsorg Ab, Lovisa",
            "Example Elderly Care Ltd, Loviisa",
        ),
        "street": ("Hoivapolku 4", "Omsorgsstigen 4"),
        "postal": ("07900", "Loviisa", "Lovisa"),
        "coords": (60.4580, 26.2280),
        "phone": "+358 19 000 6402",
        "hours": [(EVERY_DAY, "07:00", "22:00")],
        "languages": ["sv", "fi"],
        "accessible": True,
        "offers": [
            off("SOTE-0088", home_visits=True, waiting_days=5, voucher="hour"),
        ],
    },
    {
        "slug": "jarvenpaa-kotiapu",
        "provider": "kotiapu",
        "units": ["ru-02", "ru-01"],
        "municipality": "Järvenpää",
        "names": (
            "Esimerkki Kotiapu Oy, Järvenpää",
            "Exempel Hemhjälp Ab, Träskända",
            "Example Home Help Ltd, Järvenpää",
        ),
        "street": ("Hoivapolku 5", None),
        "postal": ("04400", "Järvenpää", "Träskända"),
        "coords": (60.4720, 25.0930),
        "phone": "+358 9 000 5401",
        "hours": [(MON_FRI, "07:00", "20:00"), (WEEKEND, "08:00", "18:00")],
        "languages": ["fi"],
        "accessible": False,
        "offers": [
            off("SOTE-0088", home_visits=True, waiting_days=3, voucher="hour"),
            off("SOTE-0090", home_visits=True, waiting_days=3, voucher="hour"),
        ],
    },
    {
        "slug": "porvoo-palvelukoti",
        "provider": "palvelukodit",
        "units": ["ru-01"],
        "municipality": "Porvoo",
        "names": (
            "Esimerkki Palvelukoti Borgå",
            "Exempel Servicehemmet Borgå",
            "Example Care Home Porvoo",
        ),
        "street": ("Palvelukodintie 1", "Servicehemsvägen 1"),
        "postal": ("06100", "Porvoo", "Borgå"),
        "coords": (60.3990, 25.6580),
        "phone": "+358 19 000 6501",
        "hours": [(EVERY_DAY, "00:00", "24:00")],
        "hours_note": (
            "Ympärivuorokautinen hoiva; vierailut joka päivä klo 10–20.",
            "Omsorg dygnet runt; besök varje dag kl. 10–20.",
            "Round-the-clock care; visiting every day 10:00–20:00.",
        ),
        "languages": ["sv", "fi"],
        "accessible": True,
        "offers": [off("SOTE-0074", waiting_days=30, voucher="day")],
    },
    {
        "slug": "espoo-palvelukoti",
        "provider": "palvelukodit",
        "units": ["ru-03a", "ru-03b"],
        "municipality": "Espoo",
        "names": (
            "Esimerkki Palvelukoti Espoo",
            "Exempel Servicehemmet Esbo",
            "Example Care Home Espoo",
        ),
        "street": ("Palvelukodintie 3", "Servicehemsvägen 3"),
        "postal": ("02770", "Espoo", "Esbo"),
        "coords": (60.2070, 24.6600),
        "phone": "+358 9 000 3301",
        "hours": [(EVERY_DAY, "00:00", "24:00")],
        "languages": ["fi", "sv"],
        "accessible": True,
        "offers": [off("SOTE-0074", waiting_days=45, voucher="day")],
    },
    {
        "slug": "lohja-fysioterapia",
        "provider": "fysioterapia-lohja",
        "units": ["ru-03b"],
        "municipality": "Lohja",
        "names": (
            "Esimerkki Fysioterapia Lohja Oy",
            "Exempel Fysioterapi Lojo Ab",
            "Example Physiotherapy Lohja Ltd",
        ),
        "street": ("Kuntoutuskuja 2", "Rehabiliteringsgränden 2"),
        "postal": ("08100", "Lohja", "Lojo"),
        "coords": (60.2470, 24.0620),
        "phone": "+358 19 000 4401",
        "hours": [(MON_THU, "08:00", "20:00"), (FRI, "08:00", "16:00")],
        "languages": ["fi", "sv"],
        "accessible": True,
        "offers": [
            off("SOTE-0042", home_visits=True, waiting_days=5, voucher="visit"),
            off("SOTE-0038", home_visits=True, waiting_days=5, voucher="visit"),
        ],
    },
    {
        "slug": "nummela-kuntoutuskeskus",
        "provider": "kuntoutuskeskus",
        "units": ["ru-03b", "ru-03a"],
        "municipality": "Vihti",
        "names": (
            "Esimerkki Kuntoutuskeskus Oy, Nummela",
            "Exempel Rehabiliteringscenter Ab, Nummela",
            "Example Rehabilitation Centre Ltd, Nummela",
        ),
        "street": ("Kuntoutuskuja 10", None),
        "postal": ("03100", "Nummela", "Nummela"),
        "coords": (60.3320, 24.3200),
        "phone": "+358 19 000 4402",
        "hours": [(MON_FRI, "07:30", "18:00")],
        "languages": ["fi"],
        "accessible": True,
        "offers": [
            off("SOTE-0042", waiting_days=10, voucher="visit"),
            off("SOTE-0038", waiting_days=10, voucher="visit"),
        ],
    },
    {
        "slug": "nummela-hammaslaakarit",
        "provider": "hammaslaakarit",
        "units": ["ru-03b"],
        "municipality": "Vihti",
        "names": (
            "Esimerkki Hammaslääkärit Oy, Nummela",
            "Exempel Tandläkarna Ab, Nummela",
            "Example Dentists Ltd, Nummela",
        ),
        "street": ("Hammaslääkärinkuja 7", None),
        "postal": ("03100", "Nummela", "Nummela"),
        "coords": (60.3350, 24.3230),
        "phone": "+358 19 000 4103",
        "hours": [(MON_FRI, "08:00", "20:00"), (SAT, "10:00", "14:00")],
        "languages": ["fi", "en"],
        "accessible": False,
        "offers": [off("SOTE-0066", waiting_days=3, voucher="treatment")],
    },
    # --- NGO --------------------------------------------------------------------------------
    {
        "slug": "jarvenpaa-olohuone",
        "provider": "mielenterveysseura",
        "units": ["ru-02"],
        "municipality": "Järvenpää",
        "names": (
            "Esimerkki Matalan kynnyksen olohuone, Järvenpää",
            "Exempel Vardagsrum med låg tröskel, Träskända",
            "Example Low-threshold Drop-in, Järvenpää",
        ),
        "street": ("Olohuoneenkatu 3", None),
        "postal": ("04400", "Järvenpää", "Träskända"),
        "coords": (60.4745, 25.0880),
        "phone": "+358 9 000 5501",
        "phone_info": ("Neuvonta", "Rådgivning", "Advice"),
        "phones_extra": [
            (
                "+358 9 000 5502",
                (
                    "Chat ja puhelin ma–pe klo 12–20",
                    "Chatt och telefon mån–fre kl. 12–20",
                    "Chat and phone Mon–Fri 12:00–20:00",
                ),
            )
        ],
        "hours": [(MON_FRI, "12:00", "20:00"), (SAT, "12:00", "16:00")],
        "hours_note": (
            "Ilman ajanvarausta; myös nimettömänä.",
            "Utan tidsbokning; även anonymt.",
            "No appointment needed; anonymous visits welcome.",
        ),
        "languages": ["fi", "en"],
        "accessible": True,
        "offers": [off("SN-0002"), off("SOTE-0061"), off("SOTE-0093")],
    },
]

# HUS hospitals (real organisation, example locations): (slug, town fi/sv/en, municipality,
# unit, postal code, post office fi/sv, coordinates, area code, languages).
HUS_EXAMPLE_HOSPITALS: list[
    tuple[
        str,
        tuple[str, str, str],
        str,
        str,
        str,
        tuple[str, str],
        tuple[float, float],
        str,
        list[str],
    ]
] = [
    (
        "hus-helsinki",
        ("Helsinki", "Helsingfors", "Helsinki"),
        "Helsinki",
        "ru-90",
        "00290",
        ("Helsinki", "Helsingfors"),
        (60.1890, 24.9060),
        "9",
        ["fi", "sv", "en"],
    ),
    (
        "hus-vantaa",
        ("Vantaa", "Vanda", "Vantaa"),
        "Vantaa",
        "ru-04",
        "01400",
        ("Vantaa", "Vanda"),
        (60.3330, 25.0620),
        "9",
        ["fi", "sv", "en"],
    ),
    (
        "hus-espoo",
        ("Espoo", "Esbo", "Espoo"),
        "Espoo",
        "ru-03a",
        "02740",
        ("Espoo", "Esbo"),
        (60.2210, 24.6860),
        "9",
        ["fi", "sv", "en"],
    ),
    (
        "hus-lohja",
        ("Lohja", "Lojo", "Lohja"),
        "Lohja",
        "ru-03b",
        "08200",
        ("Lohja", "Lojo"),
        (60.2520, 24.0790),
        "19",
        ["fi", "sv"],
    ),
    (
        "hus-hyvinkaa",
        ("Hyvinkää", "Hyvinge", "Hyvinkää"),
        "Hyvinkää",
        "ru-02",
        "05850",
        ("Hyvinkää", "Hyvinge"),
        (60.6250, 24.8520),
        "19",
        ["fi"],
    ),
    (
        "hus-porvoo",
        ("Porvoo", "Borgå", "Porvoo"),
        "Porvoo",
        "ru-01",
        "06150",
        ("Porvoo", "Borgå"),
        (60.4000, 25.6830),
        "19",
        ["fi", "sv"],
    ),
]
HUS_EXAMPLE_SERVICES = ("SN-0001", "SOTE-0003", "SOTE-0005")
# HUS produces these for every Uusimaa unit (real, not tied to a location).
HUS_SERVICES = (
    "SN-0001",
    "SOTE-0003",
    "SOTE-0005",
    "SOTE-0006",
    "SOTE-0007",
    "SOTE-0069",
    "SOTE-0070",
)
HUS_NAMES = ("HUS-yhtymä", "HUS-sammanslutningen", "HUS Group")
HUS_BUSINESS_ID = "1567535-0"


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------


class BuildError(Exception):
    """The inputs or the curated tables are inconsistent."""


def clean(value: str | None) -> str:
    """Collapse stray and doubled whitespace (common in the sources), keeping paragraph breaks."""
    lines = [re.sub(r"\s+", " ", line).strip() for line in (value or "").splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines).strip())


def localized(values: Sequence[str | None], text_type: str = "name") -> list[dict[str, str]]:
    """(fi, sv, en) -> a PTV-style list of {language, value, type}, skipping empty values."""
    return [
        {"language": lang, "value": clean(value), "type": text_type}
        for lang, value in zip(LANGS, values, strict=False)
        if clean(value)
    ]


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def read_json(path: Path) -> Any:
    with path.open(encoding="utf-8-sig") as handle:
        return json.load(handle)


def business_id_check_digit(base: str) -> int | None:
    """The Y-tunnus check digit of a 7-digit base, or None when no valid check digit exists."""
    remainder = sum(int(d) * w for d, w in zip(base, (7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
    if remainder == 0:
        return 0
    if remainder == 1:
        return None
    return 11 - remainder


def valid_business_id(value: str) -> bool:
    match = re.fullmatch(r"(\d{7})-(\d)", value)
    if match is None:
        return False
    return business_id_check_digit(match.group(1)) == int(match.group(2))


def example_business_ids(count: int) -> list[str]:
    ids: list[str] = []
    number = EXAMPLE_BUSINESS_ID_BASE
    while len(ids) < count:
        base = f"{number:07d}"
        digit = business_id_check_digit(base)
        if digit is not None:
            ids.append(f"{base}-{digit}")
        number += 1
    return ids


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def v2_uri(code: str) -> str:
    return f"http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/{code}"


# ---------------------------------------------------------------------------------------------
# Geography: municipalities, organisers, regional units, memberships
# ---------------------------------------------------------------------------------------------


def build_geography(shared: Path, log: list[str]) -> dict[str, Any]:
    rows = read_csv(shared / "data/municipalities/geofi_municipality_key_2026.csv")
    county_rows = read_csv(shared / "data/municipalities/hyvinvointialueet_2026.csv")

    municipalities: list[dict[str, Any]] = []
    code_by_name: dict[str, str] = {}
    organiser_of: dict[str, str] = {}
    region_of: dict[str, tuple[str, tuple[str, ...]]] = {}
    for row in rows:
        code = f"{int(row['kunta']):03d}"
        names = tuple(clean(row[f"municipality_name_{lang}"]) for lang in LANGS)
        status = LANGUAGE_STATUS[clean(row["kielisuhde_code"])]
        region_code = f"{int(row['maakunta_code']):02d}"
        region_names = tuple(clean(row[f"maakunta_name_{lang}"]) for lang in LANGS)
        municipalities.append(
            {
                "code": code,
                "names": localized(names),
                "language_status": status,
                "region": {"code": region_code, "names": localized(region_names)},
            }
        )
        if names[0] in code_by_name:
            raise BuildError(f"duplicate municipality name {names[0]}")
        code_by_name[names[0]] = code
        organiser_of[code] = f"{int(row['hyvinvointialue_code']):02d}"
        region_of[code] = (region_code, region_names)

    organisers: list[dict[str, Any]] = []
    for row in county_rows:
        code = clean(row["hyvinvointialue_code"]).zfill(2)
        organiser: dict[str, Any] = {
            "id": f"org-{code}",
            "code": code,
            "kind": ORGANISER_KIND.get(code, "wellbeing_services_county"),
            "in_reform": code not in ORGANISERS_OUTSIDE_REFORM,
            "names": localized([row[f"hyvinvointialue_name_{lang}"] for lang in LANGS]),
            "business_id": ORGANISER_BUSINESS_IDS.get(code),
        }
        organisers.append(organiser)
        expected = int(row["n_municipalities"])
        actual = sum(1 for org in organiser_of.values() if org == code)
        if expected != actual:
            raise BuildError(f"organiser {code}: {actual} municipalities, key says {expected}")

    units: list[dict[str, Any]] = []
    memberships: list[dict[str, Any]] = []
    units_of: dict[str, list[str]] = defaultdict(list)  # organiser code -> unit ids
    unit_of: dict[str, str] = {}  # municipality code -> unit id
    special = {org for _, org, _, _, _ in UUSIMAA_UNITS}
    for unit_id, org, unit_code, names, members in UUSIMAA_UNITS:
        units.append(
            {"id": unit_id, "organiser": f"org-{org}", "code": unit_code, "names": localized(names)}
        )
        units_of[org].append(unit_id)
        for name in members:
            if name not in code_by_name:
                raise BuildError(f"unit {unit_id}: unknown municipality {name}")
            code = code_by_name[name]
            if organiser_of[code] != org:
                raise BuildError(f"{name} belongs to organiser {organiser_of[code]}, not {org}")
            if code in unit_of:
                raise BuildError(f"{name} is in two units")
            unit_of[code] = unit_id
    for org in sorted({o["code"] for o in organisers} - special):
        member_codes = [code for code, o in organiser_of.items() if o == org]
        regions = {region_of[code][0] for code in member_codes}
        if len(regions) != 1:
            raise BuildError(f"organiser {org} spans regions {sorted(regions)}")
        region_names = region_of[member_codes[0]][1]
        unit_id = f"ru-{org}"
        units.append(
            {
                "id": unit_id,
                "organiser": f"org-{org}",
                "code": org,
                "names": localized(region_names),
            }
        )
        units_of[org].append(unit_id)
        for code in member_codes:
            unit_of[code] = unit_id
    for org in special:
        expected_codes = {code for code, o in organiser_of.items() if o == org}
        covered = {code for code, unit in unit_of.items() if unit in units_of[org]}
        if expected_codes != covered:
            raise BuildError(
                f"organiser {org}: units cover {sorted(covered)}, not {sorted(expected_codes)}"
            )
    for code in sorted(organiser_of):
        memberships.append(
            {
                "municipality": code,
                "regional_unit": unit_of[code],
                "valid_from": VALID_FROM,
                "valid_to": None,
            }
        )

    former: list[dict[str, Any]] = []
    for code, names, merged_into, merged_on in FORMER_MUNICIPALITIES:
        if code in organiser_of:
            raise BuildError(f"former municipality {code} still exists")
        if merged_into not in code_by_name:
            raise BuildError(f"{names[0]} merged into unknown municipality {merged_into}")
        former.append(
            {
                "code": code,
                "names": localized(names),
                "merged_into": code_by_name[merged_into],
                "merged_on": merged_on,
            }
        )

    bilingual = {
        org
        for m in municipalities
        if m["language_status"] != "fi"
        for org in [organiser_of[m["code"]]]
    }
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
        "bilingual_organisers": bilingual,
    }


# ---------------------------------------------------------------------------------------------
# Service classes and services
# ---------------------------------------------------------------------------------------------


def build_service_classes(
    shared: Path, log: list[str]
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    source = read_json(shared / "data/ptv/ServiceClasses.json")
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
    if len({c["uri"] for c in classes}) != len(classes):
        raise BuildError("service class URIs are not unique")
    return classes, by_label


def map_v1_class(label: str, by_label: dict[str, str]) -> str | None:
    key = clean(label).casefold()
    return by_label.get(V1_LABEL_ALIASES.get(key, key))


def legal_basis(
    source_laws: list[dict[str, Any]], extra: Iterable[str], log: list[str], sid: str
) -> list[dict[str, Any]]:
    names: list[str] = []
    for law in source_laws:
        name = clean(law["Names"][0]["Label"])
        link = law["LawReference"]
        if name in LAW_REPLACEMENTS:
            log.append(f"{sid}: law '{name}' repealed, replaced by {list(LAW_REPLACEMENTS[name])}")
            names.extend(LAW_REPLACEMENTS[name])
            continue
        if name in LAW_SAME_NAME_REPLACED and link.endswith(LAW_SAME_NAME_REPLACED[name]):
            log.append(
                f"{sid}: law '{name}' ({link}) replaced by the act of the same name {LAWS[name][2]}"
            )
        elif name in LAWS and not link.endswith(LAWS[name][2]):
            log.append(f"{sid}: law '{name}' linked to {link}; corrected to {LAWS[name][2]}")
        names.append(name)
    names.extend(extra)
    result = []
    for name in dict.fromkeys(names):  # dedupe, keep order
        if name not in LAWS:
            raise BuildError(f"{sid}: law '{name}' missing from LAWS")
        sv, en, path = LAWS[name]
        result.append({"names": localized((name, sv, en)), "url": FINLEX.format(path)})
    return result


def keywords(values: tuple[str, str, str]) -> list[dict[str, str]]:
    result = []
    for lang, text in zip(LANGS, values, strict=True):
        for word in text.split(","):
            if clean(word):
                result.append({"language": lang, "value": clean(word), "type": "keyword"})
    return result


def build_services(
    shared: Path, by_label: dict[str, str], class_uris: set[str], log: list[str]
) -> list[dict[str, Any]]:
    source = {
        g["ReferenceCode"]: g for g in read_json(shared / "data/ptv/GeneralDescription_SOTE.json")
    }
    curated = {s["id"]: s for s in SERVICES}
    missing = sorted(set(source) - set(curated))
    if missing:
        raise BuildError(f"general descriptions without a curated entry: {missing}")
    unmapped: dict[tuple[str, str], list[str]] = defaultdict(list)
    services = []
    for sid, cur in sorted(curated.items()):
        gd = source.get(sid)
        if sid.startswith("SOTE-") and gd is None:
            raise BuildError(f"{sid} is not in GeneralDescription_SOTE.json")
        fi_name = clean(gd["Name"][0]["Label"]) if gd else cur["fi"]
        names = localized((fi_name, cur["sv"], cur["en"]))
        if cur["alt"]:
            names += localized(cur["alt"], "alternative_name")
        descriptions = localized(cur["summary"], "summary")
        note = cur["note"] or ORGANISER_NOTES[cur["responsibility"]]
        # Every description ends with who organises the service today, in every language.
        descriptions += localized(
            tuple(
                None if gd and lang == "fi" else f"{summary} {organiser}"
                for lang, summary, organiser in zip(LANGS, cur["summary"], note, strict=True)
            ),
            "description",
        )
        classes: list[str] = []
        target_groups: list[str] = list(cur["tg"])
        source_laws: list[dict[str, Any]] = []
        if gd:
            text = clean("\n\n".join(t["Label"] for t in gd["Description"] if t["Lang"] == "fi"))
            if cur["responsibility"] == "county":
                text = current_text(text)
            descriptions.insert(
                len(localized(cur["summary"], "summary")),
                {"language": "fi", "value": clean(f"{text}\n\n{note[0]}"), "type": "description"},
            )
            for key, text_type in (
                ("ServiceRestrictions", "conditions"),
                ("UserInstructions", "instructions"),
                ("ChargeTypeAdditionalInfo", "charge"),
            ):
                texts = [t["Label"] for t in gd[key] if t["Lang"] == "fi"]
                if cur["responsibility"] == "county":
                    texts = [kept for t in texts if (kept := current_text(clean(t)))]
                if texts:
                    descriptions += localized((" ".join(texts),), text_type)
            for sc in gd["ServiceClass"]:
                uri = map_v1_class(sc["Value"], by_label)
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
            extra_laws.append(JARJESTAMISLAKI)  # the organiser's duty to organise the service
        if cur["voucher"]:
            extra_laws.append(PALVELUSETELILAKI)
        services.append(
            {
                "id": sid,
                "names": names,
                "descriptions": descriptions,
                "keywords": keywords(cur["kw"]),
                "classes": sorted(set(classes)),
                "target_groups": sorted(set(target_groups)),
                "level": cur["level"],
                "access": cur["access"],
                "choice": cur["choice"],
                "responsibility": cur["responsibility"],
                "eligibility": {
                    "min_age": cur["min_age"],
                    "max_age": cur["max_age"],
                    "residence_required": cur["residence"],
                    **({"client_groups": list(cur["groups"])} if cur["groups"] else {}),
                },
                "charge": cur["charge"],
                "voucher": cur["voucher"],
                "legal_basis": legal_basis(source_laws, extra_laws, log, sid),
                "example": False,
            }
        )
    for (key, label), sids in sorted(unmapped.items()):
        log.append(f"UNMAPPED v1 class {key} '{label}' (used by {', '.join(sids)})")
    return services


FEE_TABLES = REPO / "data" / "fee-tables.json"  # tools/convert_fee_tables.py
VOUCHER_SOURCE = "Helsingin kaupunki / Helsingfors stad: hel.fi-maksulaskurit / avgiftskalkylatorer"


def cents(amount: str) -> int:
    euros, _, rest = amount.partition(".")
    return int(euros) * 100 + int((rest + "00")[:2])


def add_published_vouchers(
    services: list[dict[str, Any]], tables_file: Path, log: list[str]
) -> None:
    """The voucher values an organiser published, on the services they price (by_organiser).

    Only the voucher tables of data/fee-tables.json: each value range with its source and date.
    """
    tables = read_json(tables_file)["tables"]
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
                "source": VOUCHER_SOURCE,
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


def own_provider_id(org: str) -> str:
    return f"prov-own-{org}"


def build_providers(
    geo: dict[str, Any], services: list[dict[str, Any]]
) -> dict[str, list[dict[str, Any]]]:
    curated = {s["id"]: s for s in SERVICES}
    organisers = [o for o in geo["organisers"] if o["in_reform"]]
    providers: list[dict[str, Any]] = []
    locations: list[dict[str, Any]] = []
    offerings: list[dict[str, Any]] = []

    # a. each organiser's own production: one offering per county service it organises
    for org in organisers:
        code = org["code"]
        names = {t["language"]: t["value"] for t in org["names"]}
        providers.append(
            {
                "id": own_provider_id(code),
                "names": localized(
                    (
                        f"{names['fi']}, oma tuotanto",
                        f"{names['sv']}, egen produktion",
                        f"{names['en']}, own production",
                    )
                ),
                # The county's own production: no county's catalogue entry says liikelaitos.
                "kind": "own_production",
                "business_id": ORGANISER_BUSINESS_IDS.get(code),
                "organiser": org["id"],
                "web": "https://www.hel.fi" if code == "90" else None,
                "example": False,
            }
        )
        languages = ["fi", "sv"] if code in geo["bilingual_organisers"] else ["fi"]
        for service in services:
            cur = curated[service["id"]]
            if cur["responsibility"] != "county" or not cur["own_production"]:
                continue
            if cur["organisers"] is not None and code not in cur["organisers"]:
                continue
            if cur["hus"] and code in HUS_ORGANISERS:
                continue
            offerings.append(
                {
                    "id": f"off-own-{code}-{service['id']}",
                    "service": service["id"],
                    "location": None,
                    "provider": own_provider_id(code),
                    "regional_units": sorted(geo["units_of"][code]),
                    "provision_type": "self_produced",
                    "languages": languages,
                    "home_visits": False,
                    "waiting_days": None,
                    "voucher": None,
                    "example": False,
                }
            )

    # HUS: real joint authority producing specialised care for the Uusimaa organisers
    uusimaa_units = sorted(u for org in HUS_ORGANISERS for u in geo["units_of"][org])
    providers.append(
        {
            "id": "prov-hus",
            "names": localized(HUS_NAMES),
            "kind": "hospital_district",
            "business_id": HUS_BUSINESS_ID,
            "organiser": None,
            "web": "https://www.hus.fi",
            "example": False,
        }
    )
    for sid in HUS_SERVICES:
        offerings.append(
            {
                "id": f"off-hus-{sid}",
                "service": sid,
                "location": None,
                "provider": "prov-hus",
                "regional_units": uusimaa_units,
                "provision_type": "self_produced",
                "languages": ["fi", "sv"],
                "home_visits": False,
                "waiting_days": None,
                "voucher": None,
                "example": False,
            }
        )

    # b. example providers of Uusimaa
    provider_ids = {"hus": "prov-hus"}
    provider_kind = {"prov-hus": "hospital_district"}
    for org in HUS_ORGANISERS:
        provider_ids[f"own:{org}"] = own_provider_id(org)
        provider_kind[own_provider_id(org)] = "own_production"
    for (slug, kind, org, provider_names), business_id in zip(
        EXAMPLE_PROVIDERS, example_business_ids(len(EXAMPLE_PROVIDERS)), strict=True
    ):
        pid = f"ex-prov-{slug}"
        provider_ids[slug] = pid
        provider_kind[pid] = kind
        providers.append(
            {
                "id": pid,
                "names": localized(provider_names),
                "kind": kind,
                "business_id": business_id,
                "organiser": f"org-{org}" if org else None,
                "web": f"https://{slug}.esimerkki.example",
                "example": True,
            }
        )

    provision = {
        "own_production": "self_produced",
        "liikelaitos": "self_produced",
        "hospital_district": "self_produced",
        "sote_keskus_oy": "procured",
        "suun_terveydenhuolto_oy": "procured",
        "ngo": "procured",
        "voucher_provider": "voucher",
    }
    example_locations = list(EXAMPLE_LOCATIONS)
    for (
        slug,
        town,
        municipality,
        unit,
        postal,
        post_office,
        coords,
        area,
        langs,
    ) in HUS_EXAMPLE_HOSPITALS:
        example_locations.append(
            {
                "slug": slug,
                "provider": "hus",
                "units": [unit],
                "municipality": municipality,
                "names": tuple(
                    f"{prefix} {town[i]}"
                    for i, prefix in enumerate(
                        ("Esimerkki HUS-sairaala,", "Exempel HUS-sjukhus,", "Example HUS hospital,")
                    )
                ),
                "street": ("Sairaalantie 1", "Sjukhusvägen 1" if "sv" in langs else None),
                "postal": (postal, *post_office),
                "coords": coords,
                "phone": f"+358 {area} 000 9{len(example_locations):03d}",
                "hours": [(EVERY_DAY, "00:00", "24:00")],
                "hours_note": (
                    "Päivystys ympäri vuorokauden; poliklinikat arkisin klo 8–16 lähetteellä.",
                    "Jour dygnet runt; poliklinikerna vardagar kl. 8–16 med remiss.",
                    "Emergency department open 24/7; outpatient clinics on weekdays 8:00–16:00 "
                    "with a referral.",
                ),
                "languages": langs,
                "accessible": True,
                "offers": [off(sid) for sid in HUS_EXAMPLE_SERVICES],
            }
        )
    service_ids = {s["id"] for s in services}
    for loc in example_locations:
        lid = f"ex-loc-{loc['slug']}"
        pid = provider_ids[loc["provider"]]
        municipality = geo["code_by_name"][loc["municipality"]]
        phone_info = loc.get("phone_info", PHONE_INFO)
        phones = [{"number": loc["phone"], "info": localized(phone_info, "description")}]
        for number, info in loc.get("phones_extra", []):
            phones.append({"number": number, "info": localized(info, "description")})
        postal, post_fi, post_sv = loc["postal"]
        locations.append(
            {
                "id": lid,
                "provider": pid,
                "names": localized(loc["names"]),
                "descriptions": localized(EXAMPLE_LOCATION_NOTE, "summary"),
                "address": {
                    "street": localized(loc["street"]),
                    "postal_code": postal,
                    "post_office": localized((post_fi, post_sv)),
                    "municipality": municipality,
                },
                "coordinates": {"lat": loc["coords"][0], "lon": loc["coords"][1]},
                "phones": phones,
                "emails": [f"{loc['slug']}@esimerkki.example"],
                "web": [f"https://esimerkki.example/{loc['slug']}"],
                "hours": [
                    {"days": list(days), "opens": opens, "closes": closes}
                    for days, opens, closes in loc["hours"]
                ],
                "hours_note": localized(loc.get("hours_note", ()), "description"),
                "languages": loc["languages"],
                "accessible": loc["accessible"],
                "accessibility": localized(
                    ACCESSIBLE if loc["accessible"] else NOT_ACCESSIBLE, "description"
                ),
                "example": True,
            }
        )
        for item in loc["offers"]:
            sid = item["service"]
            if sid not in service_ids:
                raise BuildError(f"{lid}: unknown service {sid}")
            value = item.get("voucher")
            offerings.append(
                {
                    "id": f"ex-off-{loc['slug']}-{sid}",
                    "service": sid,
                    "location": lid,
                    "provider": pid,
                    "regional_units": sorted(loc["units"]),
                    "provision_type": provision[provider_kind[pid]],
                    "languages": item.get("languages", loc["languages"]),
                    "home_visits": item.get("home_visits", False),
                    "waiting_days": item.get("waiting_days"),
                    "voucher": voucher(value) if value else None,
                    "example": True,
                }
            )
    return {"providers": providers, "locations": locations, "offerings": offerings}


# ---------------------------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------------------------

ENUMS = {
    # sote_navigator.core.client_groups.ClientGroup (this script imports nothing of the app)
    "client_group": {
        "pupils",
        "students",
        "expecting",
        "young_children",
        "families",
        "older_people",
        "war_veterans",
        "working",
        "seafarers",
        "unemployed",
    },
    "level": {"basic_local", "basic_regional", "centralised", "special", "support"},
    "access": {"direct", "referral", "assessment_decision"},
    "choice": {"free_choice", "voucher", "own_unit"},
    "responsibility": {"county", "municipality"},
    "charge": {"free", "charged", "income_based"},
    "provider_kind": {
        "own_production",
        "liikelaitos",
        "sote_keskus_oy",
        "suun_terveydenhuolto_oy",
        "voucher_provider",
        "procured_provider",
        "hospital_district",
        "municipality",
        "ngo",
    },
    "provision_type": {"self_produced", "procured", "voucher"},
    "voucher_unit": {"visit", "hour", "day", "month", "treatment"},
    "language_status": {"fi", "sv", "bilingual_fi", "bilingual_sv"},
}


def check(condition: bool, message: str, errors: list[str]) -> None:
    if not condition:
        errors.append(message)


def validate(cat: dict[str, Any]) -> list[str]:
    errors: list[str] = []

    def unique(entity: str, key: str) -> set[str]:
        values = [item[key] for item in cat[entity]]
        dupes = [v for v, n in Counter(values).items() if n > 1]
        check(not dupes, f"{entity}: duplicate {key} {dupes[:5]}", errors)
        return set(values)

    organisers = unique("organisers", "id")
    units = unique("regional_units", "id")
    municipalities = unique("municipalities", "code")
    unique("former_municipalities", "code")
    classes = unique("service_classes", "uri")
    services = unique("services", "id")
    providers = unique("providers", "id")
    locations = unique("locations", "id")
    unique("offerings", "id")

    def check_text(texts: list[dict[str, str]], where: str, types: set[str]) -> None:
        for t in texts:
            check(
                set(t) == {"language", "value", "type"} and t["type"] in types and bool(t["value"]),
                f"{where}: bad localized text {t}",
                errors,
            )

    check(len(municipalities) == 308, f"{len(municipalities)} municipalities, expected 308", errors)
    for m in cat["municipalities"]:
        check(re.fullmatch(r"\d{3}", m["code"]) is not None, f"bad code {m['code']}", errors)
        check(m["language_status"] in ENUMS["language_status"], f"{m['code']}: status", errors)
        check({t["language"] for t in m["names"]} == set(LANGS), f"{m['code']}: names", errors)
    per_municipality = Counter(ms["municipality"] for ms in cat["memberships"])
    for code in municipalities:
        check(
            per_municipality[code] == 1,
            f"municipality {code}: {per_municipality[code]} memberships",
            errors,
        )
    for ms in cat["memberships"]:
        check(ms["municipality"] in municipalities, f"membership {ms}: municipality", errors)
        check(ms["regional_unit"] in units, f"membership {ms}: unit", errors)
    for u in cat["regional_units"]:
        check(u["organiser"] in organisers, f"unit {u['id']}: organiser", errors)
    for f in cat["former_municipalities"]:
        check(f["merged_into"] in municipalities, f"former {f['code']}: merged_into", errors)
        check(f["code"] not in municipalities, f"former {f['code']} still exists", errors)
    for c in cat["service_classes"]:
        check(c["parent"] is None or c["parent"] in classes, f"class {c['uri']}: parent", errors)
        check_text(c["names"], c["uri"], {"name"})
    for s in cat["services"]:
        where = s["id"]
        for field in ("level", "access", "choice", "responsibility", "charge"):
            check(s[field] in ENUMS[field], f"{where}: {field} {s[field]}", errors)
        check(
            {t["language"] for t in s["names"] if t["type"] == "name"} == set(LANGS),
            f"{where}: names fi/sv/en",
            errors,
        )
        summaries = {t["language"] for t in s["descriptions"] if t["type"] == "summary"}
        check(summaries == set(LANGS), f"{where}: summaries fi/sv/en", errors)
        check({t["language"] for t in s["keywords"]} == set(LANGS), f"{where}: keywords", errors)
        check_text(s["names"], where, {"name", "alternative_name"})
        check_text(
            s["descriptions"],
            where,
            {"summary", "description", "conditions", "charge", "instructions"},
        )
        check_text(s["keywords"], where, {"keyword"})
        check(bool(s["classes"]), f"{where}: no service class", errors)
        for uri in s["classes"]:
            check(uri in classes, f"{where}: class {uri}", errors)
        check(bool(s["legal_basis"]), f"{where}: no legal basis", errors)
        if s["voucher"]:
            check(s["voucher"]["unit"] in ENUMS["voucher_unit"], f"{where}: voucher", errors)
        if s["choice"] == "voucher":
            check(s["voucher"] is not None, f"{where}: choice voucher without voucher", errors)
        e = s["eligibility"]
        if e["min_age"] is not None and e["max_age"] is not None:
            check(e["min_age"] <= e["max_age"], f"{where}: ages", errors)
        for group in e.get("client_groups", ()):
            check(group in ENUMS["client_group"], f"{where}: client group {group}", errors)
    for p in cat["providers"]:
        check(p["kind"] in ENUMS["provider_kind"], f"{p['id']}: kind", errors)
        check(p["organiser"] is None or p["organiser"] in organisers, f"{p['id']}: org", errors)
        if p["business_id"] is not None:
            check(valid_business_id(p["business_id"]), f"{p['id']}: Y-tunnus", errors)
        if p["example"]:
            check(
                all(t["value"].startswith(("Esimerkki", "Exempel", "Example")) for t in p["names"]),
                f"{p['id']}: example name",
                errors,
            )
    for loc in cat["locations"]:
        check(loc["provider"] in providers, f"{loc['id']}: provider", errors)
        check(
            loc["address"]["municipality"] in municipalities, f"{loc['id']}: municipality", errors
        )
        c = loc["coordinates"]
        check(
            c is None or (59.5 < c["lat"] < 70.2 and 19.0 < c["lon"] < 31.6),
            f"{loc['id']}: coords",
            errors,
        )
        for phone in loc["phones"]:
            check(
                re.fullmatch(r"\+358 \d{1,3} \d{3} \d{4}", phone["number"]) is not None,
                f"{loc['id']}: phone {phone['number']}",
                errors,
            )
        for h in loc["hours"]:
            check(
                all(0 <= d <= 6 for d in h["days"]) and h["opens"] < h["closes"],
                f"{loc['id']}: hours {h}",
                errors,
            )
        if loc["example"]:
            check(
                all(
                    t["value"].startswith(("Esimerkki", "Exempel", "Example")) for t in loc["names"]
                ),
                f"{loc['id']}: example name",
                errors,
            )
    loc_by_id = {loc["id"]: loc for loc in cat["locations"]}
    provider_by_id = {p["id"]: p for p in cat["providers"]}
    for o in cat["offerings"]:
        where = o["id"]
        check(o["service"] in services, f"{where}: service", errors)
        check(o["provider"] in providers, f"{where}: provider", errors)
        check(o["location"] is None or o["location"] in locations, f"{where}: location", errors)
        if o["location"]:
            check(
                loc_by_id[o["location"]]["provider"] == o["provider"],
                f"{where}: location belongs to another provider",
                errors,
            )
        check(o["provision_type"] in ENUMS["provision_type"], f"{where}: provision", errors)
        check(
            bool(o["regional_units"]) and all(u in units for u in o["regional_units"]),
            f"{where}: regional units",
            errors,
        )
        check(
            (o["provision_type"] == "voucher") == (o["voucher"] is not None),
            f"{where}: voucher vs provision type",
            errors,
        )
        if o["example"] is False:
            check(not provider_by_id[o["provider"]]["example"], f"{where}: real on example", errors)
    return errors


def scenario_report(cat: dict[str, Any]) -> list[str]:
    """Which offerings answer the desk scenarios (printed for a quick manual check)."""
    unit_of = {ms["municipality"]: ms["regional_unit"] for ms in cat["memberships"]}
    name_to_code = {
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
        unit = unit_of[name_to_code[town]]
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


def resolve(path: str, default: str) -> Path:
    p = Path(path)
    if path == default and not p.is_absolute():
        return (REPO / p).resolve()
    return p.resolve()


def build(shared: Path) -> tuple[dict[str, Any], list[str]]:
    log: list[str] = []
    geo = build_geography(shared, log)
    classes, by_label = build_service_classes(shared, log)
    services = build_services(shared, by_label, {c["uri"] for c in classes}, log)
    add_published_vouchers(services, FEE_TABLES, log)
    prov = build_providers(geo, services)
    try:
        places, places_log = build_health_stations(
            REPO / "data", geo, {s["id"] for s in services}, own_provider_id
        )
    except PlacesError as exc:
        raise BuildError(str(exc)) from exc
    log += places_log
    for entity in ("providers", "locations", "offerings"):
        prov[entity] = prov[entity] + places[entity]

    def by(key: str, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return sorted(items, key=lambda item: item[key])

    catalogue = {
        "format": "sote-navigator-catalogue",
        "format_version": 1,
        "catalogue": CATALOGUE_HEADER,
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
    return catalogue, log


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default="../shared", help="shared reference material")
    parser.add_argument("--out", default="data/default-catalogue.json", help="output file")
    args = parser.parse_args(argv)
    shared = resolve(args.shared, "../shared")
    out = resolve(args.out, "data/default-catalogue.json")

    try:
        catalogue, log = build(shared)
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    errors = validate(catalogue)
    if errors:
        for error in errors:
            print(f"invalid: {error}", file=sys.stderr)
        return 1

    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="\n") as handle:
        json.dump(catalogue, handle, ensure_ascii=False, indent=2, sort_keys=True)
        handle.write("\n")

    print(f"wrote {out} ({out.stat().st_size} bytes, sha256 {sha256(out)[:16]})")
    for entity in (
        "organisers",
        "regional_units",
        "municipalities",
        "memberships",
        "former_municipalities",
        "service_classes",
        "services",
        "providers",
        "locations",
        "offerings",
    ):
        items = catalogue[entity]
        examples = sum(1 for item in items if item.get("example"))
        extra = f" ({examples} example)" if examples else ""
        print(f"  {entity:22} {len(items):5}{extra}")
    responsibility = Counter(s["responsibility"] for s in catalogue["services"])
    print(f"  services by responsibility: {dict(sorted(responsibility.items()))}")
    print("inputs:")
    for rel in (
        "data/municipalities/geofi_municipality_key_2026.csv",
        "data/municipalities/hyvinvointialueet_2026.csv",
        "data/ptv/ServiceClasses.json",
        "data/ptv/GeneralDescription_SOTE.json",
    ):
        print(f"  {rel}  sha256 {sha256(shared / rel)}")
    print("notes:")
    for line in log:
        print(f"  {line}")
    print("desk scenarios (offerings reaching the client's unit):")
    for line in scenario_report(catalogue):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
