"""A real, small file system that fills up: a tmpfs mounted for one test (needs root).

Without root, or where mounting is impossible, the tests that need it are skipped with the
reason; CI runs as root and sets SOTE_NAVIGATOR_REQUIRE_MOUNT=1 (see .ci/run), which turns
such a skip into a failure, so that the full-disk cases are never silently untested there.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

REQUIRE_VARIABLE = "SOTE_NAVIGATOR_REQUIRE_MOUNT"


def _cannot(reason: str) -> None:
    if os.environ.get(REQUIRE_VARIABLE):
        pytest.fail(f"{reason} ({REQUIRE_VARIABLE} is set: CI must run these tests)")
    pytest.skip(reason)


@contextlib.contextmanager
def mounted(folder: Path, size: str = "8m") -> Iterator[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    if os.name != "posix" or os.geteuid() != 0:
        _cannot("mounting a tmpfs needs root")
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if made.returncode:
        _cannot(f"cannot mount a tmpfs here: {made.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(disk: Path, leave: int = 0) -> Path:
    """Fill ``disk`` until only ``leave`` bytes are free (0: to the last byte)."""
    filler = disk / "filler"
    with contextlib.suppress(OSError), filler.open("ab", buffering=0) as f:
        chunk = b"\0" * (1 << 16)
        while (room := free_bytes(disk) - leave) > 0:
            f.write(chunk[: min(len(chunk), room)])
        if leave == 0:
            while True:  # to the last byte the file system gives
                f.write(b"\0" * 512)
    return filler


def free_bytes(disk: Path) -> int:
    stats = os.statvfs(disk)
    return stats.f_bavail * stats.f_frsize


def remount(disk: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(disk)], check=True)
