"""No two modules of sote_navigator import each other, directly or round a longer loop.

Every import counts: at module level, under ``if TYPE_CHECKING:`` and inside a function. A
cycle means two modules are one concern split in the wrong place (or a type that belongs to
neither): move the shared part into a module both import, as core/client_context.py and
core/item_views.py did.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.paths import ROOT

PACKAGE = ROOT / "sote_navigator"
# Known and not yet untangled: the package whose modules form it, and why. The test fails when
# one disappears, so that this list only shrinks.
# Packages whose cycles are known and waiting to be untangled (none today).
KNOWN: set[str] = set()


def known(group: frozenset[str]) -> bool:
    return any(all(m.startswith(f"{package}.") for m in group) for package in KNOWN)


def module_name(path: Path, package: Path) -> str:
    parts = path.relative_to(package.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path, name: str, modules: set[str]) -> set[str]:
    """The modules of the package that this file imports, wherever the import stands."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base)
    return {m for m in found if m in modules and m != name}


def cycles(package: Path) -> list[frozenset[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    files = {module_name(p, package): p for p in package.rglob("*.py")}
    graph = {name: imports(path, name, set(files)) for name, path in files.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[frozenset[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in graph[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(frozenset(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_the_finder_sees_every_kind_of_import(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("")
    (package / "a.py").write_text("from pkg.sub import b\n")
    (package / "sub" / "b.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg import c\n"
    )
    (package / "c.py").write_text("def f():\n    from . import a\n")
    (package / "d.py").write_text("import pkg.a\n")
    assert cycles(package) == [frozenset({"pkg.a", "pkg.sub.b", "pkg.c"})]


def test_no_module_import_cycle() -> None:
    found = cycles(PACKAGE)
    new = sorted(sorted(group) for group in found if not known(group))
    assert new == [], f"modules that import each other: {new}"
    gone = {p for p in KNOWN if not any(all(m.startswith(f"{p}.") for m in g) for g in found)}
    assert gone == set(), "a known cycle is gone: take it out of KNOWN"
