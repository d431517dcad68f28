"""Folding of names and search words so that "Borgå", "borga" and "BORGÅ" meet."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


# The letters with diacritics that Finnish and Swedish text holds, already folded: what
# the general rule below makes of them, without decomposing the whole text (search folds
# every name it ranks).
_NORDIC = str.maketrans("äöåéèüáàâêëïîôõóúùûñç", "aoaeeuaaaeeiiooouuunc")


def fold(text: str) -> str:
    """Case- and diacritic-insensitive form: 'Hämeenlinna' -> 'hameenlinna', 'Borgå' -> 'borga'."""
    quick = text.casefold().translate(_NORDIC)
    if quick.isascii():
        return quick
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def squash(text: str) -> str:
    """A name with everything but letters and digits removed, for forgiving comparisons."""
    return "".join(words(text))
