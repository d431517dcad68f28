"""Validation finds what is wrong, where, before anything is written."""

from __future__ import annotations

import copy
import random
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from sote_navigator.exchange import validation
from sote_navigator.exchange.findings import Code, Severity
from tests.catalogue_factory import small_catalogue
from tests.paths import ROOT


def codes(doc: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(f.code.value, f.severity.value, f.place) for f in validation.validate(doc, "f.json")]


def test_the_small_catalogue_is_valid() -> None:
    assert codes(small_catalogue()) == []


def test_schema_errors_name_their_json_path() -> None:
    doc = small_catalogue()
    doc["services"][1]["level"] = "somewhere"
    doc["locations"][0]["hours"][0]["opens"] = "8 am"
    found = codes(doc)
    assert ("schema", "error", "$.services[1].level") in found
    assert ("schema", "error", "$.locations[0].hours[0].opens") in found


def test_content_errors_are_found_with_their_place() -> None:
    doc = small_catalogue()
    doc["services"].append(copy.deepcopy(doc["services"][0]))
    doc["offerings"][0]["location"] = "loc-nowhere"
    doc["locations"][0]["address"]["municipality"] = "999"
    doc["providers"][1]["business_id"] = "0112038-8"
    doc["memberships"][0]["valid_from"] = "2023-02-30"
    found = codes(doc)
    assert ("duplicate_id", "error", "$.services[2].id") in found
    assert ("dangling_reference", "error", "$.offerings[0].location") in found
    assert ("unknown_municipality", "error", "$.locations[0].address.municipality") in found
    assert ("invalid_business_id", "error", "$.providers[1].business_id") in found
    assert ("invalid_date", "error", "$.memberships[0].valid_from") in found


def test_ptv_length_limits_and_missing_swedish_are_warnings() -> None:
    doc = small_catalogue()
    doc["services"][0]["names"][0]["value"] = "N" * 101
    doc["services"][0]["descriptions"][0]["value"] = "S" * 151
    doc["locations"][0]["names"] = [{"language": "fi", "value": "Vain suomeksi", "type": "name"}]
    found = codes(doc)
    assert ("text_too_long", "warning", "$.services[0].names[0].value") in found
    assert ("text_too_long", "warning", "$.services[0].descriptions[0].value") in found
    assert ("missing_swedish", "warning", "$.locations[0].names") in found


@pytest.mark.parametrize(
    ("languages", "warned"),
    [(["fi"], False), (["fi", "en"], False), (["fi", "sv"], True), ([], True), (None, True)],
)
def test_a_source_that_gives_no_swedish_is_not_asked_for_a_swedish_name(
    languages: list[str] | None, warned: bool
) -> None:
    """A location whose source declares it gives its texts in Finnish only cannot have a
    sourced Swedish name; without that declaration a missing Swedish name is still a warning."""
    doc = small_catalogue()
    doc["locations"][0]["names"] = [{"language": "fi", "value": "Vain suomeksi", "type": "name"}]
    source: dict[str, Any] = {"name": "A sheet in Finnish", "url": None}
    if languages is not None:
        source["languages"] = languages
    doc["locations"][0]["source"] = source
    found = codes(doc)
    assert (("missing_swedish", "warning", "$.locations[0].names") in found) is warned
    assert [f for f in found if f[1] == "error"] == []


def test_findings_stay_bounded_for_a_hostile_document() -> None:
    doc = small_catalogue()
    doc["offerings"] = [
        {**doc["offerings"][0], "id": f"o{n}", "service": "nope"} for n in range(5000)
    ]
    found = validation.validate(doc, "f.json")
    assert found.errors == 5000
    assert len(found) == 500
    assert found.omitted == 4500


def _mutate(value: Any, rng: random.Random) -> Any:
    """Replace one random leaf or key with something of another shape."""
    junk = [None, 1, -3, 1.5, True, "x", "", [], {}, ["a"], {"k": 1}, "2026-13-01", "12:60"]
    if isinstance(value, dict) and value:
        key = rng.choice(list(value))
        if rng.random() < 0.15:
            del value[key]
        elif rng.random() < 0.1:
            value["unexpected"] = rng.choice(junk)
        elif isinstance(value[key], dict | list) and value[key] and rng.random() < 0.7:
            _mutate(value[key], rng)
        else:
            value[key] = rng.choice(junk)
    elif isinstance(value, list) and value:
        n = rng.randrange(len(value))
        if isinstance(value[n], dict | list) and value[n] and rng.random() < 0.8:
            _mutate(value[n], rng)
        else:
            value[n] = rng.choice(junk)
    return value


def test_fast_schema_check_agrees_with_jsonschema() -> None:
    check, _ = validation._checks()
    reference = Draft202012Validator(validation.schema())
    rng = random.Random(7)
    disagreements = []
    for n in range(400):
        doc = _mutate(small_catalogue(), rng)
        if check(doc) != reference.is_valid(doc):
            disagreements.append(n)
    assert disagreements == []


@pytest.mark.parametrize("severity", [Severity.ERROR, Severity.WARNING])
def test_findings_serialise_with_stable_codes(severity: Severity) -> None:
    from sote_navigator.exchange.findings import Finding, Findings

    found = Findings()
    found.add(Finding(Code.SCHEMA, severity, "a.json", "$.x", {"message": "m"}))
    data = found.to_json()
    assert data["items"][0] == {
        "code": "schema",
        "severity": severity.value,
        "file": "a.json",
        "place": "$.x",
        "facts": {"message": "m"},
    }


def test_the_documented_example_is_a_valid_catalogue() -> None:
    import json
    import re

    text = (ROOT / "docs" / "catalogue-format.md").read_text()
    block = text.split("## A complete example", 1)[1]
    example = json.loads(re.search(r"```json\n(.*?)\n```", block, re.S).group(1))  # type: ignore[union-attr]
    assert list(validation.validate(example, "docs")) == []
    assert {"organisers", "services", "locations", "offerings"} <= example.keys()
