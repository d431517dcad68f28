"""Catalogue text made safe to show beside the application's own words.

Catalogue text comes from a file anyone can write. Two things in it can spoil what is around it:

- bidirectional text: a right-to-left override (U+202E) or Arabic or Hebrew letters reorder
  everything after them up to the end of the line, the application's own words included (an
  "[EXAMPLE DATA]" mark would read backwards). ``isolate`` wraps such a text in a first-strong
  isolate (U+2068 … U+2069), which closes every embedding or override opened inside it;
  text without any right-to-left character is returned as it is;
- very long text (a catalogue text may hold up to 20,000 characters): ``elide`` cuts it with
  "…" where it is listed; the details show it whole.
"""

from __future__ import annotations

import unicodedata

FSI = "\u2068"
PDI = "\u2069"
# Bidirectional classes that can reorder text after them.
_REORDERING = frozenset({"R", "AL", "RLE", "LRE", "RLO", "LRO", "PDF", "RLI", "LRI", "FSI", "PDI"})
LIST_LIMIT = 120
"""Characters of one catalogue text in a list row, a diff line or a heading: PTV allows names
of 100 characters, so no name from PTV is cut, and no text can stretch a list without end."""
TOOLTIP_LIMIT = 1000


def needs_isolation(text: str) -> bool:
    return not text.isascii() and any(unicodedata.bidirectional(ch) in _REORDERING for ch in text)


def isolate(text: str) -> str:
    """``text`` as its own bidirectional unit when it could reorder what follows it."""
    return f"{FSI}{text}{PDI}" if needs_isolation(text) else text


def elide(text: str, limit: int = LIST_LIMIT) -> str:
    """``text`` cut to ``limit`` characters, the last of them "…", when it is longer."""
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def shown(text: str, limit: int = LIST_LIMIT) -> str:
    """Catalogue text for a list, a label or a line of text: cut, then isolated."""
    return isolate(elide(text, limit))
