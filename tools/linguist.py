"""The Qt Linguist files of Sote Navigator: running lupdate/lrelease and reading .ts files.

Shared by tools/update_translations.py and the translation tests, so that both see the files
the same way.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "sote_navigator"
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("fi", "sv", "en")
# English is the source language: its file carries only the plural forms ("1 item", "2 items").
PLURAL_ONLY = ("en",)
TARGET = {"fi": "fi_FI", "sv": "sv_FI", "en": "en"}
_PLACEHOLDER = re.compile(r"%L?\d|%L?n|%\([a-z_]+\)[a-z]|%[sr]")


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"sote_navigator_{language}.ts"


def qm_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"sote_navigator_{language}.qm"


def _tool(name: str) -> list[str]:
    """pyside6-lupdate/-lrelease next to this Python, on PATH, or inside the PySide6 package."""
    bin_dir = Path(sys.executable).parent
    for candidate in (bin_dir / f"pyside6-{name}", bin_dir / f"pyside6-{name}.exe"):
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    package = Path(PySide6.__file__).parent
    for candidate in (package / name, package / f"{name}.exe"):
        if candidate.exists():
            return [str(candidate)]
    raise FileNotFoundError(f"pyside6-{name} not found: install PySide6 (pip install -e .[dev])")


def _run(command: Sequence[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")


def lupdate(language: str, ts_file: Path) -> None:
    """Extract every tr()/translate() string of the package into ``ts_file``, keeping
    existing translations and dropping strings that no longer exist."""
    command = [
        *_tool("lupdate"),
        "-silent",
        "-extensions",
        "py",
        "-locations",
        "none",
        "-no-obsolete",
        "-source-language",
        "en",
        "-target-language",
        TARGET[language],
    ]
    if language in PLURAL_ONLY:
        command.append("-pluralonly")
    _run([*command, str(SOURCES), "-ts", str(ts_file)])


def lrelease(ts_file: Path, qm_file: Path) -> None:
    _run([*_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)])


@dataclass
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    translations: list[str] = field(default_factory=list)
    unfinished: bool = False

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def finished(self) -> bool:
        return (
            not self.unfinished
            and bool(self.translations)
            and all(t.strip() for t in self.translations)
        )

    def placeholder_problems(self) -> list[str]:
        """Translations whose %1/%n/%(name)s placeholders differ from the source's."""
        wanted = sorted(set(_PLACEHOLDER.findall(self.source)))
        problems = []
        for text in self.translations:
            found = sorted(set(_PLACEHOLDER.findall(text)))
            # A singular form may spell the number out ("yksi"), so %n may be absent there.
            if self.numerus:
                found = sorted(set(found) | {p for p in wanted if p.endswith("n")})
            if text and found != wanted:
                problems.append(text)
        return problems


def read_ts(path: Path) -> list[Message]:
    """The live messages of a .ts file (vanished and obsolete ones are skipped)."""
    messages: list[Message] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            numerus = element.get("numerus") == "yes"
            texts: list[str] = []
            if translation is not None:
                if numerus:
                    texts = [f.text or "" for f in translation.iter("numerusform")]
                else:
                    texts = [translation.text or ""]
            messages.append(
                Message(
                    name,
                    element.findtext("source") or "",
                    element.findtext("comment") or "",
                    numerus,
                    texts,
                    kind == "unfinished",
                )
            )
    return messages


def write_translations(path: Path, filled: dict[tuple[str, str, str], list[str]]) -> int:
    """Put translations into a .ts file and mark them finished. Returns how many were set."""
    tree = ET.parse(path)
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            key = (name, element.findtext("source") or "", element.findtext("comment") or "")
            if key not in filled or not all(t.strip() for t in filled[key]):
                continue
            translation = element.find("translation")
            if translation is None:
                translation = ET.SubElement(element, "translation")
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if element.get("numerus") == "yes":
                translation.text = None
                for text in filled[key]:
                    ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = filled[key][0]
            count += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return count


def unfinished(language: str, folder: Path = TRANSLATIONS) -> Iterator[Message]:
    for message in read_ts(ts_path(language, folder)):
        if not message.finished:
            yield message
