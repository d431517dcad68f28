"""The navigator window's components, and the whole window driven by keyboard alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from sqlalchemy import Engine

from sote_navigator import i18n
from sote_navigator.core.catalogue import Routing
from sote_navigator.core.navigation import Feature, OfferingFilter
from sote_navigator.core.vocabulary import EntityKind, ProviderKind
from sote_navigator.i18n import arg, translate
from sote_navigator.services.navigator import Navigator
from sote_navigator.services.workspace import Workspace
from sote_navigator.ui.details_pane import DetailsPane
from sote_navigator.ui.filter_bar import FilterBar
from sote_navigator.ui.main_window import MainWindow
from sote_navigator.ui.municipality_field import MunicipalityField
from sote_navigator.ui.service_browser import ServiceBrowser
from sote_navigator.wording.vocabulary import example_marker
from tests.cli_runner import run_cli
from tests.navigator_catalogue import navigator_engine

__all__ = ["navigator_engine"]


def type_text(widget: QWidget, text: str) -> None:
    """Type one character at a time: keyClicks aborts on non-ASCII text in Qt 6.12."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def key(
    widget: QWidget, k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    QTest.keyClick(widget, k, mod)


@pytest.fixture
def nav(navigator_engine: Engine) -> Navigator:
    return Workspace(engine=navigator_engine).navigator


@pytest.fixture
def window(qtbot: Any, navigator_engine: Engine, tmp_path: Path) -> MainWindow:
    w = MainWindow(Workspace(engine=navigator_engine), tmp_path / "navigator.sqlite")
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    return w


# --- municipality ---------------------------------------------------------------------------


def test_typing_borga_suggests_porvoo_and_enter_chooses_it(qtbot: Any, nav: Navigator) -> None:
    field = MunicipalityField()
    field.attach(nav)
    qtbot.addWidget(field)
    field.show()
    field.edit.setFocus()
    type_text(field.edit, "borg")
    assert field._model.rowCount() == 1
    assert field._model.index(0).data() == "Porvoo \u2013 Borgå (638)"
    with qtbot.waitSignal(field.routing_changed) as signal:
        type_text(field.edit, "å")
        field.edit.returnPressed.emit()
    routing: Routing = signal.args[0]
    assert routing.organiser.id == "org-01"
    assert field.organiser.text() == "East Uusimaa wellbeing services county"
    assert field.unit.text() == "Eastern Uusimaa"
    assert field.languages.text() == "bilingual, Finnish majority"
    assert field.swedish_right.isVisibleTo(field)
    assert field.organiser.textFormat() == Qt.TextFormat.PlainText


def test_codes_unknown_names_mergers_and_aland(qtbot: Any, nav: Navigator) -> None:
    field = MunicipalityField()
    field.attach(nav)
    qtbot.addWidget(field)
    assert field.choose("49") is not None and field.heading.text().startswith("Espoo")
    assert field.choose("Porvo0") is None
    assert "No municipality is called \u201cPorvo0\u201d" in field.heading.text()
    assert "Porvoo" in field.heading.text()  # the suggestion
    assert field.choose("Pertunmaa") is not None
    assert "Pertunmaa merged into Mäntyharju" in field.heading.text()
    assert not field.swedish_right.isVisibleTo(field)
    field.choose("Mariehamn")
    assert "Outside the reform" in field.organiser.text()
    field.edit.setFocus()
    with qtbot.waitSignal(field.routing_changed):
        key(field.edit, Qt.Key.Key_Escape)
    assert field.routing is None and field.edit.text() == ""


# --- search, tree and filters ---------------------------------------------------------------


def test_search_as_you_type_and_back_to_the_tree(qtbot: Any, nav: Navigator) -> None:
    browser = ServiceBrowser()
    browser.attach(nav)
    qtbot.addWidget(browser)
    browser.show()
    assert browser.stack.currentWidget() is browser.tree
    browser.search_edit.setFocus()
    type_text(browser.search_edit, "tandvård")
    assert browser.stack.currentWidget() is browser.results
    first = browser.results_model.item(0)
    assert (first.kind, first.id) == (EntityKind.SERVICE, "S-DENTAL")
    with qtbot.waitSignal(browser.item_chosen) as signal:
        key(browser.search_edit, Qt.Key.Key_Down)
    assert signal.args == ["service", "S-DENTAL"]
    assert browser.focusWidget() is browser.results
    browser.search_edit.setFocus()
    key(browser.search_edit, Qt.Key.Key_Escape)
    assert browser.search_edit.text() == "" and browser.stack.currentWidget() is browser.tree


