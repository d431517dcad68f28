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
from sote_navigator.exchange.findings import Code, Findings
from sote_navigator.exchange.ptv import limits
from sote_navigator.exchange.schema_check import Check, compile_definition
from sote_navigator.exchange.text_check import text_problems

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
    only run on a document whose shape is right."""
    found = findings if findings is not None else Findings()
    where = locate or default_locator(file)
    if not _text_errors(doc, where, found):
        return found
    if not _schema_errors(doc, where, found, progress):
        return found
    _content_errors(doc, where, found, progress)
    return found


def _text_errors(doc: Document, where: Locator, found: Findings) -> bool:
    before = found.errors
    for kind, index, (inner, code, facts) in text_problems(doc, ENTITY_LISTS):
        found.error(code, *where(kind, index, inner), **facts)
    return found.errors == before


def _schema_errors(
    doc: Document, where: Locator, found: Findings, progress: Progress | None
) -> bool:
    whole, per_entity = _checks()
    if whole(doc):
        return True
    before = found.errors
    top = {k: v for k, v in doc.items() if k not in ENTITY_LISTS or not isinstance(v, list)}
    for error in _validator(None).iter_errors(top):
        _schema_finding(found, where, "", None, list(error.absolute_path), error.message)
    for kind, definition in ENTITY_LISTS.items():
        items = doc.get(kind)
        if not isinstance(items, list):
            continue
        check = per_entity[kind]
        for index, item in enumerate(items):
            if index % 5000 == 0 and progress is not None:
                progress.check()
            if check(item):
                continue
            for error in _validator(definition).iter_errors(item):
                _schema_finding(found, where, kind, index, list(error.absolute_path), error.message)
    return found.errors == before


def _schema_finding(
    found: Findings, where: Locator, kind: str, index: int | None, path: list[Any], message: str
) -> None:
    file, place = where(kind, index, json_path(path))
    found.error(Code.SCHEMA, file, place, message=message[:300])


def _content_errors(
    doc: Document, where: Locator, found: Findings, progress: Progress | None
) -> None:
    keys: dict[str, set[str]] = {}
    for kind in ENTITY_LISTS:
        if kind == "memberships":
            continue
        key = KEY_OF.get(kind, "id")
        seen: set[str] = set()
        for index, item in enumerate(doc.get(kind, [])):
            value = item[key]
            if value in seen:
                found.error(Code.DUPLICATE_ID, *where(kind, index, f".{key}"), id=value)
            seen.add(value)
        keys[kind] = seen
    if progress is not None:
        progress.check()
    _references(doc, keys, where, found)
    _class_cycles(doc, where, found)
    if progress is not None:
        progress.check()
    _dates(doc, where, found)
    _business_ids(doc, where, found)
    _lengths(doc, where, found)
    _swedish(doc, where, found)
    _groups(doc, where, found)


# (list, field, target list, is a municipality code, many)
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


def _references(doc: Document, keys: dict[str, set[str]], where: Locator, found: Findings) -> None:
    for kind, dotted, target, municipal in _REFERENCES:
        known = keys[target]
        for index, item in enumerate(doc.get(kind, [])):
            value = _field(item, dotted)
            values = value if isinstance(value, list) else [value]
            for n, ref in enumerate(values):
                if ref is None or ref in known:
                    continue
                inner = f".{dotted}" + (f"[{n}]" if isinstance(value, list) else "")
                if municipal:
                    found.error(
                        Code.UNKNOWN_MUNICIPALITY, *where(kind, index, inner), municipality=ref
                    )
                else:
                    found.error(
                        Code.DANGLING_REFERENCE, *where(kind, index, inner), id=ref, target=target
                    )


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


def _dates(doc: Document, where: Locator, found: Findings) -> None:
    def check(value: Any, file_place: tuple[str, str]) -> None:
        if value is None:
            return
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            found.error(Code.INVALID_DATE, *file_place, value=value)

    check(doc["catalogue"].get("valid_from"), where("", None, ".catalogue.valid_from"))
    for kind, fields in _DATES:
        for index, item in enumerate(doc.get(kind, [])):
            for name in fields:
                check(item.get(name), where(kind, index, f".{name}"))


def _business_ids(doc: Document, where: Locator, found: Findings) -> None:
    for kind in ("organisers", "providers"):
        for index, item in enumerate(doc.get(kind, [])):
            value = item.get("business_id")
            if value is not None and not business_id.is_valid(value):
                found.error(
                    Code.INVALID_BUSINESS_ID, *where(kind, index, ".business_id"), value=value
                )


_TEXT_FIELDS = {
    "services": ("names", "descriptions", "keywords"),
    "providers": ("names",),
    "locations": ("names", "descriptions"),
}


def _lengths(doc: Document, where: Locator, found: Findings) -> None:
    for kind, fields in _TEXT_FIELDS.items():
        for index, item in enumerate(doc.get(kind, [])):
            for name in fields:
                for n, text in enumerate(item.get(name) or ()):
                    limit = limits.BY_TYPE.get(text.get("type") or "name", limits.NAME)
                    length = len(text["value"])
                    if length > limit:
                        # A warning: the catalogue still works; the text cannot go to PTV.
                        found.warning(
                            Code.TEXT_TOO_LONG,
                            *where(kind, index, f".{name}[{n}].value"),
                            length=length,
                            limit=limit,
                            language=text["language"],
                        )


def _swedish(doc: Document, where: Locator, found: Findings) -> None:
    bilingual = {
        m["code"] for m in doc.get("municipalities", []) if m["language_status"] in BILINGUAL
    }
    for index, item in enumerate(doc.get("locations", [])):
        municipality = _field(item, "address.municipality")
        if municipality not in bilingual or _source_lacks_swedish(item):
            continue
        if not any(t.get("language") == "sv" and t.get("value") for t in item["names"]):
            found.warning(
                Code.MISSING_SWEDISH,
                *where("locations", index, ".names"),
                municipality=municipality,
            )


def _source_lacks_swedish(item: Mapping[str, Any]) -> bool:
    """The record's source declares the languages it gives texts in, and Swedish is not one:
    a Swedish name cannot come from it (and is never invented), so none is asked for."""
    source = item.get("source")
    languages = source.get("languages") if isinstance(source, dict) else None
    return isinstance(languages, list) and bool(languages) and "sv" not in languages


def _groups(doc: Document, where: Locator, found: Findings) -> None:
    """Unknown group codes are warnings: a newer catalogue may know more groups. The engine
    never assumes a client is in a group it does not know."""
    for index, item in enumerate(doc.get("services", [])):
        for n, code in enumerate(item.get("target_groups") or ()):
            if code not in PTV_TARGET_GROUPS:
                place = where("services", index, f".target_groups[{n}]")
                found.warning(Code.UNKNOWN_TARGET_GROUP, *place, group=code)
        eligibility = item.get("eligibility") or {}
        for n, code in enumerate(eligibility.get("client_groups") or ()):
            if code not in CLIENT_GROUPS:
                place = where("services", index, f".eligibility.client_groups[{n}]")
                found.warning(Code.UNKNOWN_CLIENT_GROUP, *place, group=code)
