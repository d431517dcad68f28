"""Localized catalogue text: lists of ``{language, value, type}`` as PTV publishes them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

LocalizedText = Sequence[Mapping[str, Any]]

# A text missing in the UI language is replaced in this order (the two national languages
# before English): the UI language first, then Swedish, Finnish, English.
FALLBACK = ("sv", "fi", "en")


def fallback_order(language: str) -> tuple[str, ...]:
    return (language, *(lang for lang in FALLBACK if lang != language))


def pick(texts: LocalizedText | None, language: str, text_type: str | None = None) -> str:
    """The text in ``language``, falling back along the national-language order."""
    if not texts:
        return ""
    candidates = [t for t in texts if text_type is None or t.get("type") == text_type]
    by_language: dict[str, str] = {}
    for t in candidates:
        lang = str(t.get("language", ""))
        value = str(t.get("value") or "")
        if value and lang not in by_language:
            by_language[lang] = value
    for lang in fallback_order(language):
        if lang in by_language:
            return by_language[lang]
    return next(iter(by_language.values()), "")


def pick_all(texts: LocalizedText | None, language: str) -> list[str]:
    """Every text in ``language`` (or, when there is none, in the first fallback that has
    some), in order: a list of sentences such as a location's accessibility."""
    values = [t for t in texts or () if t.get("value")]
    for lang in fallback_order(language):
        found = [str(t["value"]) for t in values if t.get("language") == lang]
        if found:
            return found
    return [str(t["value"]) for t in values]


def all_values(texts: LocalizedText | None) -> list[str]:
    return [str(t["value"]) for t in texts or () if t.get("value")]


def make(values: Mapping[str, str | None], text_type: str = "name") -> list[dict[str, str]]:
    return [
        {"language": lang, "value": value, "type": text_type}
        for lang, value in values.items()
        if value
    ]


def languages_of(texts: Iterable[Mapping[str, Any]]) -> set[str]:
    return {str(t.get("language")) for t in texts if t.get("value")}
