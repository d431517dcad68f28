"""Who a service is for: client groups, table-driven, on hand-made dataclasses (no database)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from sote_navigator import i18n
from sote_navigator.core.client_groups import (
    CLIENT_GROUPS,
    Children,
    Circumstance,
    Circumstances,
    ClientGroup,
    Education,
    Work,
    membership,
)
from sote_navigator.core.placement import Candidate, Need, NeedKind, assess, evaluate
from sote_navigator.core.placement_snapshot import PlacementSnapshot
from sote_navigator.core.reasons import Effect, ReasonCode, Verdict
from sote_navigator.core.vocabulary import Access
from sote_navigator.wording.client_groups import answer_texts, group_name, question_text
from sote_navigator.wording.reasons import reason_text, verdict_text
from tests.core.test_placement_rules import UNITS, context, offering, service
from tests.stored_snapshots import stored_snapshots

pytestmark = pytest.mark.both_engines

R = ReasonCode
G = ClientGroup
STUDENT_DENTAL = {"id": "STUDENT-DENTAL", "client_groups": (G.STUDENTS,)}
PUPIL_DENTAL = {"id": "PUPIL-DENTAL", "min_age": 7, "max_age": 17, "client_groups": (G.PUPILS,)}
MATERNITY = {"id": "MATERNITY", "client_groups": (G.EXPECTING,)}
CHILD_CLINIC = {"id": "CHILD-CLINIC", "client_groups": (G.YOUNG_CHILDREN,)}
OCCUPATIONAL = {"id": "OCCUPATIONAL", "client_groups": (G.WORKING,)}
VETERANS = {"id": "VETERANS", "access": "assessment_decision", "client_groups": (G.WAR_VETERANS,)}
PSYCHOLOGIST = {"id": "SCHOOL-PSY", "client_groups": (G.PUPILS, G.STUDENTS)}
C = Circumstances


NOT_ASKED = Circumstances()


def _assess(svc: dict[str, Any], age: int, circumstances: Circumstances = NOT_ASKED) -> Any:
    kw = dict(svc)
    if "access" in kw:
        kw["access"] = Access(kw["access"])
    candidate = Candidate(service(**kw), (offering("o1"),), frozenset())
    return assess(context(age=age, circumstances=circumstances), candidate, UNITS)


@pytest.mark.parametrize(
    ("svc", "age", "circumstances", "verdict", "code", "effect"),
    [
        # Dental care for students: a student, an 82-year-old (asked or not), a child.
        (STUDENT_DENTAL, 20, C(education=Education.HIGHER), Verdict.ELIGIBLE, R.IN_CLIENT_GROUP, 1),
        (STUDENT_DENTAL, 17, C(education=Education.SECONDARY), Verdict.ELIGIBLE, None, 1),
        (STUDENT_DENTAL, 82, C(), Verdict.CONDITIONAL, R.CLIENT_GROUP_UNCONFIRMED, 0),
        (STUDENT_DENTAL, 82, C(education=Education.NONE), Verdict.NOT_ELIGIBLE, None, -1),
        (STUDENT_DENTAL, 10, C(), Verdict.NOT_ELIGIBLE, R.NOT_IN_CLIENT_GROUP, -1),
        # Dental care for pupils: by age alone for 6-15; a 16-year-old must be asked.
        (PUPIL_DENTAL, 10, C(), Verdict.ELIGIBLE, R.IN_CLIENT_GROUP, 1),
        (PUPIL_DENTAL, 16, C(), Verdict.CONDITIONAL, R.CLIENT_GROUP_UNCONFIRMED, 0),
        (PUPIL_DENTAL, 16, C(education=Education.SECONDARY), Verdict.NOT_ELIGIBLE, None, -1),
        (PUPIL_DENTAL, 82, C(), Verdict.NOT_ELIGIBLE, R.ABOVE_MAX_AGE, -1),
        # Maternity clinic (neuvola): pregnant or expecting, whatever the age.
        (MATERNITY, 29, C(expecting=True), Verdict.ELIGIBLE, R.IN_CLIENT_GROUP, 1),
        (MATERNITY, 29, C(expecting=False), Verdict.NOT_ELIGIBLE, R.NOT_IN_CLIENT_GROUP, -1),
        (MATERNITY, 29, C(), Verdict.CONDITIONAL, R.CLIENT_GROUP_UNCONFIRMED, 0),
        # Child health clinic: the child by age, a parent by the family's children.
        (CHILD_CLINIC, 3, C(), Verdict.ELIGIBLE, R.IN_CLIENT_GROUP, 1),
        (CHILD_CLINIC, 32, C(children=Children.UNDER_SCHOOL_AGE), Verdict.ELIGIBLE, None, 1),
        (CHILD_CLINIC, 32, C(children=Children.SCHOOL_AGE), Verdict.NOT_ELIGIBLE, None, -1),
        (CHILD_CLINIC, 82, C(), Verdict.CONDITIONAL, R.CLIENT_GROUP_UNCONFIRMED, 0),
        (CHILD_CLINIC, 8, C(), Verdict.NOT_ELIGIBLE, R.NOT_IN_CLIENT_GROUP, -1),
        # Occupational health: employees and the self-employed; never a child.
        (OCCUPATIONAL, 45, C(work=Work.EMPLOYED), Verdict.ELIGIBLE, R.IN_CLIENT_GROUP, 1),
        (OCCUPATIONAL, 45, C(work=Work.SELF_EMPLOYED), Verdict.ELIGIBLE, None, 1),
        (OCCUPATIONAL, 82, C(work=Work.NOT_WORKING), Verdict.NOT_ELIGIBLE, None, -1),
        (OCCUPATIONAL, 45, C(work=Work.UNEMPLOYED), Verdict.NOT_ELIGIBLE, None, -1),
        (OCCUPATIONAL, 45, C(), Verdict.CONDITIONAL, R.CLIENT_GROUP_UNCONFIRMED, 0),
        (OCCUPATIONAL, 8, C(), Verdict.NOT_ELIGIBLE, R.NOT_IN_CLIENT_GROUP, -1),
        # War veterans: nobody under 80; older clients are asked; the access stays.
        (VETERANS, 99, C(veteran=True), Verdict.ASSESSMENT_DECISION, R.IN_CLIENT_GROUP, 1),
        (VETERANS, 99, C(), Verdict.CONDITIONAL, R.CLIENT_GROUP_UNCONFIRMED, 0),
        (VETERANS, 60, C(), Verdict.NOT_ELIGIBLE, R.NOT_IN_CLIENT_GROUP, -1),
        # Either of two groups will do.
        (PSYCHOLOGIST, 12, C(), Verdict.ELIGIBLE, R.IN_CLIENT_GROUP, 1),
        (PSYCHOLOGIST, 19, C(education=Education.SECONDARY), Verdict.ELIGIBLE, None, 1),
        (PSYCHOLOGIST, 4, C(), Verdict.NOT_ELIGIBLE, R.NOT_IN_CLIENT_GROUP, -1),
        # A service for everyone is untouched.
        ({"id": "ALL"}, 82, C(), Verdict.ELIGIBLE, R.DIRECT_ACCESS, 0),
    ],
)
def test_verdict_by_client_group(
    svc: dict[str, Any],
    age: int,
    circumstances: Circumstances,
    verdict: Verdict,
    code: ReasonCode | None,
    effect: int,
) -> None:
    a = _assess(svc, age, circumstances)
    assert a.verdict is verdict
    group_codes = {R.IN_CLIENT_GROUP, R.NOT_IN_CLIENT_GROUP, R.CLIENT_GROUP_UNCONFIRMED}
    wanted = code or next(r.code for r in a.reasons if r.code in group_codes)
    found = [r for r in a.reasons if r.code is wanted]
    assert found, a.reasons
    assert found[0].effect is Effect(effect)
    if verdict is Verdict.NOT_ELIGIBLE:
        assert a.choice_set is None
    else:
        assert a.choice_set is not None and a.choice_set.providers


def test_unconfirmed_names_the_group_and_the_question() -> None:
    a = _assess(STUDENT_DENTAL, 82)
    first = a.reasons[0]
    assert first.code is R.CLIENT_GROUP_UNCONFIRMED
    assert first.params == {"groups": ["students"], "ask": ["education"]}
    with i18n.language_scope("en"):
        text = reason_text(first)
        assert "students in secondary and higher education" in text
        assert "Studies" in text
        assert verdict_text(a.verdict) == "Only for a client group: check first"
    # The access route stays among the reasons: once confirmed, the client contacts directly.
    assert R.DIRECT_ACCESS in [r.code for r in a.reasons]


def test_not_in_group_names_every_group() -> None:
    a = _assess(PSYCHOLOGIST, 4)
    against = next(r for r in a.reasons if r.code is R.NOT_IN_CLIENT_GROUP)
    with i18n.language_scope("en"):
        assert reason_text(against) == (
            "The service is only for pupils in pre-primary and basic education or students in "
            "secondary and higher education; the client is not one of them."
        )


def test_conditional_services_come_after_open_ones_and_before_not_eligible() -> None:
    candidates = [
        Candidate(service(id=sid, **kw), (offering(f"o-{sid}"),), frozenset())
        for sid, kw in (
            ("students", {"client_groups": ("students",)}),
            ("pupils", {"max_age": 17}),
            ("all", {}),
        )
    ]
    evaluation = evaluate(context(age=82), Need(NeedKind.WORDS, "x"), candidates, UNITS)
    assert [(a.service.id, a.verdict) for a in evaluation.services] == [
        ("all", Verdict.ELIGIBLE),
        ("students", Verdict.CONDITIONAL),
        ("pupils", Verdict.NOT_ELIGIBLE),
    ]


def test_an_unknown_group_is_never_assumed() -> None:
    assert membership("astronauts", 40, C()).member is None
    a = _assess({"id": "X", "client_groups": ("astronauts",)}, 40, C(work=Work.EMPLOYED))
    assert a.verdict is Verdict.CONDITIONAL
    with i18n.language_scope("en"):
        assert "astronauts" in reason_text(a.reasons[0])


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_every_group_question_and_answer_is_translated(language: str) -> None:
    def words() -> list[str]:
        texts = [group_name(g) for g in sorted(CLIENT_GROUPS)]
        for circumstance in Circumstance:
            texts.append(question_text(circumstance))
            texts += [w for _, w in answer_texts(circumstance)]
        return texts

    with i18n.language_scope("en"):
        english = words()
    with i18n.language_scope(language):
        translated = words()
    assert "seafarers" in english
    same = [e for e, t in zip(english, translated, strict=True) if e == t]
    assert not same


def test_age_alone_settles_what_it_can() -> None:
    assert membership(G.OLDER_PEOPLE, 82, C()).by_age
    assert membership(G.OLDER_PEOPLE, 64, C()).member is False
    assert membership(G.FAMILIES, 12, C()).member is True
    assert membership(G.FAMILIES, 40, C(expecting=True)).member is True
    assert membership(G.FAMILIES, 40, C()).ask is Circumstance.CHILDREN
    assert membership(G.SEAFARERS, 40, C(work=Work.SEAFARER)).member is True
    assert membership(G.WORKING, 40, C(work=Work.SEAFARER)).member is True
    assert membership(G.UNEMPLOYED, 40, C(work=Work.EMPLOYED)).member is False


def test_next_steps_of_a_conditional_placement_confirm_first_then_follow_the_access() -> None:
    from sote_navigator.wording.summary import next_steps

    # A record of the fixtures (Borgå, dental care), made conditional and without a provider.
    stored = PlacementSnapshot.from_json(stored_snapshots(5)[1])
    assert stored.service is not None
    service = replace(stored.service, verdict=Verdict.CONDITIONAL, access="assessment_decision")
    snap = replace(stored, service=service, provider=None)
    with i18n.language_scope("en"):
        steps = next_steps(snap)
    assert steps[0].startswith("First confirm that the client belongs to the group")
    assert "service-need assessment" in steps[1]
