"""One text layer: the codes the Qt-free layers answer with are worded in sote_navigator/wording/.

Every Problem, finding Code, ReasonCode, Verdict and vocabulary term has one row in a table of
the layer, each row's sentence is translated in Finnish and Swedish under the table's context,
no module outside the layer words these codes again, and the layer loads no widgets.
"""

from __future__ import annotations

import ast
import pkgutil
import re
import subprocess
import sys
from collections.abc import Iterator, Mapping
from enum import Enum
from pathlib import Path

import pytest

from sote_navigator import wording
from sote_navigator.core import client_groups, urgent, vocabulary
from sote_navigator.core.errors import Problem
from sote_navigator.core.navigation import Feature
from sote_navigator.core.reasons import ReasonCode, Verdict
from sote_navigator.exchange.findings import Code, Severity
from sote_navigator.wording import (
    catalogue_facts,
    contact_routes,
    errors,
    findings,
    reasons,
    vouchers,
)
from sote_navigator.wording import client_groups as client_group_text
from sote_navigator.wording import vocabulary as vocabulary_text
from sote_navigator.wording.sentences import Sentence
from tools import linguist

PACKAGE = Path(wording.__file__).resolve().parent.parent
LAYER = Path(wording.__file__).resolve().parent

# The codes whose words live in the layer's tables, and no other place.
WORDED = {
    "Problem",
    "Code",
    "Severity",
    "ReasonCode",
    "Verdict",
    "LanguageStatus",
    "ServiceLevel",
    "Access",
    "Choice",
    "Responsibility",
    "ProviderKind",
    "ProvisionType",
    "PlacementStatus",
    "ClientGroup",
}
# Codes that are answers, not vocabulary: no module outside the layer branches on one of them
# to say something.
ANSWERS = {"Problem", "Code", "Severity", "ReasonCode"}
TEXT_CALLS = {"translate", "tr", "QT_TRANSLATE_NOOP"}

VOCABULARY_TABLES: list[tuple[type[Enum], Mapping[object, object]]] = [
    (vocabulary.LanguageStatus, vocabulary_text.LANGUAGE_STATUSES),
    (vocabulary.ServiceLevel, vocabulary_text.LEVELS),
    (vocabulary.Access, vocabulary_text.ACCESSES),
    (vocabulary.Choice, vocabulary_text.CHOICES),
    (vocabulary.Responsibility, vocabulary_text.RESPONSIBILITIES),
    (vocabulary.ProviderKind, vocabulary_text.PROVIDER_KINDS),
    (vocabulary.ProvisionType, vocabulary_text.PROVISION_TYPES),
]


def test_every_code_has_one_row() -> None:
    assert set(errors.PROBLEMS) == set(Problem)
    assert set(findings.FINDINGS) == set(Code)
    assert set(findings.SEVERITIES) == set(Severity)
    routes = set(contact_routes.URGENT_ROUTES)
    assert routes == set(urgent.ROUTE_CODES)
    assert set(reasons.REASONS) == set(ReasonCode) - routes, "a reason is worded twice or never"
    # OUTSIDE_REFORM names the organiser from the reasons: verdict_text words it itself.
    assert set(reasons.VERDICTS) == set(Verdict) - {Verdict.OUTSIDE_REFORM}
    for enum, table in VOCABULARY_TABLES:
        assert set(table) == set(enum), enum.__name__
    assert set(client_group_text.GROUPS) == set(client_groups.ClientGroup)
    assert set(client_group_text.QUESTIONS) == set(client_groups.Circumstance)
    assert set(catalogue_facts.ENTITY_KINDS) == set(vocabulary.EntityKind)
    assert set(catalogue_facts.FEATURES) == set(Feature)


