"""The placement service on a real SQLite catalogue: needs, candidates, the desk scenarios."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from sote_navigator.core.errors import Problem, UserFacingError
from sote_navigator.core.placement import NeedKind
from sote_navigator.core.placement_record import PlacementInput
from sote_navigator.core.reasons import ReasonCode, Verdict
from sote_navigator.services.placement import Placer, evaluate
from sote_navigator.services.workspace import Workspace
from tests.catalogue_factory import P

pytestmark = pytest.mark.both_engines


@pytest.fixture
def placer(placement_engine: Engine) -> Placer:
    return Workspace(engine=placement_engine).placer


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("S-HOMECARE", NeedKind.SERVICE, "S-HOMECARE"),
        ("P4.3", NeedKind.SERVICE_CLASS, P + "P4.3"),
        ("p4.3", NeedKind.SERVICE_CLASS, P + "P4.3"),
        (P + "P5", NeedKind.SERVICE_CLASS, P + "P5"),
        ("hemvård", NeedKind.WORDS, "hemvård"),
    ],
)
def test_need_from_text(placer: Placer, text: str, kind: NeedKind, value: str) -> None:
    need = placer.need(text)
    assert (need.kind, need.value) == (kind, value)


def test_a_class_brings_its_subclasses(placer: Placer) -> None:
    ids = placer.service_ids(placer.need("P5"))
    assert {"S-DENTAL", "S-DENTAL-ONCALL", "S-CARDIO", "S-YOUTH-MH", "S-WEST-REHAB"} <= set(ids)
    assert "S-HOMECARE" not in ids


def test_home_care_in_swedish_in_porvoo(placer: Placer) -> None:
    """Scenario 1: assessment + decision, voucher choice, Swedish-speaking providers first."""
    context = placer.context(
        PlacementInput(municipality="Borgå", age=82, language="sv", home_visit=True)
    )
    evaluation = placer.evaluate(context, placer.need("hemvård"))
    assert [r.code for r in evaluation.client_reasons] == [ReasonCode.LANGUAGE_RIGHT]
    (home_care,) = evaluation.services
    assert home_care.service.id == "S-HOMECARE"
    assert home_care.verdict is Verdict.ASSESSMENT_DECISION
    assert home_care.choice_set is not None
    ranked = [p.offering.id for p in home_care.choice_set.providers]
    # Espoo's home care serves another organiser's unit: never offered to a Porvoo resident.
    assert ranked == ["off-omsorg-homecare", "off-ll-homecare", "off-aurinko-homecare"]
    assert [p.serves_language for p in home_care.choice_set.providers] == [True, True, False]
    assert home_care.choice_set.voucher is not None
    assert home_care.choice_set.voucher.value_cents == 3250


def test_same_answer_for_words_class_and_id(placer: Placer) -> None:
    context = placer.context(PlacementInput(municipality="638", age=82, language="sv"))
    answers = [
        placer.evaluate(context, placer.need(t)) for t in ("home care", "P4.3", "S-HOMECARE")
    ]
    ranked = [[p.offering.id for p in a.services[0].choice_set.providers] for a in answers]  # type: ignore[union-attr]
    assert ranked[0] == ranked[1] == ranked[2]


def test_day_care_is_municipal(placer: Placer) -> None:
    """Scenario 2: day care is the municipality's, with no county provider list."""
    context = placer.context(PlacementInput(municipality="Espoo", age=3, language="fi"))
    (day_care,) = placer.evaluate(context, placer.need("päiväkoti")).services
    assert day_care.verdict is Verdict.MUNICIPAL
    assert day_care.choice_set is None
    assert day_care.reasons[0].params["municipality_code"] == "049"


def test_urgent_dental_care_shows_on_call_first(placer: Placer) -> None:
    """Scenario 3: an urgent case sees the on-call dental service first."""
    calm = placer.context(PlacementInput(municipality="Porvoo", age=35, language="fi"))
    urgent = placer.context(
        PlacementInput(municipality="Porvoo", age=35, language="fi", urgent=True)
    )
    assert [a.service.id for a in placer.evaluate(calm, placer.need("hammashoitola")).services] == [
        "S-DENTAL"
    ]
    services = placer.evaluate(urgent, placer.need("hammashoitola")).services
    assert [a.service.id for a in services] == ["S-DENTAL-ONCALL", "S-DENTAL"]
    assert services[0].reasons[-1].code is ReasonCode.ON_CALL_FIRST


