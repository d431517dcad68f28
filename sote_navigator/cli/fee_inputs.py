"""``place`` options for the fee estimate: household size, incomes and hours of care.

All optional. They are never logged; they are stored only when the placement is saved
(``--save``), with it.
"""

from __future__ import annotations

import argparse
from typing import Any

from sote_navigator.core.placement_record import money_text
from sote_navigator.i18n import arg, translate

MAX_HOUSEHOLD = 20
MAX_HOURS = 744  # 31 days x 24 hours


def _whole(text: str, low: int, high: int) -> int | None:
    try:
        value = int(text)
    except ValueError:
        return None
    return value if low <= value <= high else None


def _household(text: str) -> int:
    value = _whole(text, 1, MAX_HOUSEHOLD)
    if value is None:
        raise argparse.ArgumentTypeError(
            arg(
                translate("Cli", "give the household size as a whole number, 1 to %1"),
                MAX_HOUSEHOLD,
            )
        )
    return value


def _hours(text: str) -> int:
    value = _whole(text, 0, MAX_HOURS)
    if value is None:
        raise argparse.ArgumentTypeError(
            arg(
                translate("Cli", "give the hours of care a month as a whole number, 0 to %1"),
                MAX_HOURS,
            )
        )
    return value


def _euros(text: str) -> str:
    value = money_text(text)
    if not value:
        raise argparse.ArgumentTypeError(
            translate("Cli", "give euros a month, e.g. 2000 or 2000,50")
        )
    return value


def add_fee_inputs(parser: Any) -> None:
    group = parser.add_argument_group(
        translate("Cli", "the fee estimate (optional; never logged, saved only with --save)")
    )
    group.add_argument(
        "--household",
        type=_household,
        metavar="N",
        help=translate("Cli", "household size for the fee estimate (optional)"),
    )
    group.add_argument(
        "--income",
        type=_euros,
        metavar="EUR",
        help=translate(
            "Cli", "the household's gross income a month in euros, for the fee estimate (optional)"
        ),
    )
    group.add_argument(
        "--net-income",
        type=_euros,
        metavar="EUR",
        help=translate(
            "Cli", "the client's own net income a month in euros, for the fee estimate (optional)"
        ),
    )
    group.add_argument(
        "--care-hours",
        type=_hours,
        metavar="H",
        help=translate("Cli", "hours of care a month, for the fee estimate (optional)"),
    )
