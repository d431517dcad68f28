"""Every user-visible string reaches pyside6-lupdate: literal tr()/translate() calls, no bare text.

lupdate reads the source, not the running program: an f-string, a concatenation or a renamed
translate() is extracted wrongly or not at all, and a plain literal handed to setText() or to
argparse's help= is never translated. A line may opt out with the comment "# i18n: not text".
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.paths import ROOT

PACKAGE = ROOT / "sote_navigator"
OPT_OUT = "# i18n: not text"

# Qt setters and constructors whose string argument a user reads.
UI_TEXT_CALLS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setTitle",
    "setSubTitle",
    "setTabText",
    "setTabToolTip",
    "addTab",
    "setHeaderLabels",
    "addMenu",
    "addAction",
    "setButtonText",
    "setLabelText",
    "setCancelButtonText",
    "showMessage",
    "setAccessibleName",
    "setAccessibleDescription",
    "setSpecialValueText",
    "setSuffix",
    "setPrefix",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QToolButton",
    "QCommandLinkButton",
}
CLI_TEXT_CALLS = {"emit", "fail", "subcommand", "add_parser", "ArgumentParser"}
CLI_TEXT_KEYWORDS = {"help", "description", "epilog"}


def _sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _is_text(node: ast.AST | None) -> bool:
    """A literal with words in it (not "", not "%1 \u2014 %2", not "PNG")."""
    if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
        return False
    value = node.value.strip()
    letters = sum(c.isalpha() for c in value)
    return letters >= 2 and not (value.isupper() and " " not in value)


def _is_sentence(node: ast.AST | None) -> bool:
    """Text of several words: command names and option values are single words."""
    return _is_text(node) and " " in str(getattr(node, "value", "")).strip()


def _is_translate(call: ast.Call) -> bool:
    """translate(), i18n.translate() or QCoreApplication.translate(); not a QTranslator's."""
    if isinstance(call.func, ast.Name):
        return call.func.id == "translate"
    return (
        isinstance(call.func, ast.Attribute)
        and call.func.attr == "translate"
        and isinstance(call.func.value, ast.Name)
        and call.func.value.id in ("i18n", "QCoreApplication", "QApplication")
    )


def _literal_or_none(node: ast.AST | None) -> bool:
    return node is None or (
        isinstance(node, ast.Constant) and (node.value is None or isinstance(node.value, str))
    )


def _name(call: ast.Call) -> str:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return ""


def _bare_text(name: str, call: ast.Call) -> bool:
    if name in UI_TEXT_CALLS:
        return any(_is_text(a) for a in call.args)
    return name in CLI_TEXT_CALLS and any(_is_sentence(a) for a in call.args)


def _problems(path: Path) -> Iterator[str]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    where = path.relative_to(PACKAGE.parent)
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module == "sote_navigator.i18n":
            for alias in node.names:
                if alias.name == "translate" and alias.asname not in (None, "translate"):
                    yield f"{where}:{node.lineno}: translate imported as {alias.asname}"
        if not isinstance(node, ast.Call) or OPT_OUT in lines[node.lineno - 1]:
            continue
        name = _name(node)
        args: list[ast.AST | None] = [*node.args, None, None, None]
        if _is_translate(node) and len(node.args) >= 2:
            if not all(isinstance(a, ast.Constant) for a in node.args[:2]):
                yield f"{where}:{node.lineno}: translate() needs literal context and text"
            elif not _literal_or_none(args[2]):
                yield f"{where}:{node.lineno}: translate() disambiguation must be a literal"
        elif name == "tr" and isinstance(node.func, ast.Attribute) and node.args:
            if not isinstance(node.args[0], ast.Constant) or not _literal_or_none(args[1]):
                yield f"{where}:{node.lineno}: tr() needs a literal text"
        elif _bare_text(name, node):
            yield f"{where}:{node.lineno}: {name}() with untranslated text"
        for keyword in node.keywords:
            if keyword.arg in CLI_TEXT_KEYWORDS and _is_sentence(keyword.value):
                yield f"{where}:{node.lineno}: {keyword.arg}= with untranslated text"


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_strings_are_extractable_and_translated(path: Path) -> None:
    problems = list(_problems(path))
    assert not problems, "\n".join(problems)


def test_the_check_catches_the_usual_mistakes(tmp_path: Path) -> None:
    bad = PACKAGE / "_i18n_check_probe.py"
    bad.write_text(
        "from sote_navigator.i18n import translate as t\n"
        "label.setText('Municipality')\n"
        "self.tr(f'Hello {name}')\n"
        "translate('Ctx', 'a ' + b)\n"
        "parser.add_argument('--x', help='show this')\n"
        "label.setText('PNG')\n"
        "label.setText('Municipality')  # i18n: not text\n",
        encoding="utf-8",
    )
    try:
        found = list(_problems(bad))
    finally:
        bad.unlink()
    assert [p.split(": ", 1)[1] for p in found] == [
        "translate imported as t",
        "setText() with untranslated text",
        "tr() needs a literal text",
        "translate() needs literal context and text",
        "help= with untranslated text",
    ]
