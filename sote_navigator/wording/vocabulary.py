"""Words for the catalogue's vocabulary (``core.vocabulary``): one table per enum.

The details pane, the filters, ``lookup`` and ``search`` all word a service level or a provider
kind through here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from sote_navigator.core.vocabulary import (
    Access,
    Choice,
    LanguageStatus,
    ProviderKind,
    ProvisionType,
    Responsibility,
    ServiceLevel,
)
from sote_navigator.i18n import translate
from sote_navigator.wording.sentences import term

CONTEXT = "Vocabulary"

LANGUAGE_STATUSES: dict[LanguageStatus, object] = {
    LanguageStatus.FINNISH: QT_TRANSLATE_NOOP("Vocabulary", "monolingual, Finnish"),
    LanguageStatus.SWEDISH: QT_TRANSLATE_NOOP("Vocabulary", "monolingual, Swedish"),
    LanguageStatus.BILINGUAL_FINNISH_MAJORITY: QT_TRANSLATE_NOOP(
        "Vocabulary", "bilingual, Finnish majority"
    ),
    LanguageStatus.BILINGUAL_SWEDISH_MAJORITY: QT_TRANSLATE_NOOP(
        "Vocabulary", "bilingual, Swedish majority"
    ),
}


def language_status_text(status: LanguageStatus) -> str:
    return term(CONTEXT, LANGUAGE_STATUSES[status])


LEVELS: dict[ServiceLevel, object] = {
    ServiceLevel.BASIC_LOCAL: QT_TRANSLATE_NOOP("Vocabulary", "basic service, local"),
    ServiceLevel.BASIC_REGIONAL: QT_TRANSLATE_NOOP("Vocabulary", "basic service, regional"),
    ServiceLevel.CENTRALISED: QT_TRANSLATE_NOOP("Vocabulary", "centralised basic service"),
    ServiceLevel.SPECIAL: QT_TRANSLATE_NOOP("Vocabulary", "demanding and special service"),
    ServiceLevel.SUPPORT: QT_TRANSLATE_NOOP("Vocabulary", "support service"),
}


def level_text(level: ServiceLevel) -> str:
    return term(CONTEXT, LEVELS[level])


ACCESSES: dict[Access, object] = {
    Access.DIRECT: QT_TRANSLATE_NOOP("Vocabulary", "direct access"),
    Access.REFERRAL: QT_TRANSLATE_NOOP("Vocabulary", "referral needed"),
    Access.ASSESSMENT_DECISION: QT_TRANSLATE_NOOP(
        "Vocabulary", "service-need assessment and authority decision"
    ),
}


def access_text(access: Access) -> str:
    return term(CONTEXT, ACCESSES[access])


CHOICES: dict[Choice, object] = {
    Choice.FREE_CHOICE: QT_TRANSLATE_NOOP("Vocabulary", "free choice of provider"),
    Choice.VOUCHER: QT_TRANSLATE_NOOP("Vocabulary", "choice by service voucher"),
    Choice.OWN_UNIT: QT_TRANSLATE_NOOP("Vocabulary", "assigned to the own regional unit"),
}


def choice_text(choice: Choice) -> str:
    return term(CONTEXT, CHOICES[choice])


RESPONSIBILITIES: dict[Responsibility, object] = {
    Responsibility.COUNTY: QT_TRANSLATE_NOOP("Vocabulary", "wellbeing services county"),
    Responsibility.MUNICIPALITY: QT_TRANSLATE_NOOP("Vocabulary", "municipality"),
}


def responsibility_text(responsibility: Responsibility) -> str:
    return term(CONTEXT, RESPONSIBILITIES[responsibility])


PROVIDER_KINDS: dict[ProviderKind, object] = {
    ProviderKind.OWN_PRODUCTION: QT_TRANSLATE_NOOP("Vocabulary", "the organiser's own production"),
    ProviderKind.LIIKELAITOS: QT_TRANSLATE_NOOP("Vocabulary", "public enterprise (liikelaitos)"),
    ProviderKind.SOTE_KESKUS_OY: QT_TRANSLATE_NOOP("Vocabulary", "sote-keskus Oy"),
    ProviderKind.SUUN_TERVEYDENHUOLTO_OY: QT_TRANSLATE_NOOP(
        "Vocabulary", "suun terveydenhuolto Oy"
    ),
    ProviderKind.VOUCHER_PROVIDER: QT_TRANSLATE_NOOP("Vocabulary", "voucher provider"),
    ProviderKind.PROCURED_PROVIDER: QT_TRANSLATE_NOOP("Vocabulary", "procured provider"),
    ProviderKind.HOSPITAL_DISTRICT: QT_TRANSLATE_NOOP("Vocabulary", "hospital district"),
    ProviderKind.MUNICIPALITY: QT_TRANSLATE_NOOP("Vocabulary", "municipality"),
    ProviderKind.NGO: QT_TRANSLATE_NOOP("Vocabulary", "organisation (NGO)"),
}


def provider_kind_text(kind: ProviderKind) -> str:
    return term(CONTEXT, PROVIDER_KINDS[kind])


PROVISION_TYPES: dict[ProvisionType, object] = {
    ProvisionType.SELF_PRODUCED: QT_TRANSLATE_NOOP("Vocabulary", "own production"),
    ProvisionType.PROCURED: QT_TRANSLATE_NOOP("Vocabulary", "procured service"),
    ProvisionType.VOUCHER: QT_TRANSLATE_NOOP("Vocabulary", "service voucher"),
    ProvisionType.JOINT_AUTHORITY: QT_TRANSLATE_NOOP(
        "Vocabulary", "joint authority of which the organiser is a member"
    ),
}


def provision_type_text(provision: ProvisionType) -> str:
    return term(CONTEXT, PROVISION_TYPES[provision])


def example_marker() -> str:
    return translate("Vocabulary", "EXAMPLE DATA")
