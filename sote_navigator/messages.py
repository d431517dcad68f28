"""Words for the codes the Qt-free layers answer with, in the active UI language.

The CLI and the GUI both word errors and vocabulary through here, so that a message reads the
same on the command line and in a dialog.
"""

from __future__ import annotations

from sote_navigator.core.errors import Problem, UserFacingError
from sote_navigator.core.vocabulary import (
    Access,
    Choice,
    LanguageStatus,
    ProviderKind,
    ProvisionType,
    Responsibility,
    ServiceLevel,
)
from sote_navigator.i18n import arg, format_number, translate


def record_field_text(name: str) -> str:
    """A placement record's free-text field, as the subject of a sentence."""
    if name == "client_reference":
        return translate("Messages", "The client reference")
    if name == "municipality":
        return translate("Messages", "The municipality")
    if name in ("need_value", "need_text"):
        return translate("Messages", "The description of the need")
    if name == "client_choice":
        return translate("Messages", "The client's choice")
    return translate("Messages", "The note")


def problem_text(error: UserFacingError) -> str:
    f = error.facts
    p = error.problem
    if p is Problem.DATABASE_NEWER:
        return arg(
            translate(
                "Messages",
                "The database %1 was written by a newer version of Sote Navigator (schema %2; this version reads up to %3): install the newer version, or use another database with --db.",
            ),
            f.get("path", ""),
            f.get("found", ""),
            f.get("supported", ""),
        )
    if p is Problem.NOT_A_DATABASE:
        return arg(
            translate(
                "Messages",
                "The file %1 is not a Sote Navigator database: choose another file with --db, or move it away to start with a new database.",
            ),
            f.get("path", ""),
        )
    if p is Problem.DATABASE_READ_ONLY:
        return arg(
            translate(
                "Messages",
                "The folder %1 cannot be written to: give yourself write permission there, or choose another place with --db or SOTE_NAVIGATOR_HOME.",
            ),
            f.get("path", ""),
        )
    if p is Problem.FILE_READ_ONLY:
        return arg(
            translate(
                "Messages",
                "The database file %1 cannot be changed (it is read-only or locked against changes): reading works, but to save, ask for it to be made writable, or choose another database with --db.",
            ),
            f.get("path", ""),
        )
    if p is Problem.DATABASE_EMPTY:
        return arg(
            translate(
                "Messages",
                "The database %1 is an empty file, so its catalogue and placements are gone: restore your latest backup with “sote-navigator restore FILE”, or delete the empty file to start with a new database.",
            ),
            f.get("path", ""),
        )
    if p is Problem.SCHEMA_ALTERED:
        return arg(
            translate(
                "Messages",
                "The database %1 was changed outside Sote Navigator (%2), so it was not opened and nothing was changed: restore your latest backup with “sote-navigator restore FILE”.",
            ),
            f.get("path", ""),
            schema_difference_text(f),
        )
    if p is Problem.RESTORE_ALTERED:
        return arg(
            translate(
                "Messages",
                "The backup %1 was changed outside Sote Navigator (%2), so nothing was restored: use another backup.",
            ),
            f.get("path", ""),
            schema_difference_text(f),
        )
    if p is Problem.RESTORE_PLACEMENTS_DAMAGED:
        return arg(
            translate(
                "Messages",
                "Placements in the backup %1 cannot be read (%2 of them, the first is number %3), so nothing was restored: use another backup.",
            ),
            f.get("path", ""),
            f.get("count", ""),
            f.get("id", ""),
        )
    if p is Problem.PLACEMENT_DAMAGED:
        return arg(
            translate(
                "Messages",
                "Placement %1 is damaged: its stored %2 cannot be read. The other placements are not affected; restore a backup to get this one back.",
            ),
            f.get("id", ""),
            f.get("column", ""),
        )
    if p is Problem.DATABASE_CORRUPT:
        return arg(
            translate(
                "Messages",
                "The database %1 is damaged (%2): restore your latest backup with “sote-navigator restore FILE”; the damaged file is kept beside it.",
            ),
            f.get("path", ""),
            f.get("detail", ""),
        )
    if p is Problem.DATABASE_BUSY:
        return arg(
            translate(
                "Messages",
                "The database %1 is busy in another program for too long: try again in a moment.",
            ),
            f.get("path", ""),
        )
    if p is Problem.DISK_FULL:
        return arg(
            translate(
                "Messages",
                "The disk holding %1 is full (%2 free): free at least %3 there and try again; nothing was changed.",
            ),
            f.get("path", ""),
            _size(f.get("free", "")),
            _size(f.get("needed", "")),
        )
    if p is Problem.DISK_ERROR:
        return arg(
            translate(
                "Messages",
                "Reading or writing %1 failed (%2): check the disk or the network folder and try again; nothing was changed.",
            ),
            f.get("path", ""),
            f.get("detail", ""),
        )
    if p is Problem.DEFAULT_CATALOGUE_MISSING:
        return translate(
            "Messages",
            "The built-in default catalogue is missing from this installation: reinstall Sote Navigator, or import a catalogue file.",
        )
    if p is Problem.NO_DATABASE_YET:
        return arg(
            translate(
                "Messages",
                "There is no database at %1 yet, so there is nothing to back up.",
            ),
            f.get("path", ""),
        )
    if p is Problem.FILE_MISSING:
        return arg(
            translate("Messages", "The file %1 does not exist: check the name and the folder."),
            f.get("path", ""),
        )
    if p is Problem.BACKUP_IS_DATABASE:
        return arg(
            translate(
                "Messages",
                "%1 is the database itself: choose another file name for the copy.",
            ),
            f.get("path", ""),
        )
    if p is Problem.RESTORE_NOT_OURS:
        return arg(
            translate(
                "Messages",
                "The file %1 is not a Sote Navigator database, so nothing was restored: choose a file made with the backup command.",
            ),
            f.get("path", ""),
        )
    if p is Problem.RESTORE_DAMAGED:
        return arg(
            translate(
                "Messages",
                "The backup %1 is damaged (%2), so nothing was restored: use an older backup.",
            ),
            f.get("path", ""),
            f.get("detail", ""),
        )
    if p is Problem.RESTORE_NEWER:
        return arg(
            translate(
                "Messages",
                "The backup %1 was made by a newer version of Sote Navigator (schema %2; this version reads up to %3), so nothing was restored: install the newer version first.",
            ),
            f.get("path", ""),
            f.get("found", ""),
            f.get("supported", ""),
        )
    if p is Problem.APPLICATION_RUNNING:
        return arg(
            translate(
                "Messages",
                "Sote Navigator is open on %1: close its window first, then restore again.",
            ),
            f.get("path", ""),
        )
    if p is Problem.UNKNOWN_MUNICIPALITY:
        return arg(
            translate("Messages", "No municipality is called \u201c%1\u201d."), f.get("query", "")
        )
    if p is Problem.NO_SUCH_CATALOGUE_VERSION:
        return arg(
            translate(
                "Messages",
                "There is no catalogue version %1: see the version numbers with “catalogue history”.",
            ),
            f.get("version", ""),
        )
    if p is Problem.NO_EARLIER_CATALOGUE_VERSION:
        return translate(
            "Messages", "There is no earlier catalogue version to go back to: nothing was changed."
        )
    if p is Problem.CATALOGUE_CHANGED:
        return translate(
            "Messages",
            "The catalogue was changed by another import while this one was being checked: nothing was written; run the import again.",
        )
    if p is Problem.IDENTITY_CODE_IN_RECORD:
        return arg(
            translate(
                "Messages",
                "%1 holds a personal identity code (or something shaped like one): nothing was saved. Leave it out; the placement record takes only a pseudonymous client reference.",
            ),
            record_field_text(f.get("field", "")),
        )
    if p is Problem.DATABASE_UNSUPPORTED:
        return arg(
            translate(
                "Messages",
                "Sote Navigator cannot open the database %1: give --db a file path, or a database URL of the form %2.",
            ),
            f.get("path", ""),
            f.get("forms", ""),
        )
    if p is Problem.SERVER_UNREACHABLE:
        return arg(
            translate(
                "Messages",
                "The database server of %1 cannot be reached or refused the connection (%2): check the network and the address, or ask the region's IT staff; nothing was changed.",
            ),
            f.get("path", ""),
            f.get("detail", ""),
        )
    if p is Problem.SERVER_FAILED:
        return arg(
            translate(
                "Messages",
                "The database server of %1 refused the operation (%2): nothing was changed; ask the region's IT staff if it happens again.",
            ),
            f.get("path", ""),
            f.get("detail", ""),
        )
    if p is Problem.BACKUP_ON_SERVER:
        return arg(
            translate(
                "Messages",
                "The database %1 is on a database server: back it up and restore it with the server's own tools (%2, see the README), not with this command.",
            ),
            f.get("path", ""),
            f.get("tools", ""),
        )
    if p is Problem.NOT_FOUND:
        return arg(
            translate("Messages", "Nothing was found for \u201c%1\u201d."), f.get("query", "")
        )
    return arg(
        translate("Messages", "The catalogue file %1 is not valid: %2"),
        f.get("path", ""),
        f.get("detail", ""),
    )


