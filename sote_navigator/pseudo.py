"""Pseudo-translation: every string longer (about 40 %) and accented, to find cut-off text.

Finnish and Swedish run longer than English ("palvelutarpeen arviointi", "bedömning av
servicebehov"); a layout that only fits English breaks there. The pseudo language shows the
English text stretched and accented, so that such layouts show up without knowing either
language, and any string that escaped translation stays plain ASCII and stands out.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QTranslator

# Placeholders, markup and mnemonics stay as they are: Qt, argparse and the layout need them.
_KEEP = re.compile(
    r"%L?\d|%L?n|%%|%\([a-z_]+\)[a-z]|%[sdr]|&&|&[a-zA-Z]+;|<[^>]*>|\{[^}]*\}", re.IGNORECASE
)
_ACCENTS = str.maketrans(
    "aeiouycnszAEIOUYCNSZ",
    "áéíöüýçñšžÅÉÍÖÜÝÇÑŠŽ",
)
_PADDING = "ĺöñğ ŵöŕď "
GROWTH = 0.4


def _accent(text: str) -> str:
    out: list[str] = []
    position = 0
    for match in _KEEP.finditer(text):
        out.append(text[position : match.start()].translate(_ACCENTS))
        out.append(match.group(0))
        position = match.end()
    out.append(text[position:].translate(_ACCENTS))
    return "".join(out)


def pseudo(text: str) -> str:
    """``text`` accented and lengthened by about 40 %, placeholders kept."""
    if not text.strip():
        return text
    visible = len(_KEEP.sub("x", text))
    extra = max(2, math.ceil(visible * GROWTH)) - 2  # the brackets count too
    padding = (_PADDING * (extra // len(_PADDING) + 1))[:extra].rstrip()
    return f"[{_accent(text)}{' ' + padding if padding else ''}]"


class PseudoTranslator(QTranslator):
    """Answers every lookup with the pseudo form of the English text (plural forms included)."""

    def __init__(self, english: QTranslator | None = None) -> None:
        super().__init__()
        self._english = english

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        if context == "QShortcut":
            return ""  # key names must stay parseable
        english = ""
        if self._english is not None:
            english = self._english.translate(context, source_text, disambiguation, n) or ""
        return pseudo(english or source_text)

    def isEmpty(self) -> bool:
        return False
