"""The one place that picks languages: the UI language, Qt translators, babel formatting.

Qt keeps its installed translators process-wide; we mirror that here with one active language,
so that messages worded outside widgets (CLI output, shared messages) follow the same choice.
The CLI never creates a QApplication: translations are looked up in QTranslator objects
directly.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from sote_navigator import paths, pyside_guard
from sote_navigator.pseudo import PseudoTranslator

if TYPE_CHECKING:
    from babel import Locale

# The first place the application imports Qt: from here on PySide6 need not read the source
# of every module imported after it.
pyside_guard.skip_source_scans()

# babel is imported where it formats: importing it and loading a locale's data takes about
# 25 ms, which the main window's first paint does not need (counts go through format_count).

SUPPORTED = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "fi"
# The hidden layout-testing language: English stretched and accented (see pseudo.py).
PSEUDO = "pseudo"
PSEUDO_VARIABLE = "SOTE_NAVIGATOR_PSEUDO"
LANGUAGES = (*SUPPORTED, PSEUDO)
# Babel/Qt locale for each UI language: Finland's conventions in every language.
LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_FI", PSEUDO: "en_FI"}
_PLACEHOLDER = re.compile(r"%(\d)")


def _code(tag: str) -> str:
    return tag.replace("-", "_").split("_")[0].split(".")[0].split("@")[0].lower()


def system_language() -> str:
    """The UI language the system asks for; Finnish when it is none of ours.

    The POSIX variables decide when one is set (the first that names a real locale; LANGUAGE
    may list several), otherwise the platform's preferred UI languages (Windows, macOS).
    """
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"):
        codes = [_code(part) for part in os.environ.get(variable, "").split(":")]
        codes = [c for c in codes if c and c not in ("c", "posix")]
        if codes:
            return next((c for c in codes if c in SUPPORTED), DEFAULT_LANGUAGE)
    if sys.platform in ("win32", "darwin"):  # elsewhere Qt reads the same variables
        for tag in QLocale.system().uiLanguages():
            if _code(tag) in SUPPORTED:
                return _code(tag)
    return DEFAULT_LANGUAGE


def normalize_language(value: str | None) -> str:
    if value and value.lower() == PSEUDO:
        return PSEUDO
    if value and value.lower()[:2] in SUPPORTED:
        return value.lower()[:2]
    return system_language()


def choose_language(requested: str | None, remembered: str | None = None) -> str:
    """The UI language: pseudo when asked for, then --lang, the remembered choice, the system."""
    if os.environ.get(PSEUDO_VARIABLE, "") not in ("", "0"):
        return PSEUDO
    for candidate in (requested, remembered):
        if candidate and candidate.lower() in LANGUAGES:
            return candidate.lower()
    return system_language()


@dataclass
class _State:
    language: str = DEFAULT_LANGUAGE
    translators: list[QTranslator] = field(default_factory=list)


_state = _State()


def _ours(language: str) -> QTranslator | None:
    translator = QTranslator()
    folder = paths.translations_dir()
    if folder is not None and translator.load(f"sote_navigator_{language}", str(folder)):
        return translator
    return None


def _load_translators(language: str) -> list[QTranslator]:
    if language == PSEUDO:
        return [PseudoTranslator(_ours("en"))]
    loaded: list[QTranslator] = []
    ours = _ours(language)
    if ours is not None:
        loaded.append(ours)
    if language != "en":
        qt = QTranslator()
        # qtbase_*, not qt_*: with PySide6-Essentials qt_* points at catalogues we lack.
        if qt.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            loaded.append(qt)
    return loaded


def set_language(language: str) -> str:
    """Make ``language`` the active one for messages, Qt and formatting. Returns it."""
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    app = QCoreApplication.instance()
    if app is not None:
        for old in _state.translators:
            QCoreApplication.removeTranslator(old)
    _state.translators = _load_translators(language)
    _state.language = language
    QLocale.setDefault(QLocale(LOCALES[language]))
    if app is not None:
        for translator in _state.translators:
            QCoreApplication.installTranslator(translator)
    return language


class _Scope(threading.local):
    """A language used for one piece of output on one thread (e.g. a printout)."""

    def __init__(self) -> None:
        self.active: tuple[str, list[QTranslator]] | None = None
        self.loaded: dict[str, list[QTranslator]] = {}


_scope = _Scope()


@contextmanager
def language_scope(language: str) -> Iterator[str]:
    """Word messages and format numbers in ``language`` inside the block, on this thread only.

    For output in the client's language (a placement summary in Swedish) while the UI stays
    in the counsellor's language: Qt's installed translators are not touched.
    """
    language = language if language in SUPPORTED else DEFAULT_LANGUAGE
    if language not in _scope.loaded:
        _scope.loaded[language] = _load_translators(language)
    previous = _scope.active
    _scope.active = (language, _scope.loaded[language])
    try:
        yield language
    finally:
        _scope.active = previous


def _active() -> str:
    return _scope.active[0] if _scope.active else _state.language


def language() -> str:
    """The active UI language: fi, sv, en, or pseudo (or the scoped one on this thread)."""
    return _active()


def content_language(language: str | None = None) -> str:
    """The language in which to pick catalogue text and formats: pseudo reads as English."""
    lang = language or _active()
    return "en" if lang == PSEUDO else lang


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Like QCoreApplication.translate, but also works when no application object exists."""
    found = text
    translators = _scope.active[1] if _scope.active else _state.translators
    for translator in translators:
        answer = translator.translate(context, text, disambiguation, n)
        if answer:
            found = answer
            break
    if n < 0:
        return found
    return found.replace("%Ln", format_count(n)).replace("%n", str(n))


