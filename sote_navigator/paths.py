"""Where the application keeps its files. Nothing happens at import: callers ask."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path
from typing import IO, Any

import platformdirs

APP_NAME = "sote-navigator"
HOME_VARIABLE = "SOTE_NAVIGATOR_HOME"
DEFAULT_CATALOGUE_NAME = "default-catalogue.json"
VOCABULARY_NAME = "vocabulary.csv"
MUNICIPALITY_CENTRES_NAME = "municipality-centres.csv"
SETTINGS_NAME = "settings.ini"
TRUSTED_KEYS_NAME = "trusted-keys"


def data_dir() -> Path:
    """The per-user data folder; ``SOTE_NAVIGATOR_HOME`` overrides it."""
    override = os.environ.get(HOME_VARIABLE)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def settings_path() -> Path:
    """The user's settings live with their data, so SOTE_NAVIGATOR_HOME isolates them too."""
    return data_dir() / SETTINGS_NAME


def trusted_keys_dir() -> Path:
    """The publishers' public keys this desk accepts signed catalogues from (``*.pub``)."""
    return data_dir() / TRUSTED_KEYS_NAME


def log_dir() -> Path:
    override = os.environ.get(HOME_VARIABLE)
    if override:
        return Path(override).expanduser() / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def ensure_private_dir(folder: Path) -> Path:
    """Create ``folder`` readable by its owner only (0700 on POSIX) if it does not exist yet.

    The data folder holds placement records, which are personal data. Folders created on the
    way are private too; a folder that already exists is left as its owner set it up (it may be
    a shared or managed location).
    """
    missing: list[Path] = []
    current = folder
    while not current.is_dir():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for path in reversed(missing):
        path.mkdir(mode=0o700, exist_ok=True)
        if os.name == "posix":
            # mkdir's mode is filtered by the umask; say exactly what we mean.
            with contextlib.suppress(OSError):
                path.chmod(0o700)
    return folder


PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def make_data_dir_private(folder: Path | None = None) -> int | None:
    """Make the data folder readable by its owner only (0700), at every start.

    Returns the mode it had when that was wider (for a warning), else None. A folder that does
    not exist yet is left to be created private when the database goes in; one we may not
    change is left as it is (the database check names the problem if it matters).
    """
    folder = folder or data_dir()
    if os.name != "posix":
        return None
    try:
        mode = stat.S_IMODE(folder.stat().st_mode)
        if not folder.is_dir() or mode & 0o077 == 0:
            return None
        folder.chmod(mode & PRIVATE_DIR_MODE)
    except OSError:
        return None
    return mode


def open_private(path: Path, mode: str = "w", **options: Any) -> IO[Any]:
    """Open ``path`` for writing, readable by its owner only (0600) from the first byte.

    For every file that can hold a client's data: placement exports, summaries, the log.
    """
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if "a" in mode else os.O_TRUNC)
    flags |= getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, PRIVATE_FILE_MODE)
    try:
        if os.name == "posix":
            os.fchmod(fd, PRIVATE_FILE_MODE)  # an existing file keeps its old mode otherwise
        return os.fdopen(fd, mode, **options)
    except BaseException:
        os.close(fd)
        raise


def make_private(path: Path) -> None:
    """Set an existing file that can hold a client's data to 0600 (best effort)."""
    if os.name == "posix":
        with contextlib.suppress(OSError):
            path.chmod(PRIVATE_FILE_MODE)


def _bundled_roots() -> list[Path]:
    """Folders that may hold the shipped data: a frozen bundle, an installed wheel, a checkout."""
    package = Path(__file__).resolve().parent
    roots: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        roots.append(Path(frozen_root))
    roots.append(package)
    roots.append(package.parent)
    return roots


def _shipped(kind: str, name: str) -> Path | None:
    for root in _bundled_roots():
        for folder in (root / f"_{kind}", root / kind):
            candidate = folder / name
            if candidate.exists():
                return candidate
    return None


def default_catalogue_path() -> Path | None:
    return _shipped("data", DEFAULT_CATALOGUE_NAME)


def vocabulary_path() -> Path | None:
    """The search vocabulary (data/vocabulary.csv): everyday words tied to services."""
    return _shipped("data", VOCABULARY_NAME)


def municipality_centres_path() -> Path | None:
    """The central locality of each municipality (tools/convert_places.py)."""
    return _shipped("data", MUNICIPALITY_CENTRES_NAME)


def shipped_data(name: str) -> Path | None:
    """A curated data file the application ships in data/ (urgent-routes.json, ...)."""
    return _shipped("data", name)


def translations_dir() -> Path | None:
    found = _shipped("translations", "sote_navigator_fi.qm")
    return found.parent if found else None


def resources_dir() -> Path | None:
    for root in _bundled_roots():
        for folder in (root / "_resources", root / "resources"):
            if folder.is_dir():
                return folder
    return None


def ptv_class_editions_path() -> Path | None:
    """data/ptv-service-class-editions.json (tools/build_ptv_class_editions.py)."""
    return _shipped("data", "ptv-service-class-editions.json")
