"""Every item model of the navigator window passes pytest-qt's model tester."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import Engine

from sote_navigator import i18n
from sote_navigator.core.navigation import Grouping
from sote_navigator.core.vocabulary import EntityKind
from sote_navigator.services.workspace import Workspace
from sote_navigator.ui.list_models import (
    MunicipalityListModel,
    OfferingTableModel,
    SearchResultModel,
)
from sote_navigator.ui.service_tree_model import ServiceTreeModel
from sote_navigator.wording.catalogue_facts import languages_text
from sote_navigator.wording.vocabulary import example_marker
from tests.navigator_catalogue import navigator_engine

__all__ = ["navigator_engine"]


def test_municipality_model(qtmodeltester: Any, navigator_engine: Engine) -> None:
    model = MunicipalityListModel()
    model.set_items(Workspace(engine=navigator_engine).navigator.complete("m"))
    assert model.rowCount() == 2  # Maarianhamina, Mäntyharju
    qtmodeltester.check(model)
    model.set_items([])
    qtmodeltester.check(model)


def test_search_result_model_marks_examples(qtmodeltester: Any, navigator_engine: Engine) -> None:
    i18n.set_language("fi")
    model = SearchResultModel()
    model.set_items(Workspace(engine=navigator_engine).navigator.search("hammas"))
    qtmodeltester.check(model)
    texts = [model.index(r).data() for r in range(model.rowCount())]
    example = [t for t in texts if t.startswith("Esimerkki Hammashoitola")]
    assert example and example_marker() in example[0]
    assert all(example_marker() not in t for t in texts if t.startswith("Hammasklinikka"))


def test_offering_model(qtmodeltester: Any, navigator_engine: Engine) -> None:
    i18n.set_language("fi")
    model = OfferingTableModel()
    rows = (
        Workspace(engine=navigator_engine)
        .navigator.offerings(EntityKind.SERVICE, "S-DENTAL", "unit-u6")
        .rows
    )
    model.set_rows(rows)
    qtmodeltester.check(model)
    location, provider = model.index(1, OfferingTableModel.OFFER).data().split("\n")
    assert location.startswith("Esimerkki Hammashoitola Porvoo")
    assert example_marker() in location  # once per row, on its first line
    assert provider == "Esimerkki Hammas <b>Oy</b>"
    first = model.index(0, OfferingTableModel.OFFER).data()
    assert first.split("\n")[0] == model.tr("(no fixed location)")
    assert model.index(1, OfferingTableModel.FEATURES).data().count("\n") == 2  # 3 features
    tooltip = model.index(1, OfferingTableModel.LANGUAGES).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == f"<qt>{languages_text(['fi', 'sv'])}</qt>"  # text, not markup


def test_service_tree_model_both_groupings(qtmodeltester: Any, navigator_engine: Engine) -> None:
    nav = Workspace(engine=navigator_engine).navigator
    model = ServiceTreeModel()
    for grouping in Grouping:
        model.set_tree(nav.service_tree(grouping, "en"))
        qtmodeltester.check(model)
    model.set_tree(nav.service_tree(Grouping.LEVEL, "en"))
    top = model.index(0, 0)
    assert top.data() == "Basic service, local (3)"
    assert model.index(0, 0, top).data() == "Early childhood education"
    assert model.parent(model.index(0, 0, top)) == top
    model.set_tree(())
    qtmodeltester.check(model)
