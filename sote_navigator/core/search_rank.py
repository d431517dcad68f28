"""Best first: the order in which search hits are shown to a counsellor.

The index (db.search_candidates) hands over a bounded set of candidates; this module orders
them. A hit whose name is exactly the typed text comes first, then the services the typed
words mean by the search vocabulary (core.search_vocabulary: "neuvola", "hemtjänst"), in the
vocabulary's order, then names starting with it word for word, then names holding the typed
words as whole words (inflection allowed: "tandvård" ranks "Mun- och tandvård" before
"Tandvårdsjour"), then names starting with a word that begins with it, then names with words
that begin with each typed word, then names holding it inside a compound word, then hits only
by keywords, then by other text (a service's class, a location's address). Services the
words name (by name or keyword) come before everything else: the window is there to find a
service, and the many locations sharing its word would otherwise bury it. Within a tier: the
UI language's name before a match in another language, municipalities, services, providers
and locations in that order, shorter names first, then the name and the id, so that the same
query always gives the same order.

This runs for every candidate on every keystroke, so names are compared as prepared strings
(words separated by single spaces, one space around) with ``in`` and ``startswith``, which
run in C.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sote_navigator.core.normalize import fold
from sote_navigator.core.stemming import ENDINGS, base_forms, search_stems
from sote_navigator.core.vocabulary import EntityKind

(
    EXACT,
    VOCABULARY,
    VOCABULARY_CLASS,
    WHOLE_PREFIX,
    WHOLE,
    PREFIX,
    WORD,
    INNER,
    KEYWORD,
    OTHER,
) = range(10)
# The UI language's name counts before the finer tiers of a name holding the words: a name in
# the counsellor's language starting with a typed word before another language's whole word.
_GROUP = {
    EXACT: 0,
    VOCABULARY: 0,
    VOCABULARY_CLASS: 0,
    WHOLE_PREFIX: 1,
    WHOLE: 1,
    PREFIX: 1,
    WORD: 1,
    INNER: 2,
    KEYWORD: 3,
    OTHER: 4,
}
# Words shorter than this match only whole words (as db.search_candidates.MIN_PREFIX).
MIN_PREFIX = 2
# Words shorter than this are not looked for inside compound words (db.search_candidates too).
MIN_INNER = 4
KIND_ORDER = {
    EntityKind.MUNICIPALITY: 0,
    EntityKind.SERVICE: 1,
    EntityKind.PROVIDER: 2,
    EntityKind.LOCATION: 3,
}
# A service found through a class: its count of other classes weighs more than any name's length.
CLASS_PLACE = 100_000
# Exact matches are checked against every combination of the words' forms: up to this many.
MAX_EXACT_FORMS = 256

FoldedName = tuple[str, str]  # language, the name's words folded as " w1 w2 "
RankKey = tuple[int, int, int, int, int, int, str, str]

_GAPS = re.compile(r"[\W_]+")


def spaced(text: str) -> str:
    """``text`` folded and split into words as the index splits it: " w1 w2 "."""
    return " " + " ".join(w for w in _GAPS.split(fold(text)) if w) + " "


def lookups(word: str) -> tuple[str, ...]:
    """The forms a folded word is looked up under: itself and its stems, as prefixes."""
    if len(word) < MIN_PREFIX:
        return (word,)
    return tuple(dict.fromkeys([word, *search_stems(word)]))


@dataclass(frozen=True)
class RankQuery:
    """The typed words, folded, with the strings that tell how a name holds them."""

    words: tuple[str, ...]
    forms: tuple[tuple[str, ...], ...]  # each word and its stems
    starts: tuple[tuple[str, ...], ...]  # " form": where a name's word begins with it
    exact: frozenset[str]  # " a b ": the whole name, word for word (inflection removed)
    # Each word as a whole word of a name, in any of its base forms with or without an ending
    # (so "porvoo" finds the word "porvoon" whole, but "tandvård" not "tandvårdsjour").
    whole: tuple[re.Pattern[str], ...]
    # What each word is looked for as inside a name's word: its forms, or, for a word too
    # short to be looked for inside compound words (db.search_candidates.MIN_INNER), its starts.
    inside: tuple[tuple[str, ...], ...]
    language: str | None = None

    @classmethod
    def of(
        cls,
        typed: Sequence[str],
        language: str | None = None,
        forms: Sequence[Sequence[str]] | None = None,
    ) -> RankQuery:
        words = tuple(fold(w) for w in typed if w)
        found = tuple(tuple(f) for f in forms) if forms else tuple(lookups(w) for w in words)
        starts = tuple(
            (f" {w} ",) if len(w) < MIN_PREFIX else tuple(" " + f for f in word_forms)
            for w, word_forms in zip(words, found, strict=True)
        )
        exact: set[str] = set()
        bases = [base_forms(w) for w in words]
        for combination in itertools.islice(itertools.product(*bases), MAX_EXACT_FORMS):
            exact.add(" " + " ".join(combination) + " ")
        inside = tuple(
            word_forms if len(w) >= MIN_INNER else word_starts
            for w, word_forms, word_starts in zip(words, found, starts, strict=True)
        )
        whole = tuple(_whole_word(word_bases) for word_bases in bases)
        return cls(words, found, starts, frozenset(exact), whole, inside, language)


_ANY_ENDING = "(?:" + "|".join(map(re.escape, ENDINGS)) + ")?"


def _whole_word(bases: Sequence[str]) -> re.Pattern[str]:
    return re.compile(" (?:" + "|".join(map(re.escape, bases)) + ")" + _ANY_ENDING + " ")


def folded_names(names: Sequence[object]) -> tuple[FoldedName, ...]:
    """Each name of a localized text with its language, prepared for name_tier."""
    return tuple(
        (str(t.get("language", "")), spaced(str(t["value"])))
        for t in names
        if isinstance(t, dict) and t.get("value")
    )


def name_tier(query: RankQuery, name: str) -> int | None:
    """How well one prepared name matches the typed words, or None when it does not hold
    them all. Starting with the text means its first word starts with the first typed word
    and the others follow anywhere."""
    if name in query.exact:
        return EXACT
    if len(query.starts) == 1:  # most searches: one word, each check one call into C
        whole = query.whole[0]
        if whole.search(name):
            return WHOLE_PREFIX if whole.match(name) else WHOLE
        if any(map(name.startswith, query.starts[0])):
            return PREFIX
        if any(map(name.__contains__, query.starts[0])):
            return WORD
        return INNER if any(map(name.__contains__, query.inside[0])) else None
    if not all(any(s in name for s in starts) for starts in query.starts):
        return INNER if _inside(query, name) else None
    if all(whole.search(name) for whole in query.whole):
        return WHOLE_PREFIX if query.whole[0].match(name) else WHOLE
    return PREFIX if any(map(name.startswith, query.starts[0])) else WORD


def rank_key(
    query: RankQuery,
    kind: EntityKind,
    ref_id: str,
    names: tuple[FoldedName, ...],
    keywords: str = "",
) -> RankKey:
    """The sort key of one hit: by its best name, or by its ``keywords`` (the index's
    keyword text, prepared by ``spaced``) or other text when no name holds the words."""
    best: tuple[int, int, int, int, str] | None = None
    for language, name in names:
        tier = name_tier(query, name)
        if tier is None:
            continue
        other_language = 0 if query.language in (None, language) else 1
        candidate = (_GROUP[tier], other_language, tier, len(name), name)
        if best is None or candidate < best:
            best = candidate
    if best is None or best[2] >= INNER:
        # A keyword is a curated synonym: one the typed words are, whole (any language),
        # counts as naming the hit ("hammashoito" is dental care itself, before the names
        # that merely begin with it, such as its emergency service). Not so for a hit whose
        # name begins a compound word with the typed word: that names something narrower
        # ("Tandvårdsjour" holds the keyword "akut tandvård", yet "tandvård" is "Mun- och
        # tandvård" first).
        shown = _shown(query, names)
        if len(keywords) > 2 and all(whole.search(keywords) for whole in query.whole):
            best = (_GROUP[WHOLE], 0, WHOLE, len(shown), shown)
    if best is None:
        shown = _shown(query, names)
        tier = KEYWORD if _holds(query, keywords) else OTHER
        best = (_GROUP[tier], 0, tier, len(shown), shown)
    group, other_language, tier, length, name = best
    named_service = 0 if kind is EntityKind.SERVICE and tier <= KEYWORD else 1
    return (named_service, group, other_language, tier, KIND_ORDER[kind], length, name, ref_id)


def vocabulary_key(
    query: RankQuery,
    kind: EntityKind,
    ref_id: str,
    names: tuple[FoldedName, ...],
    place: int,
    *,
    by_class: bool = False,
) -> RankKey:
    """The sort key of a service the typed words mean by the search vocabulary: in the
    vocabulary's order (``place``, the one meant first), or, for a service found through a
    service class the words are tied to (``by_class``), after those, fewest other classes
    (``place``) first, then shortest name."""
    shown = _shown(query, names)
    if by_class:
        order = place * CLASS_PLACE + len(shown)
        return (0, 0, 0, VOCABULARY_CLASS, KIND_ORDER[kind], order, shown, ref_id)
    return (0, 0, 0, VOCABULARY, KIND_ORDER[kind], place, shown, ref_id)


def _inside(query: RankQuery, name: str) -> bool:
    return all(any(map(name.__contains__, inside)) for inside in query.inside)


def _holds(query: RankQuery, text: str) -> bool:
    return len(text) > 2 and all(any(map(text.__contains__, forms)) for forms in query.forms)


def _shown(query: RankQuery, names: tuple[FoldedName, ...]) -> str:
    for language, name in names:
        if language == query.language:
            return name
    return names[0][1] if names else ""
