"""The desk scenarios (SCENARIOS.md) on the shipped default catalogue: the shape of each answer."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from sote_navigator.core.placement import Evaluation
from sote_navigator.core.placement_record import PlacementInput
from sote_navigator.core.reasons import ReasonCode, Verdict
from sote_navigator.core.vocabulary import Choice, ProviderKind, Responsibility
from sote_navigator.services.placement import Placer


@pytest.fixture(scope="module")
def placer(default_engine: Engine) -> Placer:
    return Placer(default_engine)


def place(placer: Placer, need: str, **client: object) -> Evaluation:
    return placer.evaluate(placer.context(PlacementInput(**client)), placer.need(need))  # type: ignore[arg-type]


def test_1_home_care_in_swedish_in_porvoo(placer: Placer) -> None:
    evaluation = place(
        placer, "hemvård", municipality="Borgå", age=82, language="sv", home_visit=True
    )
    assert evaluation.context.routing.regional_unit.name("fi") == "Itäinen Uusimaa"
    assert evaluation.client_reasons[0].code is ReasonCode.LANGUAGE_RIGHT
    home_care = evaluation.services[0]
    assert home_care.verdict is Verdict.ASSESSMENT_DECISION
    choice = home_care.choice_set
    assert choice is not None and choice.choice is Choice.VOUCHER and choice.voucher is not None
    kinds = {p.offering.provider.kind for p in choice.providers}
    assert {ProviderKind.OWN_PRODUCTION, ProviderKind.VOUCHER_PROVIDER} <= kinds
    serving = [p.serves_language for p in choice.providers]
    assert serving == sorted(serving, reverse=True)  # Swedish-speaking providers first
    assert choice.providers[0].reasons[0].code is ReasonCode.SERVES_IN_LANGUAGE


def test_2_day_care_is_the_municipality_s(placer: Placer) -> None:
    evaluation = place(placer, "varhaiskasvatus", municipality="Espoo", age=3, language="fi")
    day_care = next(
        a for a in evaluation.services if a.service.responsibility is Responsibility.MUNICIPALITY
    )
    assert day_care.verdict is Verdict.MUNICIPAL and day_care.choice_set is None
    assert day_care.reasons[0].code is ReasonCode.MUNICIPAL_SERVICE


def test_3_urgent_toothache_shows_on_call_first(placer: Placer) -> None:
    calm = place(placer, "hammashoitola", municipality="Vihti", age=35, language="fi")
    assert not calm.services[0].on_call
    assert calm.services[0].verdict is Verdict.ELIGIBLE
    urgent = place(
        placer, "hammashoitola", municipality="Vihti", age=35, language="fi", urgent=True
    )
    assert urgent.services[0].on_call
    assert urgent.services[0].reasons[-1].code is ReasonCode.ON_CALL_FIRST
    # Only the dental on-call counterpart, not every on-call service.
    assert sum(a.on_call for a in urgent.services) == 1


def test_6_specialised_care_needs_a_referral(placer: Placer) -> None:
    evaluation = place(placer, "erikoissairaanhoito", municipality="Kerava", age=50, language="fi")
    assert evaluation.services[0].verdict is Verdict.REFERRAL


def test_8_aland_is_outside_the_reform(placer: Placer) -> None:
    evaluation = place(placer, "tandvård", municipality="Mariehamn", age=50, language="sv")
    assert evaluation.client_reasons[0].code is ReasonCode.OUTSIDE_REFORM
    assert all(a.verdict is Verdict.OUTSIDE_REFORM for a in evaluation.services)
