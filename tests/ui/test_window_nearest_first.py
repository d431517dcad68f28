"""The navigator window ranks a service's providers as a placement does: with the client's
home municipality, nearest first among equals, and with a postal code, nearest to it; each
row says how far and from where."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import Engine

from sote_navigator import i18n
from sote_navigator.core.catalogue import OfferingDetails
from sote_navigator.core.client_context import ClientContext
from sote_navigator.core.placement import Need, NeedKind
from sote_navigator.core.placement_record import PlacementInput
from sote_navigator.core.vocabulary import EntityKind
from sote_navigator.services.workspace import Workspace, open_workspace
from sote_navigator.ui.list_models import OfferingTableModel
from sote_navigator.ui.main_window import MainWindow

M = OfferingTableModel
DOCTOR = "SOTE-0035"  # the reception of a doctor or nurse: every 2019 health station gives it


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return open_workspace(tmp_path_factory.mktemp("nearest") / "default.sqlite")


@pytest.fixture
def window(qtbot: Any, engine: Engine, tmp_path: Path) -> MainWindow:
    i18n.set_language("fi")
    w = MainWindow(Workspace(engine=engine), tmp_path / "navigator.sqlite")
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def places(window: MainWindow) -> list[OfferingDetails]:
    model = window.offerings.model
    return [model.row_item(r).offering for r in range(model.rowCount())]


def distance(window: MainWindow, row: int) -> tuple[str, str]:
    """(the km shown, the placement's sentence as the tooltip and for screen readers)."""
    index = window.offerings.model.index(row, M.DISTANCE)
    return str(index.data()), str(index.data(Qt.ItemDataRole.AccessibleTextRole))


def type_postal_code(window: MainWindow, text: str) -> None:
    field = window.municipality.postal_code
    field.setFocus()
    QTest.keyClicks(field, text)  # digits only: ASCII


def test_the_order_follows_the_client_s_postal_area(qtbot: Any, window: MainWindow) -> None:
    assert window.choose_municipality("Tampere") is not None
    window.offerings.show_for(EntityKind.SERVICE, DOCTOR)
    by_centre = places(window)
    first = by_centre[0]
    assert first.location is not None and first.location.municipality_code == "837"
    assert distance(window, 0) == (
        "alle 1 km",
        "Alle 1 km asiakkaan kotikunnan (Tampere) keskustasta.",
    )
    assert "Lähimmät ensin: etäisyydet asiakkaan kotikunnan (Tampere) keskustasta." in (
        window.offerings.note.text()
    )
    # Linnainmaa is 6,5 km from the centre: not first, until the client says they live there.
    linnainmaa = next(
        i for i, o in enumerate(by_centre) if o.location and o.location.postal_code == "33580"
    )
    assert linnainmaa > 0
    with qtbot.waitSignal(window.municipality.postal_code_changed):
        type_postal_code(window, "33580")
    by_postal = places(window)
    assert by_postal[0].id == by_centre[linnainmaa].id
    assert distance(window, 0) == ("alle 1 km", "Alle 1 km asiakkaan postinumeroalueelta (33580).")
    # The second is there because it is the next nearest to 33580, not to the centre.
    assert distance(window, 1) == ("5 km", "5 km asiakkaan postinumeroalueelta (33580).")
    assert "Lähimmät ensin: etäisyydet asiakkaan postinumeroalueelta 33580." in (
        window.offerings.note.text()
    )
    assert [o.id for o in by_postal] != [o.id for o in by_centre]
    assert sorted(o.id for o in by_postal) == sorted(o.id for o in by_centre)
    # A real place never ranks after "no fixed place" (the placement's own rule).
    real = [o.location is not None for o in by_postal]
    assert real == sorted(real, reverse=True)
    # Five digits or nothing: a half-typed code measures from the centre again.
    window.municipality.postal_code.setText("3358")
    assert places(window)[0].id == first.id


def test_it_is_the_placement_s_own_ranking(window: MainWindow, engine: Engine) -> None:
    """The window's order for the service is the choice set a placement gives a client of the
    same municipality and postal code whose language and needs rank no place first."""
    routing = window.choose_municipality("Tampere")
    assert routing is not None
    window.municipality.postal_code.setText("33720")
    window.offerings.show_for(EntityKind.SERVICE, DOCTOR)
    placer = Workspace(engine=engine).placer
    context: ClientContext = placer.context(
        PlacementInput(municipality="837", age=40, language="fi", postal_code="33720")
    )
    evaluation = placer.evaluate(context, Need(NeedKind.SERVICE, DOCTOR), show_all=True)
    (assessment,) = [a for a in evaluation.services if a.service.id == DOCTOR]
    assert assessment.choice_set is not None
    # Every Tampere place serves in Finnish, the client's language: the orders agree.
    expected = [p.offering.id for p in assessment.choice_set.providers]
    assert [o.id for o in places(window)] == expected