def test_specialised_care_needs_a_referral(placer: Placer) -> None:
    """Scenario 6: specialised care is a referral, assigned, never a free choice."""
    context = placer.context(PlacementInput(municipality="Porvoo", age=50, language="fi"))
    (cardio,) = placer.evaluate(context, placer.need("kardiologi")).services
    assert cardio.verdict is Verdict.REFERRAL
    assert cardio.choice_set is not None
    assert [r.code for r in cardio.choice_set.reasons] == [ReasonCode.OWN_UNIT]


def test_service_only_offered_elsewhere(placer: Placer) -> None:
    context = placer.context(PlacementInput(municipality="Porvoo", age=67, language="fi"))
    (rehab,) = placer.evaluate(context, placer.need("S-WEST-REHAB")).services
    assert rehab.verdict is Verdict.NOT_ELIGIBLE
    assert [r.code for r in rehab.reasons] == [ReasonCode.RESIDENCE_OUTSIDE_AREA]
    vihti = placer.context(PlacementInput(municipality="Vihti", age=67, language="fi"))
    (same,) = placer.evaluate(vihti, placer.need("S-WEST-REHAB")).services
    assert same.verdict is Verdict.ASSESSMENT_DECISION


def test_age_limits(placer: Placer) -> None:
    for age, verdict in (
        (12, Verdict.NOT_ELIGIBLE),
        (19, Verdict.ELIGIBLE),
        (30, Verdict.NOT_ELIGIBLE),
    ):
        context = placer.context(PlacementInput(municipality="Porvoo", age=age, language="fi"))
        (youth,) = placer.evaluate(context, placer.need("S-YOUTH-MH")).services
        assert youth.verdict is verdict, age


def test_aland_is_outside_the_reform(placer: Placer) -> None:
    """Scenario 8: Mariehamn gets "outside the reform", not an invented county."""
    context = placer.context(PlacementInput(municipality="Mariehamn", age=40, language="sv"))
    evaluation = placer.evaluate(context, placer.need("tandvård"))
    assert evaluation.client_reasons[0].code is ReasonCode.OUTSIDE_REFORM
    assert {a.verdict for a in evaluation.services} == {Verdict.OUTSIDE_REFORM}


def test_unknown_municipality_is_a_user_facing_error(placer: Placer) -> None:
    """Scenario 7: never guess silently."""
    with pytest.raises(UserFacingError) as caught:
        placer.context(PlacementInput(municipality="Porvo", age=40))
    assert caught.value.problem is Problem.UNKNOWN_MUNICIPALITY
    assert placer.find_municipality("Porvo").suggestions[0].code == "638"


def test_module_level_evaluate(placement_engine: Engine, placer: Placer) -> None:
    context = placer.context(PlacementInput(municipality="Porvoo", age=82, language="sv"))
    need = placer.need("S-HOMECARE")
    assert evaluate(placement_engine, context, need) == placer.evaluate(context, need)


def test_words_that_match_nothing(placer: Placer) -> None:
    context = placer.context(PlacementInput(municipality="Porvoo", age=82, language="fi"))
    assert placer.evaluate(context, placer.need("qqqzzz")).services == ()


def test_long_choice_sets_list_the_best_and_the_chosen(
    placer: Placer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sote_navigator.cli.place import assessment_lines
    from sote_navigator.services import placement

    monkeypatch.setattr(placement, "SHOWN_PROVIDERS", 1)
    context = placer.context(PlacementInput(municipality="Borgå", age=82, language="sv"))
    need = placer.need("S-HOMECARE")
    (capped,) = placer.evaluate(context, need).services
    assert capped.choice_set is not None
    assert [p.offering.id for p in capped.choice_set.providers] == ["off-omsorg-homecare"]
    assert capped.choice_set.total == 3
    # Listed providers are read in full (address, phones); the ranking used light facts.
    assert capped.choice_set.providers[0].offering.location.phones  # type: ignore[union-attr]
    lines = assessment_lines(1, capped, "en")
    assert any("and 2 more, ranked lower" in line for line in lines)
    (kept,) = placer.evaluate(context, need, keep=["off-aurinko-homecare"]).services
    assert [p.rank for p in kept.choice_set.providers] == [1, 3]  # type: ignore[union-attr]
    (everything,) = placer.evaluate(context, need, show_all=True).services
    assert everything.choice_set is not None and everything.choice_set.not_shown == 0
    assert len(everything.choice_set.providers) == 3
