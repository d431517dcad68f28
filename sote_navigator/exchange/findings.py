"""What validation and reading found wrong with a catalogue file, as stable codes.

A finding names the file, the place in it (a JSON path such as ``$.services[3].names``), what
is wrong (a stable ``code`` with the ``facts`` its sentence needs) and how bad it is. The
CLI and the GUI word findings in the UI language (``sote_navigator.wording.findings``); ``--json``
prints the codes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

MAX_KEPT = 500
"""At most this many findings are kept per run, so that a hostile file cannot fill memory."""


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Code(StrEnum):
    # The file as a whole
    UNREADABLE = "unreadable"
    NOT_A_FILE = "not_a_file"
    TOO_LARGE = "too_large"
    DECOMPRESSION_BOMB = "decompression_bomb"
    UNSAFE_ZIP_PATH = "unsafe_zip_path"
    CORRUPT_ARCHIVE = "corrupt_archive"
    ZIP_NEEDS_ONE_JSON = "zip_needs_one_json"
    BINARY = "binary"
    NOT_UTF8 = "not_utf8"
    NOT_JSON = "not_json"
    NOT_A_CATALOGUE = "not_a_catalogue"
    UNSUPPORTED_VERSION = "unsupported_version"
    NO_PTV_DATA = "no_ptv_data"
    # The content
    SCHEMA = "schema"
    INVALID_DATE = "invalid_date"
    DUPLICATE_ID = "duplicate_id"
    DANGLING_REFERENCE = "dangling_reference"
    UNKNOWN_MUNICIPALITY = "unknown_municipality"
    INVALID_BUSINESS_ID = "invalid_business_id"
    TEXT_TOO_LONG = "text_too_long"
    TEXT_OVER_LIMIT = "text_over_limit"
    CONTROL_CHARACTER = "control_character"
    LONE_SURROGATE = "lone_surrogate"
    CLASS_CYCLE = "class_cycle"
    MISSING_SWEDISH = "missing_swedish"
    UNKNOWN_TARGET_GROUP = "unknown_target_group"
    UNKNOWN_CLIENT_GROUP = "unknown_client_group"
    # PTV gaps, imported around with a warning
    PTV_UNKNOWN_OBJECT = "ptv_unknown_object"
    PTV_NO_NAME = "ptv_no_name"
    PTV_PLACEHOLDER = "ptv_placeholder"
    PTV_MISSING_TRANSLATION = "ptv_missing_translation"
    PTV_SERVICE_WITHOUT_CHANNELS = "ptv_service_without_channels"
    PTV_UNKNOWN_CHANNEL = "ptv_unknown_channel"
    PTV_UNKNOWN_ORGANIZATION = "ptv_unknown_organization"
    PTV_UNKNOWN_CLASS = "ptv_unknown_class"
    PTV_BAD_COORDINATES = "ptv_bad_coordinates"
    PTV_BAD_HOURS = "ptv_bad_hours"
    PTV_NO_ADDRESS = "ptv_no_address"
    PTV_UNKNOWN_MUNICIPALITY = "ptv_unknown_municipality"
    PTV_NOT_PUBLISHED = "ptv_not_published"
    PTV_BAD_VALUE = "ptv_bad_value"
    PTV_NO_ID = "ptv_no_id"
    PTV_BAD_ID = "ptv_bad_id"
    PTV_NO_CHANNEL_TYPE = "ptv_no_channel_type"
    PTV_FOREIGN_CLASS = "ptv_foreign_class"
    PTV_UNKNOWN_PARENT_CLASS = "ptv_unknown_parent_class"


@dataclass(frozen=True)
class Finding:
    code: Code
    severity: Severity
    file: str
    place: str
    facts: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code.value,
            "severity": self.severity.value,
            "file": self.file,
            "place": self.place,
            "facts": dict(self.facts),
        }


class Findings:
    """A bounded list of findings that still counts everything it was told."""

    def __init__(self, limit: int = MAX_KEPT) -> None:
        self._kept: list[Finding] = []
        self._limit = limit
        self.errors = 0
        self.warnings = 0

    def add(self, finding: Finding) -> None:
        if finding.severity is Severity.ERROR:
            self.errors += 1
        else:
            self.warnings += 1
        if len(self._kept) < self._limit:
            self._kept.append(finding)

    def error(self, code: Code, file: str, place: str, /, **facts: object) -> None:
        self.add(Finding(code, Severity.ERROR, file, place, {k: str(v) for k, v in facts.items()}))

    def warning(self, code: Code, file: str, place: str, /, **facts: object) -> None:
        self.add(
            Finding(code, Severity.WARNING, file, place, {k: str(v) for k, v in facts.items()})
        )

    def extend(self, findings: Iterable[Finding]) -> None:
        for f in findings:
            self.add(f)

    def merge(self, other: Findings) -> None:
        """Add ``other``'s findings after these, counting those it did not keep too."""
        self.extend(other)
        kept_errors = sum(1 for f in other if f.severity is Severity.ERROR)
        self.errors += other.errors - kept_errors
        self.warnings += other.warnings - (len(other) - kept_errors)

    @property
    def omitted(self) -> int:
        return self.errors + self.warnings - len(self._kept)

    @property
    def ok(self) -> bool:
        return self.errors == 0

    def __iter__(self) -> Iterator[Finding]:
        return iter(self._kept)

    def __len__(self) -> int:
        return len(self._kept)

    def to_json(self) -> dict[str, Any]:
        return {
            "errors": self.errors,
            "warnings": self.warnings,
            "omitted": self.omitted,
            "items": [f.to_json() for f in self._kept],
        }


class FileRefused(Exception):
    """A file that cannot be read at all: carries the one finding that says why."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(f"{finding.file}: {finding.code.value}")
        self.finding = finding


def refuse(code: Code, file: str, place: str = "$", **facts: object) -> FileRefused:
    return FileRefused(
        Finding(code, Severity.ERROR, file, place, {k: str(v) for k, v in facts.items()})
    )
