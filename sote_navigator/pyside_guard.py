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
