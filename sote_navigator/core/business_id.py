"""Finnish business IDs (Y-tunnus): seven digits, a hyphen and a check digit."""

from __future__ import annotations

import re

_SHAPE = re.compile(r"^(\d{6,7})-(\d)$")
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)


def check_digit(digits: str) -> int | None:
    """The check digit for seven digits, or None when no digit fits (remainder 1)."""
    remainder = sum(int(d) * w for d, w in zip(digits, _WEIGHTS, strict=True)) % 11
    if remainder == 0:
        return 0
    if remainder == 1:
        return None
    return 11 - remainder


def is_valid(value: str) -> bool:
    """Whether ``value`` is a well-formed Y-tunnus whose check digit is right.

    Old six-digit IDs are written with a leading zero added, as the register does.
    """
    match = _SHAPE.match(value.strip())
    if not match:
        return False
    digits = match.group(1).zfill(7)
    return check_digit(digits) == int(match.group(2))


def make(number: int) -> str | None:
    """The Y-tunnus for a seven-digit number, or None when the number has no check digit."""
    digits = f"{number:07d}"
    digit = check_digit(digits)
    return None if digit is None else f"{digits}-{digit}"
