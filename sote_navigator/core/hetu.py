"""Recognising a Finnish personal identity code (henkilötunnus) where none should be.

The placement record has no identity field; its optional client reference is meant to be
pseudonymous. A reference that contains a real identity code is warned about before saving.
Format: DDMMYY, a century sign, a three-digit individual number and a check character
(the nine digits modulo 31). Century signs: "+" 1800s; "-", "Y", "X", "W", "V", "U" 1900s;
"A", "B", "C", "D", "E", "F" 2000s (the extra signs are in use since 2023).
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum

CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
CENTURIES = {
    "+": 1800,
    "-": 1900,
    "Y": 1900,
    "X": 1900,
    "W": 1900,
    "V": 1900,
    "U": 1900,
    "A": 2000,
    "B": 2000,
    "C": 2000,
    "D": 2000,
    "E": 2000,
    "F": 2000,
}
_CANDIDATE = re.compile(r"(?<![0-9A-Za-z])(\d{6})([-+A-FU-Y])(\d{3})([0-9A-Za-z])(?![0-9A-Za-z])")


class IdentityMatch(StrEnum):
    NONE = "none"
    LOOKS_LIKE = "looks_like"  # the shape of one, but the date or check character is wrong
    VALID = "valid"


def check_character(birth: str, individual: str) -> str:
    return CHECK_CHARACTERS[int(birth + individual) % 31]


def is_valid(code: str) -> bool:
    match = _CANDIDATE.fullmatch(code.strip().upper())
    return match is not None and _valid_parts(*match.groups())


def _valid_parts(birth: str, sign: str, individual: str, check: str) -> bool:
    century = CENTURIES.get(sign)
    if century is None or individual in ("000", "001"):
        return False
    try:
        dt.date(century + int(birth[4:6]), int(birth[2:4]), int(birth[0:2]))
    except ValueError:
        return False
    return check_character(birth, individual) == check.upper()


def find_identity_code(text: str) -> IdentityMatch:
    """Whether ``text`` holds a personal identity code, or something shaped like one."""
    found = IdentityMatch.NONE
    for match in _CANDIDATE.finditer(text.upper()):
        if _valid_parts(*match.groups()):
            return IdentityMatch.VALID
        found = IdentityMatch.LOOKS_LIKE
    return found
