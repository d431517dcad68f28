"""Done when: for an 82-year-old Swedish-speaking resident of Porvoo who needs home care,
``sote-navigator place`` and the wizard give the same services, verdicts, ranked choice set and
reasons, and the PDF summary reads in Swedish."""

from __future__ import annotations

import datetime as dt
import html
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sote_navigator import i18n
from sote_navigator.services.workspace import Workspace, open_workspace
from sote_navigator.ui.wizard import PlacementWizard
from sote_navigator.ui.wizard.models import ID_ROLE
from tests.cli_runner import run_cli
from tests.wizard_driver import fill_client, fill_need, press_next

ARGS = ["--municipality", "Borgå", "--age", "82", "--language", "sv", "--need", "hemvård"]


@pytest.fixture
def db(tmp_path: Path, placement_catalogue_file: Path) -> Path:
    path = tmp_path / "desk.sqlite"
    open_workspace(path, placement_catalogue_file).dispose()
    return path


def _walk(qtbot: QtBot, db: Path) -> PlacementWizard:
    engine = open_workspace(db, None)
    wizard = PlacementWizard(Workspace(engine=engine))
    qtbot.addWidget(wizard)
    wizard.destroyed.connect(lambda *_: engine.dispose())
    wizard.show()
    fill_client(wizard, "Borgå", 82, "sv", home_visit=True)
    assert press_next(wizard) == 1
    fill_need(wizard, "hemvård")
    assert press_next(wizard) == 2
    return wizard


def _tooltip_lines(model: Any, row: int) -> list[str]:
    # Tooltips go out as escaped rich text (ui/tooltips.py): undo exactly that escaping.
    tooltip = str(model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole))
    body = tooltip.removeprefix("<qt>").removesuffix("</qt>").replace("<br>", "\n")
    return html.unescape(body).split("\n")


@pytest.mark.parametrize("language", ["en", "sv", "fi"])
def test_cli_and_wizard_give_the_same_answer(qtbot: QtBot, db: Path, language: str) -> None:
    cli = run_cli(["place", *ARGS, "--home-visit", "--json", "--db", str(db), "--lang", language])
    assert cli.code == 0, cli.err
    data = cli.json()
    text = run_cli(["place", *ARGS, "--home-visit", "--db", str(db), "--lang", language])
    i18n.set_language(language)
    wizard = _walk(qtbot, db)

    services = wizard.pages[2].model
    assert [services.index(r, 0).data(ID_ROLE) for r in range(services.rowCount())] == [
        s["service"]["id"] for s in data["services"]
    ]
    assert [services.assessment(r).verdict.value for r in range(services.rowCount())] == [  # type: ignore[union-attr]
        s["verdict"] for s in data["services"]
    ]
    for row, service in enumerate(data["services"]):
        assert [line[2:] for line in _tooltip_lines(services, row)] == [
            r["text"] for r in service["reasons"]
        ]
        for line in _tooltip_lines(services, row):
            assert f"   {line}" in text.out.splitlines()
    assert press_next(wizard) == 3
    choice = wizard.pages[3].model
    cli_providers = data["services"][0]["choice_set"]["providers"]
    assert [choice.provider(r).offering.id for r in range(choice.rowCount())] == [  # type: ignore[union-attr]
        p["offering_id"] for p in cli_providers
    ]
    for row, provider in enumerate(cli_providers):
        wizard_reasons = [r.code.value for r in choice.provider(row).reasons]  # type: ignore[union-attr]
        assert wizard_reasons == [r["code"] for r in provider["reasons"]]
        assert [line[2:] for line in _tooltip_lines(choice, row)] == [
            r["text"] for r in provider["reasons"]
        ]
        # The text output words each reason exactly as the wizard does.
        for line in _tooltip_lines(choice, row):
            assert f"        {line}" in text.out.splitlines()
    assert cli_providers[0]["reasons"][0]["code"] == "serves_in_language"
    assert cli_providers[0]["reasons"][0]["params"] == {"language": "sv", "right": True}


def test_the_pdf_summary_is_in_swedish(qtbot: QtBot, db: Path, tmp_path: Path) -> None:
    i18n.set_language("fi")  # the counsellor works in Finnish; the client reads Swedish
    wizard = _walk(qtbot, db)
    assert press_next(wizard) == 3
    wizard.pages[3].table.selectRow(0)
    assert press_next(wizard) == 4
    output = wizard.pages[4].output
    assert output.chosen_language() == "sv"
    pdf = tmp_path / "sammanfattning.pdf"
    with qtbot.waitSignal(output.pdf_saved, timeout=20_000):
        output.save_pdf(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in (
        "Hemvård",
        "Omsorg i Borgå Ab",
        "Runebergsvägen 3, 06100 Borgå",
        "Östra Nylands välfärdsområde",
        "Östra Nyland",
        "svenska",
        # Finland-Swedish dates as Finnish ones: 3.12.2026, not Sweden's 2026-12-03.
        f"{dt.date.today().day}.{dt.date.today().month}.{dt.date.today().year}",
    ):
        assert expected in text, expected
    assert "34,00\u00a0€" in text or "34,00 €" in text
    assert "Porvoon kotihoito" not in text  # no Finnish names where Swedish ones exist
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
        check=True,
    )
    (page,) = tmp_path.glob("page-*.png")
    assert page.stat().st_size > 10_000
