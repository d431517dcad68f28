"""Failures the user must be told about, as codes the presentation layer words in their language."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Problem(StrEnum):
    DATABASE_NEWER = "database_newer"
    NOT_A_DATABASE = "not_a_database"
    DATABASE_READ_ONLY = "database_read_only"
    FILE_READ_ONLY = "file_read_only"
    DATABASE_EMPTY = "database_empty"
    SCHEMA_ALTERED = "schema_altered"
    RESTORE_ALTERED = "restore_altered"
    RESTORE_PLACEMENTS_DAMAGED = "restore_placements_damaged"
    PLACEMENT_DAMAGED = "placement_damaged"
    DATABASE_CORRUPT = "database_corrupt"
    DATABASE_BUSY = "database_busy"
    DISK_FULL = "disk_full"
    DISK_ERROR = "disk_error"
    DEFAULT_CATALOGUE_MISSING = "default_catalogue_missing"
    INVALID_CATALOGUE = "invalid_catalogue"
    UNKNOWN_MUNICIPALITY = "unknown_municipality"
    NOT_FOUND = "not_found"
    NO_DATABASE_YET = "no_database_yet"
    FILE_MISSING = "file_missing"
    BACKUP_IS_DATABASE = "backup_is_database"
    RESTORE_NOT_OURS = "restore_not_ours"
    RESTORE_DAMAGED = "restore_damaged"
    RESTORE_NEWER = "restore_newer"
    APPLICATION_RUNNING = "application_running"
    NO_SUCH_CATALOGUE_VERSION = "no_such_catalogue_version"
    NO_EARLIER_CATALOGUE_VERSION = "no_earlier_catalogue_version"
    CATALOGUE_CHANGED = "catalogue_changed"
    IDENTITY_CODE_IN_RECORD = "identity_code_in_record"
    CATALOGUE_UNSIGNED = "catalogue_unsigned"
    SIGNATURE_MISMATCH = "signature_mismatch"
    SIGNATURE_UNKNOWN_KEY = "signature_unknown_key"
    SIGNATURE_UNREADABLE = "signature_unreadable"
    KEY_FILE_UNREADABLE = "key_file_unreadable"
    KEY_FILE_EXISTS = "key_file_exists"
    DATABASE_UNSUPPORTED = "database_unsupported"
    SERVER_UNREACHABLE = "server_unreachable"
    SERVER_FAILED = "server_failed"
    BACKUP_ON_SERVER = "backup_on_server"
    CATALOGUE_NOT_PERMITTED = "catalogue_not_permitted"
    PASSWORD_IN_URL = "password_in_url"
    REGION_NEEDS_SERVER = "region_needs_server"
    SERVER_SCHEMA_ALTERED = "server_schema_altered"
    SERVER_NOT_PERMITTED = "server_not_permitted"
    REGION_NOT_NAMED = "region_not_named"
    REGION_PASSWORD_IN_URL = "region_password_in_url"


# Not frozen: contextlib assigns __traceback__ when an error leaves a ``with`` block (such as
# a database transaction), which a frozen dataclass refuses.
@dataclass(eq=False)
class UserFacingError(Exception):
    """An error with a stable code and the facts its message needs (path, versions, names)."""

    problem: Problem
    facts: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        details = ", ".join(f"{k}={v}" for k, v in sorted(self.facts.items()))
        return f"{self.problem.value}: {details}" if details else self.problem.value
