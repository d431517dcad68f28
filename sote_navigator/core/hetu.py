"""Recognising a Finnish personal identity code (henkilötunnus) where none should be.

The placement record has no identity field; its optional client reference is meant to be
pseudonymous. A reference that contains a real identity code is warned about before saving.
Format: DDMMYY, a century sign, a three-digit individual number and a check character
(the nine digits modulo 31). Century signs: "+" 1800s; "-", "Y", "X", "W", "V", "U" 1900s;
"A", "B", "C", "D", "E", "F" 2000s (the extra signs are in use since 2023).

Text is normalised before it is checked, so that a code typed or pasted in another form is still
found: compatibility forms (full-width digits and letters), digits of any script, every
dash-like character (hyphen U+2010, non-breaking hyphen U+2011, en and em dash, minus sign ...)
read as "-", invisible format characters (zero-width space, soft hyphen) dropped. A code with no
century sign, or a space or underscore in its place, counts when its date and check character
are right in some century.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
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
# After normalisation: the century sign may be missing or replaced by spaces or underscores.
_LOOSE = re.compile(
    r"(?<![0-9A-Z])(\d{6})[ _]*([-+A-FU-Y]?)[ _]*(\d{3})([0-9A-Z])(?![0-9A-Z])", re.ASCII
)
# Dash-like characters outside Unicode's dash punctuation (Pd) category.
_OTHER_DASHES = frozenset("\u2212\u2796\u2043\u02d7\u207b\u208b\u00ad")


class IdentityMatch(StrEnum):
    NONE = "none"
    LOOKS_LIKE = "looks_like"  # the shape of one, but the date or check character is wrong
    VALID = "valid"


def normalise(text: str) -> str:
    """``text`` upper-cased in the one form the check reads (see the module's docstring)."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFKC", text):
        if ch.isascii():
            out.append(ch)
            continue
        category = unicodedata.category(ch)
        if category == "Pd" or ch in _OTHER_DASHES:
            out.append("-")
        elif category == "Nd":
            out.append(str(unicodedata.digit(ch)))
        elif category == "Cf":
            continue
        elif category.startswith("Z"):
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out).upper()


def check_character(birth: str, individual: str) -> str:
    return CHECK_CHARACTERS[int(birth + individual) % 31]


def is_valid(code: str) -> bool:
    match = _CANDIDATE.fullmatch(normalise(code).strip())
    return match is not None and _valid_parts(*match.groups())


def _valid_parts(birth: str, sign: str, individual: str, check: str) -> bool:
    """Right date and check character; with no century sign, in any century."""
    centuries = (1800, 1900, 2000) if not sign else (CENTURIES.get(sign),)
    if individual in ("000", "001") or check_character(birth, individual) != check.upper():
        return False
    return any(_is_date(century, birth) for century in centuries if century is not None)


def _is_date(century: int, birth: str) -> bool:
    try:
        dt.date(century + int(birth[4:6]), int(birth[2:4]), int(birth[0:2]))
    except ValueError:
        return False
    return True


def find_identity_code(text: str) -> IdentityMatch:
    """Whether ``text`` holds a personal identity code, or something shaped like one."""
    found = IdentityMatch.NONE
    for match in _LOOSE.finditer(normalise(text)):
        if _valid_parts(*match.groups()):
            return IdentityMatch.VALID
        if match.group(2):
            # Only the written form with a century sign is taken for a mistyped code.
            found = IdentityMatch.LOOKS_LIKE
    return found
