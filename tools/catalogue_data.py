"""What the default catalogue's build shares: reading data/, and texts in three languages."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

LANGS = ("fi", "sv", "en")


class BuildError(Exception):
    """The inputs or the curated tables are inconsistent."""


def clean(value: str | None) -> str:
    """Collapse stray and doubled whitespace (common in the sources), keeping paragraph breaks."""
    lines = [re.sub(r"\s+", " ", line).strip() for line in (value or "").splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines).strip())


def localized(values: Iterable[str | None], text_type: str = "name") -> list[dict[str, str]]:
    """(fi, sv, en) -> a list of {language, value, type}, skipping empty values."""
    return [
        {"language": lang, "value": clean(value), "type": text_type}
        for lang, value in zip(LANGS, values, strict=False)
        if clean(value)
    ]


def texts(by_language: Mapping[str, str] | None, text_type: str = "name") -> list[dict[str, str]]:
    """{"fi": ..., "sv": ..., "en": ...} of a data file -> localized texts."""
    return localized([(by_language or {}).get(lang) for lang in LANGS], text_type)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def read_json(path: Path) -> Any:
    with path.open(encoding="utf-8-sig") as handle:
        return json.load(handle)


def enum(kind: Any, value: str, where: str) -> str:
    try:
        return str(kind(value).value)
    except ValueError:
        raise BuildError(f"{where}: {value!r} is not a {kind.__name__}") from None


class Inputs:
    """The files of data/ the catalogue is assembled from."""

    def __init__(self, data: Path) -> None:
        self.data = data
        self.files: list[Path] = []

    def json(self, name: str) -> Any:
        self.files.append(self.data / name)
        return read_json(self.data / name)

    def csv(self, name: str) -> list[dict[str, str]]:
        self.files.append(self.data / name)
        return read_csv(self.data / name)