def schema_difference_text(facts: dict[str, str]) -> str:
    """What differs in a database's schema: "a trigger “x” that is not Sote Navigator's"."""
    kind = {
        "table": translate("Messages", "table"),
        "index": translate("Messages", "index"),
        "trigger": translate("Messages", "trigger"),
        "view": translate("Messages", "view"),
    }.get(facts.get("object_type", ""), facts.get("object_type", ""))
    name = facts.get("name", "")
    difference = facts.get("difference", "")
    if difference == "missing":
        return arg(translate("Messages", "the %1 “%2” is missing"), kind, name)
    if difference == "changed":
        return arg(translate("Messages", "the %1 “%2” was altered"), kind, name)
    return arg(translate("Messages", "a %1 “%2” that is not Sote Navigator’s"), kind, name)


def _size(value: str) -> str:
    """A number of bytes as megabytes, one decimal ("4,0 MB")."""
    try:
        count = int(value)
    except ValueError:
        return value
    from decimal import Decimal

    megabytes = (Decimal(count) / Decimal(1_000_000)).quantize(Decimal("0.1"))
    return arg(translate("Messages", "%1 MB"), format_number(megabytes))


def language_status_text(status: LanguageStatus) -> str:
    return {
        LanguageStatus.FINNISH: translate("Vocabulary", "monolingual, Finnish"),
        LanguageStatus.SWEDISH: translate("Vocabulary", "monolingual, Swedish"),
        LanguageStatus.BILINGUAL_FINNISH_MAJORITY: translate(
            "Vocabulary", "bilingual, Finnish majority"
        ),
        LanguageStatus.BILINGUAL_SWEDISH_MAJORITY: translate(
            "Vocabulary", "bilingual, Swedish majority"
        ),
    }[status]


