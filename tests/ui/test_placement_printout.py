"""The placement printout as a document a client keeps: rendered to PDF from the shipped
default catalogue, read back with pdftotext and drawn with pdftoppm.

A Swedish-speaking client in Porvoo and a Finnish-speaking one in Tampere, each in Finnish and
in Swedish: the heading, the date as 3.12.2026, the organiser and regional unit, the service
and the way in, the chosen place with its address, hours, accessibility and languages, the
freshness note of 2019 data, the fees or that they are not known, the next steps and the
catalogue by its name and date; no internal id anywhere.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine

from sote_navigator.core.placement import Need, NeedKind
from sote_navigator.core.placement_record import PlacementInput
from sote_navigator.core.placement_snapshot import CatalogueStamp, PlacementSnapshot
from sote_navigator.services.workspace import Workspace
from sote_navigator.ui.placement_pdf import write_pdf
from sote_navigator.wording.summary import summary_html, summary_text

DAY = dt.date(2026, 12, 3)

CLIENTS = {
    "porvoo": PlacementInput(municipality="Porvoo", age=82, language="sv", need_value="läkare"),
    "tampere": PlacementInput(municipality="Tampere", age=45, language="fi", need_value="lääkäri"),
}

# What every printout says, in each language (labels and headings of the document).
REQUIRED = {
    "fi": (
        "Palveluohjauksen yhteenveto",
        "3.12.2026",
        "Järjestäjä",
        "Alueellinen toimintayksikkö",
        "Palvelu",
        "Asiakkaan valitsema tuottaja",
        "Osoite",
        "Aukioloajat",
        "Esteettömyys",
        "Palvelukielet",
        "Maksut ja palvelusetelit",
        "Seuraavat vaiheet",
        "Sote-navigaattorin oletusluettelo, versio 2026.3, voimassa 1.1.2026 alkaen",
    ),
    "sv": (
        "Sammanfattning av",
        "3.12.2026",
        "Anordnare",
        "Regional",
        "Tjänst",
        "Producent som klienten valt",
        "Adress",
        "Öppettider",
        "Tillgänglighet",
        "Servicespråk",
        "Avgifter och servicesedlar",
        "Nästa steg",
        "Sote-navigatorns standardkatalog, version 2026.3, giltig från 1.1.2026",
    ),
}

# The names of the organiser and the regional unit, in the printout's language.
RESPONSIBLE = {
    ("porvoo", "fi"): ("Itä-Uudenmaan hyvinvointialue", "Itäinen Uusimaa"),
    ("porvoo", "sv"): ("Östra Nylands välfärdsområde", "Östra Nyland"),
    ("tampere", "fi"): ("Pirkanmaan hyvinvointialue", "Pirkanmaa"),
    ("tampere", "sv"): ("Birkalands välfärdsområde", "Birkaland"),
}


@pytest.fixture(scope="module")
def placed(default_engine: Engine) -> dict[str, tuple[PlacementInput, PlacementSnapshot]]:
    """Each client placed in the first service that fits, with the first place offered."""
    placer = Workspace(engine=default_engine).placer
    out = {}
    for name, client in CLIENTS.items():
        entered = dataclasses.replace(client)
        evaluation = placer.evaluate(
            placer.context(entered), Need(NeedKind.WORDS, entered.need_value)
        )
        entered.service_id = evaluation.services[0].service.id
        snap = placer.snapshot_for(entered)
        assert snap is not None and snap.choice_set is not None
        entered.offering_id = snap.choice_set.offered[0].offering_id
        snap = placer.snapshot_for(entered)
        assert snap is not None and snap.provider is not None
        out[name] = (entered, snap)
    return out


def _pdf_text(pdf: Path) -> str:
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    # A long line wraps in the PDF: compare words, not line breaks.
    return " ".join(text.stdout.split())


def _ids(entered: PlacementInput, snap: PlacementSnapshot) -> list[str]:
    assert snap.catalogue and snap.service and snap.provider
    ids = [
        snap.catalogue.catalogue_id,
        snap.service.id,
        snap.provider.offering_id,
        snap.provider.provider.id,
        snap.context.organiser.id,
        snap.context.regional_unit.id,
    ]
    if snap.provider.location is not None:
        ids.append(snap.provider.location.id)
    return ids


@pytest.mark.parametrize("language", ["fi", "sv"])
@pytest.mark.parametrize("client", list(CLIENTS))
def test_the_printout_reads_as_a_document_without_ids(
    placed: dict[str, tuple[PlacementInput, PlacementSnapshot]],
    tmp_path: Path,
    client: str,
    language: str,
    qapp: QApplication,
) -> None:
    entered, snap = placed[client]
    pdf = tmp_path / f"{client}-{language}.pdf"
    write_pdf(summary_html(entered, snap, status="referred", day=DAY, language=language), pdf, "x")
    text = _pdf_text(pdf)
    for expected in (*REQUIRED[language], *RESPONSIBLE[(client, language)]):
        assert expected in text, expected
    assert snap.provider and snap.provider.location
    assert snap.provider.location.postal_code and snap.provider.location.postal_code in text
    for internal in _ids(entered, snap):
        assert internal not in text, internal
    assert "2026-12-03" not in text and "2026-01-01" not in text
    copied = summary_text(entered, snap, status="referred", day=DAY, language=language)
    for internal in _ids(entered, snap):
        assert internal not in copied, internal
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
        check=True,
    )
    (page,) = tmp_path.glob("page-*.png")
    assert page.stat().st_size > 10_000


def test_2019_information_carries_its_note_and_source(
    placed: dict[str, tuple[PlacementInput, PlacementSnapshot]], tmp_path: Path, qapp: QApplication
) -> None:
    entered, snap = placed["tampere"]
    assert snap.provider and snap.provider.stale
    for language, note in (
        ("fi", "Tietojen ajankohta 2019"),
        ("sv", "Uppgifterna är från 2019"),
    ):
        pdf = tmp_path / f"{language}.pdf"
        write_pdf(
            summary_html(entered, snap, status="referred", day=DAY, language=language), pdf, "x"
        )
        text = _pdf_text(pdf)
        assert note in text
        assert "lavaste/health_station_closures" in text.replace(" ", "")


def test_fees_not_in_the_catalogue_are_said_not_known(
    placed: dict[str, tuple[PlacementInput, PlacementSnapshot]],
) -> None:
    entered, snap = placed["tampere"]
    text = summary_text(entered, snap, status="referred", day=DAY, language="fi")
    assert "Asiakasmaksu: ei tiedossa palveluluettelossa" in text
    assert "Pirkanmaan hyvinvointialue" in text.split("Asiakasmaksu:")[1].splitlines()[0]


def test_a_record_without_the_catalogue_name_prints_its_version_not_its_id(
    placed: dict[str, tuple[PlacementInput, PlacementSnapshot]],
) -> None:
    entered, snap = placed["porvoo"]
    assert snap.catalogue is not None
    old = dataclasses.replace(
        snap, catalogue=CatalogueStamp(3, snap.catalogue.catalogue_id, "2025.1")
    )
    # An older record's stamp reads back the same; a new one keeps the name and the date.
    assert CatalogueStamp.from_json(old.catalogue.to_json()) == old.catalogue  # type: ignore[union-attr]
    assert CatalogueStamp.from_json(snap.catalogue.to_json()) == snap.catalogue
    text = summary_text(entered, old, status="referred", day=DAY, language="sv")
    assert "Uppgifterna kommer från tjänstekatalogen, version 2025.1." in text
    assert snap.catalogue.catalogue_id not in text


def test_a_need_chosen_as_a_service_prints_its_name_not_its_id(
    placed: dict[str, tuple[PlacementInput, PlacementSnapshot]],
) -> None:
    entered, snap = placed["tampere"]
    assert snap.service is not None
    by_id = dataclasses.replace(
        entered, need_kind=NeedKind.SERVICE.value, need_value=snap.service.id, need_text=""
    )
    text = summary_text(by_id, snap, status="referred", day=DAY, language="fi")
    assert snap.service.id not in text


def test_fees_and_vouchers_carry_their_source_and_date(default_engine: Engine) -> None:
    """Helsinki publishes its home-care fee and voucher tables: the printout gives the amounts
    with the table's source and date, in its own section."""
    placer = Workspace(engine=default_engine).placer
    entered = PlacementInput(
        municipality="Helsinki",
        age=80,
        language="sv",
        need_value="hemvård",
        household_size=1,
        gross_income="2000",
        care_hours=20,
    )
    evaluation = placer.evaluate(placer.context(entered), Need(NeedKind.WORDS, "hemvård"))
    entered.service_id = evaluation.services[0].service.id
    snap = placer.snapshot_for(entered)
    assert snap is not None
    text = summary_text(entered, snap, status="referred", day=DAY, language="sv")
    fees = text.split("Avgifter och servicesedlar\n")[1].split("\n\n")[0]
    assert "323,28\u00a0€" in fees or "323,28 €" in fees
    assert "källa: Helsingfors stads avgiftskalkylatorer, 21.10.2025" in fees
    assert "finns inte i tjänstekatalogen" not in fees


