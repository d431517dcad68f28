"""Two work-arounds for the PySide6 this application supports (pyproject.toml says which
releases, and why, in one place).

``protect_none``: PySide6 6.12.0 returns ``None`` from every void method (``setText``,
``setVisible``, ...) without taking a reference to it (measured: 100 ``QLabel.setText`` calls
lower ``sys.getrefcount(None)`` by 100). From Python 3.12 on ``None`` is immortal and that is
harmless; on Python 3.11 the interpreter aborts after a few thousand calls with
"none_dealloc: deallocating None", and a desk session (and the test suite) makes far more.
``True`` and ``False`` suffer the same from some bool-returning calls: a whole test-suite run
once ended, after every test had passed, in "bool_dealloc: deallocating True or False" while
the interpreter shut down (CI, stop 11), so the guard covers the three singletons.
No later release exists to move to, and earlier ones cannot serve (pyproject.toml), so on
Python 3.11 the guard gives ``None`` the reference count of an immortal object, as Python 3.12
does, by writing that count with ctypes. It does so whatever the PySide6 release: for one
that keeps its references right, the extra count changes nothing.

``skip_source_scans`` replaces a private function of shiboken's ``__feature__`` support to save
start-up time (its docstring says how much); it is not a fix and nothing depends on it but
speed. tests/ui/test_fast_start.py fails when a PySide6 release renames or changes it.
"""

from __future__ import annotations

import ctypes
import sys

# Far more than any session can leak; decrements never reach zero.
IMMORTAL_REFERENCES = 1 << 40


def needed() -> bool:
    """Whether ``None`` can be deallocated by a dropped reference: Python before 3.12."""
    return sys.version_info < (3, 12)


def protect_none() -> bool:
    """Make ``None``, ``True`` and ``False`` effectively immortal on Python 3.11 (see the
    module's docstring)."""
    if not needed():
        return False
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < IMMORTAL_REFERENCES:
            count.value += IMMORTAL_REFERENCES
    return True


def _uses_pyside(module: object) -> bool:
    name = str(getattr(module, "__name__", ""))
    return name.split(".", 1)[0] in _PYSIDE_USERS


# Packages that may switch PySide's __feature__ sets; none of ours does (see skip_source_scans).
_PYSIDE_USERS = frozenset({"sote_navigator", "PySide6", "shiboken6", "__main__"})


def skip_source_scans() -> bool:
    """Stop PySide6 reading the source of every module imported after it (private API).

    To support ``from __feature__ import snake_case`` per module (PYSIDE-2029), PySide6 reads
    each newly imported module's source looking for the word "PySide6": about 80 ms for
    SQLAlchemy's modules and 10 ms for the window's own, wasted for a program that selects no
    feature (with none selected, a module marked as using PySide and one marked as ignored
    see the same classes). Modules are marked by package name instead, by replacing
    ``shibokensupport.feature._mod_uses_pyside``, a private function of PySide6 6.12. Does
    nothing when this PySide6 has no such function.
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]
    return True
