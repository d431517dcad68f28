"""Who a service is for: client groups, and the circumstances that put a client in one.

A service may name client groups (``eligibility.client_groups`` in the catalogue); the client
must belong to at least one. Membership follows from the age where the age alone settles it
(a 10-year-old is a pupil, a 40-year-old is no war veteran) and otherwise from what the
counsellor confirmed at the desk. Nothing here identifies a client: each circumstance is a
coarse answer, and "not asked" (None) is always allowed. Codes are stored and printed by
``--json``: never translate or rename them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Education(StrEnum):
    """The school level the client studies at now."""

    NONE = "none"
    BASIC = "basic"  # pre-primary or basic education (esi- ja perusopetus)
    SECONDARY = "secondary"  # upper secondary school or vocational education
    HIGHER = "higher"  # university or university of applied sciences


class Work(StrEnum):
    EMPLOYED = "employed"
    SELF_EMPLOYED = "self_employed"
    SEAFARER = "seafarer"
    UNEMPLOYED = "unemployed"
    NOT_WORKING = "not_working"  # retired, at home, studying without a job


class Children(StrEnum):
    """The youngest child under 18 in the client's family."""

    NONE = "none"
    UNDER_SCHOOL_AGE = "under_school_age"
    SCHOOL_AGE = "school_age"


class Circumstance(StrEnum):
    """The questions a counsellor may answer; the keys of ``Circumstances``."""

    EDUCATION = "education"
    WORK = "work"
    CHILDREN = "children"
    EXPECTING = "expecting"
    VETERAN = "veteran"


@dataclass(frozen=True)
class Circumstances:
    """What the counsellor confirmed; None = not asked."""

    education: Education | None = None
    work: Work | None = None
    children: Children | None = None
    expecting: bool | None = None  # pregnant, or the family expects a baby
    veteran: bool | None = None  # a war veteran (rintamaveteraani) or equivalent

    @classmethod
    def parse(
        cls,
        education: str,
        work: str,
        children: str,
        expecting: bool | None,
        veteran: bool | None,
    ) -> Circumstances:
        """From stored codes; "" and a code this version does not know count as not asked."""

        def known(enum: type[Any], value: str) -> Any:
            return enum(value) if value in {m.value for m in enum} else None

        return cls(
            education=known(Education, education),
            work=known(Work, work),
            children=known(Children, children),
            expecting=expecting,
            veteran=veteran,
        )

    def answers(self) -> dict[str, str | bool | None]:
        return {
            Circumstance.EDUCATION.value: None if self.education is None else self.education.value,
            Circumstance.WORK.value: None if self.work is None else self.work.value,
            Circumstance.CHILDREN.value: None if self.children is None else self.children.value,
            Circumstance.EXPECTING.value: self.expecting,
            Circumstance.VETERAN.value: self.veteran,
        }


class ClientGroup(StrEnum):
    PUPILS = "pupils"  # pupils in pre-primary and basic education
    STUDENTS = "students"  # students in secondary and higher education
    EXPECTING = "expecting"  # pregnant people and families expecting a baby
    YOUNG_CHILDREN = "young_children"  # children under school age and their families
    FAMILIES = "families"  # children under 18 and families with children
    OLDER_PEOPLE = "older_people"  # 65 or over
    WAR_VETERANS = "war_veterans"
    WORKING = "working"  # employees and the self-employed
    SEAFARERS = "seafarers"
    UNEMPLOYED = "unemployed"


CLIENT_GROUPS = frozenset(g.value for g in ClientGroup)
# PTV's target group codes (ptvkohderyhmat: KR1 citizens and its subgroups, KR2 businesses and
# organisations, KR3 authorities), informative only: eligibility follows the client groups.
PTV_TARGET_GROUPS = frozenset(
    ["KR1", *(f"KR1.{n}" for n in range(1, 7)), "KR2", *(f"KR2.{n}" for n in range(1, 9)), "KR3"]
)
# Basic education starts in the year a child turns 7 (pre-primary at 6) and lasts nine years.
PUPIL_AGES = range(6, 16)
SCHOOL_AGE = 7
ADULT = 18
# Below this age a client is taken to have no children of their own.
PARENT_AGE = 15
OLDER_AGE = 65
# The wars ended in 1945: from 2026 on, nobody under 80 can have served in them.
YOUNGEST_VETERAN = 80
# The general minimum age for employment; younger clients are taken not to be working.
WORKING_AGE = 15


@dataclass(frozen=True)
class Membership:
    """Whether the client is in a group: True, False, or None (not known: ask)."""

    member: bool | None
    by_age: bool = False
    ask: Circumstance | None = None  # the question that settles it when member is None


def _by_age(member: bool) -> Membership:
    return Membership(member, by_age=True)


def _answered(value: object, yes: Callable[[], bool], ask: Circumstance) -> Membership:
    return Membership(None, ask=ask) if value is None else Membership(yes())


def membership(group: str, age: int, c: Circumstances) -> Membership:
    """Whether a client of this age and these circumstances belongs to the group."""
    if group == ClientGroup.OLDER_PEOPLE:
        return _by_age(age >= OLDER_AGE)
    if group == ClientGroup.PUPILS:
        if age in PUPIL_AGES and c.education in (None, Education.BASIC):
            return _by_age(True)
        if age < PUPIL_AGES.start:
            return _by_age(False)
        return _answered(
            c.education, lambda: c.education is Education.BASIC, Circumstance.EDUCATION
        )
    if group == ClientGroup.STUDENTS:
        if age < WORKING_AGE:
            return _by_age(False)
        return _answered(
            c.education,
            lambda: c.education in (Education.SECONDARY, Education.HIGHER),
            Circumstance.EDUCATION,
        )
    if group == ClientGroup.EXPECTING:
        return _answered(c.expecting, lambda: bool(c.expecting), Circumstance.EXPECTING)
    if group == ClientGroup.YOUNG_CHILDREN:
        if age < SCHOOL_AGE:
            return _by_age(True)
        if age < PARENT_AGE:  # a school-age child: neither under school age nor a parent
            return _by_age(False)
        return _answered(
            c.children, lambda: c.children is Children.UNDER_SCHOOL_AGE, Circumstance.CHILDREN
        )
    if group == ClientGroup.FAMILIES:
        if age < ADULT:
            return _by_age(True)
        if c.expecting:
            return Membership(True)
        return _answered(c.children, lambda: c.children is not Children.NONE, Circumstance.CHILDREN)
    if group == ClientGroup.WAR_VETERANS:
        if age < YOUNGEST_VETERAN:
            return _by_age(False)
        return _answered(c.veteran, lambda: bool(c.veteran), Circumstance.VETERAN)
    if group in _WORK_GROUPS:
        if age < WORKING_AGE:
            return _by_age(False)
        return _answered(c.work, lambda: c.work in _WORK_GROUPS[group], Circumstance.WORK)
    # A group this version does not know (the catalogue validation warns): never assume it.
    return Membership(None)


_WORK_GROUPS: dict[str, tuple[Work, ...]] = {
    ClientGroup.WORKING: (Work.EMPLOYED, Work.SELF_EMPLOYED, Work.SEAFARER),
    ClientGroup.SEAFARERS: (Work.SEAFARER,),
    ClientGroup.UNEMPLOYED: (Work.UNEMPLOYED,),
}
