"""The log file: rotating, in the platformdirs log folder, one for the GUI and the CLI.

Nothing happens at import. Log what happened and where, never catalogue searches or client
details: the log may be sent to IT support.

The file rotates as logging.handlers.RotatingFileHandler would (sote-navigator.log.1 … .5),
by a small handler of our own: logging.handlers pulls in sockets, pickle and queues, 8 ms the
window's start-up does not have to spend for a file that fills in weeks.
"""

from __future__ import annotations

import errno
import io
import logging
import os
import sys
from pathlib import Path
from typing import cast

from sote_navigator import paths

LOGGER_NAME = "sote_navigator"
LOG_NAME = "sote-navigator.log"
MAX_BYTES = 1_000_000
BACKUPS = 5


class RotatingLog(logging.FileHandler):
    """Appends to ``path``; once it has reached ``max_bytes`` the file moves to ``path.1``
    (and ``.1`` to ``.2`` …, the oldest beyond ``backups`` dropped) before the next record."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        self.max_bytes = max_bytes
        self.backups = backups
        self.told = False
        super().__init__(path, mode="a", encoding="utf-8")

    def _open(self) -> io.TextIOWrapper:
        # Owner-only: even without client details, the log tells who searched for what when.
        stream = paths.open_private(
            Path(self.baseFilename), self.mode, encoding=self.encoding, errors=self.errors
        )
        return cast(io.TextIOWrapper, stream)

    def handleError(self, record: logging.LogRecord) -> None:
        """A log that cannot be written (a full disk): one line on stderr, once, and go on.

        Python's own handler prints "--- Logging error ---" with tracebacks that quote the
        record; the user needs to know only that the log is not being written."""
        if self.told:
            return
        self.told = True
        failure = sys.exc_info()[1]
        try:
            from sote_navigator.i18n import arg, translate

            if getattr(failure, "errno", None) == errno.ENOSPC:
                text = translate(
                    "Logs",
                    "The disk holding the log file %1 is full: Sote Navigator goes on without "
                    "writing it.",
                )
            else:
                text = translate(
                    "Logs",
                    "The log file %1 cannot be written: Sote Navigator goes on without writing it.",
                )
            sys.stderr.write(arg(text, self.baseFilename) + "\n")
        except Exception:  # nothing more can be done about a log
            pass

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= self.max_bytes:
                self._rotate()
        except OSError:
            self.handleError(record)
        super().emit(record)

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
        self.stream = None  # reopened by FileHandler.emit
        base = self.baseFilename
        for number in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{base}.{number}"):
                os.replace(f"{base}.{number}", f"{base}.{number + 1}")
        os.replace(base, f"{base}.1")


class _State:
    handler: RotatingLog | None = None


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
        handler = RotatingLog(target)
        for number in range(1, BACKUPS + 1):
            paths.make_private(target.with_name(f"{LOG_NAME}.{number}"))
    except OSError:
        # Unlogged, and quietly: without a handler Python would print warnings and their
        # tracebacks to the terminal.
        logger.addHandler(logging.NullHandler())
        logger.propagate = False
        return None
    handler.setFormatter(
        logging.Formatter("%(asctime)s [%(process)d] %(levelname)s %(name)s: %(message)s")
    )
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    _State.handler = handler
    return target


def close() -> None:
    """Stop logging to the file and close it (a test's end; a new ``configure`` does this)."""
    logger = logging.getLogger(LOGGER_NAME)
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()
    _State.handler = None


def log_file() -> Path | None:
    """The file this process logs to, if any."""
    return Path(_State.handler.baseFilename) if _State.handler is not None else None
