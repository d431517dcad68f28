"""A sentence of a wording table: one translatable text and where its %1, %2 … come from.

Each table maps a code (a ``Problem``, a finding ``Code``, a ``ReasonCode``…) to a ``Sentence``
whose text is written as ``QT_TRANSLATE_NOOP(context, "…")``, so that pyside6-lupdate extracts
it from the table and adding a code is one row and one translation. The text is looked up in the
table's context when it is worded, in the active language.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sote_navigator.i18n import arg, translate

Facts = Mapping[str, Any]
Fact = str | Callable[[Facts], object]
"""A fact's key (its value, or "" when it is missing), or a function of all the facts."""


def term(context: str, text: object) -> str:
    """A table's text (a ``QT_TRANSLATE_NOOP``, which PySide6 types as ``object``), translated."""
    return translate(context, str(text))  # i18n: not text (extracted from the table)


@dataclass(frozen=True)
class Sentence:
    text: object  # QT_TRANSLATE_NOOP(context, "…")
    facts: tuple[Fact, ...] = ()

    def word(self, context: str, facts: Facts) -> str:
        template = term(context, self.text)
        if not self.facts:
            return template
        values = [fact(facts) if callable(fact) else facts.get(fact, "") for fact in self.facts]
        return arg(template, *values)