def level_text(level: ServiceLevel) -> str:
    return {
        ServiceLevel.BASIC_LOCAL: translate("Vocabulary", "basic service, local"),
        ServiceLevel.BASIC_REGIONAL: translate("Vocabulary", "basic service, regional"),
        ServiceLevel.CENTRALISED: translate("Vocabulary", "centralised basic service"),
        ServiceLevel.SPECIAL: translate("Vocabulary", "demanding and special service"),
        ServiceLevel.SUPPORT: translate("Vocabulary", "support service"),
    }[level]


def access_text(access: Access) -> str:
    return {
        Access.DIRECT: translate("Vocabulary", "direct access"),
        Access.REFERRAL: translate("Vocabulary", "referral needed"),
        Access.ASSESSMENT_DECISION: translate(
            "Vocabulary", "service-need assessment and authority decision"
        ),
    }[access]


def choice_text(choice: Choice) -> str:
    return {
        Choice.FREE_CHOICE: translate("Vocabulary", "free choice of provider"),
        Choice.VOUCHER: translate("Vocabulary", "choice by service voucher"),
        Choice.OWN_UNIT: translate("Vocabulary", "assigned to the own regional unit"),
    }[choice]


def responsibility_text(responsibility: Responsibility) -> str:
    return {
        Responsibility.COUNTY: translate("Vocabulary", "wellbeing services county"),
        Responsibility.MUNICIPALITY: translate("Vocabulary", "municipality"),
    }[responsibility]


def provider_kind_text(kind: ProviderKind) -> str:
    return {
        ProviderKind.OWN_PRODUCTION: translate("Vocabulary", "the organiser's own production"),
        ProviderKind.LIIKELAITOS: translate("Vocabulary", "public enterprise (liikelaitos)"),
        ProviderKind.SOTE_KESKUS_OY: translate("Vocabulary", "sote-keskus Oy"),
        ProviderKind.SUUN_TERVEYDENHUOLTO_OY: translate("Vocabulary", "suun terveydenhuolto Oy"),
        ProviderKind.VOUCHER_PROVIDER: translate("Vocabulary", "voucher provider"),
        ProviderKind.PROCURED_PROVIDER: translate("Vocabulary", "procured provider"),
        ProviderKind.HOSPITAL_DISTRICT: translate("Vocabulary", "hospital district"),
        ProviderKind.MUNICIPALITY: translate("Vocabulary", "municipality"),
        ProviderKind.NGO: translate("Vocabulary", "organisation (NGO)"),
    }[kind]


def provision_type_text(provision: ProvisionType) -> str:
    return {
        ProvisionType.SELF_PRODUCED: translate("Vocabulary", "own production"),
        ProvisionType.PROCURED: translate("Vocabulary", "procured service"),
        ProvisionType.VOUCHER: translate("Vocabulary", "service voucher"),
    }[provision]


def example_marker() -> str:
    return translate("Vocabulary", "EXAMPLE DATA")
