"""The log file: rotating, in the platformdirs log folder, one for the GUI and the CLI.

Nothing happens at import. Log what happened and where, never catalogue searches or client
details: the log may be sent to IT support.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from sote_navigator import paths

LOGGER_NAME = "sote_navigator"
LOG_NAME = "sote-navigator.log"
MAX_BYTES = 1_000_000
BACKUPS = 5


class _State:
    handler: RotatingFileHandler | None = None


def configure(folder: Path | None = None) -> Path | None:
    """Send this process's log to the rotating file in ``folder``. Returns the file, or None.

    A log folder that cannot be written to does not stop the application: it runs unlogged.
    """
    logger = logging.getLogger(LOGGER_NAME)
    if _State.handler is not None:
        logger.removeHandler(_State.handler)
        _State.handler.close()
        _State.handler = None
    target = (folder or paths.log_dir()) / LOG_NAME
    try:
        paths.ensure_private_dir(target.parent)
        handler = RotatingFileHandler(
            target, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(
        logging.Formatter("%(asctime)s [%(process)d] %(levelname)s %(name)s: %(message)s")
    )
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    _State.handler = handler
    return target


def log_file() -> Path | None:
    """The file this process logs to, if any."""
    return Path(_State.handler.baseFilename) if _State.handler is not None else None