def _tables() -> Iterator[tuple[str, str, object, tuple[object, ...]]]:
    """(table, context, text, facts) for every row of the layer's tables."""
    sentences: list[tuple[str, str, Mapping[object, Sentence]]] = [
        ("errors.PROBLEMS", errors.CONTEXT, errors.PROBLEMS),
        ("findings.FINDINGS", findings.CONTEXT, findings.FINDINGS),
        ("findings.IN_OTHER_ENCODING", findings.CONTEXT, {0: findings.IN_OTHER_ENCODING}),
        (
            "reasons.REASONS",
            reasons.CONTEXT,
            {k: v for k, v in reasons.REASONS.items() if isinstance(v, Sentence)},
        ),
        (
            "contact_routes.URGENT_ROUTES",
            contact_routes.CONTEXT,
            {k: v.sentence for k, v in contact_routes.URGENT_ROUTES.items()},
        ),
    ]
    for name, context, table in sentences:
        for code, sentence in table.items():
            yield f"{name}[{code}]", context, sentence.text, sentence.facts
    terms: list[tuple[str, str, Mapping[object, object]]] = [
        ("errors.RECORD_FIELDS", errors.CONTEXT, errors.RECORD_FIELDS),
        ("errors.SCHEMA_OBJECTS", errors.CONTEXT, errors.SCHEMA_OBJECTS),
        ("errors.SCHEMA_DIFFERENCES", errors.CONTEXT, errors.SCHEMA_DIFFERENCES),
        ("findings.SEVERITIES", findings.CONTEXT, findings.SEVERITIES),
        ("findings.KINDS", findings.CONTEXT, findings.KINDS),
        ("reasons.VERDICTS", reasons.CONTEXT, reasons.VERDICTS),
        (
            "contact_routes.URGENT_ROUTES (none listed)",
            contact_routes.CONTEXT,
            {k: v.none_listed for k, v in contact_routes.URGENT_ROUTES.items() if v.none_listed},
        ),
        ("client_groups.GROUPS", client_group_text.CONTEXT, client_group_text.GROUPS),
        ("contact_routes.ROUTE_KINDS", contact_routes.CONTEXT, contact_routes.ROUTE_KINDS),
        ("contact_routes.CHARGES", contact_routes.CONTEXT, contact_routes.CHARGES),
        ("vouchers.UNITS", vouchers.CONTEXT, vouchers.UNITS),
        *[
            (f"catalogue_facts.{name}", catalogue_facts.CONTEXT, table)
            for name, table in (
                ("ENTITY_KINDS", catalogue_facts.ENTITY_KINDS),
                ("LANGUAGES", catalogue_facts.LANGUAGES),
                ("FEATURES", catalogue_facts.FEATURES),
                ("CHARGES", catalogue_facts.CHARGES),
            )
        ],
        ("client_groups.QUESTIONS", client_group_text.CONTEXT, client_group_text.QUESTIONS),
        (
            "client_groups.ANSWERS",
            client_group_text.CONTEXT,
            {
                f"{question}.{code}": text
                for question, answers in [
                    *client_group_text.ANSWERS.items(),
                    ("yes/no", client_group_text.YES_NO),
                ]
                for code, text in answers
            },
        ),
        *[
            (f"vocabulary {enum.__name__}", vocabulary_text.CONTEXT, table)
            for enum, table in VOCABULARY_TABLES
        ],
    ]
    for name, context, plain in terms:
        for code, text in plain.items():
            placeholders = len(set(re.findall(r"%(\d)", str(text))))
            yield f"{name}[{code}]", context, text, (None,) * placeholders


def test_each_sentence_has_a_fact_for_each_placeholder() -> None:
    wrong = [
        f"{name}: {len(facts)} facts for {text!r}"
        for name, _, text, facts in _tables()
        if sorted({int(n) for n in re.findall(r"%(\d)", str(text))})
        != list(range(1, len(facts) + 1))
    ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_every_row_is_translated_under_its_tables_context(language: str) -> None:
    """lupdate extracts the QT_TRANSLATE_NOOP rows; the context they are looked up in must be
    the one they were written with, or the sentence stays in English."""
    finished = {
        (m.context, m.source) for m in linguist.read_ts(linguist.ts_path(language)) if m.finished
    }
    missing = [
        f"{name}: ({context!r}, {text!r})"
        for name, context, text, _ in _tables()
        if (context, text) not in finished
    ]
    assert not missing, "\n".join(missing)


def _member(node: ast.AST, enums: set[str]) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id in enums
    )


def _says_something(node: ast.AST) -> bool:
    for n in ast.walk(node):
        if isinstance(n, ast.Call):
            f = n.func
            name = (
                f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
            )
            if name in TEXT_CALLS:
                return True
    return False


def _rewordings(source: str) -> Iterator[tuple[int, str]]:
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Dict)
            and any(k is not None and _member(k, WORDED) for k in node.keys)
            and any(_says_something(v) for v in node.values)
        ):
            yield node.lineno, "a table of codes and words"
        if (
            isinstance(node, ast.If)
            and any(_member(n, ANSWERS) for n in ast.walk(node.test))
            and any(_says_something(s) for s in node.body)
        ):
            yield node.lineno, "words chosen by a code"


def test_no_module_outside_the_layer_words_the_codes() -> None:
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{line}: {what}: move it into sote_navigator/wording/"
        for path in sorted(PACKAGE.rglob("*.py"))
        if LAYER not in path.parents
        for line, what in _rewordings(path.read_text(encoding="utf-8"))
    ]
    assert not found, "\n".join(found)


def test_the_check_finds_a_table_and_a_branch_outside_the_layer() -> None:
    source = (
        "X = {Problem.NOT_FOUND: translate('Messages', 'Nothing')}\n"
        "if code is ReasonCode.OWN_UNIT:\n"
        "    text = self.tr('Own unit')\n"
        "if verdict is Verdict.REFERRAL:\n"  # a heading chosen by a verdict: not its wording
        "    title = translate('Place', 'With a referral')\n"
        "Y = {Feature.SWEDISH: self.tr('&Swedish')}\n"  # a widget's label, not a code's words
    )
    assert sorted(line for line, _ in _rewordings(source)) == [1, 2]


def test_the_layer_loads_no_widgets() -> None:
    modules = [
        info.name for info in pkgutil.walk_packages(wording.__path__, "sote_navigator.wording.")
    ]
    assert len(modules) >= 10
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(','.join(m for m in sys.modules if m.startswith(('PySide6.QtWidgets', "
        "'PySide6.QtGui', 'sote_navigator.ui'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
