"""Words for a voucher's value and the client's self-share, with their source and date.

One wording for the CLI, the window, the wizard and the printout. The parameters are those of
``core.choice_set.voucher_params`` (also stored with a saved placement's reasons): a value is
only ever shown with its source and date, and an unknown value says whom to ask.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from sote_navigator import i18n
from sote_navigator.core import localized
from sote_navigator.i18n import arg, translate
from sote_navigator.wording.sentences import term

CONTEXT = "Voucher"


def _money(cents: Any) -> str:
    return i18n.format_money(int(cents), i18n.content_language())


UNITS: dict[str, object] = {
    "hour": QT_TRANSLATE_NOOP("Voucher", "per hour"),
    "visit": QT_TRANSLATE_NOOP("Voucher", "per visit"),
    "day": QT_TRANSLATE_NOOP("Voucher", "per day"),
    "month": QT_TRANSLATE_NOOP("Voucher", "per month"),
    "treatment": QT_TRANSLATE_NOOP("Voucher", "per treatment"),
}


def unit_text(unit: str) -> str:
    return term(CONTEXT, UNITS[unit]) if unit in UNITS else ""


def date_text(value: str | None) -> str:
    """ "2025-10-21" as 21.10.2025 (in the active language's format); other text as it is."""
    if not value:
        return ""
    try:
        return i18n.format_date(dt.date.fromisoformat(value))
    except ValueError:
        return value


def source_text(p: Mapping[str, Any]) -> str:
    """ "source: City of Helsinki fee calculators, 21.10.2025", or that none was given."""
    source = str(p.get("source") or "")
    date = date_text(p.get("source_date"))
    if source and date:
        return arg(translate("Voucher", "source: %1, %2"), source, date)
    if source:
        return arg(translate("Voucher", "source: %1, date not given"), source)
    return translate("Voucher", "no source given")


def is_known(p: Mapping[str, Any]) -> bool:
    return p.get("value_cents") is not None or p.get("min_value_cents") is not None


def _organiser(p: Mapping[str, Any]) -> str:
    names = p.get("organiser") or []
    return localized.pick(names, i18n.content_language()) if names else ""


def value_text(p: Mapping[str, Any]) -> str:
    """The value and self-share with their source and date, or that they are not known."""
    unit = unit_text(str(p.get("unit") or ""))
    if not is_known(p):
        organiser = _organiser(p)
        if organiser:
            return arg(
                translate(
                    "Voucher",
                    "its value and the client's self-share are decided by %1 and are not in the catalogue: ask %1",
                ),
                organiser,
            )
        return translate(
            "Voucher",
            "its value and the client's self-share are each organiser's decision and are not in the catalogue: ask the organiser",
        )
    if p.get("value_cents") is not None:
        value = arg(translate("Voucher", "value %1"), f"{_money(p['value_cents'])} {unit}".strip())
    else:
        value = arg(
            translate("Voucher", "value %1\u2013%2 depending on the client's income"),
            _money(p["min_value_cents"]),
            f"{_money(p.get('max_value_cents') or p['min_value_cents'])} {unit}".strip(),
        )
    if p.get("self_share_cents") is not None:
        share = arg(
            translate("Voucher", "the client's self-share %1"), _money(p["self_share_cents"])
        )
    elif p.get("self_share_rule") == "price_minus_value":
        share = translate("Voucher", "the client pays the provider's price above the value")
    else:
        share = translate("Voucher", "the client's self-share is not known")
    return f"{value}, {share} ({source_text(p)})"


def kind_text(kind: str) -> str:
    if kind == "asiakasseteli":
        return translate("Voucher", "client voucher")
    return translate("Voucher", "service voucher")
