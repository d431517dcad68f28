"""Words for catalogue-file findings and import diffs, in the active UI language.

The exchange layer answers with stable codes and facts; the CLI and the GUI both word them
here, so that a finding reads the same on the command line and in the import dialog.
"""

from __future__ import annotations

from collections.abc import Mapping

from sote_navigator import i18n
from sote_navigator.core import localized
from sote_navigator.exchange.diff import CatalogueDiff, EntityChange
from sote_navigator.exchange.findings import Code, Finding, Findings, Severity
from sote_navigator.i18n import arg, translate
from sote_navigator.wording.display import shown
from sote_navigator.wording.vocabulary import example_marker


def severity_text(severity: Severity) -> str:
    if severity is Severity.ERROR:
        return translate("Findings", "error")
    return translate("Findings", "warning")


def _what(code: Code, f: Mapping[str, str]) -> str:
    if code is Code.UNREADABLE:
        return arg(
            translate(
                "Findings", "The file cannot be read (%1): check the name and your permissions."
            ),
            f.get("detail", ""),
        )
    if code is Code.NOT_A_FILE:
        return translate(
            "Findings",
            "This is not a regular file but a device, a named pipe or the like: choose a catalogue file.",
        )
    if code is Code.TOO_LARGE:
        return arg(
            translate(
                "Findings",
                "The file is larger than the %1 MiB a catalogue may be: split it, or ask the publisher for a smaller file.",
            ),
            f.get("limit_mib", ""),
        )
    if code is Code.DECOMPRESSION_BOMB:
        return arg(
            translate(
                "Findings",
                "The packed file expands more than %1 times: it is not a catalogue and was not unpacked.",
            ),
            f.get("ratio", ""),
        )
    if code is Code.UNSAFE_ZIP_PATH:
        return arg(
            translate(
                "Findings",
                "The zip holds a path that points outside its folder (%1): the zip was refused unopened.",
            ),
            f.get("member", ""),
        )
    if code is Code.CORRUPT_ARCHIVE:
        return arg(
            translate("Findings", "The packed file is damaged (%1): download or copy it again."),
            f.get("detail", ""),
        )
    if code is Code.ZIP_NEEDS_ONE_JSON:
        return arg(
            translate(
                "Findings", "A catalogue zip must hold exactly one .json file; this one holds %1."
            ),
            f.get("found", ""),
        )
    if code is Code.BINARY:
        return translate(
            "Findings",
            "The file holds binary data, not JSON text: choose the catalogue's .json, .json.gz or .zip file.",
        )
    if code is Code.NOT_UTF8:
        if f.get("encoding"):
            return arg(
                translate("Findings", "The file is in %1, not UTF-8: save it again as UTF-8."),
                f["encoding"],
            )
        return arg(
            translate(
                "Findings",
                "The file is not UTF-8 text (the first wrong byte is at %1): save it again as UTF-8.",
            ),
            f.get("offset", ""),
        )
    if code is Code.NOT_JSON:
        return arg(
            translate(
                "Findings",
                "The file is not valid JSON (%1): it may be cut short; get a complete copy.",
            ),
            f.get("detail", ""),
        )
    if code is Code.NOT_A_CATALOGUE:
        return translate(
            "Findings",
            "The file is JSON but not a Sote Navigator catalogue: for PTV data use --format ptv.",
        )
    if code is Code.UNSUPPORTED_VERSION:
        return arg(
            translate(
                "Findings",
                "The catalogue format version %1 is not supported (this version reads %2): update Sote Navigator.",
            ),
            f.get("found", ""),
            f.get("supported", ""),
        )
    if code is Code.NO_PTV_DATA:
        return translate(
            "Findings", "No PTV services, service locations or organisations were found here."
        )
    if code is Code.SCHEMA:
        return arg(
            translate("Findings", "Not as the catalogue format requires: %1"), f.get("message", "")
        )
    if code is Code.INVALID_DATE:
        return arg(translate("Findings", "%1 is not a date of the calendar."), f.get("value", ""))
    if code is Code.DUPLICATE_ID:
        return arg(translate("Findings", "The id %1 is used twice."), f.get("id", ""))
    if code is Code.DANGLING_REFERENCE:
        return arg(
            translate("Findings", "It refers to %1, which is not in the catalogue's %2."),
            f.get("id", ""),
            f.get("target", ""),
        )
    if code is Code.UNKNOWN_MUNICIPALITY:
        return arg(
            translate(
                "Findings", "The municipality code %1 is not one of the catalogue's municipalities."
            ),
            f.get("municipality", ""),
        )
    if code is Code.INVALID_BUSINESS_ID:
        return arg(
            translate(
                "Findings",
                "%1 is not a valid business ID (Y-tunnus): its check digit is wrong or it is malformed.",
            ),
            f.get("value", ""),
        )
    if code is Code.TEXT_TOO_LONG:
        return arg(
            translate("Findings", "The text (%1) is %2 characters long; PTV allows %3."),
            f.get("language", ""),
            f.get("length", ""),
            f.get("limit", ""),
        )
    if code is Code.TEXT_OVER_LIMIT:
        return arg(
            translate(
                "Findings",
                "The text is %1 characters long; a catalogue text may have at most %2: shorten it.",
            ),
            f.get("length", ""),
            f.get("limit", ""),
        )
    if code is Code.CONTROL_CHARACTER:
        return arg(
            translate(
                "Findings",
                "The text holds the control character %1; only line breaks and tabs are allowed: remove it.",
            ),
            f.get("character", ""),
        )
    if code is Code.LONE_SURROGATE:
        return arg(
            translate(
                "Findings",
                "The text holds %1, half of a character pair and no character by itself: the file was damaged or badly converted; correct the text.",
            ),
            f.get("character", ""),
        )
    if code is Code.CLASS_CYCLE:
        return arg(
            translate(
                "Findings",
                "The service classes are each other's parents in a circle (%1): a class cannot be its own ancestor; correct the parent.",
            ),
            f.get("path", ""),
        )
    if code is Code.MISSING_SWEDISH:
        return arg(
            translate(
                "Findings",
                "The location is in a bilingual municipality (%1) but has no Swedish name.",
            ),
            f.get("municipality", ""),
        )
    if code is Code.UNKNOWN_TARGET_GROUP:
        return arg(
            translate(
                "Findings",
                "The target group %1 is not a PTV target group code (such as KR1 or KR1.2): it is kept but means nothing to the placement.",
            ),
            f.get("group", ""),
        )
    if code is Code.UNKNOWN_CLIENT_GROUP:
        return arg(
            translate(
                "Findings",
                "The client group %1 is unknown to this version: the placement will ask the counsellor to confirm it for every client.",
            ),
            f.get("group", ""),
        )
    if code is Code.PTV_UNKNOWN_OBJECT:
        return translate(
            "Findings", "This is not a PTV service, service channel or organisation: skipped."
        )
    if code is Code.PTV_NO_NAME:
        return translate("Findings", "It has no usable name: skipped.")
    if code is Code.PTV_PLACEHOLDER:
        return arg(
            translate("Findings", "The value \u201c%1\u201d is a placeholder, not data: left out."),
            f.get("value", ""),
        )
    if code is Code.PTV_MISSING_TRANSLATION:
        return arg(
            translate(
                "Findings", "The text is missing in language %1, which the service is offered in."
            ),
            f.get("language", ""),
        )
    if code is Code.PTV_SERVICE_WITHOUT_CHANNELS:
        return translate(
            "Findings", "The service has no service locations: imported without providers."
        )
    if code is Code.PTV_UNKNOWN_CHANNEL:
        return arg(
            translate(
                "Findings",
                "The service channel %1 is not in the imported files: that connection was left out.",
            ),
            f.get("channel", ""),
        )
    if code is Code.PTV_UNKNOWN_ORGANIZATION:
        return arg(
            translate(
                "Findings",
                "The organisation %1 is not in the imported files or the catalogue: the location has no provider.",
            ),
            f.get("organization", ""),
        )
    if code is Code.PTV_UNKNOWN_CLASS:
        return arg(
            translate("Findings", "The service class %1 is not known: left out."), f.get("uri", "")
        )
    if code is Code.PTV_BAD_COORDINATES:
        return arg(
            translate(
                "Findings",
                "The coordinates %1, %2 are not a place in Finland in WGS84 or ETRS-TM35FIN: left out.",
            ),
            f.get("latitude", ""),
            f.get("longitude", ""),
        )
    if code is Code.PTV_BAD_HOURS:
        return translate("Findings", "The opening hours cannot be read: left out.")
    if code is Code.PTV_NO_ADDRESS:
        return translate("Findings", "The service location has no street address.")
    if code is Code.PTV_UNKNOWN_MUNICIPALITY:
        return arg(
            translate(
                "Findings",
                "The municipality code %1 is not in the current catalogue: the address keeps no municipality.",
            ),
            f.get("municipality", ""),
        )
    if code is Code.PTV_BAD_VALUE:
        return arg(
            translate(
                "Findings",
                "The value \u201c%1\u201d is not of the kind PTV gives here: reading around it would put wrong opening hours in the catalogue.",
            ),
            f.get("value", ""),
        )
    if code is Code.PTV_NO_ID:
        return translate("Findings", "It has no PTV id: skipped.")
    if code is Code.PTV_BAD_ID:
        return arg(translate("Findings", "Its PTV id %1 is not text: skipped."), f.get("value", ""))
    if code is Code.PTV_NO_CHANNEL_TYPE:
        return translate(
            "Findings", "The service channel does not say its type (serviceChannelType): skipped."
        )
    if code is Code.PTV_FOREIGN_CLASS:
        return arg(
            translate(
                "Findings",
                "The service class %1 is from another edition of the classification and has no counterpart in the catalogue: left out, the service keeps its other classes.",
            ),
            f.get("uri", ""),
        )
    if code is Code.PTV_UNKNOWN_PARENT_CLASS:
        return arg(
            translate(
                "Findings",
                "The parent class %1 is not in the catalogue: the class is imported without a parent.",
            ),
            f.get("parent", ""),
        )
    if code is Code.PTV_NOT_PUBLISHED:
        return arg(
            translate("Findings", "It is not published in PTV (%1): skipped."), f.get("status", "")
        )
    return code.value


