"""The words counsellors and clients use for services, and what each of them means.

A counsellor types what the client says: "neuvola", "vanhainkoti", "hemtjänst",
"terveyskeskuslääkäri". Few of these are a service's name. The search vocabulary
(``data/vocabulary.csv``, one term a row, with its language and source) ties each term to the
services it means, by service id, and to national service classes (ptvserclass2), so that a
catalogue whose services have other ids (a PTV import) is served too.

This module only reads the file and tells which terms the typed words are. Folded and
inflection-tolerant: the typed words match a term when they are its words in some base form
(core.stemming: "neuvolaan", "hemtjänsten"), or, for the last word, when the word's stem
reaches the term but for a few letters (consonant gradation: "terveyskeskukseen",
"vanhainkodissa"). A term is matched whole: "hammaslää" is no term yet.
"""

from __future__ import annotations

import bisect
import csv
import functools
import io
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sote_navigator.core.normalize import words
from sote_navigator.core.stemming import base_forms, search_stems

# Service classes are given by their ptvserclass2 code in the file and stored as URIs (codes
# were reused with other meanings between versions 1 and 2 of the classification).
CLASS_URI = "http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/"
COLUMNS = ("term", "language", "services", "classes", "source")
LANGUAGES = frozenset({"fi", "sv", "en"})
# At most this many combinations of the typed words' base forms are looked up.
MAX_FORMS = 64
# The last typed word's stem reaches a term when only this many letters are left over
# ("terveyskesk|us" for "terveyskeskukseen"), and the stem has at least MIN_NEAR letters.
NEAR_LETTERS = 3
MIN_NEAR = 6


class VocabularyError(ValueError):
    """The vocabulary file is not what it should be (says which row and why)."""


@dataclass(frozen=True)
class Term:
    text: str
    language: str
    services: tuple[str, ...]  # service ids, the one meant first
    classes: tuple[str, ...]  # ptvserclass2 URIs
    source: str

    @property
    def key(self) -> str:
        return key_of(self.text)


@dataclass(frozen=True)
class Meaning:
    """What the typed words mean: the services and classes of the terms they are."""

    terms: tuple[Term, ...]
    services: tuple[str, ...]
    classes: tuple[str, ...]
    # For each of ``services``, every term meaning it, as " w1 w2 ": in a catalogue whose
    # services have other ids, a service whose name holds one of them is the one meant.
    aliases: tuple[frozenset[str], ...] = ()

    def named_exactly(self, by_name: Mapping[str, Sequence[str]]) -> dict[str, int]:
        """The services (by id, from ``by_name``: each folded name " w1 w2 " -> the ids of
        the services so named) whose name is a term of the meaning, with the place of the
        meaning's service it names: "Tehostettu palveluasuminen" is 24-hour service housing."""
        found: dict[str, int] = {}
        for place, spaced_terms in enumerate(self.aliases):
            for term in spaced_terms:
                for service_id in by_name.get(term, ()):
                    found.setdefault(service_id, place)
        return found

    def named_partly(self, names: str) -> int | None:
        """The place of the meaning's service that one of ``names`` (folded, " w1 w2 ",
        joined) holds a term of, if any: "Tehostettu palveluasuminen, Porvoo" (less surely
        than a name that is the term: "Jour för mun- och tandvård" holds "mun- och
        tandvård")."""
        for place, holding in enumerate(self._holding):
            if holding.search(names):
                return place
        return None

    @functools.cached_property
    def _holding(self) -> tuple[re.Pattern[str], ...]:
        return tuple(
            re.compile("|".join(re.escape(t) for t in sorted(terms))) for terms in self.aliases
        )


def key_of(text: str) -> str:
    """A term's words folded and joined: "A-klinikka", "a klinikka" and "aklinikka" meet."""
    return "".join(words(text))


def class_uri(code_or_uri: str) -> str:
    return code_or_uri if "://" in code_or_uri else CLASS_URI + code_or_uri


class Vocabulary:
    def __init__(self, terms: Iterable[Term]) -> None:
        self.terms = tuple(terms)
        self._by_key: dict[str, list[Term]] = {}
        for term in self.terms:
            if term.key:
                self._by_key.setdefault(term.key, []).append(term)
        self._keys = sorted(self._by_key)
        aliases: dict[str, set[str]] = {}
        for term in self.terms:
            for service_id in term.services:
                aliases.setdefault(service_id, set()).add(" " + " ".join(words(term.text)) + " ")
        self._aliases = {k: frozenset(v) for k, v in aliases.items()}

    def __len__(self) -> int:
        return len(self.terms)

    @classmethod
    def parse(cls, text: str, where: str = "vocabulary") -> Vocabulary:
        reader = csv.DictReader(io.StringIO(text))
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise VocabularyError(f"{where}: the columns must be {', '.join(COLUMNS)}")
        terms = []
        for row in reader:
            line = reader.line_num
            term = (row["term"] or "").strip()
            language = (row["language"] or "").strip()
            services = tuple((row["services"] or "").split())
            classes = tuple(class_uri(c) for c in (row["classes"] or "").split())
            source = (row["source"] or "").strip()
            if not key_of(term):
                raise VocabularyError(f"{where}, line {line}: no term")
            if language not in LANGUAGES:
                raise VocabularyError(f"{where}, line {line}: language {language!r}")
            if not services and not classes:
                raise VocabularyError(f"{where}, line {line}: {term!r} means no service or class")
            if not source:
                raise VocabularyError(f"{where}, line {line}: {term!r} has no source")
            terms.append(Term(term, language, services, classes, source))
        return cls(terms)

    @classmethod
    def read(cls, path: Path) -> Vocabulary:
        return cls.parse(path.read_text(encoding="utf-8"), str(path))

    def meaning(self, typed: Sequence[str]) -> Meaning | None:
        """What the typed words (folded, as core.normalize.words gives them) mean, or None
        when they are no term of the vocabulary."""
        typed = [w for w in typed if w]
        if not typed or not self._by_key:
            return None
        found = self._exact(typed) or self._near(typed)
        if not found:
            return None
        services = tuple(dict.fromkeys(s for t in found for s in t.services))
        classes = tuple(dict.fromkeys(c for t in found for c in t.classes))
        aliases = tuple(self._aliases.get(s, frozenset()) for s in services)
        return Meaning(tuple(found), services, classes, aliases)

    def _exact(self, typed: Sequence[str]) -> list[Term]:
        found: dict[int, Term] = {}
        forms = itertools.product(*(base_forms(w) for w in typed))
        for combination in itertools.islice(forms, MAX_FORMS):
            for term in self._by_key.get("".join(combination), ()):
                found.setdefault(id(term), term)
        return list(found.values())

    def _near(self, typed: Sequence[str]) -> list[Term]:
        found: dict[int, Term] = {}
        stems = [s for s in search_stems(typed[-1]) if len(s) >= MIN_NEAR]
        if not stems:
            return []
        heads = itertools.product(*(base_forms(w) for w in typed[:-1]))
        for head in itertools.islice(heads, MAX_FORMS):
            for stem in stems:
                start = "".join(head) + stem
                at = bisect.bisect_left(self._keys, start)
                while at < len(self._keys) and self._keys[at].startswith(start):
                    key = self._keys[at]
                    if len(key) - len(start) <= NEAR_LETTERS:
                        for term in self._by_key[key]:
                            found.setdefault(id(term), term)
                    at += 1
        return list(found.values())


EMPTY = Vocabulary(())
