"""Light stemming of Finnish and Swedish search words.

A counsellor types inflected words ("hammashoitolan", "tandvården", "Borgåssa"). We do not
need linguistically correct stems, only prefixes that reach the base form: strip one common
case or article ending, and for long Finnish words also allow for consonant gradation
(hoito -> hoidon) by shortening the stem a little. Search then matches these as prefixes.
"""

from __future__ import annotations

from sote_navigator.core.normalize import fold

# Folded endings (ä -> a, ö -> o, å -> a), longest first.
_ENDINGS = sorted(
    {
        # Finnish cases, plural and possessive-like endings
        "issa",
        "ista",
        "ille",
        "illa",
        "ilta",
        "iksi",
        "ineen",
        "ihin",
        "iden",
        "itten",
        "jen",
        "ssa",
        "sta",
        "lla",
        "lta",
        "lle",
        "ksi",
        "tta",
        "ine",
        "hin",
        "seen",
        "ina",
        "ita",
        "ja",
        "na",
        "an",
        "en",
        "in",
        "on",
        "un",
        "yn",
        "ni",
        "si",
        "a",
        "n",
        "t",
        "i",
        # Swedish definite and plural forms, genitive
        "erna",
        "arna",
        "orna",
        "ens",
        "ets",
        "ans",
        "er",
        "ar",
        "or",
        "et",
        "s",
    },
    key=len,
    reverse=True,
)
# Public for the ranking's whole-word test (core.search_rank).
ENDINGS: tuple[str, ...] = tuple(_ENDINGS)
_MIN_STEM = 4


def base_forms(word: str) -> list[str]:
    """``word`` (folded) and every form of it with one known ending removed: the words an
    inflected word may have been typed for ("hammashoitolan" for "hammashoitola")."""
    w = fold(word)
    return [w] + [w[: -len(e)] for e in _ENDINGS if w.endswith(e) and len(w) - len(e) >= _MIN_STEM]


def search_stems(word: str) -> list[str]:
    """Prefixes under which ``word`` is looked up, most specific first."""
    w = fold(word)
    stems = [w]
    for ending in _ENDINGS:
        if w.endswith(ending) and len(w) - len(ending) >= _MIN_STEM:
            stems.append(w[: -len(ending)])
            break
    shortest = stems[-1]
    if len(shortest) >= 8:
        stems.append(shortest[:-2])
    # Keep only the shortest prefix of each chain: a longer one adds no matches.
    result: list[str] = []
    for s in sorted(set(stems), key=len):
        if not any(s.startswith(r) for r in result):
            result.append(s)
    return result
