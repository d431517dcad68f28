"""Findings, diffs and versions as text lines and as JSON, for ``sote-navigator catalogue``."""

from __future__ import annotations

from typing import Any

from sote_navigator import i18n, messages
from sote_navigator.core import localized
from sote_navigator.exchange.diff import CatalogueDiff, EntityChange
from sote_navigator.exchange.findings import Findings
from sote_navigator.finding_texts import finding_text, kind_text
from sote_navigator.i18n import arg, translate
from sote_navigator.services.catalogue_history import HistoryEntry

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
    name = localized.pick(change.names, language) or change.key
    context = localized.pick(change.context, language)
    text = f"{name} \u2014 {context}" if context else name
    marker = f" [{messages.example_marker()}]" if change.example else ""
    return f"{text} ({change.key}){marker}"


def diff_lines(diff: CatalogueDiff, language: str, listed: int = LISTED_PER_KIND) -> list[str]:
    if diff.empty and not diff.header:
        return [translate("Catalogue", "No changes: the catalogue already holds exactly this.")]
    lines: list[str] = []
    for key, (old, new) in diff.header.items():
        if key in ("version", "id", "publisher", "valid_from"):
            lines.append(arg(translate("Catalogue", "Catalogue %1: %2 \u2192 %3"), key, old, new))
    for kind, d in diff.kinds.items():
        if d.empty:
            continue
        lines.append(
            arg(
                translate("Catalogue", "%1: %2 added, %3 changed, %4 removed"),
                kind_text(kind),
                i18n.format_number(len(d.added), language),
                i18n.format_number(len(d.changed), language),
                i18n.format_number(len(d.removed), language),
            )
        )
        for sign, changes in (("+", d.added), ("~", d.changed), ("-", d.removed)):
            for change in changes[:listed]:
                fields = f" [{', '.join(change.fields)}]" if change.fields else ""
                lines.append(f"  {sign} {_label(change, language)}{fields}")
            if len(changes) > listed:
                lines.append(
                    "    "
                    + translate("Catalogue", "\u2026 and %n more", None, len(changes) - listed)
                )
    return lines


def history_json(entry: HistoryEntry, language: str) -> dict[str, Any]:
    info = entry.info
    return {
        "version_number": info.version_number,
        "current": entry.is_current,
        "id": info.catalogue_id,
        "version": info.version,
        "name": info.name(language),
        "publisher": info.publisher,
        "valid_from": info.valid_from.isoformat() if info.valid_from else None,
        "imported_at": info.imported_at.isoformat(),
        "source_format": info.source_format,
        "source_name": info.source_name,
        "source_hash": entry.source_hash,
        "counts": info.counts,
    }


def history_line(entry: HistoryEntry, language: str) -> str:
    info = entry.info
    marker = "*" if entry.is_current else " "
    counts = arg(
        translate("Catalogue", "%1 services, %2 locations, %3 offerings"),
        i18n.format_number(int(info.counts.get("services", 0)), language),
        i18n.format_number(int(info.counts.get("locations", 0)), language),
        i18n.format_number(int(info.counts.get("offerings", 0)), language),
    )
    return arg(
        translate("Catalogue", "%1 %2  %3  %4 %5 (%6; %7 from %8): %9"),
        marker,
        info.version_number,
        i18n.format_datetime(info.imported_at, language),
        info.name(language) or info.catalogue_id,
        info.version,
        info.publisher,
        info.source_format,
        info.source_name,
        counts,
    )
