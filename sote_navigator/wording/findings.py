"""Words for catalogue-file findings and import diffs, in the active UI language.

The exchange layer answers with stable codes and facts; the CLI and the GUI both word them
here, so that a finding reads the same on the command line and in the import dialog.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from pathlib import PurePath

from PySide6.QtCore import QT_TRANSLATE_NOOP

from sote_navigator import i18n
from sote_navigator.core import localized
from sote_navigator.exchange.diff import CatalogueDiff, EntityChange, KindDiff
from sote_navigator.exchange.finding_subjects import Subject
from sote_navigator.exchange.findings import Code, Finding, Findings, Severity
from sote_navigator.i18n import arg, translate
from sote_navigator.wording.display import shown
from sote_navigator.wording.sentences import Sentence, term
from sote_navigator.wording.vocabulary import example_marker

CONTEXT = "Findings"


SEVERITIES: dict[Severity, object] = {
    Severity.ERROR: QT_TRANSLATE_NOOP("Findings", "error"),
    Severity.WARNING: QT_TRANSLATE_NOOP("Findings", "warning"),
}


def severity_text(severity: Severity) -> str:
    return term(CONTEXT, SEVERITIES[severity])


FINDINGS: dict[Code, Sentence] = {
    Code.NOT_UTF8: Sentence(
        QT_TRANSLATE_NOOP(
            "Findings",
            "The file is not UTF-8 text (the first wrong byte is at %1): save it again as UTF-8.",
        ),
        ("offset",),
    ),
    Code.UNREADABLE: Sentence(
        QT_TRANSLATE_NOOP(
            "Findings", "The file cannot be read (%1): check the name and your permissions."
        ),
        ("detail",),
    ),
    Code.NOT_A_FILE: Sentence(
        QT_TRANSLATE_NOOP(
            "Findings",
            "This is not a regular file but a device, a named pipe or the like: choose a catalogue file.",
        )
    ),
    Code.TOO_LARGE: Sentence(
        QT_TRANSLATE_NOOP(
            "Findings",
            "The file is larger than the %1 MiB a catalogue may be: split it, or ask the publisher for a smaller file.",
        ),
        ("limit_mib",),
    ),
    Code.DECOMPRESSION_BOMB: Sentence(
        QT_TRANSLATE_NOOP(
            "Findings",
            "The packed file expands more than %1 times: it is not a catalogue and was not unpacked.",
        ),
        ("ratio",),
    ),
    Code.UNSAFE_ZIP_PATH: Sentence(
        QT_TRANSLATE_NOOP(
            "Findings",
            "The zip holds a path that points outside its folder (%1): the zip was refused unopened.",
        ),
        ("member",),
    ),
    Code.CORRUPT_ARCHIVE: Sentence(
        QT_TRANSLATE_NOOP(
            "Findings", "The packed file is damaged (%1): download or copy it again."
        ),
        ("detail",),
    ),
    Code.ZIP_NEEDS_ONE_JSON: Sentence(
        QT_TRANSLATE_NOOP(
            "Findings", "A catalogue zip must hold exactly one .json file; this one holds %1."
        ),
        ("found",),
    ),
    Code.BINARY: Sentence(
        QT_TRANSLATE_NOOP(
            "Findings",
            "The file holds binary data, not JSON text: choose the catalogue's .json, .json.gz or .zip file.",
        )
    ),
    Code.NOT_JSON: Sentence(
        QT_TRANSLATE_NOOP(
            "Findings", "The file is not valid JSON (%1): it may be cut short; get a complete copy."
        ),
        ("detail",),
    ),
    Code.NOT_A_CATALOGUE: Sentence(
        QT_TRANSLATE_NOOP(
            "Findings",
            "The file is JSON but not a Sote Navigator catalogue: for PTV data use --format ptv.",
        )
    ),
    Code.UNSUPPORTED_VERSION: Sentence(
        QT_TRANSLATE_NOOP(
            "Findings",
            "The catalogue format version %1 is not supported (this version reads %2): update Sote Navigator.",
        ),
        (
            "found",
            "supported",
        ),
    ),
    Code.NO_PTV_DATA: Sentence(
        QT_TRANSLATE_NOOP(
            "Findings", "No PTV services, service locations or organisations were found here."
        )
    ),
    Code.SCHEMA: Sentence(
        QT_TRANSLATE_NOOP("Findings", "Not as the catalogue format requires: %1"), ("message",)
    ),
    Code.INVALID_DATE: Sentence(
        QT_TRANSLATE_NOOP("Findings", "%1 is not a date of the calendar."), ("value",)
    ),
    Code.DUPLICATE_ID: Sentence(QT_TRANSLATE_NOOP("Findings", "The id %1 is used twice."), ("id",)),
    Code.DANGLING_REFERENCE: Sentence(
        QT_TRANSLATE_NOOP("Findings", "It refers to %1, which is not in the catalogue's %2."),
        (
            "id",
            "target",
        ),
    ),
    Code.UNKNOWN_MUNICIPALITY: Sentence(
        QT_TRANSLATE_NOOP(
            "Findings", "The municipality code %1 is not one of the catalogue's municipalities."
        ),
        ("municipality",),
    ),
    Code.INVALID_BUSINESS_ID: Sentence(
        QT_TRANSLATE_NOOP(
            "Findings",
            "%1 is not a valid business ID (Y-tunnus): its check digit is wrong or it is malformed.",
        ),
        ("value",),
    ),
    Code.TEXT_TOO_LONG: Sentence(
        QT_TRANSLATE_NOOP("Findings", "The text (%1) is %2 characters long; PTV allows %3."),
        (
            "language",
            "length",
            "limit",
        ),
    ),
    Code.TEXT_OVER_LIMIT: Sentence(
        QT_TRANSLATE_NOOP(
            "Findings",
            "The text is %1 characters long; a catalogue text may have at most %2: shorten it.",
        ),
        (
            "length",
            "limit",
        ),
    ),
    Code.CONTROL_CHARACTER: Sentence(
        QT_TRANSLATE_NOOP(
            "Findings",
            "The text holds the control character %1; only line breaks and tabs are allowed: remove it.",
        ),
        ("character",),
    ),
    Code.LONE_SURROGATE: Sentence(
        QT_TRANSLATE_NOOP(
            "Findings",
            "The text holds %1, half of a character pair and no character by itself: the file was damaged or badly converted; correct the text.",
        ),
        ("character",),
    ),
    Code.CLASS_CYCLE: Sentence(
        QT_TRANSLATE_NOOP(
            "Findings",
            "The service classes are each other's parents in a circle (%1): a class cannot be its own ancestor; correct the parent.",
        ),
        ("path",),
    ),
    Code.MISSING_SWEDISH: Sentence(
        QT_TRANSLATE_NOOP(
            "Findings", "The location is in a bilingual municipality (%1) but has no Swedish name."
        ),
        ("municipality",),
    ),
    Code.UNKNOWN_TARGET_GROUP: Sentence(
        QT_TRANSLATE_NOOP(
            "Findings",
            "The target group %1 is not a PTV target group code (such as KR1 or KR1.2): it is kept but means nothing to the placement.",
        ),
        ("group",),
    ),
    Code.UNKNOWN_CLIENT_GROUP: Sentence(
        QT_TRANSLATE_NOOP(
            "Findings",
            "The client group %1 is unknown to this version: the placement will ask the counsellor to confirm it for every client.",
        ),
        ("group",),
    ),
    Code.PTV_UNKNOWN_OBJECT: Sentence(
        QT_TRANSLATE_NOOP(
            "Findings", "This is not a PTV service, service channel or organisation: skipped."
        )
    ),
    Code.PTV_NO_NAME: Sentence(QT_TRANSLATE_NOOP("Findings", "It has no usable name: skipped.")),
    Code.PTV_PLACEHOLDER: Sentence(
        QT_TRANSLATE_NOOP("Findings", "The value “%1” is a placeholder, not data: left out."),
        ("value",),
    ),
    Code.PTV_MISSING_TRANSLATION: Sentence(
        QT_TRANSLATE_NOOP(
            "Findings", "The text is missing in language %1, which the service is offered in."
        ),
        ("language",),
    ),
    Code.PTV_SERVICE_WITHOUT_CHANNELS: Sentence(
        QT_TRANSLATE_NOOP(
            "Findings", "The service has no service locations: imported without providers."
        )
    ),
    Code.PTV_UNKNOWN_CHANNEL: Sentence(
        QT_TRANSLATE_NOOP(
            "Findings",
            "The service channel %1 is not in the imported files: that connection was left out.",
        ),
        ("channel",),
    ),
    Code.PTV_UNKNOWN_ORGANIZATION: Sentence(
        QT_TRANSLATE_NOOP(
            "Findings",
            "The organisation %1 is not in the imported files or the catalogue: the location has no provider.",
        ),
        ("organization",),
    ),
    Code.PTV_UNKNOWN_CLASS: Sentence(
        QT_TRANSLATE_NOOP("Findings", "The service class %1 is not known: left out."), ("uri",)
    ),
    Code.PTV_BAD_COORDINATES: Sentence(
        QT_TRANSLATE_NOOP(
            "Findings",
            "The coordinates %1, %2 are not a place in Finland in WGS84 or ETRS-TM35FIN: left out.",
        ),
        (
            "latitude",
            "longitude",
        ),
    ),
    Code.PTV_BAD_HOURS: Sentence(
        QT_TRANSLATE_NOOP("Findings", "The opening hours cannot be read: left out.")
    ),
    Code.PTV_NO_ADDRESS: Sentence(
        QT_TRANSLATE_NOOP("Findings", "The service location has no street address.")
    ),
    Code.PTV_UNKNOWN_MUNICIPALITY: Sentence(
        QT_TRANSLATE_NOOP(
            "Findings",
            "The municipality code %1 is not in the current catalogue: the address keeps no municipality.",
        ),
        ("municipality",),
    ),
    Code.PTV_BAD_VALUE: Sentence(
        QT_TRANSLATE_NOOP(
            "Findings",
            "The value “%1” is not of the kind PTV gives here: reading around it would put wrong opening hours in the catalogue.",
        ),
        ("value",),
    ),
    Code.PTV_NO_ID: Sentence(QT_TRANSLATE_NOOP("Findings", "It has no PTV id: skipped.")),
    Code.PTV_BAD_ID: Sentence(
        QT_TRANSLATE_NOOP("Findings", "Its PTV id %1 is not text: skipped."), ("value",)
    ),
    Code.PTV_NO_CHANNEL_TYPE: Sentence(
        QT_TRANSLATE_NOOP(
            "Findings", "The service channel does not say its type (serviceChannelType): skipped."
        )
    ),
    Code.PTV_FOREIGN_CLASS: Sentence(
        QT_TRANSLATE_NOOP(
            "Findings",
            "The service class %1 is from another edition of the classification and has no counterpart in the catalogue: left out, the service keeps its other classes.",
        ),
        ("uri",),
    ),
    Code.PTV_UNKNOWN_PARENT_CLASS: Sentence(
        QT_TRANSLATE_NOOP(
            "Findings",
            "The parent class %1 is not in the catalogue: the class is imported without a parent.",
        ),
        ("parent",),
    ),
    Code.PTV_NOT_PUBLISHED: Sentence(
        QT_TRANSLATE_NOOP("Findings", "It is not published in PTV (%1): skipped."), ("status",)
    ),
}
# NOT_UTF8 when the file's encoding was recognised.
IN_OTHER_ENCODING = Sentence(
    QT_TRANSLATE_NOOP("Findings", "The file is in %1, not UTF-8: save it again as UTF-8."),
    ("encoding",),
)


# The schema checker's own (English) messages that come up, worded in the UI language; any
# other message is shown as the checker gives it.
SCHEMA_MESSAGES: tuple[tuple[re.Pattern[str], object], ...] = (
    (
        re.compile(r"^'(?P<a>[^']*)' is a required property$"),
        QT_TRANSLATE_NOOP("Findings", "the field \u201c%1\u201d is missing."),
    ),
    (
        re.compile(r"^(?P<a>.+) is not one of (?P<b>\[.*\])$", re.DOTALL),
        QT_TRANSLATE_NOOP("Findings", "%1 is not one of the values allowed here: %2."),
    ),
    (
        re.compile(r"^(?P<a>.+) is not of type '(?P<b>[a-z]+)'$", re.DOTALL),
        QT_TRANSLATE_NOOP("Findings", "%1 is not of the kind required here (%2)."),
    ),
    (
        re.compile(
            r"^Additional properties are not allowed \((?P<a>.+) (?:was|were) unexpected\)$"
        ),
        QT_TRANSLATE_NOOP("Findings", "fields the format does not have: %1."),
    ),
    (
        re.compile(r"^(?P<a>.+) does not match (?P<b>.+)$", re.DOTALL),
        QT_TRANSLATE_NOOP("Findings", "%1 is not in the form required here."),
    ),
    (
        re.compile(r"^(?P<a>.+) (?:should be non-empty|is too short)$", re.DOTALL),
        QT_TRANSLATE_NOOP("Findings", "%1 must not be empty."),
    ),
)
JSON_TYPES: dict[str, object] = {
    "string": QT_TRANSLATE_NOOP("Findings", "text"),
    "integer": QT_TRANSLATE_NOOP("Findings", "a whole number"),
    "number": QT_TRANSLATE_NOOP("Findings", "a number"),
    "array": QT_TRANSLATE_NOOP("Findings", "a list"),
    "object": QT_TRANSLATE_NOOP("Findings", "a record"),
    "boolean": QT_TRANSLATE_NOOP("Findings", "true or false"),
}


def schema_text(message: str) -> str:
    """A schema checker's message in the UI language, when it is one of the usual ones."""
    for pattern, template in SCHEMA_MESSAGES:
        found = pattern.match(message)
        if found is None:
            continue
        values = found.groupdict()
        b = values.get("b") or ""
        if b in JSON_TYPES:
            b = term(CONTEXT, JSON_TYPES[b])
        return arg(term(CONTEXT, template), shown(values["a"], 80), shown(b, 120))
    return shown(message)