@pytest.mark.parametrize(
    ("feature", "expected"),
    [
        (Feature.SWEDISH, {"prov-ll", "prov-dent"}),
        (Feature.EVENINGS, {"prov-dent"}),
        (Feature.WEEKENDS, {"prov-dent"}),
        (Feature.ACCESSIBLE, {"prov-dent"}),
        (Feature.VOUCHER, {"prov-virta"}),
    ],
)
def test_each_filter_narrows_the_window(
    window: MainWindow, feature: Feature, expected: set[str]
) -> None:
    window.choose_municipality("Borgå")
    window.search_for("tandvård")
    window.show_first_result()
    assert providers(window) == {"prov-ll", "prov-dent", "prov-virta"}
    window.filters.checkboxes[feature].click()
    assert providers(window) == expected
    assert window.offerings.heading.text() == serving(len(expected), "Porvoo")
    window.filters.checkboxes[feature].click()
    assert len(providers(window)) == 3


def test_provider_kind_filter(qtbot: Any, window: MainWindow) -> None:
    window.choose_municipality("Porvoo")
    window.search_for("hammas")
    window.show_first_result()
    kinds = window.filters.kind
    with qtbot.waitSignal(window.filters.changed) as signal:
        kinds.setCurrentIndex(kinds.findData(ProviderKind.VOUCHER_PROVIDER.value))
    assert signal.args[0] == OfferingFilter(
        provider_kinds=frozenset({ProviderKind.VOUCHER_PROVIDER})
    )
    assert providers(window) == {"prov-virta"}


def test_filter_bar_alone(qtbot: Any) -> None:
    bar = FilterBar()
    qtbot.addWidget(bar)
    with qtbot.waitSignal(bar.changed) as signal:
        bar.checkboxes[Feature.SWEDISH].setChecked(True)
    assert signal.args[0] == OfferingFilter(Feature.SWEDISH)
    assert all(box.accessibleName() for box in bar.checkboxes.values())


def serving(n: int, place: str) -> str:
    return arg(translate("OfferingListView", "%n provider(s) serving %1", None, n), place)


def providers(window: MainWindow) -> set[str]:
    model = window.offerings.model
    return {model.row_item(r).offering.provider.id for r in range(model.rowCount())}


# --- details -------------------------------------------------------------------------------


def test_details_pane_shows_markup_as_text(qtbot: Any, nav: Navigator) -> None:
    i18n.set_language("fi")  # the provider's Finnish name is the one with markup in it
    pane = DetailsPane(lambda: "nothing")
    qtbot.addWidget(pane)
    view = nav.location_view("loc-porvoo-dent")
    assert view is not None
    [offering] = nav.offerings(EntityKind.LOCATION, "loc-porvoo-dent").rows
    pane.show_location(view, offering.offering)
    assert pane.subtitle.text() == "Esimerkki Hammas <b>Oy</b>"
    assert all(
        label.textFormat() == Qt.TextFormat.PlainText
        for label in pane.findChildren(QLabel)
        if label.text()
    )
    i18n.set_language("en")
    pane.show_location(view, offering.offering)
    rows = pane.rows()
    assert rows["Address"] == "Mannerheimgatan 1, 06100 Borgå"  # English falls back to Swedish
    assert rows["Phone"] == "+358 19 123 4567"
    assert rows["Evenings and weekends"] == "open evenings and weekends"
    assert rows["Opening hours"].count("\n") == 1  # weekdays and Saturday
    assert rows["Service languages"] == "Finnish, Swedish"
    assert rows["Accessibility"] == "accessible premises"
    assert rows["Regional units served"] == "Eastern Uusimaa"
    assert pane.kind_badge.text() == "suun terveydenhuolto Oy"
    assert pane.example_badge.isVisibleTo(pane)
    assert pane.example_badge.text() == example_marker()


