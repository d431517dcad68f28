"""Sote Navigator: a desk tool for Finnish social and health care service counsellors."""

__version__ = "0.1.0"

from sote_navigator.none_refcount import keep_none_alive as _keep_none_alive

# Before any PySide6 call: see none_refcount.py.
_keep_none_alive()
