"""The log file rotates by size and keeps a fixed number of old files."""

from __future__ import annotations

import logging
from pathlib import Path

from sote_navigator import logs


def _logger(handler: logging.Handler) -> logging.Logger:
    logger = logging.getLogger("sote_navigator.test_rotation")
    logger.handlers[:] = [handler]
    logger.propagate = False
    logger.setLevel(logging.INFO)
    return logger


def test_the_log_moves_aside_when_full_and_keeps_the_newest_backups(tmp_path: Path) -> None:
    target = tmp_path / "sote-navigator.log"
    handler = logs.RotatingLog(target, max_bytes=1000, backups=3)
    logger = _logger(handler)
    for number in range(200):  # about 5,000 bytes: several rotations
        logger.info("record %03d %s", number, "x" * 10)
    handler.close()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == [
        "sote-navigator.log",
        "sote-navigator.log.1",
        "sote-navigator.log.2",
        "sote-navigator.log.3",
    ]
    # Nothing is over the limit by more than one record, and the newest is in the file itself.
    for p in tmp_path.iterdir():
        assert p.stat().st_size < 1000 + 40
    assert "record 199" in target.read_text(encoding="utf-8")
    newest_backup = (tmp_path / "sote-navigator.log.1").read_text(encoding="utf-8")
    oldest_kept = (tmp_path / "sote-navigator.log.3").read_text(encoding="utf-8")
    assert newest_backup.splitlines()[-1] > oldest_kept.splitlines()[-1]


def test_an_existing_full_log_is_rotated_before_the_first_new_record(tmp_path: Path) -> None:
    target = tmp_path / "sote-navigator.log"
    target.write_text("old\n" * 400, encoding="utf-8")  # 1,600 bytes from an earlier session
    handler = logs.RotatingLog(target, max_bytes=1000, backups=2)
    _logger(handler).info("first of this session")
    handler.close()
    assert target.read_text(encoding="utf-8") == "first of this session\n"
    assert (tmp_path / "sote-navigator.log.1").read_text(encoding="utf-8") == "old\n" * 400


def test_configure_writes_the_rotating_log(tmp_path: Path) -> None:
    written = logs.configure(tmp_path / "logs")
    try:
        assert written == tmp_path / "logs" / logs.LOG_NAME
        logging.getLogger(logs.LOGGER_NAME).info("hello from the test")
        assert "hello from the test" in written.read_text(encoding="utf-8")
        assert logs.log_file() == written
    finally:
        logging.getLogger(logs.LOGGER_NAME).handlers.clear()
        logs._State.handler = None