def _what(code: Code, f: Mapping[str, str]) -> str:
    if code is Code.NOT_UTF8 and f.get("encoding"):
        return IN_OTHER_ENCODING.word(CONTEXT, f)
    sentence = FINDINGS.get(code)
    return sentence.word(CONTEXT, f) if sentence else code.value


def _facts(finding: Finding) -> dict[str, str]:
    # Facts quote the file (ids, values): cut and isolated like any catalogue text. The list
    # a reference points into is a word of ours, in the UI language.
    facts = {
        k: kind_text(v) if k == "target" and v in KINDS else shown(v)
        for k, v in finding.facts.items()
    }
    if finding.code is Code.SCHEMA and "message" in finding.facts:
        facts["message"] = schema_text(finding.facts["message"])
    return facts


def what_text(finding: Finding) -> str:
    return _what(finding.code, _facts(finding))


def finding_text(finding: Finding) -> str:
    """One line: where, how bad, what is wrong."""
    return arg(
        translate("Findings", "%1, %2: %3: %4"),
        finding.file,
        shown(finding.place),
        severity_text(finding.severity),
        _what(finding.code, _facts(finding)),
    )


KINDS: dict[str, object] = {
    "organisers": QT_TRANSLATE_NOOP("Findings", "organisers"),
    "regional_units": QT_TRANSLATE_NOOP("Findings", "regional units"),
    "municipalities": QT_TRANSLATE_NOOP("Findings", "municipalities"),
    "memberships": QT_TRANSLATE_NOOP("Findings", "municipality memberships"),
    "former_municipalities": QT_TRANSLATE_NOOP("Findings", "former municipalities"),
    "service_classes": QT_TRANSLATE_NOOP("Findings", "service classes"),
    "services": QT_TRANSLATE_NOOP("Findings", "services"),
    "providers": QT_TRANSLATE_NOOP("Findings", "providers"),
    "locations": QT_TRANSLATE_NOOP("Findings", "locations"),
    "offerings": QT_TRANSLATE_NOOP("Findings", "offerings"),
    "contact_routes": QT_TRANSLATE_NOOP("Findings", "phone lines and online services"),
}
"""The kinds of record in a catalogue (``exchange.diff``), plural."""


