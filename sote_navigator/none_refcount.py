"""A workaround for PySide6 6.12 on Python 3.11: its functions that return None give back a
reference to None they never took (``QLineEdit().completer()``, ``QApplication.focusWidget()``,
``QObject.parent()``, ...). Python 3.12 made None immortal, so there this is harmless; on 3.11
None's reference count falls by one per such call, and after some thousands of calls the
process aborts with "Fatal Python error: none_dealloc". Giving None a very large count once
keeps it alive for any session. Uses ctypes only: no Qt import, nothing else changes.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 40


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    # ob_refcnt is the first field of every CPython object.
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < _MARGIN:
        count.value += _MARGIN
