"""Hostile catalogue text on screen: plain text in every tooltip, isolated, cut where listed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QFont, QTextDocument, QTextLayout
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from sote_navigator import i18n
from sote_navigator.core.navigation import Grouping
from sote_navigator.core.vocabulary import EntityKind
from sote_navigator.exchange import validation
from sote_navigator.services.workspace import Workspace, open_workspace
from sote_navigator.ui.details_pane import DetailsPane
from sote_navigator.ui.findings_model import FindingsModel
from sote_navigator.ui.list_models import OfferingTableModel, SearchResultModel
from sote_navigator.ui.service_tree_model import ServiceTreeModel
from sote_navigator.ui.wizard import PlacementWizard
from sote_navigator.wording.display import LIST_LIMIT
from sote_navigator.wording.vocabulary import example_marker
from tests.catalogue_factory import placement_catalogue, small_catalogue
from tests.cli_runner import run_cli
from tests.navigator_catalogue import navigator_catalogue
from tests.wizard_driver import fill_client, fill_need, press_next

IMAGE = '<img src="/some/local/file.png">'
LINK = '<a href="file:///etc/passwd">file:///etc/passwd</a>'
RLO = "\u202e"


def hostile(text: str) -> str:
    return f"{IMAGE}{LINK} {text}"


def _rename(doc: dict[str, Any]) -> dict[str, Any]:
    """Markup in every provider, location and class name; a right-to-left override in front."""
    for kind in ("providers", "locations", "service_classes", "services"):
        for item in doc.get(kind, []):
            for text in item["names"]:
                text["value"] = RLO + hostile(text["value"])
    return doc


def _engine(tmp_path: Path, doc: dict[str, Any], name: str) -> Engine:
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return open_workspace(tmp_path / f"{name}.sqlite", path)


@pytest.fixture
def hostile_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = _engine(tmp_path, _rename(navigator_catalogue()), "hostile")
    yield engine
    engine.dispose()


def _fragments(document: QTextDocument) -> Iterator[Any]:
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            yield it.fragment()
            it += 1
        block = block.next()


def shown_as_qt_shows_a_tooltip(tooltip: str) -> QTextDocument:
    """The tooltip as QToolTip renders it: rich text when it looks like markup."""
    document = QTextDocument()
    if QtGui.Qt.mightBeRichText(tooltip):
        document.setHtml(tooltip)
    else:
        document.setPlainText(tooltip)
    return document


def assert_plain(tooltip: Any) -> str:
    if tooltip is None or tooltip == "":
        return ""
    document = shown_as_qt_shows_a_tooltip(str(tooltip))
    for fragment in _fragments(document):
        fmt = fragment.charFormat()
        assert not fmt.isImageFormat(), tooltip
        assert not fmt.isAnchor(), tooltip
    return document.toPlainText()


def tooltips(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[str]:
    parent = QModelIndex() if parent is None else parent
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            yield assert_plain(index.data(Qt.ItemDataRole.ToolTipRole))
        yield from tooltips(model, model.index(row, 0, parent))


def test_the_tooltips_of_every_navigator_model_are_plain_text(
    hostile_engine: Engine, qtbot: QtBot
) -> None:
    i18n.set_language("fi")
    nav = Workspace(engine=hostile_engine).navigator
    seen: list[str] = []
    results = SearchResultModel()
    results.set_items(nav.search("hammas") + nav.search("hoito"))
    assert results.rowCount() > 0
    seen += tooltips(results)
    offerings = OfferingTableModel()
    for subject in (EntityKind.SERVICE, EntityKind.PROVIDER):
        key = "S-DENTAL" if subject is EntityKind.SERVICE else "prov-dent"
        offerings.set_rows(nav.offerings(subject, key, None).rows, subject)
        assert offerings.rowCount() > 0
        seen += tooltips(offerings)
    tree = ServiceTreeModel()
    for grouping in Grouping:
        tree.set_tree(nav.service_tree(grouping, "fi"))
        seen += tooltips(tree)
    doc = navigator_catalogue()
    doc["services"].append(dict(doc["services"][0], id=hostile("S")))
    doc["services"].append(dict(doc["services"][0], id=hostile("S")))
    findings = FindingsModel()
    findings.set_findings(validation.validate(doc, hostile("file.json")))
    assert findings.rowCount() > 0
    seen += tooltips(findings)
    # The markup is shown as the characters it is, in every kind of model.
    assert sum(IMAGE in text and LINK in text for text in seen) >= 4


def test_the_tooltips_of_the_wizard_models_are_plain_text(tmp_path: Path, qtbot: QtBot) -> None:
    doc = placement_catalogue()
    for item in doc["providers"] + doc["locations"]:
        for text in item["names"]:
            text["value"] = hostile(text["value"])
    engine = _engine(tmp_path, doc, "placement")
    try:
        wizard = PlacementWizard(Workspace(engine=engine))
        qtbot.addWidget(wizard)
        wizard.show()
        fill_client(wizard, "Borgå", 82, "sv")
        press_next(wizard)
        fill_need(wizard, "hemvård")
        press_next(wizard)
        list(tooltips(wizard.pages[2].model))
        press_next(wizard)
        assert wizard.pages[3].model.rowCount() > 0
        list(tooltips(wizard.pages[3].model))
        provider_cell = wizard.pages[3].model.index(0, 1).data()
        assert IMAGE in provider_cell
    finally:
        engine.dispose()


def _x_positions(text: str, part: str) -> list[float]:
    layout = QTextLayout(text, QFont())
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()
    start = text.index(part)
    return [line.cursorToX(start + k)[0] for k in range(len(part) + 1)]


def test_a_right_to_left_override_does_not_reverse_the_application_text(
    hostile_engine: Engine, qtbot: QtBot
) -> None:
    i18n.set_language("fi")
    marker = example_marker()
    results = SearchResultModel()
    results.set_items(Workspace(engine=hostile_engine).navigator.search("hammas"))
    rows = [results.index(r).data() for r in range(results.rowCount())]
    marked = [r for r in rows if marker in r]
    assert marked
    for row in marked:
        first_line = row.split("\n")[0]
        positions = _x_positions(first_line, marker)
        assert positions == sorted(positions), "the example mark must read left to right"
    offerings = OfferingTableModel()
    offerings.set_rows(
        Workspace(engine=hostile_engine)
        .navigator.offerings(EntityKind.SERVICE, "S-DENTAL", None)
        .rows
    )
    cells = [offerings.index(r, 0).data().split("\n")[0] for r in range(offerings.rowCount())]
    for cell in (c for c in cells if marker in c):
        positions = _x_positions(cell, marker)
        assert positions == sorted(positions)


def test_long_names_are_cut_in_lists_and_whole_in_the_details(tmp_path: Path, qtbot: QtBot) -> None:
    i18n.set_language("fi")
    long_name = "Hammashoito" + " pitkä" * 2000
    doc = navigator_catalogue()
    dent = next(p for p in doc["providers"] if p["id"] == "prov-dent")
    dent["names"][0]["value"] = long_name
    engine = _engine(tmp_path, doc, "long")
    try:
        nav = Workspace(engine=engine).navigator
        results = SearchResultModel()
        results.set_items([r for r in nav.search("pitkä") if r.id == "prov-dent"])
        assert results.rowCount() == 1
        first = results.index(0).data().split("\n")[0]
        assert len(first) <= LIST_LIMIT + len(example_marker()) + 4
        assert first.startswith("Hammashoito pitkä") and "\u2026" in first
        pane = DetailsPane(lambda: "")
        qtbot.addWidget(pane)
        view = nav.provider_view("prov-dent")
        assert view is not None
        pane.show_provider(view)
        assert len(pane.title.text()) <= LIST_LIMIT
        assert "pitkä pitkä" in assert_plain(pane.title.toolTip())
    finally:
        engine.dispose()


def test_the_cli_diff_cuts_long_names_and_isolates_bidirectional_ones(tmp_path: Path) -> None:
    source = tmp_path / "small.json"
    source.write_text(json.dumps(small_catalogue(), ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "desk.sqlite"
    open_workspace(db, source).dispose()
    doc = small_catalogue()
    doc["catalogue"]["version"] = "2"
    doc["providers"][0]["names"][0]["value"] = "Pitkä" + "x" * 15_000
    doc["providers"][1]["names"][0]["value"] = RLO + "Hoiva Oy"
    path = tmp_path / "v2.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    run = run_cli(
        [
            "catalogue",
            "import",
            "--allow-unsigned",
            str(path),
            "--dry-run",
            "--db",
            str(db),
            "--lang",
            "fi",
        ]
    )
    assert run.code == 0, run.err
    assert max(len(line) for line in run.out.splitlines()) < 400
    changed = [line for line in run.out.splitlines() if "prov-" in line]
    assert any("Pitkäxxx" in line and "\u2026" in line for line in changed)
    assert any(f"\u2068{RLO}Hoiva Oy\u2069" in line for line in changed)