def test_details_pane_service_voucher_and_municipal_notice(qtbot: Any, nav: Navigator) -> None:
    pane = DetailsPane(lambda: "nothing")
    qtbot.addWidget(pane)
    home_care = nav.service_view("S-HOMECARE")
    assert home_care is not None
    pane.show_service(home_care)
    rows = pane.rows()
    assert rows["Access"] == "service-need assessment and authority decision"
    assert rows["Choice"] == "choice by service voucher"
    voucher = rows["Service voucher"]
    assert "32,50\xa0€" in voucher and "8,50\xa0€" in voucher and "per hour" in voucher
    assert "no source given" in voucher  # the test catalogue's value names no source
    assert rows["Charge"] == "income-based client fee"
    assert not pane.example_badge.isVisibleTo(pane) and not pane.notice.isVisibleTo(pane)
    daycare = nav.service_view("S-DAYCARE")
    assert daycare is not None
    pane.show_service(daycare)
    assert pane.notice.isVisibleTo(pane) and "municipal service" in pane.notice.text()


def test_choosing_a_provider_shows_its_details(window: MainWindow) -> None:
    window.choose_municipality("Porvoo")
    window.search_for("virta")
    window.show_first_result()
    assert window.item_details.title.text() == "Tandklinik Virta Ab"
    assert window.item_details.kind_badge.text() == "voucher provider"
    assert window.offering_details.title.text() == "Tandklinik Virta"
    assert window.offering_details.rows()["Provision"] == "service voucher"


# --- keyboard ------------------------------------------------------------------------------


def test_keyboard_path_from_borga_to_dental_care_in_swedish(qtbot: Any, window: MainWindow) -> None:
    focus = QApplication.focusWidget
    key(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert focus() is window.municipality.edit
    type_text(window.municipality.edit, "Borgå")
    popup = window.municipality._completer.popup()
    if popup is not None and popup.isVisible():
        key(popup, Qt.Key.Key_Down)
        key(popup, Qt.Key.Key_Return)
    else:
        key(window.municipality.edit, Qt.Key.Key_Return)
    # The offscreen platform leaves the closed popup as the active window; a desktop does not.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.municipality.routing is not None
    assert window.municipality.routing.municipality.code == "638"

    key(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focus() is window.browser.search_edit
    type_text(window.browser.search_edit, "hammashoito")
    key(window.browser.search_edit, Qt.Key.Key_Down)
    assert focus() is window.browser.results
    assert window.item_details.title.text() == "Oral and dental care"

    key(window, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # Service in S&wedish
    qtbot.waitUntil(window.filters.checkboxes[Feature.SWEDISH].isChecked)  # an animated click
    for _ in range(20):
        if focus() is window.offerings.view:
            break
        key(focus(), Qt.Key.Key_Tab)
    assert focus() is window.offerings.view
    key(window.offerings.view, Qt.Key.Key_Down)
    assert providers(window) == {"prov-ll", "prov-dent"}
    assert window.offerings.heading.text() == serving(2, "Porvoo")
    assert (
        window.offering_details.title.text()
        != "Choose a provider from the list to see its details."
    )

    key(window.offerings.view, Qt.Key.Key_Escape)
    assert focus() is window.browser.search_edit and window.browser.search_edit.text() == ""


def test_controls_have_accessible_names_and_status_shows_the_catalogue(window: MainWindow) -> None:
    controls = [
        window.municipality.edit,
        window.browser.search_edit,
        *window.filters.checkboxes.values(),
        window.filters.kind,
        window.browser.grouping,
        window.browser.tree,
        window.browser.results,
        window.offerings.view,
        window.item_details,
        window.offering_details,
    ]
    assert all(c.accessibleName() for c in controls)
    assert all(c.accessibleDescription() for c in controls if c is not window.browser.grouping)
    status = window.findChild(QLabel, "catalogueStatus")
    assert "Test catalogue" in status.text() and status.isVisibleTo(window)
    names = [a.objectName() for a in window.file_menu.actions() if not a.isSeparator()]
    assert names == ["importCatalogueAction", "regionSyncAction", "quitAction"]  # Quit stays last


@pytest.mark.slow
def test_gui_screenshot_renders_the_chosen_state(tmp_path: Path, navigator_engine: Engine) -> None:
    url = navigator_engine.url
    # The file's path on SQLite, the server's URL on PostgreSQL (never a bare database name,
    # which would be taken for a file in the working folder).
    db = url.database if url.get_backend_name() == "sqlite" else url.render_as_string(False)
    navigator_engine.dispose()
    png = tmp_path / "shot.png"
    run = run_cli(
        ["gui", "--db", str(db), "--lang", "en", "--municipality", "Borgå", "--search",
         "tandvård", "--screenshot", str(png)],
        home=tmp_path / "home",
    )  # fmt: skip
    assert run.code == 0, run.err
    assert png.read_bytes().startswith(b"\x89PNG")
