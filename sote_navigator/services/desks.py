"""Which desk saves: the id every placement and status change carries (db.placement_sync).

A desk id names a machine, never a person: the ``[desk] id`` setting (letters, digits, dot,
dash and underscore, at most 64) when the region gives its desks names, else an id made once
and kept in the data folder (``desk-id``), so that it stays the same across starts.
"""

from __future__ import annotations

import contextlib
import os
import re
import uuid

from sote_navigator import paths

DESK_ID_NAME = "desk-id"
_VALID = re.compile(r"[A-Za-z0-9._-]{1,64}")


def is_valid(desk_id: str) -> bool:
    return _VALID.fullmatch(desk_id) is not None


def local_desk_id(configured: str = "") -> str:
    """``configured`` when it is a valid desk id, else the one kept in the data folder (made
    on the first call). Any thread."""
    if is_valid(configured):
        return configured
    path = paths.data_dir() / DESK_ID_NAME
    with contextlib.suppress(OSError, UnicodeDecodeError):
        kept = path.read_text(encoding="utf-8").strip()
        if is_valid(kept):
            return kept
    made = f"desk-{uuid.uuid4().hex[:16]}"
    try:
        paths.ensure_private_dir(path.parent)
        staged = path.with_name(f".{DESK_ID_NAME}.{os.getpid()}")
        staged.write_text(made + "\n", encoding="utf-8")
        os.replace(staged, path)
    except OSError:
        return made  # a read-only data folder: this session's records still carry one
    return made
