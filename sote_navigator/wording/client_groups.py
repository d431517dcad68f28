"""Words for client groups and the circumstances a counsellor confirms, in the active language.

The wizard's client page, ``place`` and the reasons of the placement engine all word them
here, so that the question asked and the condition named read the same everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sote_navigator.core.client_groups import (
    Children,
    Circumstance,
    Circumstances,
    ClientGroup,
    Education,
    Work,
)
from sote_navigator.i18n import arg, translate


def group_name(code: str) -> str:
    """The group as a noun phrase ("students in secondary and higher education")."""
    names: dict[str, str] = {
        ClientGroup.PUPILS: translate("ClientGroups", "pupils in pre-primary and basic education"),
        ClientGroup.STUDENTS: translate(
            "ClientGroups", "students in secondary and higher education"
        ),
        ClientGroup.EXPECTING: translate(
            "ClientGroups", "pregnant people and families expecting a baby"
        ),
        ClientGroup.YOUNG_CHILDREN: translate(
            "ClientGroups", "children under school age and their families"
        ),
        ClientGroup.FAMILIES: translate(
            "ClientGroups", "children under 18 and families with children"
        ),
        ClientGroup.OLDER_PEOPLE: translate("ClientGroups", "older people (aged 65 or over)"),
        ClientGroup.WAR_VETERANS: translate("ClientGroups", "war veterans"),
        ClientGroup.WORKING: translate("ClientGroups", "employees and the self-employed"),
        ClientGroup.SEAFARERS: translate("ClientGroups", "seafarers"),
        ClientGroup.UNEMPLOYED: translate("ClientGroups", "unemployed people"),
    }
    return names.get(code, code)


def groups_text(codes: Iterable[str]) -> str:
    """Several groups joined with "or": the client must be in one of them."""
    names = [group_name(c) for c in codes]
    text = names[0] if names else ""
    for name in names[1:]:
        text = arg(translate("ClientGroups", "%1 or %2"), text, name)
    return text


def question_text(circumstance: str) -> str:
    """The question on the client page, without a colon ("Studies")."""
    questions: dict[str, str] = {
        Circumstance.EDUCATION: translate("ClientGroups", "Studies"),
        Circumstance.WORK: translate("ClientGroups", "Work"),
        Circumstance.CHILDREN: translate("ClientGroups", "Children in the family"),
        Circumstance.EXPECTING: translate("ClientGroups", "Pregnant or expecting a baby"),
        Circumstance.VETERAN: translate("ClientGroups", "War veteran"),
    }
    return questions.get(circumstance, circumstance)


def not_asked_text() -> str:
    return translate("ClientGroups", "Not asked")


def answer_texts(circumstance: Circumstance) -> list[tuple[str, str]]:
    """(code, words) for each answer to a question; "not asked" is not among them."""
    if circumstance is Circumstance.EDUCATION:
        return [
            (Education.NONE.value, translate("ClientGroups", "Not studying")),
            (Education.BASIC.value, translate("ClientGroups", "Pre-primary or basic education")),
            (
                Education.SECONDARY.value,
                translate("ClientGroups", "Upper secondary or vocational education"),
            ),
            (
                Education.HIGHER.value,
                translate("ClientGroups", "University or university of applied sciences"),
            ),
        ]
    if circumstance is Circumstance.WORK:
        return [
            (Work.EMPLOYED.value, translate("ClientGroups", "Employee")),
            (Work.SELF_EMPLOYED.value, translate("ClientGroups", "Self-employed")),
            (Work.SEAFARER.value, translate("ClientGroups", "Seafarer")),
            (Work.UNEMPLOYED.value, translate("ClientGroups", "Unemployed")),
            (
                Work.NOT_WORKING.value,
                translate("ClientGroups", "Not working (retired, at home)"),
            ),
        ]
    if circumstance is Circumstance.CHILDREN:
        return [
            (Children.NONE.value, translate("ClientGroups", "No children under 18")),
            (
                Children.UNDER_SCHOOL_AGE.value,
                translate("ClientGroups", "A child under school age"),
            ),
            (
                Children.SCHOOL_AGE.value,
                translate("ClientGroups", "Only children of school age, under 18"),
            ),
        ]
    return [("yes", translate("ClientGroups", "Yes")), ("no", translate("ClientGroups", "No"))]


def answer_text(circumstance: Circumstance, value: str | bool | None) -> str:
    if value is None:
        return not_asked_text()
    code = ("yes" if value else "no") if isinstance(value, bool) else value
    return dict(answer_texts(circumstance)).get(code, code)


def answered_lines(circumstances: Circumstances) -> list[str]:
    """ "Question: answer" for each question the counsellor answered."""
    lines = []
    for key, value in circumstances.answers().items():
        if value is not None:
            circumstance = Circumstance(key)
            lines.append(f"{question_text(circumstance)}: {answer_text(circumstance, value)}")
    return lines


def in_group_text(p: dict[str, Any]) -> str:
    if p.get("by_age"):
        template = translate(
            "ClientGroups", "The service is for %1, and by age the client is one of them."
        )
    else:
        template = translate(
            "ClientGroups", "The service is for %1, and the client is one of them."
        )
    return arg(template, group_name(str(p.get("group", ""))))


def not_in_group_text(p: dict[str, Any]) -> str:
    return arg(
        translate("ClientGroups", "The service is only for %1; the client is not one of them."),
        groups_text(p.get("groups") or ()),
    )


def group_unconfirmed_text(p: dict[str, Any]) -> str:
    asked = ", ".join(question_text(str(q)) for q in p.get("ask") or ())
    if not asked:
        return arg(
            translate(
                "ClientGroups",
                "The service is only for %1: confirm that the client is one of them.",
            ),
            groups_text(p.get("groups") or ()),
        )
    return arg(
        translate(
            "ClientGroups",
            "The service is only for %1: confirm that the client is one of them (%2).",
        ),
        groups_text(p.get("groups") or ()),
        asked,
    )
