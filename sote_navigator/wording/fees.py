"""Words for the client's fee and the voucher value from a published table (core.fees).

Every amount is said with the table's source and date; a table past its validity says so; an
organiser without a published table gets "not known" and whom to ask.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sote_navigator import i18n
from sote_navigator.core import localized
from sote_navigator.i18n import arg, translate
from sote_navigator.wording.vouchers import date_text, unit_text


def _pick(p: dict[str, Any], key: str) -> str:
    return localized.pick(p.get(key) or [], i18n.content_language())


def _money(cents: Any) -> str:
    return i18n.format_money(int(cents), i18n.content_language())


def source_text(p: dict[str, Any]) -> str:
    text = arg(
        translate("Fees", "source: %1, %2"), _pick(p, "source"), date_text(p.get("source_date"))
    )
    valid_from, valid_to = p.get("valid_from"), p.get("valid_to")
    if valid_from and valid_to:
        text += "; " + arg(
            translate("Fees", "income limits in force %1\u2013%2"),
            date_text(valid_from),
            date_text(valid_to),
        )
    elif valid_from:
        text += "; " + arg(
            translate("Fees", "income limits in force from %1"), date_text(valid_from)
        )
    return text


def _expired(p: dict[str, Any]) -> str:
    valid_to = p.get("valid_to")
    try:
        past = bool(valid_to) and dt.date.fromisoformat(str(valid_to)) < dt.date.today()
    except ValueError:
        past = False
    if not past:
        return ""
    return " " + arg(
        translate(
            "Fees",
            "The table's income limits were in force until %1: check the current amount with %2.",
        ),
        date_text(valid_to),
        _pick(p, "organiser"),
    )


def _basis(p: dict[str, Any]) -> str:
    parts = []
    if p.get("household_size") is not None and p.get("gross_income_cents") is not None:
        parts.append(
            arg(
                translate(
                    "Fees",
                    "household of %n, gross income %1 a month",
                    None,
                    int(p["household_size"]),
                ),
                _money(p["gross_income_cents"]),
            )
        )
    if p.get("net_income_cents") is not None and p.get("kind") in (
        "voucher_by_net_income",
        "share_of_net_income",
    ):
        parts = [
            arg(
                translate("Fees", "the client's net income %1 a month"),
                _money(p["net_income_cents"]),
            )
        ]
    if p.get("care_hours") is not None and p.get("kind") == "monthly_fee_by_hours":
        parts.append(translate("Fees", "%n hour(s) of care a month", None, int(p["care_hours"])))
    return ", ".join(parts)


def estimate_text(p: dict[str, Any]) -> str:
    """FEE_ESTIMATE: the amount, what it was computed from, its source and date."""
    amount = f"{_money(p['amount_cents'])} {unit_text(str(p.get('unit') or 'month'))}".strip()
    if p.get("voucher"):
        template = translate(
            "Fees",
            "%1 for this income: %2 (%3; %4). The client pays the provider's price above it.",
        )
    else:
        template = translate("Fees", "Estimated %1: %2 (%3; %4). The decision fixes the fee.")
    text = arg(template, _pick(p, "names"), amount, _basis(p), source_text(p))
    return text + _expired(p)


def table_text(p: dict[str, Any]) -> str:
    """FEE_TABLE: a published table the client's answers do not yet fill."""
    name, organiser = _pick(p, "names"), _pick(p, "organiser")
    if p.get("not_estimated") == "spouse":
        return arg(
            translate(
                "Fees",
                "%1: a spouse's income changes how it is set, so it is not estimated here: ask %2 (%3).",
            ),
            name,
            organiser,
            source_text(p),
        )
    if p.get("not_estimated") == "household":
        return arg(
            translate(
                "Fees", "%1: the table has no income limit for a household this large: ask %2 (%3)."
            ),
            name,
            organiser,
            source_text(p),
        )
    words = {
        "household_size": translate("Fees", "the household size"),
        "gross_income": translate("Fees", "the household's gross income a month"),
        "net_income": translate("Fees", "the client's net income a month"),
        "care_hours": translate("Fees", "the hours of care a month"),
    }
    needed = ", ".join(words.get(str(n), str(n)) for n in p.get("needed") or [])
    return arg(
        translate("Fees", "%1 follows a published table (%2): give %3 to estimate it."),
        name,
        source_text(p),
        needed,
    )


def not_known_text(p: dict[str, Any]) -> str:
    """FEE_NOT_KNOWN: the organiser has published no table the catalogue knows."""
    return arg(
        translate(
            "Fees",
            "The client fee is set by %1 from the client's income; no published table of %1 is known to the application: ask %1.",
        ),
        _pick(p, "organiser"),
    )
