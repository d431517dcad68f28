"""Warning about personal identity codes in the pseudonymous client reference."""

from __future__ import annotations

import pytest

from sote_navigator.core.hetu import IdentityMatch, find_identity_code, is_valid

CODES = [
    # (text, valid code?, what find_identity_code says)
    ("131052-308T", True, IdentityMatch.VALID),
    ("131052-308t", True, IdentityMatch.VALID),
    ("010594Y9021", True, IdentityMatch.VALID),  # the 2023 century signs
    ("020594X903P", True, IdentityMatch.VALID),
    ("010101A123N", True, IdentityMatch.VALID),
    ("010101B123N", True, IdentityMatch.VALID),
    ("010150+123A", True, IdentityMatch.VALID),
    ("131052-308U", False, IdentityMatch.LOOKS_LIKE),  # wrong check character
    ("310299A123X", False, IdentityMatch.LOOKS_LIKE),  # 31 February
    ("131052G308T", False, IdentityMatch.NONE),  # G is no century sign
    ("131052-000T", False, IdentityMatch.LOOKS_LIKE),  # individual number 000 is never given
    ("asiakas 131052-308T, soitto", False, IdentityMatch.VALID),  # inside other text
    ("ASIAKAS-0042", False, IdentityMatch.NONE),
    ("2026-03-0412", False, IdentityMatch.NONE),
    ("", False, IdentityMatch.NONE),
]


@pytest.mark.parametrize(("text", "valid", "found"), CODES, ids=[c[0] or "empty" for c in CODES])
def test_identity_codes(text: str, valid: bool, found: IdentityMatch) -> None:
    assert is_valid(text) is valid
    assert find_identity_code(text) is found


DISGUISED = [
    "131052\u2013308T",  # en dash
    "131052\u2014308T",  # em dash
    "131052\u2010308T",  # hyphen
    "131052\u2011308T",  # non-breaking hyphen
    "131052\u2212308T",  # minus sign
    "131052\ufe63308T",  # small hyphen-minus
    "131052\uff0d308T",  # full-width hyphen-minus
    "131052308T",  # no separator
    "131052 308T",  # a space
    "131052\u00a0308T",  # a no-break space
    "131052_308T",  # an underscore
    "\uff11\uff13\uff11\uff10\uff15\uff12-\uff13\uff10\uff18\uff34",  # full-width
    "\u0661\u0663\u0661\u0660\u0665\u0662-\u0663\u0660\u0668T",  # Arabic-Indic digits
    "131052-\u200b308T",  # a zero-width space inside
    "asiakas 131052\u2013308t soitti",
]


@pytest.mark.parametrize("text", DISGUISED, ids=[ascii(t) for t in DISGUISED])
def test_a_disguised_identity_code_is_still_found(text: str) -> None:
    assert find_identity_code(text) is IdentityMatch.VALID


NOT_CODES = [
    "puh. 040 123 4567",
    "käynti 13.10.2026 klo 12",
    "2026-03-0412",
    "viite 1310523080",  # ten digits whose check character is wrong
    "131052 308U",  # no century sign and a wrong check character: not taken for a code
]


@pytest.mark.parametrize("text", NOT_CODES)
def test_ordinary_notes_are_not_taken_for_identity_codes(text: str) -> None:
    assert find_identity_code(text) is IdentityMatch.NONE