def _facts(finding: Finding) -> dict[str, str]:
    # Facts quote the file (ids, values): cut and isolated like any catalogue text.
    return {k: shown(v) for k, v in finding.facts.items()}


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


def kind_text(kind: str) -> str:
    return {
        "organisers": translate("Findings", "organisers"),
        "regional_units": translate("Findings", "regional units"),
        "municipalities": translate("Findings", "municipalities"),
        "memberships": translate("Findings", "municipality memberships"),
        "former_municipalities": translate("Findings", "former municipalities"),
        "service_classes": translate("Findings", "service classes"),
        "services": translate("Findings", "services"),
        "providers": translate("Findings", "providers"),
        "locations": translate("Findings", "locations"),
        "offerings": translate("Findings", "offerings"),
        "contact_routes": translate("Findings", "phone lines and online services"),
    }.get(kind, kind)


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


def diff_lines(diff: CatalogueDiff, language: str, listed: int = LISTED_PER_KIND) -> list[str]:
    if diff.empty and not diff.header:
        return [translate("Catalogue", "No changes: the catalogue already holds exactly this.")]
    lines: list[str] = []
    for key, (old, new) in diff.header.items():
        if key in ("version", "id", "publisher", "valid_from"):
            lines.append(
                arg(
                    translate("Catalogue", "Catalogue %1: %2 \u2192 %3"),
                    key,
                    shown(str(old)),
                    shown(str(new)),
                )
            )
    for kind, d in diff.kinds.items():
        if d.empty:
            continue
        lines.append(
            arg(
                translate("Catalogue", "%1: %2 added, %3 changed, %4 removed"),
                kind_text(kind),
                i18n.format_count(len(d.added), language),
                i18n.format_count(len(d.changed), language),
                i18n.format_count(len(d.removed), language),
            )
        )
        for sign, changes in (("+", d.added), ("~", d.changed), ("-", d.removed)):
            for change in changes[:listed]:
                names = ", ".join(shown(f, 60) for f in change.fields)
                fields = f" [{names}]" if change.fields else ""
                lines.append(f"  {sign} {_label(change, language)}{fields}")
            if len(changes) > listed:
                lines.append(
                    "    "
                    + translate("Catalogue", "\u2026 and %n more", None, len(changes) - listed)
                )
    return lines
