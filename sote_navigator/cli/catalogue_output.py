"""Catalogue versions as text lines and as JSON, for ``sote-navigator catalogue``."""

from __future__ import annotations

from typing import Any

from sote_navigator import i18n
from sote_navigator.i18n import arg, translate
from sote_navigator.services.catalogue_history import HistoryEntry
from sote_navigator.wording.findings import diff_lines, findings_lines

__all__ = ["diff_lines", "findings_lines", "history_json", "history_line"]


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
        i18n.format_count(int(info.counts.get("services", 0)), language),
        i18n.format_count(int(info.counts.get("locations", 0)), language),
        i18n.format_count(int(info.counts.get("offerings", 0)), language),
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
