"""No service appears twice in one answer, and Finnish and Swedish answers rank the same
services in the same order (issue 11, item 4), over many needs and municipalities."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import Engine

from sote_navigator import i18n
from sote_navigator.core.placement_record import PlacementInput
from sote_navigator.services.placement import Placer

MUNICIPALITIES = ("Loviisa", "Borgå", "Helsinki", "Espoo", "Vihti", "Oulu", "Vaasa", "Joensuu")
NEEDS = (
    "lastensuojelu",
    "kotihoito",
    "hemvård",
    "hammashoito",
    "tandvård",
    "neuvola",
    "mielenterveys",
    "päihde",
    "kuntoutus",
    "lääkäri",
    "läkare",
    "päivystys",
    "asumispalvelu",
    "perhekeskus",
    "sosiaalipäivystys",
    "turvakoti",
    "vammaispalvelut",
)


@pytest.fixture(scope="module")
def placer(default_engine: Engine) -> Placer:
    return Placer(default_engine)


def answer(placer: Placer, municipality: str, need: str, language: str, urgent: bool) -> list[str]:
    entered = PlacementInput(municipality=municipality, age=40, language=language, urgent=urgent)
    with i18n.language_scope(language):
        evaluation = placer.evaluate(placer.context(entered), placer.need(need))
    return [a.service.id for a in evaluation.services]


@pytest.mark.parametrize("urgent", [False, True])
def test_each_service_once_and_the_same_order_in_finnish_and_swedish(
    placer: Placer, urgent: bool
) -> None:
    twice, differ = [], []
    for municipality, need in itertools.product(MUNICIPALITIES, NEEDS):
        fi = answer(placer, municipality, need, "fi", urgent)
        sv = answer(placer, municipality, need, "sv", urgent)
        for ids in (fi, sv):
            if len(ids) != len(set(ids)):
                twice.append((municipality, need, ids))
        if fi != sv:
            differ.append((municipality, need, fi, sv))
    assert twice == []
    assert differ == []