def kind_text(kind: str) -> str:
    return term(CONTEXT, KINDS[kind]) if kind in KINDS else kind


LISTED_PER_KIND = 15


def findings_lines(findings: Findings) -> list[str]:
    lines = [finding_text(f) for f in findings]
    if findings.omitted:
        lines.append(
            translate(
                "Catalogue", "\u2026 and %n more finding(s) not shown.", None, findings.omitted
            )
        )
    if findings.errors or findings.warnings:
        lines.append(
            arg(
                translate("Catalogue", "%1; %2."),
                translate("Catalogue", "%n error(s)", None, findings.errors),
                translate("Catalogue", "%n warning(s)", None, findings.warnings),
            )
        )
    return lines


def _label(change: EntityChange, language: str) -> str:
    name = shown(localized.pick(change.names, language) or change.key)
    context = shown(localized.pick(change.context, language))
    text = f"{name} \u2014 {context}" if context else name
    marker = f" [{example_marker()}]" if change.example else ""
    return f"{text} ({shown(change.key)}){marker}"


def _kind_counts(kind: str, d: KindDiff, language: str) -> str:
    """One kind's line of the diff: how many added, changed and removed."""
    return arg(
        translate("Catalogue", "%1: %2 added, %3 changed, %4 removed"),
        kind_text(kind),
        i18n.format_count(len(d.added), language),
        i18n.format_count(len(d.changed), language),
        i18n.format_count(len(d.removed), language),
    )


