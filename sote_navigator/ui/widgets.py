"""Small widgets the navigator's components share."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QToolButton, QWidget

from sote_navigator.i18n import translate


class ClearingLineEdit(QLineEdit):
    """A line edit that Escape clears (after closing its completer popup, if one is open)."""

    escaped = Signal()

    def _popup_open(self) -> bool:
        completer = self.completer()
        popup = completer.popup() if completer else None
        return bool(popup and popup.isVisible())

    def event(self, event: QEvent) -> bool:
        # Claim Escape before a window-wide Escape shortcut does.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and not self._popup_open()
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not self._popup_open():
            self.clear()
            self.escaped.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def name_clear_button(edit: QLineEdit) -> None:
    """Name a line edit's clear button (setClearButtonEnabled): Qt leaves it unnamed, and a
    screen reader would announce a bare "button". Call again when the language changes."""
    for button in edit.findChildren(QToolButton):
        button.setAccessibleName(translate("LineEdit", "Clear the text"))


def plain_label(parent: QWidget | None = None, *, selectable: bool = True) -> QLabel:
    """A label for catalogue text: plain text always, wrapped, selectable by keyboard."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if selectable:
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
    return label


class Badge(QLabel):
    """A short coloured tag: a provider's kind, or the example-data mark."""

    KIND = "kind"
    EXAMPLE = "example"
    RIGHT = "right"
    _STYLES: ClassVar[dict[str, str]] = {
        KIND: "background:#1f5f8b; color:white;",
        EXAMPLE: "background:#ffd54f; color:#3e2723;",
        RIGHT: "background:#2e7d32; color:white;",
    }

    def __init__(self, style: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(
            f"QLabel {{ {self._STYLES[style]} border-radius: 3px; padding: 2px 6px; "
            "font-weight: bold; }"
        )
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
