"""How the navigator words catalogue facts: languages, opening hours, features, kinds.

Day names and times come from QLocale (set by i18n for the UI language), so "ma–pe 8.00–16.00"
in Finnish and "mån–fre 08:00–16:00" in Swedish need no translation of their own.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from sote_navigator import i18n
from sote_navigator.core.navigation import NO_FEATURES, Feature
from sote_navigator.core.vocabulary import EntityKind
from sote_navigator.i18n import arg, translate
from sote_navigator.wording import vouchers
from sote_navigator.wording.hours_words import date_span, exception_text, open_now_text
from sote_navigator.wording.sentences import term
from sote_navigator.wording.vocabulary import example_marker

CONTEXT = "Navigator"

if TYPE_CHECKING:
    from sote_navigator.core.catalogue import OpeningHours, RecordSource, Voucher


ENTITY_KINDS: dict[EntityKind, object] = {
    EntityKind.MUNICIPALITY: QT_TRANSLATE_NOOP("Navigator", "Municipality"),
    EntityKind.SERVICE: QT_TRANSLATE_NOOP("Navigator", "Service"),
    EntityKind.PROVIDER: QT_TRANSLATE_NOOP("Navigator", "Provider"),
    EntityKind.LOCATION: QT_TRANSLATE_NOOP("Navigator", "Service location"),
}


def entity_kind_text(kind: EntityKind) -> str:
    return term(CONTEXT, ENTITY_KINDS[kind])


LANGUAGES: dict[str, object] = {
    "fi": QT_TRANSLATE_NOOP("Navigator", "Finnish"),
    "sv": QT_TRANSLATE_NOOP("Navigator", "Swedish"),
    "en": QT_TRANSLATE_NOOP("Navigator", "English"),
    "se": QT_TRANSLATE_NOOP("Navigator", "Sami"),
}


def language_name(code: str) -> str:
    return term(CONTEXT, LANGUAGES[code]) if code in LANGUAGES else code


def languages_text(codes: Iterable[str]) -> str:
    return ", ".join(language_name(c) for c in codes)


FEATURES: dict[Feature, object] = {
    Feature.SWEDISH: QT_TRANSLATE_NOOP("Navigator", "service in Swedish"),
    Feature.EVENINGS: QT_TRANSLATE_NOOP("Navigator", "open evenings"),
    Feature.WEEKENDS: QT_TRANSLATE_NOOP("Navigator", "open weekends"),
    Feature.ACCESSIBLE: QT_TRANSLATE_NOOP("Navigator", "accessible premises"),
    Feature.VOUCHER: QT_TRANSLATE_NOOP("Navigator", "voucher accepted"),
}


def feature_text(feature: Feature) -> str:
    return term(CONTEXT, FEATURES[feature])


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


__all__ = ["date_span", "exception_text", "open_now_text"]  # also said here, as before


def _time(value: str) -> str:
    return i18n.format_time(value)


def hours_lines(hours: Iterable[OpeningHours]) -> list[str]:
    return [f"{_day_span(h.days)} {_time(h.opens)}\u2013{_time(h.closes)}" for h in hours if h.days]


def voucher_kind_text(voucher: Voucher) -> str:
    if voucher.kind == "asiakasseteli":
        return translate("Navigator", "Client voucher")
    return translate("Navigator", "Service voucher")


def voucher_text(voucher: Voucher) -> str:
    """Its value and the client's self-share with their source and date, or whom to ask."""
    from sote_navigator.core.choice_set import voucher_params  # not before the first paint

    return vouchers.value_text(voucher_params(voucher))


def voucher_cell_text(voucher: Voucher) -> str:
    """A short value for a table cell: "36,00 € per hour", "8,40–40,80 € per hour", or "?"."""
    unit = vouchers.unit_text(voucher.unit)
    if voucher.value_cents is not None:
        return f"{i18n.format_money(voucher.value_cents)} {unit}".strip()
    if voucher.min_value_cents is not None:
        top = voucher.max_value_cents or voucher.min_value_cents
        low = i18n.format_money(voucher.min_value_cents)
        return f"{low}\u2013{i18n.format_money(top)} {unit}".strip()
    return translate("Navigator", "not known")


CHARGES: dict[str, object] = {
    "free": QT_TRANSLATE_NOOP("Navigator", "free of charge"),
    "charged": QT_TRANSLATE_NOOP("Navigator", "client fee"),
    "income_based": QT_TRANSLATE_NOOP("Navigator", "income-based client fee"),
}


def charge_text(charge: str) -> str:
    return term(CONTEXT, CHARGES[charge]) if charge in CHARGES else charge


def stale_suffix(verified_on: str | None) -> str:
    """The flag on a list row whose information is older than the catalogue allows."""
    from sote_navigator.wording.reasons import information_date_text  # not before the window

    return "  " + arg(
        translate("Navigator", "[information from %1: check]"),
        information_date_text(verified_on or ""),
    )


def information_lines(
    verified_on: str | None, source: RecordSource | None, stale: bool
) -> list[str]:
    """How old a record's information is and where it comes from, for the details pane."""
    from sote_navigator.wording.reasons import information_date_text  # not before the window

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
    return f"  [{example_marker()}]" if example else ""