def diff_lines(diff: CatalogueDiff, language: str, listed: int = LISTED_PER_KIND) -> list[str]:
    if diff.empty and not diff.header:
        return [translate("Catalogue", "No changes: the catalogue already holds exactly this.")]
    lines: list[str] = []
    for key, (old, new) in diff.header.items():
        if key in ("version", "id", "publisher", "valid_from"):
            lines.append(
                arg(
                    translate("Catalogue", "Catalogue %1: %2 \u2192 %3"),
                    field_text(key) or key,
                    shown(str(old)),
                    shown(str(new)),
                )
            )
    for kind, d in diff.kinds.items():
        if d.empty:
            continue
        lines.append(_kind_counts(kind, d, language))
        for sign, changes in (("+", d.added), ("~", d.changed), ("-", d.removed)):
            for change in changes[:listed]:
                # The changed fields in the UI language, as the import dialog names them.
                names = fields_text(change.fields)
                fields = f" [{names}]" if names else ""
                lines.append(f"  {sign} {_label(change, language)}{fields}")
            if len(changes) > listed:
                lines.append(
                    "    "
                    + translate("Catalogue", "\u2026 and %n more", None, len(changes) - listed)
                )
    return lines


# -- where a finding is, and what an import changes, in a maintainer's words ---------------

