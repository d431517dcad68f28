"""A guard against a reference-counting bug of PySide6 6.12.0 on Python 3.11.

PySide6 6.12.0 returns ``None`` from every void method (``setText``, ``setVisible``, ...)
without taking a reference to it. From Python 3.12 on ``None`` is immortal and that is
harmless; on Python 3.11 each call lowers ``None``'s reference count by one, and after a few
thousand calls the interpreter aborts with "none_dealloc: deallocating None". A desk session
(and the test suite) makes far more calls than that.

The real fix is another PySide6 (pyproject.toml excludes 6.12.0 on Python < 3.12); this guard
keeps an installation that already has it alive by giving ``None`` the reference count of an
immortal object, as Python 3.12 does. It reads the version from the PySide6 package, which
every caller imports anyway (importlib.metadata would add 20 ms to the window's start-up).
"""

from __future__ import annotations

import ctypes
import sys

BROKEN_SERIES = "6.12.0"
# Far more than any session can leak; decrements never reach zero.
IMMORTAL_REFERENCES = 1 << 40


def _pyside_version() -> str:
    import PySide6

    return str(getattr(PySide6, "__version__", ""))


def needed() -> bool:
    return sys.version_info < (3, 12) and _pyside_version() == BROKEN_SERIES


def protect_none() -> bool:
    """Make ``None`` effectively immortal when the broken PySide6 runs on Python 3.11."""
    if not needed():
        return False
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < IMMORTAL_REFERENCES:
        count.value += IMMORTAL_REFERENCES
    return True


def _uses_pyside(module: object) -> bool:
    name = str(getattr(module, "__name__", ""))
    return name.split(".", 1)[0] in _PYSIDE_USERS


# Packages that may switch PySide's __feature__ sets; none of ours does (see skip_source_scans).
_PYSIDE_USERS = frozenset({"sote_navigator", "PySide6", "shiboken6", "__main__"})


def skip_source_scans() -> bool:
    """Stop PySide6 reading the source of every module imported after it.

    To support ``from __feature__ import snake_case`` per module (PYSIDE-2029), PySide6 reads
    each newly imported module's source looking for the word "PySide6": about 80 ms for
    SQLAlchemy's modules and 10 ms for the window's own, wasted for a program that selects no
    feature (with none selected, a module marked as using PySide and one marked as ignored
    see the same classes). Modules are marked by package name instead. Does nothing when this
    PySide6 has no such scan.
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]
    return True
