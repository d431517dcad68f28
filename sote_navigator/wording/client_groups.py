"""Words for client groups and the circumstances a counsellor confirms, in the active language.

The wizard's client page, ``place`` and the reasons of the placement engine all word them
here, so that the question asked and the condition named read the same everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from sote_navigator.core.client_groups import (
    Children,
    Circumstance,
    Circumstances,
    ClientGroup,
    Education,
    Work,
)
from sote_navigator.i18n import arg, translate
from sote_navigator.wording.sentences import term

CONTEXT = "ClientGroups"


GROUPS: dict[str, object] = {
    ClientGroup.PUPILS: QT_TRANSLATE_NOOP(
        "ClientGroups", "pupils in pre-primary and basic education"
    ),
    ClientGroup.STUDENTS: QT_TRANSLATE_NOOP(
        "ClientGroups", "students in secondary and higher education"
    ),
    ClientGroup.EXPECTING: QT_TRANSLATE_NOOP(
        "ClientGroups", "pregnant people and families expecting a baby"
    ),
    ClientGroup.YOUNG_CHILDREN: QT_TRANSLATE_NOOP(
        "ClientGroups", "children under school age and their families"
    ),
    ClientGroup.FAMILIES: QT_TRANSLATE_NOOP(
        "ClientGroups", "children under 18 and families with children"
    ),
    ClientGroup.OLDER_PEOPLE: QT_TRANSLATE_NOOP("ClientGroups", "older people (aged 65 or over)"),
    ClientGroup.WAR_VETERANS: QT_TRANSLATE_NOOP("ClientGroups", "war veterans"),
    ClientGroup.WORKING: QT_TRANSLATE_NOOP("ClientGroups", "employees and the self-employed"),
    ClientGroup.SEAFARERS: QT_TRANSLATE_NOOP("ClientGroups", "seafarers"),
    ClientGroup.UNEMPLOYED: QT_TRANSLATE_NOOP("ClientGroups", "unemployed people"),
}


def group_name(code: str) -> str:
    """The group as a noun phrase ("students in secondary and higher education")."""
    return term(CONTEXT, GROUPS[code]) if code in GROUPS else code


def groups_text(codes: Iterable[str]) -> str:
    """Several groups joined with "or": the client must be in one of them."""
    names = [group_name(c) for c in codes]
    text = names[0] if names else ""
    for name in names[1:]:
        text = arg(translate("ClientGroups", "%1 or %2"), text, name)
    return text


QUESTIONS: dict[str, object] = {
    Circumstance.EDUCATION: QT_TRANSLATE_NOOP("ClientGroups", "Studies"),
    Circumstance.WORK: QT_TRANSLATE_NOOP("ClientGroups", "Work"),
    Circumstance.CHILDREN: QT_TRANSLATE_NOOP("ClientGroups", "Children in the family"),
    Circumstance.EXPECTING: QT_TRANSLATE_NOOP("ClientGroups", "Pregnant or expecting a baby"),
    Circumstance.VETERAN: QT_TRANSLATE_NOOP("ClientGroups", "War veteran"),
}


def question_text(circumstance: str) -> str:
    """The question on the client page, without a colon ("Studies")."""
    if circumstance in QUESTIONS:
        return term(CONTEXT, QUESTIONS[circumstance])
    return circumstance


def not_asked_text() -> str:
    return translate("ClientGroups", "Not asked")


YES_NO: tuple[tuple[str, object], ...] = (
    ("yes", QT_TRANSLATE_NOOP("ClientGroups", "Yes")),
    ("no", QT_TRANSLATE_NOOP("ClientGroups", "No")),
)
ANSWERS: dict[Circumstance, tuple[tuple[str, object], ...]] = {
    Circumstance.EDUCATION: (
        (Education.NONE.value, QT_TRANSLATE_NOOP("ClientGroups", "Not studying")),
        (
            Education.BASIC.value,
            QT_TRANSLATE_NOOP("ClientGroups", "Pre-primary or basic education"),
        ),
        (
            Education.SECONDARY.value,
            QT_TRANSLATE_NOOP("ClientGroups", "Upper secondary or vocational education"),
        ),
        (
            Education.HIGHER.value,
            QT_TRANSLATE_NOOP("ClientGroups", "University or university of applied sciences"),
        ),
    ),
    Circumstance.WORK: (
        (Work.EMPLOYED.value, QT_TRANSLATE_NOOP("ClientGroups", "Employee")),
        (Work.SELF_EMPLOYED.value, QT_TRANSLATE_NOOP("ClientGroups", "Self-employed")),
        (Work.SEAFARER.value, QT_TRANSLATE_NOOP("ClientGroups", "Seafarer")),
        (Work.UNEMPLOYED.value, QT_TRANSLATE_NOOP("ClientGroups", "Unemployed")),
        (
            Work.NOT_WORKING.value,
            QT_TRANSLATE_NOOP("ClientGroups", "Not working (retired, at home)"),
        ),
    ),
    Circumstance.CHILDREN: (
        (Children.NONE.value, QT_TRANSLATE_NOOP("ClientGroups", "No children under 18")),
        (
            Children.UNDER_SCHOOL_AGE.value,
            QT_TRANSLATE_NOOP("ClientGroups", "A child under school age"),
        ),
        (
            Children.SCHOOL_AGE.value,
            QT_TRANSLATE_NOOP("ClientGroups", "Only children of school age, under 18"),
        ),
    ),
}
"""The answers to each question; the others (expecting, veteran) are answered yes or no."""


def answer_texts(circumstance: Circumstance) -> list[tuple[str, str]]:
    """(code, words) for each answer to a question; "not asked" is not among them."""
    return [(code, term(CONTEXT, text)) for code, text in ANSWERS.get(circumstance, YES_NO)]


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