SUBJECTS: dict[str, object] = {
    "services": QT_TRANSLATE_NOOP("Findings", "service \u201c%1\u201d"),
    "locations": QT_TRANSLATE_NOOP("Findings", "location \u201c%1\u201d"),
    "providers": QT_TRANSLATE_NOOP("Findings", "provider \u201c%1\u201d"),
    "organisers": QT_TRANSLATE_NOOP("Findings", "organiser \u201c%1\u201d"),
    "regional_units": QT_TRANSLATE_NOOP("Findings", "regional unit \u201c%1\u201d"),
    "municipalities": QT_TRANSLATE_NOOP("Findings", "municipality %1"),
    "former_municipalities": QT_TRANSLATE_NOOP("Findings", "former municipality %1"),
    "service_classes": QT_TRANSLATE_NOOP("Findings", "service class \u201c%1\u201d"),
    "contact_routes": QT_TRANSLATE_NOOP("Findings", "phone line or online service \u201c%1\u201d"),
}
# Records named by what they link: the first name, then the second.
LINKED_SUBJECTS: dict[str, object] = {
    "offerings": QT_TRANSLATE_NOOP("Findings", "service \u201c%1\u201d at \u201c%2\u201d"),
    "memberships": QT_TRANSLATE_NOOP("Findings", "municipality %1 in regional unit \u201c%2\u201d"),
}

