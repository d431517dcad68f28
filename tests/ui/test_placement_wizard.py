"""The placement wizard with pytest-qt: the whole walk, validation, back and forth, drafts."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from sote_navigator.core.placement_record import PlacementStatus
from sote_navigator.services.workspace import Workspace
from sote_navigator.ui.wizard import PAGES, PlacementWizard
from sote_navigator.ui.wizard.models import AssessmentModel, ChoiceSetModel, ServiceNamesModel
from tests.wizard_driver import fill_client, fill_need, press_back, press_next, type_text


@pytest.fixture
def wizard(qtbot: QtBot, placement_engine: Engine) -> PlacementWizard:
    w = PlacementWizard(Workspace(engine=placement_engine))
    qtbot.addWidget(w)
    w.show()
    return w


def test_pages_are_a_tuple_of_wizard_pages(wizard: PlacementWizard) -> None:
    assert isinstance(PAGES, tuple) and len(PAGES) == 5
    assert [type(p) for p in wizard.pages] == list(PAGES)


def test_whole_walk_commits_one_placement(
    wizard: PlacementWizard, placement_engine: Engine, tmp_path: Path, qtbot: QtBot
) -> None:
    fill_client(wizard, "Borgå", 82, "sv", home_visit=True)
    assert "Östra Nylands välfärdsområde" not in wizard.pages[0].routing_label.text()  # en UI
    assert "East Uusimaa" in wizard.pages[0].routing_label.text()
    assert press_next(wizard) == 1
    fill_need(wizard, "hemvård")
    assert wizard.pages[1].preview_model.rowCount() == 1
    assert press_next(wizard) == 2
    services = wizard.pages[2]
    assert services.model.rowCount() == 1
    assert services.selected() is not None
    assert "service-need assessment" in services.details.toPlainText()
    assert press_next(wizard) == 3
    provider = wizard.pages[3]
    assert provider.model.rowCount() == 3
    provider.table.selectRow(0)
    type_text(provider.client_choice, "Vill ha svensk personal")
    type_text(provider.notes, "Föll hemma i januari.")
    assert "Makes home visits." in provider.details.toPlainText()
    assert press_next(wizard) == 4
    summary = wizard.pages[4]
    preview = summary.output.preview.toPlainText()
    assert "Omsorg i Borgå Ab" in preview
    assert "Runebergsvägen 3, 06100 Borgå" in preview  # the client's language: Swedish
    summary.output.copy_to_clipboard()
    assert QGuiApplication.clipboard().text() == summary.output.text()

    pdf = tmp_path / "summary.pdf"
    with qtbot.waitSignal(summary.output.pdf_saved, timeout=20_000):
        summary.output.save_pdf(pdf)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    assert "Omsorg i Borgå Ab" in text.stdout
    assert "Runebergsvägen 3" in text.stdout

    with qtbot.waitSignal(wizard.committed) as committed:
        wizard.accept()
    record = Workspace(engine=placement_engine).records.get(committed.args[0])
    assert record is not None
    assert record.status is PlacementStatus.REFERRED and not record.wizard_open
    assert record.snapshot and record.snapshot.provider
    assert record.snapshot.provider.offering_id == "off-omsorg-homecare"
    assert record.input.client_choice == "Vill ha svensk personal"
    assert [n.text for n in record.notes] == ["Föll hemma i januari."]
    assert Workspace(engine=placement_engine).records.unfinished() == []


def test_each_page_says_what_is_missing(wizard: PlacementWizard) -> None:
    client = wizard.pages[0]
    assert press_next(wizard) == 0
    assert client.error_label.text() == "Give the client's home municipality."
    type_text(client.municipality, "Porvo")
    assert press_next(wizard) == 0
    assert "Did you mean: Porvoo" in client.error_label.text()
    client.municipality.clear()
    type_text(client.municipality, "Porvoo")
    assert press_next(wizard) == 0
    assert client.error_label.text() == "Give the client's age in years."
    client.age.setValue(40)
    client.language.setCurrentIndex(client.language.count() - 1)  # another language…
    assert press_next(wizard) == 0
    assert "two- or three-letter code" in client.error_label.text()
    type_text(client.other_language, "ru")
    assert client.interpreter.isChecked()
    assert press_next(wizard) == 1
    assert client.error_label.isHidden()

    need = wizard.pages[1]
    assert press_next(wizard) == 1
    assert need.error_label.text() == "Describe the need, or pick a service class."
    type_text(need.words, "qqqzzz")
    assert press_next(wizard) == 1
    assert "No service in the catalogue matches" in need.error_label.text()
    need.words.clear()
    type_text(need.words, "hammashoitola")
    assert press_next(wizard) == 2
    services = wizard.pages[2]
    services.table.clearSelection()
    services.table.setCurrentIndex(services.model.index(-1, 0))
    assert press_next(wizard) == 2
    assert services.error_label.text() == "Choose the service to place the client in."
    services.select_service("S-DENTAL")
    assert press_next(wizard) == 3
    assert press_next(wizard) == 3
    assert wizard.pages[3].error_label.text() == "Select the provider the client chose."


def test_identity_code_warns_and_is_refused(
    wizard: PlacementWizard, placement_engine: Engine
) -> None:
    fill_client(wizard, "Porvoo", 40, "fi")
    client = wizard.pages[0]
    type_text(client.reference, "131052\u2011308T")  # a non-breaking hyphen
    assert client.reference_warning.isVisible()
    assert "personal identity code" in client.reference_warning.text()
    assert press_next(wizard) == 0
    assert press_next(wizard) == 0  # pressing again does not keep it
    assert "The client reference holds a personal identity code" in client.error_label.text()
    assert Workspace(engine=placement_engine).records.find() == []
    client.reference.clear()
    type_text(client.reference, "ASIAKAS-7")
    assert client.reference_warning.isHidden()
    assert press_next(wizard) == 1


def test_identity_code_in_the_notes_or_the_choice_is_refused(
    wizard: PlacementWizard, placement_engine: Engine
) -> None:
    fill_client(wizard, "Borgå", 82, "sv")
    press_next(wizard)
    fill_need(wizard, "hemvård")
    press_next(wizard)
    press_next(wizard)
    provider = wizard.pages[3]
    provider.table.selectRow(0)
    type_text(provider.notes, "asiakas \uff11\uff13\uff11\uff10\uff15\uff12 308T")
    assert press_next(wizard) == 3
    assert "The note holds a personal identity code" in provider.error_label.text()
    provider.notes.clear()
    type_text(provider.client_choice, "131052_308T")
    assert press_next(wizard) == 3
    assert "The client's choice holds a personal identity code" in provider.error_label.text()
    provider.client_choice.clear()
    assert press_next(wizard) == 4
    (draft,) = Workspace(engine=placement_engine).records.unfinished()
    assert "308" not in str(draft.input.to_json())


def test_back_and_forth_keeps_entries(wizard: PlacementWizard) -> None:
    fill_client(wizard, "Borgå", 82, "sv", home_visit=True, evening=True)
    press_next(wizard)
    fill_need(wizard, "home care")
    press_next(wizard)
    press_next(wizard)
    wizard.pages[3].table.selectRow(1)
    type_text(wizard.pages[3].notes, "muistiinpano")
    assert press_back(wizard) == 2
    assert press_back(wizard) == 1
    assert wizard.pages[1].words.text() == "home care"
    assert press_back(wizard) == 0
    client = wizard.pages[0]
    assert client.municipality.text() == "Borgå"
    assert (client.age.value(), client.language.currentData()) == (82, "sv")
    assert client.home_visit.isChecked() and client.evening.isChecked()
    assert press_next(wizard) == 1
    assert press_next(wizard) == 2
    assert press_next(wizard) == 3
    provider = wizard.pages[3]
    assert provider.selected() is not None
    assert provider.selected().rank == 2  # type: ignore[union-attr]
    assert provider.notes.toPlainText() == "muistiinpano"


def test_a_changed_need_forgets_the_chosen_service(wizard: PlacementWizard) -> None:
    fill_client(wizard, "Porvoo", 40, "fi")
    press_next(wizard)
    fill_need(wizard, "hammashoitola")
    press_next(wizard)
    press_next(wizard)
    wizard.pages[3].table.selectRow(0)
    press_back(wizard)
    press_back(wizard)
    fill_need(wizard, "kotihoito")
    press_next(wizard)
    assert wizard.state.offering_id == "" and wizard.state.service_id == ""
    assert wizard.pages[2].selected().service.id == "S-HOMECARE"  # type: ignore[union-attr]


def test_a_draft_is_saved_after_every_step(
    wizard: PlacementWizard, placement_engine: Engine
) -> None:
    records = Workspace(engine=placement_engine).records
    fill_client(wizard, "Porvoo", 82, "sv")
    steps = []
    press_next(wizard)
    steps.append(records.get(wizard.placement_id).input.step)  # type: ignore[arg-type, union-attr]
    fill_need(wizard, "hemvård")
    press_next(wizard)
    steps.append(records.get(wizard.placement_id).input.step)  # type: ignore[arg-type, union-attr]
    press_next(wizard)
    steps.append(records.get(wizard.placement_id).input.step)  # type: ignore[arg-type, union-attr]
    assert steps == [1, 2, 3]
    (draft,) = records.unfinished()
    assert draft.id == wizard.placement_id and draft.wizard_open
    assert draft.input.need_value == "hemvård"


def test_cancel_keeps_the_draft_but_does_not_offer_it_again(
    wizard: PlacementWizard, placement_engine: Engine
) -> None:
    fill_client(wizard, "Porvoo", 82, "sv")
    press_next(wizard)
    wizard.reject()
    records = Workspace(engine=placement_engine).records
    assert records.unfinished() == []
    (kept,) = records.find(PlacementStatus.DRAFT)
    assert kept.input.municipality == "Porvoo"


def test_models_pass_the_model_tester(wizard: PlacementWizard, qtmodeltester: Any) -> None:
    fill_client(wizard, "Borgå", 82, "sv", home_visit=True)
    press_next(wizard)
    fill_need(wizard, "hemvård")
    press_next(wizard)
    press_next(wizard)
    for model in (wizard.pages[1].preview_model, wizard.pages[2].model, wizard.pages[3].model):
        assert isinstance(model, ServiceNamesModel | AssessmentModel | ChoiceSetModel)
        qtmodeltester.check(model)
    empty = ChoiceSetModel()
    qtmodeltester.check(empty)


def test_show_all_providers_when_the_list_is_cut(
    wizard: PlacementWizard, placement_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sote_navigator.services import placement

    monkeypatch.setattr(placement, "SHOWN_PROVIDERS", 1)
    fill_client(wizard, "Borgå", 82, "sv")
    press_next(wizard)
    fill_need(wizard, "hemvård")
    press_next(wizard)
    assert press_next(wizard) == 3
    provider = wizard.pages[3]
    assert provider.model.rowCount() == 1
    assert provider.more_label.text().startswith("2 more provider")
    provider.show_all_button.click()
    assert provider.model.rowCount() == 3 and provider.more_label.isHidden()
    provider.table.selectRow(2)  # the client wants the one ranked third
    assert press_next(wizard) == 4
    wizard.accept()
    (record,) = Workspace(engine=placement_engine).records.find()
    snap = record.snapshot
    assert snap and snap.provider and snap.choice_set
    assert snap.provider.offering_id == "off-aurinko-homecare"
    assert snap.provider.rank == 3
    assert snap.choice_set.size == 3
