"""A place whose source names it in Finnish only shows that name in Swedish, and says why."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine

from sote_navigator import i18n
from sote_navigator.services.workspace import Workspace, open_workspace
from sote_navigator.ui.details_pane import DetailsPane

STATION = "loc-hs2019-049-espoonlahden-terveysasema"  # Espoo is bilingual; the 2019 sheet is not
EXAMPLE = "ex-loc-espoo-keskus-sote"  # has a Swedish name of its own


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return open_workspace(tmp_path_factory.mktemp("names") / "default.sqlite")


def pane_for(qtbot: Any, engine: Engine, location: str) -> DetailsPane:
    pane = DetailsPane(lambda: "nothing")
    qtbot.addWidget(pane)
    view = Workspace(engine=engine).navigator.location_view(location)
    assert view is not None
    pane.show_location(view)
    return pane


def test_the_swedish_pane_shows_the_finnish_name_and_that_the_source_has_no_other(
    qtbot: Any, engine: Engine
) -> None:
    try:
        i18n.set_language("sv")
        pane = pane_for(qtbot, engine, STATION)
        assert pane.title.text() == "Espoonlahden terveysasema"
        assert pane.notice.isVisibleTo(pane)
        assert pane.notice.text() == (
            "Namnet finns endast på finska: källan har inget svenskt namn."
        )
        # A place with a Swedish name of its own gets no such note.
        pane = pane_for(qtbot, engine, EXAMPLE)
        assert pane.title.text().startswith("Exempel social- och hälsocentralen i Esbo centrum")
        assert not pane.notice.isVisibleTo(pane)
        # In Finnish the name is the source's own: nothing to say.
        i18n.set_language("fi")
        pane = pane_for(qtbot, engine, STATION)
        assert not pane.notice.isVisibleTo(pane)
    finally:
        i18n.set_language("fi")