FIELDS: dict[str, object] = {
    "names": QT_TRANSLATE_NOOP("Findings", "name"),
    "descriptions": QT_TRANSLATE_NOOP("Findings", "description"),
    "keywords": QT_TRANSLATE_NOOP("Findings", "keywords"),
    "address": QT_TRANSLATE_NOOP("Findings", "address"),
    "street": QT_TRANSLATE_NOOP("Findings", "street address"),
    "postal_code": QT_TRANSLATE_NOOP("Findings", "postal code"),
    "post_office": QT_TRANSLATE_NOOP("Findings", "post office"),
    "lat": QT_TRANSLATE_NOOP("Findings", "coordinates"),
    "lon": QT_TRANSLATE_NOOP("Findings", "coordinates"),
    "coordinates": QT_TRANSLATE_NOOP("Findings", "coordinates"),
    "business_id": QT_TRANSLATE_NOOP("Findings", "business ID"),
    "classes": QT_TRANSLATE_NOOP("Findings", "service classes"),
    "phones": QT_TRANSLATE_NOOP("Findings", "phone numbers"),
    "number": QT_TRANSLATE_NOOP("Findings", "phone numbers"),
    "hours": QT_TRANSLATE_NOOP("Findings", "opening hours"),
    "hours_note": QT_TRANSLATE_NOOP("Findings", "opening hours"),
    "around_the_clock": QT_TRANSLATE_NOOP("Findings", "opening hours"),
    "open_evenings": QT_TRANSLATE_NOOP("Findings", "opening hours"),
    "open_weekends": QT_TRANSLATE_NOOP("Findings", "opening hours"),
    "emails": QT_TRANSLATE_NOOP("Findings", "email addresses"),
    "web": QT_TRANSLATE_NOOP("Findings", "web address"),
    "urls": QT_TRANSLATE_NOOP("Findings", "web address"),
    "provider": QT_TRANSLATE_NOOP("Findings", "provider"),
    "provider_id": QT_TRANSLATE_NOOP("Findings", "provider"),
    "organiser": QT_TRANSLATE_NOOP("Findings", "organiser"),
    "organiser_id": QT_TRANSLATE_NOOP("Findings", "organiser"),
    "municipality": QT_TRANSLATE_NOOP("Findings", "municipality"),
    "municipality_code": QT_TRANSLATE_NOOP("Findings", "municipality"),
    "regional_unit": QT_TRANSLATE_NOOP("Findings", "regional unit"),
    "regional_unit_id": QT_TRANSLATE_NOOP("Findings", "regional unit"),
    "regional_units": QT_TRANSLATE_NOOP("Findings", "regional units"),
    "parent": QT_TRANSLATE_NOOP("Findings", "parent class"),
    "parent_uri": QT_TRANSLATE_NOOP("Findings", "parent class"),
    "target_groups": QT_TRANSLATE_NOOP("Findings", "target groups"),
    "eligibility": QT_TRANSLATE_NOOP("Findings", "eligibility"),
    "min_age": QT_TRANSLATE_NOOP("Findings", "age limits"),
    "max_age": QT_TRANSLATE_NOOP("Findings", "age limits"),
    "residence_required": QT_TRANSLATE_NOOP("Findings", "eligibility"),
    "service": QT_TRANSLATE_NOOP("Findings", "service"),
    "service_id": QT_TRANSLATE_NOOP("Findings", "service"),
    "location": QT_TRANSLATE_NOOP("Findings", "location"),
    "location_id": QT_TRANSLATE_NOOP("Findings", "location"),
    "languages": QT_TRANSLATE_NOOP("Findings", "languages"),
    "voucher": QT_TRANSLATE_NOOP("Findings", "voucher"),
    "id": QT_TRANSLATE_NOOP("Findings", "id"),
    "uri": QT_TRANSLATE_NOOP("Findings", "id"),
    "code": QT_TRANSLATE_NOOP("Findings", "code"),
    "valid_from": QT_TRANSLATE_NOOP("Findings", "valid from"),
    "valid_to": QT_TRANSLATE_NOOP("Findings", "valid until"),
    "merged_into": QT_TRANSLATE_NOOP("Findings", "merged into"),
    "merged_on": QT_TRANSLATE_NOOP("Findings", "date of the merger"),
    "service_channels": QT_TRANSLATE_NOOP("Findings", "service channels"),
    "areas": QT_TRANSLATE_NOOP("Findings", "areas"),
    "publishing_status": QT_TRANSLATE_NOOP("Findings", "publishing status"),
    "channel_type": QT_TRANSLATE_NOOP("Findings", "channel type"),
    "level": QT_TRANSLATE_NOOP("Findings", "level"),
    "access": QT_TRANSLATE_NOOP("Findings", "way in"),
    "choice": QT_TRANSLATE_NOOP("Findings", "client's choice"),
    "responsibility": QT_TRANSLATE_NOOP("Findings", "responsibility"),
    "charge": QT_TRANSLATE_NOOP("Findings", "client fee"),
    "charge_info": QT_TRANSLATE_NOOP("Findings", "client fee"),
    "legal_basis": QT_TRANSLATE_NOOP("Findings", "legal basis"),
    "accessible": QT_TRANSLATE_NOOP("Findings", "accessibility"),
    "accessibility": QT_TRANSLATE_NOOP("Findings", "accessibility"),
    "provision_type": QT_TRANSLATE_NOOP("Findings", "provision type"),
    "home_visits": QT_TRANSLATE_NOOP("Findings", "home visits"),
    "waiting_days": QT_TRANSLATE_NOOP("Findings", "waiting time"),
    "example": QT_TRANSLATE_NOOP("Findings", "example marking"),
    "extra": QT_TRANSLATE_NOOP("Findings", "other information"),
    "kind": QT_TRANSLATE_NOOP("Findings", "kind"),
    "in_reform": QT_TRANSLATE_NOOP("Findings", "part of the reform"),
    "language_status": QT_TRANSLATE_NOOP("Findings", "language status"),
    "region_code": QT_TRANSLATE_NOOP("Findings", "region"),
    "region_names": QT_TRANSLATE_NOOP("Findings", "region"),
    "purposes": QT_TRANSLATE_NOOP("Findings", "purposes"),
    "source": QT_TRANSLATE_NOOP("Findings", "source"),
    "verified_on": QT_TRANSLATE_NOOP("Findings", "date checked"),
    "version": QT_TRANSLATE_NOOP("Findings", "version"),
    "publisher": QT_TRANSLATE_NOOP("Findings", "publisher"),
}
"""The fields of the catalogue format (and of the database rows the diff compares)."""

