"""PTV channels that are not places become contact routes (issue 14 item 5): Phone, EChannel,
WebPage and PrintableForm, with PTV v11's own field names, and the ways in they give."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from sqlalchemy import Engine

from sote_navigator import i18n
from sote_navigator.core.vocabulary import EntityKind
from sote_navigator.services import catalogue, catalogue_import
from sote_navigator.services.workspace import Workspace, open_workspace
from sote_navigator.ui.details_pane import DetailsPane
from sote_navigator.ui.offering_list import OfferingListView
from tests import paths

FIXTURES = paths.FIXTURES / "ptv"
SOCIAL = "ptv:9a1b2c3d-2222-4b3c-8d4e-000000000006"  # reached only by a phone line
DISABILITY = "ptv:9a1b2c3d-2222-4b3c-8d4e-000000000007"  # e-service, web page, form
DOCTOR = "ptv:9a1b2c3d-2222-4b3c-8d4e-000000000003"  # places and a charged phone line
CHANNEL = "2b7c9d10-1111-4a2b-9c3d-0000000000"


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = open_workspace(tmp_path / "ptv.sqlite")
    plan = catalogue_import.plan_import(engine, FIXTURES)
    assert plan.ok, [f.to_json() for f in plan.findings]
    assert catalogue_import.apply_import(engine, plan, allow_unsigned=True) is not None
    return engine


def routes(engine: Engine) -> dict[str, dict[str, Any]]:
    doc = catalogue.export_document(engine)
    return {r["id"]: r for r in doc["contact_routes"]}


def test_every_channel_type_becomes_a_contact_route(engine: Engine) -> None:
    found = routes(engine)
    phone = found[f"{SOCIAL}/{CHANNEL}10"]
    assert phone["kind"] == "phone"
    assert phone["service"] == SOCIAL
    assert phone["provider"] == "ptv:6f3e2b1a-0c4d-4e5f-8a9b-1c2d3e4f5a01"
    assert phone["number"] == "+358 40 000 0106"
    assert phone["charge"] == "free"
    assert phone["around_the_clock"] is True
    assert phone["languages"] == ["fi", "sv"]
    assert (phone["source"], phone["verified_on"]) == ("PTV", "2026-03-02")
    e_service = found[f"{DISABILITY}/{CHANNEL}11"]
    assert e_service["kind"] == "e_service"
    assert {u["language"]: u["value"] for u in e_service["urls"]} == {
        "fi": "https://example.invalid/fi/vammaispalvelut/hakemus",
        "sv": "https://example.invalid/sv/handikappservice/ansokan",
    }
    assert found[f"{DISABILITY}/{CHANNEL}12"]["kind"] == "web_page"
    form = found[f"{DISABILITY}/{CHANNEL}13"]
    assert form["kind"] == "printable_form"
    assert form["urls"][0]["value"] == "https://example.invalid/fi/lomakkeet/vp1.pdf"
    # PTV's "Chargeable" (older data) is a charged line too.
    doctor_line = found[f"{DOCTOR}/{CHANNEL}06"]
    assert (doctor_line["number"], doctor_line["charge"]) == ("+358 19 520 1000", "charged")


def test_a_service_with_only_a_phone_line_is_not_without_channels(tmp_path: Path) -> None:
    engine = open_workspace(tmp_path / "ptv.sqlite")
    plan = catalogue_import.plan_import(engine, FIXTURES)
    without = [f for f in plan.findings if f.code.value == "ptv_service_without_channels"]
    assert len(without) == 1  # Omaishoidon tuki, which has no channel at all
    assert Counter(f.code.value for f in plan.findings)["ptv_unknown_channel"] == 1


def test_importing_the_routes_again_changes_nothing(engine: Engine) -> None:
    plan = catalogue_import.plan_import(engine, FIXTURES)
    assert plan.diff.empty
    # The real-world export beside these files (test_ptv_real_world) adds a phone line of its own.
    assert len([r for r in routes(engine) if "3d8f1a52" not in r]) == 5


def test_the_details_and_the_choice_list_show_the_ways_in(qtbot: Any, engine: Engine) -> None:
    i18n.set_language("fi")
    navigator = Workspace(engine=engine).navigator
    pane = DetailsPane(lambda: "nothing")
    qtbot.addWidget(pane)
    view = navigator.service_view(SOCIAL)
    assert view is not None
    pane.show_service(view)
    ways_in = pane.rows()["Asiointitavat"]
    assert "+358 40 000 0106" in ways_in
    assert "ympäri vuorokauden" in ways_in
    assert "maksuton" in ways_in
    listing = OfferingListView()
    qtbot.addWidget(listing)
    listing.attach(navigator)
    listing.show_for(EntityKind.SERVICE, SOCIAL)
    note = listing.note.text()
    assert isinstance(listing.note, QLabel)
    assert "puhelimitse tai verkossa" in note
    assert "+358 40 000 0106" in note
    assert "luettelo ei sisällä" not in note.lower()


def test_the_wizard_offers_the_phone_line_as_the_way_in(qtbot: Any, engine: Engine) -> None:
    from sote_navigator.core.placement_record import PlacementInput
    from sote_navigator.ui.wizard import PlacementWizard

    i18n.set_language("sv")
    wizard = PlacementWizard(Workspace(engine=engine))
    qtbot.addWidget(wizard)
    wizard.state = PlacementInput(
        municipality="Borgå",
        age=40,
        language="sv",
        need_kind="service",
        need_value=SOCIAL,
        need_text=SOCIAL,
        service_id=SOCIAL,
        step=3,
    )
    assert wizard.restore() == 3
    page = wizard.pages[3]
    text = page.no_choice_label.text()
    assert "Kontakt per telefon eller på nätet" in text
    assert "+358 40 000 0106" in text and "dygnet runt" in text and "avgiftsfri" in text
    assert page.problem() == ""  # nothing to choose is not a missing answer


def test_an_imported_emergency_service_of_no_known_county_does_not_join_others_answers(
    engine: Engine,
) -> None:
    """Its name says Sosiaalipäivystys, but no offering ties it to a county: a Joensuu
    client's urgent answer must not list East Uusimaa's line."""
    from sote_navigator.core.placement_record import PlacementInput

    placer = Workspace(engine=engine).placer
    entered = PlacementInput(municipality="Joensuu", age=30, language="fi", urgent=True)
    evaluation = placer.evaluate(placer.context(entered), placer.need("turvakoti"))
    ids = [a.service.id for a in evaluation.services]
    assert "SOTE-0001" in ids
    assert SOCIAL not in ids


def test_the_verdict_card_names_the_phone_line_and_the_e_service(
    qtbot: Any, engine: Engine
) -> None:
    """The answer at a glance: a service reached by phone or online says so on its card."""
    from sote_navigator.ui.verdict_card import VerdictCard

    i18n.set_language("fi")
    navigator = Workspace(engine=engine).navigator
    card = VerdictCard()
    qtbot.addWidget(card)
    social = navigator.service_view(SOCIAL)
    assert social is not None
    card.show_service(social, None)
    assert "+358 40 000 0106" in card.routes.text()
    assert "+358 40 000 0106" in card.accessibleDescription()
    disability = navigator.service_view(DISABILITY)
    assert disability is not None
    card.show_service(disability, None)
    assert "https://example.invalid/fi/vammaispalvelut/hakemus" in card.routes.text()
    assert not card.routes.isHidden()