def arg(template: str, *values: object) -> str:
    """Fill Qt-style %1, %2 … placeholders."""
    return _PLACEHOLDER.sub(
        lambda m: (
            str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values) else m.group(0)
        ),
        template,
    )


def babel_locale(language: str | None = None) -> Locale:
    from babel import Locale

    return Locale.parse(LOCALES[language or _active()])


# Finland's way in every language: 1.1.2025 and 8.30 as Finnish and Finland-Swedish readers
# write them (not Sweden's 2025-01-01), and an English day-month-year no reader can misread.
_DATE = {"fi": "d.M.yyyy", "sv": "d.M.yyyy", "en": "d MMM yyyy"}
_TIME = {"fi": "H.mm", "sv": "H.mm", "en": "HH:mm"}
_AT = {"fi": " 'klo'", "sv": " 'kl.'", "en": ","}


def format_date(value: dt.date, language: str | None = None) -> str:
    """1.1.2025 in Finnish and Swedish, 1 Jan 2025 in English."""
    from babel.dates import format_date as babel_format_date

    lang = content_language(language)
    return str(babel_format_date(value, _DATE[lang], locale=babel_locale(lang)))


def format_time(value: dt.time | str, language: str | None = None) -> str:
    """A time of day: 8.30 in Finnish and Swedish, 08:30 in English.

    Also takes the catalogue's "HH:MM" text, including "24:00" (the end of a day), and returns
    any other text unchanged.
    """
    lang = content_language(language)
    if isinstance(value, str):
        hours, colon, minutes = value.strip().partition(":")
        if not (colon and hours.isdigit() and minutes.isdigit() and len(minutes) == 2):
            return value
        hour, minute = int(hours), int(minutes)
        if not (0 <= hour <= 24 and 0 <= minute < 60) or (hour == 24 and minute):
            return value
    else:
        hour, minute = value.hour, value.minute
    if lang == "en":
        return f"{hour:02d}:{minute:02d}"
    return f"{hour}.{minute:02d}"


def format_datetime(value: dt.datetime, language: str | None = None) -> str:
    """A moment in the user's local time; naive values are UTC, as the database stores them."""
    from babel.dates import format_datetime as babel_format_datetime

    lang = content_language(language)
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    value = value.astimezone()
    pattern = f"{_DATE[lang]}{_AT[lang]} {_TIME[lang]}"
    return str(babel_format_datetime(value, pattern, locale=babel_locale(lang)))


def format_money(cents: int, language: str | None = None) -> str:
    """1\u00a0234,50\u00a0€ in every language (Finland's way), a non-breaking space between
    thousands and before the sign."""
    from babel.numbers import format_currency

    amount = Decimal(cents) / 100
    return str(format_currency(amount, "EUR", locale=babel_locale(language)))


def format_number(value: int | float | Decimal, language: str | None = None) -> str:
    """1\u00a0234,5 in every language: a decimal comma, thousands after a non-breaking space."""
    from babel.numbers import format_decimal

    return str(format_decimal(value, locale=babel_locale(language)))


def format_count(value: int, language: str | None = None) -> str:
    """A count of things (never negative) grouped as format_number groups it.

    Qt's locale data gives the same text as babel for counts (a test holds them together) and
    is already loaded, so the window's first paint does not wait for babel's locale data.
    """
    if value < 0:
        return format_number(value, language)
    return str(QLocale(LOCALES[language or _active()]).toString(value))