IN_LANGUAGE: dict[str, object] = {
    "fi": QT_TRANSLATE_NOOP("Findings", "in Finnish"),
    "sv": QT_TRANSLATE_NOOP("Findings", "in Swedish"),
    "en": QT_TRANSLATE_NOOP("Findings", "in English"),
    "se": QT_TRANSLATE_NOOP("Findings", "in Northern Sami"),
}


def field_text(field: str, language: str = "") -> str:
    """ "description in Swedish"; "" for a field this version has no word for."""
    if field not in FIELDS:
        return ""
    word = term(CONTEXT, FIELDS[field])
    if not language:
        return word
    within = (
        term(CONTEXT, IN_LANGUAGE[language])
        if language in IN_LANGUAGE
        else arg(translate("Findings", "in language %1"), shown(language, 10))
    )
    return arg(translate("Findings", "%1 %2"), word, within)


def fields_text(fields: Iterable[str]) -> str:
    """The changed fields, each said once: "name, description, opening hours"."""
    words = [field_text(f) for f in fields]
    said = [w for w in dict.fromkeys(words) if w]
    if len(said) < len(words) and "" in words:
        said.append(term(CONTEXT, FIELDS["extra"]))
    return ", ".join(dict.fromkeys(said))


def subject_text(subject: Subject, language: str) -> str:
    """The record a finding or a change is about: "service “Hammashoito” (SOTE-0012)"."""
    name = shown(localized.pick(list(subject.names), language) or subject.key, 80)
    if subject.kind == "catalogue":
        return translate("Findings", "the catalogue's header")
    if subject.kind in LINKED_SUBJECTS:
        context = shown(localized.pick(list(subject.context), language), 80)
        if context:
            return arg(term(CONTEXT, LINKED_SUBJECTS[subject.kind]), name, context)
        alone = "municipalities" if subject.kind == "memberships" else "services"
        return arg(term(CONTEXT, SUBJECTS[alone]), name)
    if subject.kind not in SUBJECTS:
        return ""
    text = arg(term(CONTEXT, SUBJECTS[subject.kind]), name)
    # A PTV record is named by its file, not by its PTV id (a long number).
    if subject.key and subject.key != name and not subject.file:
        text = f"{text} ({shown(subject.key, 40)})"
    return text


