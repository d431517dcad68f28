"""The wizard with a postal code on the default catalogue: nearest real places first, their
age and source in the provider details and in the printout, and the postal code kept only
with the saved placement."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from sote_navigator.services.placement_records import PlacementRecords
from sote_navigator.services.workspace import open_workspace
from sote_navigator.ui.wizard import PlacementWizard
from tests.wizard_driver import fill_client, fill_need, press_next, type_text


def test_postal_code_orders_places_and_the_printout_says_how_old(
    qtbot: QtBot, tmp_path: Path
) -> None:
    engine = open_workspace(tmp_path / "desk.sqlite")
    wizard = PlacementWizard(engine)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_client(wizard, "Rovaniemi", 70, "fi")
    type_text(wizard.pages[0].postal_code, "961")
    assert press_next(wizard) == 0  # not five digits: stays
    assert "five digits" in wizard.pages[0].error_label.text()
    type_text(wizard.pages[0].postal_code, "00")
    assert press_next(wizard) == 1
    fill_need(wizard, "lääkäri")
    assert press_next(wizard) == 2
    assert press_next(wizard) == 3
    provider = wizard.pages[3]
    provider.table.selectRow(0)
    details = provider.details.toPlainText()
    assert "Koskikatu 25" in details or "Urheilukatu" in details  # 96100's own stations first
    assert "from the client's postal area (96100)" in details
    assert "Information from 2019: check before sending the client." in details
    assert press_next(wizard) == 4
    preview = wizard.pages[4].output.preview.toPlainText()  # in the client's language
    assert "Tietojen ajankohta 2019: tarkista ennen kuin ohjaat asiakkaan." in preview
    assert "asiakkaan postinumeroalueelta (96100)" in preview
    with qtbot.waitSignal(wizard.committed) as committed:
        wizard.accept()
    record = PlacementRecords(engine).get(committed.args[0])
    assert record is not None and record.input.postal_code == "96100"
    assert record.snapshot["context"]["origin"]["basis"] == "postal_area"
    engine.dispose()