@pytest.mark.parametrize(("language", "marker"), [("fi", "ESIMERKKITIETO"), ("sv", "EXEMPELDATA")])
def test_an_example_provider_is_marked_in_its_heading(
    default_engine: Engine, language: str, marker: str
) -> None:
    # The default catalogue's Loviisa dental clinic is an example record: the printout a client
    # takes home must not present it as a real place.
    placer = Workspace(engine=default_engine).placer
    entered = PlacementInput(municipality="Porvoo", age=35, language="sv", need_value="tandvård")
    evaluation = placer.evaluate(placer.context(entered), Need(NeedKind.WORDS, "tandvård"))
    entered.service_id = evaluation.services[0].service.id
    snap = placer.snapshot_for(entered)
    assert snap is not None and snap.choice_set is not None
    seen = set()
    for offered in snap.choice_set.offered:
        entered.offering_id = offered.offering_id
        chosen = placer.snapshot_for(entered)
        assert chosen is not None and chosen.provider is not None
        p = chosen.provider
        example = p.example or p.provider.example or bool(p.location and p.location.example)
        seen.add(example)
        lines = summary_text(entered, chosen, status="referred", day=DAY, language=language)
        lines_list = lines.split("\n")
        heading = lines_list[lines_list.index(_provider_heading(language)) + 1]
        assert (f"[{marker}]" in heading) is example, heading
    assert seen == {True, False}  # the test saw both kinds


def _provider_heading(language: str) -> str:
    return {"fi": "Asiakkaan valitsema tuottaja", "sv": "Producent som klienten valt"}[language]
