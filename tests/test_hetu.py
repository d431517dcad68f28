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
