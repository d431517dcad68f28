"""Finding strings of the previous UI language in a window, from the .ts translation pairs.

A string is a leftover when it reads as the old language's translation of some message (the
whole string or one of its lines or parts, placeholders matching anything) and the new
language words that message differently. Catalogue names given as {language: value} pairs
count too: a Finnish name left in a Swedish window is a leftover (when it is the whole text,
or one part of it: names inside sentences, "e.g. Porvoo, Borgå", are examples, not leftovers).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from tools import linguist
from tools.ui_text import plain

_PLACEHOLDER = re.compile(r"%L?\d|%L?n")
_PARTS = re.compile(r"\n| \u2014 | \u2013 | \u00b7 | \| ")
_LETTERS = re.compile(r"[^\W\d_]{3,}")


def _wordings(language: str) -> dict[tuple[str, str, str], list[str]]:
    """How ``language`` words each message; English is the source, its plurals in en.ts."""
    every = linguist.read_ts(linguist.ts_path("fi"))
    if language in linguist.PLURAL_ONLY:
        plurals = {m.key: m.translations for m in linguist.read_ts(linguist.ts_path(language))}
        return {m.key: plurals.get(m.key) or [m.source] for m in every}
    return {m.key: m.translations for m in linguist.read_ts(linguist.ts_path(language))}


def _pairs(old: str, new: str) -> list[tuple[str, set[str]]]:
    """(old wording, new wordings) for every message."""
    old_words, new_words = _wordings(old), _wordings(new)
    return [
        (plain(text), {plain(t) for t in new_words.get(key, [])})
        for key, texts in old_words.items()
        for text in texts
        if text
    ]


def _pattern(template: str) -> re.Pattern[str] | None:
    literal = _PLACEHOLDER.sub("", template)
    if not _LETTERS.search(literal):
        return None  # nothing of a language in it ("%1: %2")
    out: list[str] = []
    position = 0
    for match in _PLACEHOLDER.finditer(template):
        out.append(re.escape(template[position : match.start()]))
        # %n is a number (with separators); %1 is anything.
        out.append(r"[\d\s\u00a0\u202f.,]+" if match.group(0).endswith("n") else "(?:.+?)")
        position = match.end()
    out.append(re.escape(template[position:]))
    return re.compile("".join(out), re.DOTALL)


@dataclass
class LeftoverFinder:
    old: str
    new: str

    def __post_init__(self) -> None:
        self._patterns: list[tuple[re.Pattern[str], str]] = []
        for old_text, new_texts in _pairs(self.old, self.new):
            if old_text in new_texts:
                continue  # the same in both languages ("Sote Navigator")
            pattern = _pattern(old_text)
            if pattern is not None and not any(pattern.fullmatch(t) for t in new_texts):
                self._patterns.append((pattern, old_text))
        self._names: set[str] = set()

    def add_names(self, names: Iterable[Mapping[str, str]]) -> None:
        """Catalogue texts as {language: value}: the old language's value is a leftover."""
        for by_language in names:
            old, new = by_language.get(self.old), by_language.get(self.new)
            if old and new and old != new:
                self._names.add(old)

    def find(self, strings: Iterable[str]) -> list[tuple[str, str]]:
        """(shown string, the old-language text it matched) for every leftover."""
        found: list[tuple[str, str]] = []
        for shown in strings:
            candidates = [shown, *(p.strip() for p in _PARTS.split(shown) if p.strip())]
            hit = next(
                (
                    old
                    for pattern, old in self._patterns
                    for c in candidates
                    if pattern.fullmatch(c)
                ),
                None,
            )
            if hit is None:
                hit = next((c for c in candidates if c in self._names), None)
            if hit is not None:
                found.append((shown, hit))
        return found
