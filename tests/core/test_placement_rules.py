"""The placement rules, table-driven, on hand-made dataclasses (no database)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from sote_navigator.core.catalogue import (
    LocationDetails,
    Municipality,
    OfferingDetails,
    Organiser,
    ProviderDetails,
    RegionalUnit,
    Routing,
    ServiceDetails,
    Voucher,
)
from sote_navigator.core.client_context import ClientContext
from sote_navigator.core.localized import make
from sote_navigator.core.placement import (
    Candidate,
    Need,
    NeedKind,
    assess,
    client_reasons,
    evaluate,
    is_on_call,
)
from sote_navigator.core.reasons import Effect, ReasonCode, Verdict
from sote_navigator.core.vocabulary import (
    Access,
    Choice,
    LanguageStatus,
    OrganiserKind,
    ProviderKind,
    ProvisionType,
    Responsibility,
    ServiceLevel,
)

pytestmark = pytest.mark.both_engines

R = ReasonCode
COUNTY = Organiser(
    make({"fi": "Itä-Uusimaa"}), "org-01", "01", OrganiserKind.WELLBEING_SERVICES_COUNTY, True
)
ALAND = Organiser(make({"sv": "Åland"}), "org-91", "91", OrganiserKind.AUTONOMOUS_REGION, False)
U6 = RegionalUnit(make({"fi": "Itäinen Uusimaa"}), "u6", "U6", "org-01")
U7 = RegionalUnit(make({"fi": "Toinen yksikkö"}), "u7", "U7", "org-01")
UNITS = {U6.id: U6, U7.id: U7}


def _municipality(code: str, status: LanguageStatus) -> Municipality:
    return Municipality(make({"fi": f"Kunta {code}"}), code, status, "01", make({"fi": "Uusimaa"}))


def routing(
    status: LanguageStatus = LanguageStatus.BILINGUAL_FINNISH_MAJORITY,
    organiser: Organiser = COUNTY,
) -> Routing:
    unit = U6 if organiser is COUNTY else RegionalUnit(make({"sv": "Åland"}), "u91", "91", "org-91")
    return Routing(_municipality("638", status), organiser, unit, dt.date(2023, 1, 1), None)


def context(**kw: Any) -> ClientContext:
    base: dict[str, Any] = {"routing": routing(), "age": 50, "language": "fi"}
    base.update(kw)
    return ClientContext(**base)


def service(**kw: Any) -> ServiceDetails:
    base: dict[str, Any] = {
        "names": make({"fi": "Palvelu", "sv": "Tjänst"}),
        "id": "S",
        "descriptions": [],
        "keywords": [],
        "classes": (),
        "target_groups": (),
        "level": ServiceLevel.BASIC_LOCAL,
        "access": Access.DIRECT,
        "choice": Choice.FREE_CHOICE,
        "responsibility": Responsibility.COUNTY,
        "min_age": None,
        "max_age": None,
        "residence_required": True,
        "charge": "free",
        "voucher": None,
        "legal_basis": (),
        "example": False,
    }
    base.update(kw)
    return ServiceDetails(**base)


def location(**kw: Any) -> LocationDetails:
    base: dict[str, Any] = {
        "names": make({"fi": "Toimipiste"}),
        "id": "loc",
        "provider_id": "p",
        "descriptions": [],
        "street": [],
        "postal_code": None,
        "post_office": [],
        "municipality_code": "638",
        "lat": None,
        "lon": None,
        "phones": (),
        "emails": (),
        "web": (),
        "hours": (),
        "hours_note": [],
        "languages": (),
        "accessible": False,
        "accessibility": [],
        "open_evenings": False,
        "open_weekends": False,
        "example": False,
    }
    base.update(kw)
    return LocationDetails(**base)


def offering(oid: str, units: tuple[str, ...] = ("u6",), **kw: Any) -> OfferingDetails:
    provider = ProviderDetails(
        make({"fi": f"Tuottaja {oid}"}),
        f"p-{oid}",
        ProviderKind.LIIKELAITOS,
        None,
        "org-01",
        None,
        False,
    )
    base: dict[str, Any] = {
        "id": oid,
        "service_id": "S",
        "provider": provider,
        "location": None,
        "regional_unit_ids": units,
        "provision_type": ProvisionType.SELF_PRODUCED,
        "languages": ("fi",),
        "home_visits": False,
        "waiting_days": None,
        "voucher": None,
        "example": False,
    }
    base.update(kw)
    return OfferingDetails(**base)


def codes(reasons: Any) -> list[str]:
    return [r.code.value for r in reasons]


VERDICTS = [
    # (case, context changes, service changes, offered by, verdict, reason codes)
    ("direct access", {}, {}, {"org-01"}, Verdict.ELIGIBLE, [R.DIRECT_ACCESS]),
    (
        "assessment first",
        {},
        {"access": Access.ASSESSMENT_DECISION},
        {"org-01"},
        Verdict.ASSESSMENT_DECISION,
        [R.ASSESSMENT_REQUIRED],
    ),
    (
        "referral",
        {},
        {"access": Access.REFERRAL},
        {"org-01"},
        Verdict.REFERRAL,
        [R.REFERRAL_REQUIRED],
    ),
    (
        "municipal service",
        {},
        {"responsibility": Responsibility.MUNICIPALITY},
        set(),
        Verdict.MUNICIPAL,
        [R.MUNICIPAL_SERVICE],
    ),
    (
        "municipal even on Åland",
        {"routing": routing(LanguageStatus.SWEDISH, ALAND)},
        {"responsibility": Responsibility.MUNICIPALITY},
        set(),
        Verdict.MUNICIPAL,
        [R.MUNICIPAL_SERVICE],
    ),
    (
        "Åland is outside the reform",
        {"routing": routing(LanguageStatus.SWEDISH, ALAND)},
        {},
        {"org-01"},
        Verdict.OUTSIDE_REFORM,
        [R.OUTSIDE_REFORM],
    ),
    (
        "too young",
        {"age": 12},
        {"min_age": 13, "max_age": 29},
        {"org-01"},
        Verdict.NOT_ELIGIBLE,
        [R.BELOW_MIN_AGE],
    ),
    (
        "lower limit is inclusive",
        {"age": 13},
        {"min_age": 13, "max_age": 29},
        {"org-01"},
        Verdict.ELIGIBLE,
        [R.DIRECT_ACCESS, R.AGE_WITHIN_LIMITS],
    ),
    (
        "upper limit is inclusive",
        {"age": 29},
        {"min_age": 13, "max_age": 29},
        {"org-01"},
        Verdict.ELIGIBLE,
        [R.DIRECT_ACCESS, R.AGE_WITHIN_LIMITS],
    ),
    (
        "too old",
        {"age": 30},
        {"min_age": 13, "max_age": 29},
        {"org-01"},
        Verdict.NOT_ELIGIBLE,
        [R.ABOVE_MAX_AGE],
    ),
    ("only for elsewhere", {}, {}, {"org-03"}, Verdict.NOT_ELIGIBLE, [R.RESIDENCE_OUTSIDE_AREA]),
    (
        "elsewhere, no residence needed",
        {},
        {"residence_required": False},
        {"org-03"},
        Verdict.ELIGIBLE,
        [R.DIRECT_ACCESS, R.OFFERED_OUTSIDE_AREA, R.NO_PROVIDERS_LISTED],
    ),
    (
        "age and residence both fail",
        {"age": 5},
        {"min_age": 65},
        {"org-03"},
        Verdict.NOT_ELIGIBLE,
        [R.BELOW_MIN_AGE, R.RESIDENCE_OUTSIDE_AREA],
    ),
    (
        "no offerings listed anywhere",
        {},
        {},
        set(),
        Verdict.ELIGIBLE,
        [R.DIRECT_ACCESS, R.NO_PROVIDERS_LISTED],
    ),
    (
        "urgent, not on-call",
        {"urgent": True},
        {},
        {"org-01"},
        Verdict.ELIGIBLE,
        [R.DIRECT_ACCESS, R.URGENT_USE_ON_CALL],
    ),
    (
        "urgent and on-call",
        {"urgent": True},
        {"names": make({"fi": "Suun terveydenhuollon päivystys"})},
        {"org-01"},
        Verdict.ELIGIBLE,
        [R.DIRECT_ACCESS, R.ON_CALL_FIRST],
    ),
]


@pytest.mark.parametrize(
    ("case", "ctx", "svc", "offered_by", "verdict", "reasons"),
    VERDICTS,
    ids=[v[0] for v in VERDICTS],
)
def test_verdicts(
    case: str,
    ctx: dict[str, Any],
    svc: dict[str, Any],
    offered_by: set[str],
    verdict: Verdict,
    reasons: list[ReasonCode],
) -> None:
    offers = (offering("o1"),) if offered_by == {"org-01"} else ()
    result = assess(context(**ctx), Candidate(service(**svc), offers, frozenset(offered_by)), UNITS)
    assert result.verdict is verdict
    assert codes(result.reasons) == [r.value for r in reasons]
    assert (result.choice_set is not None) == verdict.open


CLIENT_REASONS = [
    ("Swedish in a bilingual municipality", {"language": "sv"}, [R.LANGUAGE_RIGHT]),
    (
        "Finnish in a Finnish municipality",
        {"routing": routing(LanguageStatus.FINNISH)},
        [R.LANGUAGE_RIGHT],
    ),
    (
        "Swedish in a Finnish municipality",
        {"language": "sv", "routing": routing(LanguageStatus.FINNISH)},
        [R.LANGUAGE_NOT_OFFICIAL],
    ),
    ("another language", {"language": "ru"}, [R.INTERPRETER_NEEDED]),
    (
        "interpreter in Finnish (e.g. sign language)",
        {"interpreter": True},
        [R.LANGUAGE_RIGHT, R.INTERPRETER_NEEDED],
    ),
    ("urgent", {"urgent": True}, [R.LANGUAGE_RIGHT]),
    (
        "Åland",
        {"language": "sv", "routing": routing(LanguageStatus.SWEDISH, ALAND)},
        [R.OUTSIDE_REFORM, R.LANGUAGE_RIGHT],
    ),
]


@pytest.mark.parametrize(
    ("case", "ctx", "reasons"), CLIENT_REASONS, ids=[c[0] for c in CLIENT_REASONS]
)
def test_client_reasons(case: str, ctx: dict[str, Any], reasons: list[ReasonCode]) -> None:
    assert codes(client_reasons(context(**ctx))) == [r.value for r in reasons]


def test_swedish_right_is_a_parameter_of_the_language_reason() -> None:
    (right,) = client_reasons(context(language="sv"))
    assert right.params["bilingual"] is True and right.params["language"] == "sv"
    assert right.effect is Effect.FOR


HOMECARE_VOUCHER = Voucher("palveluseteli", 3250, 850, "hour")


def ranked_ids(ctx: ClientContext, svc: ServiceDetails, offers: list[OfferingDetails]) -> list[str]:
    result = assess(ctx, Candidate(svc, tuple(offers), frozenset({"org-01"})), UNITS)
    assert result.choice_set is not None
    return [p.offering.id for p in result.choice_set.providers]


RANKINGS = [
    # (case, context changes, service changes, offerings, expected order)
    (
        "the client's language first",
        {"language": "sv"},
        {},
        [
            offering("fi-only", waiting_days=1),
            offering("sv", languages=("sv", "fi"), waiting_days=9),
        ],
        ["sv", "fi-only"],
    ),
    (
        "language from the location when the offering has none",
        {"language": "sv"},
        {},
        [offering("a"), offering("b", languages=(), location=location(languages=("sv",)))],
        ["b", "a"],
    ),
    (
        "needs met before the own unit",
        {"home_visit": True},
        {},
        [offering("own"), offering("other", units=("u7",), home_visits=True)],
        ["other", "own"],
    ),
    (
        "own unit before another unit",
        {},
        {},
        [offering("other", units=("u7",)), offering("own")],
        ["own", "other"],
    ),
    (
        "shorter known wait first, unknown last",
        {},
        {},
        [offering("unknown"), offering("slow", waiting_days=20), offering("fast", waiting_days=3)],
        ["fast", "slow", "unknown"],
    ),
    (
        "evening hours rank up when asked",
        {"evening": True},
        {},
        [
            offering("day", location=location()),
            offering("late", location=location(open_evenings=True)),
        ],
        ["late", "day"],
    ),
    (
        "weekend hours count as late hours",
        {"evening": True},
        {},
        [
            offering("day", location=location()),
            offering("sat", location=location(open_weekends=True)),
        ],
        ["sat", "day"],
    ),
    (
        "evening hours do not rank when not asked",
        {},
        {},
        [
            offering("b-day", location=location()),
            offering("a-late", location=location(open_evenings=True)),
        ],
        ["a-late", "b-day"],
    ),
    (
        "accessible premises rank up when needed",
        {"accessible": True},
        {},
        [
            offering("stairs", location=location()),
            offering("ramp", location=location(accessible=True)),
        ],
        ["ramp", "stairs"],
    ),
    (
        "assigned services keep to the own unit",
        {},
        {"choice": Choice.OWN_UNIT},
        [offering("other", units=("u7",)), offering("own")],
        ["own"],
    ),
    (
        "another organiser's units are never offered",
        {},
        {},
        [offering("foreign", units=("u3",)), offering("own")],
        ["own"],
    ),
    ("ties break by name", {}, {}, [offering("b"), offering("a")], ["a", "b"]),
]


@pytest.mark.parametrize(
    ("case", "ctx", "svc", "offers", "order"), RANKINGS, ids=[r[0] for r in RANKINGS]
)
def test_ranking(
    case: str,
    ctx: dict[str, Any],
    svc: dict[str, Any],
    offers: list[OfferingDetails],
    order: list[str],
) -> None:
    assert ranked_ids(context(**ctx), service(**svc), offers) == order


def test_provider_reasons_state_why() -> None:
    svc = service(
        choice=Choice.VOUCHER, voucher=HOMECARE_VOUCHER, access=Access.ASSESSMENT_DECISION
    )
    offers = (
        offering(
            "voucher",
            languages=("sv", "fi"),
            provision_type=ProvisionType.VOUCHER,
            home_visits=True,
            waiting_days=4,
        ),
        offering("own", languages=("fi",), home_visits=True),
    )
    ctx = context(language="sv", home_visit=True)
    result = assess(ctx, Candidate(svc, offers, frozenset({"org-01"})), UNITS)
    assert result.choice_set is not None
    first, second = result.choice_set.providers
    assert codes(first.reasons) == [
        R.SERVES_IN_LANGUAGE,
        R.SAME_REGIONAL_UNIT,
        R.HOME_VISITS,
        R.WAITING_DAYS,
        R.VOUCHER_PROVIDER,
    ]
    assert first.reasons[0].params == {"language": "sv", "right": True}
    assert first.voucher == HOMECARE_VOUCHER  # the service's voucher when the offering has none
    assert first.reasons[-1].params["value_cents"] == 3250
    assert codes(second.reasons)[0] == R.NOT_IN_LANGUAGE
    assert second.voucher is None
    assert codes(result.choice_set.reasons) == [R.VOUCHER_CHOICE]


def test_offering_voucher_overrides_the_service_voucher() -> None:
    own = Voucher("palveluseteli", 3400, 1000, "hour")
    svc = service(choice=Choice.VOUCHER, voucher=HOMECARE_VOUCHER)
    result = assess(
        context(),
        Candidate(
            svc,
            (offering("v", provision_type=ProvisionType.VOUCHER, voucher=own),),
            frozenset({"org-01"}),
        ),
        UNITS,
    )
    assert result.choice_set is not None and result.choice_set.providers[0].voucher == own


def test_evaluation_order_on_call_first_when_urgent() -> None:
    dental = service(id="dental")
    on_call = service(id="on-call", names=make({"sv": "Jour för tandvård"}))
    municipal = service(id="municipal", responsibility=Responsibility.MUNICIPALITY)
    too_old = service(id="youth", max_age=29)
    candidates = [Candidate(s, (), frozenset()) for s in (too_old, municipal, dental, on_call)]
    need = Need(NeedKind.WORDS, "hammas")
    calm = evaluate(context(), need, candidates, UNITS)
    # As found, but what the client cannot get last; "contact the municipality" is an answer.
    assert [a.service.id for a in calm.services] == ["municipal", "dental", "on-call", "youth"]
    urgent = evaluate(context(urgent=True), need, candidates, UNITS)
    assert [a.service.id for a in urgent.services] == ["on-call", "municipal", "dental", "youth"]


@pytest.mark.parametrize(
    ("name", "on_call"),
    [
        ("Päivystys", True),
        ("Suun terveydenhuollon päivystys", True),
        ("Päivystykseen hakeutuminen", True),
        ("Jourmottagning", True),
        ("Tandjour", True),
        ("Emergency dental care", True),
        ("On-call doctor", True),
        ("Kotihoito", False),
        ("Patientjournal", False),
        ("Journalföring", False),
    ],
)
def test_on_call_words(name: str, on_call: bool) -> None:
    assert is_on_call(service(names=make({"fi": name}))) is on_call


def test_interpreter_for_other_languages() -> None:
    assert context(language="ru").needs_interpreter
    assert not context(language="sv").needs_interpreter
    assert dataclasses.replace(context(), interpreter=True).needs_interpreter


def test_a_limit_lists_the_best_and_keeps_the_chosen_with_true_ranks() -> None:
    offers = [offering(f"o{i}", waiting_days=i) for i in range(1, 6)]
    result = assess(
        context(),
        Candidate(service(), tuple(offers), frozenset({"org-01"})),
        UNITS,
        limit=2,
        keep=frozenset({"o5"}),
    )
    assert result.choice_set is not None
    assert [(p.rank, p.offering.id) for p in result.choice_set.providers] == [
        (1, "o1"),
        (2, "o2"),
        (5, "o5"),
    ]
    assert (result.choice_set.total, result.choice_set.not_shown) == (5, 2)
