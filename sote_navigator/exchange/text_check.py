"""Strings in a catalogue that cannot be stored or shown safely, found with their place.

Every string of the document is checked, keys and extra fields included, because the
catalogue keeps and exports extra fields unchanged:

- a lone surrogate (``"\\ud800"`` in JSON) is no character at all: it cannot be written as
  UTF-8, so neither the database nor an export could hold it;
- control characters other than newline and tab (NUL, escape, carriage return, the C1 controls
  U+0080 to U+009F) have no place in names and descriptions and can hide or garble text on a
  terminal or screen;
- ``MAX_TEXT_LENGTH`` is a hard limit. PTV's own limits are at most 2,500 characters (its
  descriptions, exchange/ptv/limits.py), and a longer text is only a warning (it cannot go
  back to PTV); the hard limit is eight times that, room for a maintainer's own long
  descriptions, while a text beyond it (say 100,000 characters in a name) is not catalogue
  content but a mistake or an attack that would flood every list, diff and window.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from sote_navigator.exchange.findings import Code

MAX_TEXT_LENGTH = 20_000
_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")

# (inner JSON path, code, facts)
TextProblem = tuple[str, Code, dict[str, object]]


def _string_problem(text: str) -> tuple[Code, dict[str, object]] | None:
    if len(text) > MAX_TEXT_LENGTH:
        return Code.TEXT_OVER_LIMIT, {"length": len(text), "limit": MAX_TEXT_LENGTH}
    if text.isprintable():
        return None
    found = _FORBIDDEN.search(text)
    if found is None:
        return None
    character = f"U+{ord(found.group()):04X}"
    if "\ud800" <= found.group() <= "\udfff":
        return Code.LONE_SURROGATE, {"character": character}
    return Code.CONTROL_CHARACTER, {"character": character}


def _suspect(value: Any) -> bool:
    """A fast pass without paths: does anything in ``value`` need a closer look?"""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if (not item.isprintable() or len(item) > MAX_TEXT_LENGTH) and _string_problem(item):
                return True
        elif isinstance(item, dict):
            for key in item:
                if (not key.isprintable() or len(key) > MAX_TEXT_LENGTH) and _string_problem(key):
                    return True
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def printable_key(key: str) -> str:
    """A key as it can be shown in a place: cut, with unprintable characters escaped."""
    short = key[:60] + ("\u2026" if len(key) > 60 else "")
    return "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in short)


def _scan(value: Any, inner: str) -> Iterator[TextProblem]:
    if isinstance(value, str):
        problem = _string_problem(value)
        if problem is not None:
            yield inner, *problem
    elif isinstance(value, dict):
        for key, item in value.items():
            place = f"{inner}.{printable_key(key)}"
            problem = _string_problem(key)
            if problem is not None:
                yield place, *problem
            yield from _scan(item, place)
    elif isinstance(value, list):
        for n, item in enumerate(value):
            yield from _scan(item, f"{inner}[{n}]")


def problems_in(value: Any) -> Iterator[TextProblem]:
    """Every bad string in one value (an entity, or ``{key: value}`` of the header)."""
    if _suspect(value):
        yield from _scan(value, "")


def text_problems(
    doc: Mapping[str, Any], lists: Mapping[str, str]
) -> Iterator[tuple[str, int | None, TextProblem]]:
    """(entity list or "", index, problem) for every bad string; ``lists`` names the entity
    lists, checked one entity at a time so that a finding names the entity."""
    for key, value in doc.items():
        if key in lists and isinstance(value, list):
            for index, item in enumerate(value):
                if _suspect(item):
                    for problem in _scan(item, ""):
                        yield key, index, problem
        elif _suspect({key: value}):
            for problem in _scan({key: value}, ""):
                yield "", None, problem
