"""Folding of names and search words so that "Borgå", "borga" and "BORGÅ" meet."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def fold(text: str) -> str:
    """Case- and diacritic-insensitive form: 'Hämeenlinna' -> 'hameenlinna', 'Borgå' -> 'borga'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def squash(text: str) -> str:
    """A name with everything but letters and digits removed, for forgiving comparisons."""
    return "".join(words(text))
