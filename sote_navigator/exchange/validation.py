"""Everything wrong with a native catalogue document, found before anything is written."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator

from sote_navigator.core import business_id
from sote_navigator.core.client_groups import CLIENT_GROUPS, PTV_TARGET_GROUPS
from sote_navigator.core.progress import Progress
from sote_navigator.exchange.entity_lists import EntityList
from sote_navigator.exchange.findings import Code, Findings
from sote_navigator.exchange.ptv import limits
from sote_navigator.exchange.schema_check import Check, compile_definition
from sote_navigator.exchange.text_check import problems_in

Document = Mapping[str, Any]
# (entity list, index, path inside the entity) → (file, place): PTV merges point back at
# the PTV object an entity came from.
Locator = Callable[[str, int | None, str], tuple[str, str]]

ENTITY_LISTS: dict[str, str] = {
    "organisers": "organiser",
    "regional_units": "regional_unit",
    "municipalities": "municipality",
    "memberships": "membership",
    "former_municipalities": "former_municipality",
    "service_classes": "service_class",
    "services": "service",
    "providers": "provider",
    "locations": "location",
    "offerings": "offering",
    "contact_routes": "contact_route",
}
KEY_OF = {"municipalities": "code", "former_municipalities": "code", "service_classes": "uri"}
BILINGUAL = {"bilingual_fi", "bilingual_sv"}


@cache
def schema() -> dict[str, Any]:
    text = resources.files("sote_navigator.exchange").joinpath("catalogue.schema.json")
    loaded: dict[str, Any] = json.loads(text.read_text(encoding="utf-8"))
    return loaded


@cache
def _checks() -> tuple[Check, dict[str, Check]]:
    root = schema()
    return compile_definition(root, None), {
        name: compile_definition(root, d) for name, d in ENTITY_LISTS.items()
    }


@cache
def _validator(definition: str | None) -> Draft202012Validator:
    root = schema()
    if definition is None:
        return Draft202012Validator(root)
    return Draft202012Validator({"$ref": f"#/$defs/{definition}", "$defs": root["$defs"]})


def json_path(parts: Iterable[str | int]) -> str:
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


def default_locator(file: str) -> Locator:
    def locate(kind: str, index: int | None, inner: str) -> tuple[str, str]:
        return file, "$" + (f".{kind}" if kind else "") + (
            f"[{index}]" if index is not None else ""
        ) + inner

    return locate


def validate(
    doc: Document,
    file: str,
    *,
    locate: Locator | None = None,
    progress: Progress | None = None,
    findings: Findings | None = None,
) -> Findings:
    """Strings first (every later finding may quote one), then the schema; the content checks
    only run on a document whose shape is right.

    Each entity list is read once, one entity at a time (an EntityList parses a batch at a
    time), and every check of an entity is made in that one pass; the findings are kept per
    check and reported in the order of the checks: all text findings, else all schema
    findings, else the content findings.
    """
    found = findings if findings is not None else Findings()
    run = _Run(doc, locate or default_locator(file), progress)
    run.header()
    for kind in ENTITY_LISTS:
        items = doc.get(kind)
        if isinstance(items, list | EntityList):
            run.entities(kind, items)
    run.after_entities()
    for bucket in run.results():
        found.merge(bucket)
    return found


def _is_list(value: Any) -> bool:
    return isinstance(value, list | EntityList)


_ORDER = tuple(ENTITY_LISTS)


class _Run:
    """One validation: the checks of each entity, made as the entities go by."""

    def __init__(self, doc: Document, where: Locator, progress: Progress | None) -> None:
        self.doc = doc
        self.where = where
        self.progress = progress
        self.position = {key: n for n, key in enumerate(doc)}
        self.text: dict[int, Findings] = {}
        self.schema: dict[str, Findings] = {}
        self.content: dict[tuple[Any, ...], Findings] = {}
        self.keys: dict[str, set[str]] = {}
        self.bilingual: set[str] = set()
        self.classes: list[Mapping[str, Any]] = []
        # References to a list not read yet (a class's parent): checked after it.
        self.deferred: dict[int, list[tuple[int, Any]]] = {}

    # --- the buckets -------------------------------------------------------------------

    def _bucket(self, table: dict[Any, Findings], key: Any) -> Findings:
        bucket = table.get(key)
        if bucket is None:
            bucket = table[key] = Findings()
        return bucket

    @property
    def shape_ok(self) -> bool:
        return not any(b.errors for b in self.text.values()) and not any(
            b.errors for b in self.schema.values()
        )

    def results(self) -> list[Findings]:
        text = [self.text[n] for n in sorted(self.text)]
        if any(b.errors for b in text):
            return text
        schema = [self.schema[k] for k in ("", *ENTITY_LISTS) if k in self.schema]
        if any(b.errors for b in schema):
            return schema
        return [self.content[k] for k in sorted(self.content)]

    # --- the header ----------------------------------------------------------------------

    def header(self) -> None:
        top = {k: v for k, v in self.doc.items() if k not in ENTITY_LISTS or not _is_list(v)}
        for key, value in top.items():
            bucket = self._bucket(self.text, self.position[key])
            for inner, code, facts in problems_in({key: value}):
                bucket.error(code, *self.where("", None, inner), **facts)
        whole, _ = _checks()
        if not whole(top):
            bucket = self._bucket(self.schema, "")
            for error in _validator(None).iter_errors(top):
                _schema_finding(
                    bucket, self.where, "", None, list(error.absolute_path), error.message
                )
        if self.shape_ok:
            self._date(
                self.doc["catalogue"].get("valid_from"), (4, 0), "", None, ".catalogue.valid_from"
            )

    # --- one entity list ---------------------------------------------------------------

    def entities(self, kind: str, items: Iterable[Any]) -> None:
        _, per_entity = _checks()
        check = per_entity[kind]
        definition = ENTITY_LISTS[kind]
        text = self._bucket(self.text, self.position[kind])
        schema = self._bucket(self.schema, kind)
        key = KEY_OF.get(kind, "id")
        seen: set[str] = set()
        clean = self.shape_ok
        for index, item in enumerate(items):
            if index % 5000 == 0 and self.progress is not None:
                self.progress.check()
            for inner, code, facts in problems_in(item):
                text.error(code, *self.where(kind, index, inner), **facts)
            if not check(item):
                for error in _validator(definition).iter_errors(item):
                    _schema_finding(
                        schema, self.where, kind, index, list(error.absolute_path), error.message
                    )
            if text.errors or schema.errors or not clean:
                continue
            if kind != "memberships":
                value = item[key]
                if value in seen:
                    self._bucket(self.content, (1, _ORDER.index(kind))).error(
                        Code.DUPLICATE_ID, *self.where(kind, index, f".{key}"), id=value
                    )
                seen.add(value)
            self._item(kind, index, item)
        if kind != "memberships":
            self.keys[kind] = seen
        if self.shape_ok:
            for rule, refs in sorted(self.deferred.items()):
                if _REFERENCES[rule][2] == kind:
                    for index, item in refs:
                        self._references(rule, index, item)
                    del self.deferred[rule]

    def after_entities(self) -> None:
        if not self.shape_ok:
            return
        for rule in sorted(self.deferred):  # a list the document does not have
            for index, item in self.deferred[rule]:
                self._references(rule, index, item)
        bucket = self._bucket(self.content, (3, 0))
        _class_cycles({"service_classes": self.classes}, self.where, bucket)

    def _item(self, kind: str, index: int, item: Mapping[str, Any]) -> None:
        for rule in _RULES_OF.get(kind, ()):
            target = _REFERENCES[rule][2]
            if target in self.keys or _ORDER.index(target) < _ORDER.index(kind):
                self._references(rule, index, item)
            else:
                self.deferred.setdefault(rule, []).append((index, item))
        if kind == "service_classes":
            self.classes.append(item)
        elif kind == "municipalities" and item["language_status"] in BILINGUAL:
            self.bilingual.add(item["code"])
        elif kind in _DATE_FIELDS:
            n, names = _DATE_FIELDS[kind]
            for name in names:
                self._date(item.get(name), (4, n), kind, index, f".{name}")
        if kind in ("organisers", "providers"):
            self._business_id(kind, index, item)
        if kind in _TEXT_FIELDS:
            self._lengths(kind, index, item)
        if kind == "locations":
            self._swedish(index, item)
        elif kind == "services":
            self._groups(index, item)

    def _references(self, rule: int, index: int, item: Mapping[str, Any]) -> None:
        kind, dotted, target, municipal = _REFERENCES[rule]
        known = self.keys.get(target, set())
        value = _field(item, dotted)
        values = value if isinstance(value, list) else [value]
        for n, ref in enumerate(values):
            if ref is None or ref in known:
                continue
            bucket = self._bucket(self.content, (2, rule))
            inner = f".{dotted}" + (f"[{n}]" if isinstance(value, list) else "")
            if municipal:
                bucket.error(
                    Code.UNKNOWN_MUNICIPALITY, *self.where(kind, index, inner), municipality=ref
                )
            else:
                bucket.error(
                    Code.DANGLING_REFERENCE, *self.where(kind, index, inner), id=ref, target=target
                )

    def _date(
        self, value: Any, bucket: tuple[int, int], kind: str, index: int | None, inner: str
    ) -> None:
        if value is None:
            return
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            self._bucket(self.content, bucket).error(
                Code.INVALID_DATE, *self.where(kind, index, inner), value=value
            )

    def _business_id(self, kind: str, index: int, item: Mapping[str, Any]) -> None:
        value = item.get("business_id")
        if value is not None and not business_id.is_valid(value):
            self._bucket(self.content, (5, _ORDER.index(kind))).error(
                Code.INVALID_BUSINESS_ID, *self.where(kind, index, ".business_id"), value=value
            )

    def _lengths(self, kind: str, index: int, item: Mapping[str, Any]) -> None:
        for name in _TEXT_FIELDS[kind]:
            for n, text in enumerate(item.get(name) or ()):
                limit = limits.BY_TYPE.get(text.get("type") or "name", limits.NAME)
                length = len(text["value"])
                if length > limit:
                    # A warning: the catalogue still works; the text cannot go to PTV.
                    self._bucket(self.content, (6, _ORDER.index(kind))).warning(
                        Code.TEXT_TOO_LONG,
                        *self.where(kind, index, f".{name}[{n}].value"),
                        length=length,
                        limit=limit,
                        language=text["language"],
                    )

    def _swedish(self, index: int, item: Mapping[str, Any]) -> None:
        municipality = _field(item, "address.municipality")
        if municipality not in self.bilingual or _source_lacks_swedish(item):
            return
        if not any(t.get("language") == "sv" and t.get("value") for t in item["names"]):
            self._bucket(self.content, (7, 0)).warning(
                Code.MISSING_SWEDISH,
                *self.where("locations", index, ".names"),
                municipality=municipality,
            )

    def _groups(self, index: int, item: Mapping[str, Any]) -> None:
        """Unknown group codes are warnings: a newer catalogue may know more groups. The
        engine never assumes a client is in a group it does not know."""
        bucket = (8, 0)
        for n, code in enumerate(item.get("target_groups") or ()):
            if code not in PTV_TARGET_GROUPS:
                place = self.where("services", index, f".target_groups[{n}]")
                self._bucket(self.content, bucket).warning(
                    Code.UNKNOWN_TARGET_GROUP, *place, group=code
                )
        eligibility = item.get("eligibility") or {}
        for n, code in enumerate(eligibility.get("client_groups") or ()):
            if code not in CLIENT_GROUPS:
                place = self.where("services", index, f".eligibility.client_groups[{n}]")
                self._bucket(self.content, bucket).warning(
                    Code.UNKNOWN_CLIENT_GROUP, *place, group=code
                )


def _source_lacks_swedish(item: Mapping[str, Any]) -> bool:
    """The record's source declares the languages it gives texts in, and Swedish is not one:
    a Swedish name cannot come from it (and is never invented), so none is asked for."""
    source = item.get("source")
    languages = source.get("languages") if isinstance(source, dict) else None
    return isinstance(languages, list) and bool(languages) and "sv" not in languages


def _schema_finding(
    found: Findings, where: Locator, kind: str, index: int | None, path: list[Any], message: str
) -> None:
    file, place = where(kind, index, json_path(path))
    found.error(Code.SCHEMA, file, place, message=message[:300])


# (list, field, target list, is a municipality code)
_REFERENCES = (
    ("regional_units", "organiser", "organisers", False),
    ("memberships", "municipality", "municipalities", True),
    ("memberships", "regional_unit", "regional_units", False),
    ("former_municipalities", "merged_into", "municipalities", True),
    ("service_classes", "parent", "service_classes", False),
    ("services", "classes", "service_classes", False),
    ("providers", "organiser", "organisers", False),
    ("locations", "provider", "providers", False),
    ("locations", "address.municipality", "municipalities", True),
    ("offerings", "service", "services", False),
    ("offerings", "location", "locations", False),
    ("offerings", "provider", "providers", False),
    ("offerings", "regional_units", "regional_units", False),
    ("contact_routes", "service", "services", False),
    ("contact_routes", "organiser", "organisers", False),
    ("contact_routes", "provider", "providers", False),
)


def _field(item: Mapping[str, Any], dotted: str) -> Any:
    value: Any = item
    for part in dotted.split("."):
        value = value.get(part) if isinstance(value, Mapping) else None
    return value


def _class_cycles(doc: Document, where: Locator, found: Findings) -> None:
    """A class that is its own ancestor: the class tree would silently lose its subtree."""
    classes = doc.get("service_classes", [])
    parent_of = {c["uri"]: c.get("parent") for c in classes}
    index_of = {c["uri"]: n for n, c in enumerate(classes)}
    code_of = {c["uri"]: c.get("code") or c["uri"] for c in classes}
    settled: set[str] = set()
    for start in parent_of:
        chain: list[str] = []
        uri: str | None = start
        while uri is not None and uri in parent_of and uri not in settled and uri not in chain:
            chain.append(uri)
            uri = parent_of[uri]
        if uri is not None and uri in chain:
            cycle = chain[chain.index(uri) :]
            path = " \u2192 ".join(code_of[u] for u in [*cycle, uri])
            found.error(
                Code.CLASS_CYCLE, *where("service_classes", index_of[uri], ".parent"), path=path
            )
        settled.update(chain)


_DATES = (
    ("memberships", ("valid_from", "valid_to")),
    ("former_municipalities", ("merged_on",)),
)


# The bucket of each list's dates: after the header's (4, 0).
_DATE_FIELDS = {kind: (n, names) for n, (kind, names) in enumerate(_DATES, start=1)}
_RULES_OF: dict[str, tuple[int, ...]] = {}
for _rule, (_source, *_) in enumerate(_REFERENCES):
    _RULES_OF[_source] = (*_RULES_OF.get(_source, ()), _rule)

_TEXT_FIELDS = {
    "services": ("names", "descriptions", "keywords"),
    "providers": ("names",),
    "locations": ("names", "descriptions"),
}
