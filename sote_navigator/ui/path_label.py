"""A file path shown whole, or elided in the middle when it cannot fit; whole in the tooltip."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class PathLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path = ""
        self._empty = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        # A file's path, the same in every language (tools/ui_text.UNTRANSLATED).
        self.setProperty("untranslatedText", True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Takes the width it is given; never widens the dialog to the path's length.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def path(self) -> str:
        return self._path

    def set_path(self, path: str) -> None:
        self._path = path
        self.setToolTip(path)
        self.setAccessibleDescription(path)
        self._fit()

    def set_empty_text(self, text: str) -> None:
        self._empty = text
        self._fit()

    def minimumSizeHint(self) -> QSize:
        return QSize(80, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        width = self.fontMetrics().horizontalAdvance(self._path or self._empty)
        return QSize(width + 8, super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if not self._path:
            self.setText(self._empty)
            return
        self.setText(
            self.fontMetrics().elidedText(
                self._path, Qt.TextElideMode.ElideMiddle, max(self.width() - 4, 40)
            )
        )