def where_text(finding: Finding, subject: Subject | None, language: str) -> str:
    """Where a finding is, in words: the record, the field, and for PTV the file."""
    file_name = PurePath(finding.file).name
    if subject is None:
        if finding.place in ("$", ""):
            return arg(translate("Findings", "the file %1"), file_name)
        return arg(translate("Findings", "%1, at %2"), file_name, shown(finding.place))
    if subject.item is not None:
        what = arg(translate("Findings", "item %1 of the file %2"), subject.item, file_name)
        field = field_text(subject.field)
        return f"{what}, {field}" if field else what
    parts = [subject_text(subject, language), field_text(subject.field, subject.language)]
    text = ", ".join(p for p in parts if p)
    if subject.file:
        text = arg(translate("Findings", "%1 (file %2)"), text, subject.file_name)
    return text


CHANGES = {
    "added": QT_TRANSLATE_NOOP("Findings", "Added: %1"),
    "changed": QT_TRANSLATE_NOOP("Findings", "Changed: %1"),
    "removed": QT_TRANSLATE_NOOP("Findings", "Removed: %1"),
}


def change_text(kind: str, how: str, change: EntityChange, language: str) -> str:
    """One named change: "Changed: service “Kotihoito” (S-HOMECARE): name, description"."""
    key = "" if change.key.startswith("ptv:") else change.key
    subject = Subject(kind, key, tuple(change.names), tuple(change.context))
    what = subject_text(subject, language) or shown(change.key)
    if how == "changed" and (fields := fields_text(change.fields)):
        what = arg(translate("Findings", "%1: %2"), what, fields)
    text = arg(term(CONTEXT, CHANGES[how]), what)
    return f"{text} [{example_marker()}]" if change.example else text


def _header_value(key: str, value: object) -> str:
    if value is None or value == "":
        return "\u2013"
    if key == "valid_from":
        try:
            return i18n.format_date(dt.date.fromisoformat(str(value)))
        except ValueError:
            pass
    return shown(str(value), 80)


def change_lines(diff: CatalogueDiff, language: str, listed: int = LISTED_PER_KIND) -> list[str]:
    """What an import changes, as a list of named changes under each kind of record."""
    if diff.empty and not diff.header:
        return [translate("Catalogue", "No changes: the catalogue already holds exactly this.")]
    lines: list[str] = []
    for key, (old, new) in diff.header.items():
        if key in ("version", "publisher", "valid_from"):
            lines.append(
                arg(
                    translate("Findings", "Catalogue's %1: %2 \u2192 %3"),
                    field_text(key),
                    _header_value(key, old),
                    _header_value(key, new),
                )
            )
    for kind, d in diff.kinds.items():
        if d.empty:
            continue
        lines.append(_kind_counts(kind, d, language))
        for how, changes in (("added", d.added), ("changed", d.changed), ("removed", d.removed)):
            lines += [f"  {change_text(kind, how, c, language)}" for c in changes[:listed]]
            if len(changes) > listed:
                lines.append(
                    "    "
                    + translate("Catalogue", "\u2026 and %n more", None, len(changes) - listed)
                )
    return lines
