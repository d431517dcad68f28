"""How the navigator words catalogue facts: languages, opening hours, features, kinds.

Day names and times come from QLocale (set by i18n for the UI language), so "ma–pe 8.00–16.00"
in Finnish and "mån–fre 08:00–16:00" in Swedish need no translation of their own.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTime

from sote_navigator import i18n, messages
from sote_navigator.core.navigation import NO_FEATURES, Feature
from sote_navigator.core.vocabulary import EntityKind
from sote_navigator.i18n import arg, translate

if TYPE_CHECKING:
    from sote_navigator.core.catalogue import OpeningHours, RecordSource, Voucher


def entity_kind_text(kind: EntityKind) -> str:
    return {
        EntityKind.MUNICIPALITY: translate("Navigator", "Municipality"),
        EntityKind.SERVICE: translate("Navigator", "Service"),
        EntityKind.PROVIDER: translate("Navigator", "Provider"),
        EntityKind.LOCATION: translate("Navigator", "Service location"),
    }[kind]


def language_name(code: str) -> str:
    known = {
        "fi": translate("Navigator", "Finnish"),
        "sv": translate("Navigator", "Swedish"),
        "en": translate("Navigator", "English"),
        "se": translate("Navigator", "Sami"),
    }
    return known.get(code, code)


def languages_text(codes: Iterable[str]) -> str:
    return ", ".join(language_name(c) for c in codes)


def feature_text(feature: Feature) -> str:
    return {
        Feature.SWEDISH: translate("Navigator", "service in Swedish"),
        Feature.EVENINGS: translate("Navigator", "open evenings"),
        Feature.WEEKENDS: translate("Navigator", "open weekends"),
        Feature.ACCESSIBLE: translate("Navigator", "accessible premises"),
        Feature.VOUCHER: translate("Navigator", "voucher accepted"),
    }[feature]


def features_text(found: Feature, leave_out: Feature = NO_FEATURES) -> str:
    return ", ".join(feature_text(f) for f in Feature if f in found and f not in leave_out)


def _day_span(days: tuple[int, ...]) -> str:
    locale = QLocale()
    fmt = QLocale.FormatType.ShortFormat
    # QLocale counts Monday as 1; the catalogue counts it as 0.
    names = [locale.standaloneDayName(d + 1, fmt) for d in sorted(days)]
    consecutive = sorted(days) == list(range(min(days), max(days) + 1))
    if len(names) > 2 and consecutive:
        return f"{names[0]}\u2013{names[-1]}"
    return ", ".join(names)


def _time(value: str) -> str:
    if value == "24:00":
        return value
    parsed = QTime.fromString(value, "HH:mm")
    if not parsed.isValid():
        return value
    return QLocale().toString(parsed, QLocale.FormatType.ShortFormat)


def hours_lines(hours: Iterable[OpeningHours]) -> list[str]:
    return [f"{_day_span(h.days)} {_time(h.opens)}\u2013{_time(h.closes)}" for h in hours if h.days]


def voucher_kind_text(voucher: Voucher) -> str:
    if voucher.kind == "asiakasseteli":
        return translate("Navigator", "Client voucher")
    return translate("Navigator", "Service voucher")


def voucher_text(voucher: Voucher) -> str:
    """Its value and the client's self-share, e.g. "value 32,50 € for an hour, ..."."""
    units = {
        "visit": translate("Navigator", "a visit"),
        "hour": translate("Navigator", "an hour"),
        "day": translate("Navigator", "a day"),
        "month": translate("Navigator", "a month"),
        "treatment": translate("Navigator", "a treatment"),
    }
    if voucher.unit in units:
        return arg(
            translate("Navigator", "value %1 for %2, client's self-share %3"),
            i18n.format_money(voucher.value_cents),
            units[voucher.unit],
            i18n.format_money(voucher.self_share_cents),
        )
    return arg(
        translate("Navigator", "value %1, client's self-share %2"),
        i18n.format_money(voucher.value_cents),
        i18n.format_money(voucher.self_share_cents),
    )


def charge_text(charge: str) -> str:
    return {
        "free": translate("Navigator", "free of charge"),
        "charged": translate("Navigator", "client fee"),
        "income_based": translate("Navigator", "income-based client fee"),
    }.get(charge, charge)


def stale_suffix(verified_on: str | None) -> str:
    """The flag on a list row whose information is older than the catalogue allows."""
    from sote_navigator.placement_text import information_date_text  # not before the window

    return "  " + arg(
        translate("Navigator", "[information from %1: check]"),
        information_date_text(verified_on or ""),
    )


def information_lines(
    verified_on: str | None, source: RecordSource | None, stale: bool
) -> list[str]:
    """How old a record's information is and where it comes from, for the details pane."""
    from sote_navigator.placement_text import information_date_text  # not before the window

    lines: list[str] = []
    if verified_on and stale:
        lines.append(
            arg(
                translate("Navigator", "Information from %1: check before sending the client."),
                information_date_text(verified_on),
            )
        )
    elif verified_on:
        lines.append(
            arg(
                translate("Navigator", "Information verified %1."),
                information_date_text(verified_on),
            )
        )
    else:
        lines.append(translate("Navigator", "When the information was checked is not known."))
    if source is not None:
        lines.append(arg(translate("Navigator", "Source: %1"), source.name))
        if source.url:
            lines.append(source.url)
    return lines


def example_suffix(example: bool) -> str:
    return f"  [{messages.example_marker()}]" if example else ""
