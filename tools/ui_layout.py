"""How much of a pane shows something, and item-view cells whose text does not fit.

A pane is "mostly empty" when less than half of its height holds content: the union of the
vertical extents of what it shows (labels with text, inputs, buttons, and an item view's
visible rows), clipped to what is on screen. Generic over any widget tree.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QWidget,
)

MOSTLY_EMPTY = 0.5


def _visible_rect(w: QWidget, pane: QWidget) -> QRect:
    """The part of ``w`` on screen, in ``pane``'s coordinates (clipped by every scroll area
    and parent between them)."""
    rect = QRect(w.mapTo(pane, QPoint(0, 0)), w.size())
    parent = w.parentWidget()
    while parent is not None and parent is not pane:
        if isinstance(parent, QAbstractScrollArea):
            viewport = parent.viewport()
            rect = rect.intersected(QRect(viewport.mapTo(pane, QPoint(0, 0)), viewport.size()))
        parent = parent.parentWidget()
    return rect.intersected(pane.rect())


def _row_rects(view: QAbstractItemView, pane: QWidget) -> list[QRect]:
    model = view.model()
    if model is None:
        return []
    viewport = view.viewport()
    origin = viewport.mapTo(pane, QPoint(0, 0))
    clip = QRect(origin, viewport.size())
    found = []
    index = view.indexAt(QPoint(1, 1))
    while index.isValid():
        rect = view.visualRect(index)
        if rect.top() > viewport.height():
            break
        found.append(QRect(origin + rect.topLeft(), rect.size()).intersected(clip))
        below = view.indexAt(QPoint(1, rect.bottom() + 2))
        if not below.isValid() or below == index:
            break
        index = below
    header = getattr(view, "header", None)
    if callable(header):
        h = header()
        if isinstance(h, QHeaderView) and h.isVisible() and found:
            found.append(_visible_rect(h, pane))
    return found


def content_rects(pane: QWidget) -> list[QRect]:
    """What the pane shows, as rectangles in its coordinates."""
    rects: list[QRect] = []
    for w in pane.findChildren(QWidget):
        if not w.isVisibleTo(pane) or not w.isVisible():
            continue
        if isinstance(w, QAbstractItemView):
            rects += _row_rects(w, pane)
        elif (
            isinstance(w, QLabel) and (w.text().strip() or not w.pixmap().isNull())
        ) or isinstance(w, QAbstractButton | QLineEdit | QComboBox):
            rects.append(_visible_rect(w, pane))
    return [r for r in rects if r.height() > 0 and r.width() > 0]


def filled_fraction(pane: QWidget) -> float:
    """The share of the pane's height that content covers (union of vertical extents)."""
    height = pane.height()
    if height <= 0:
        return 0.0
    spans = sorted((r.top(), r.bottom() + 1) for r in content_rects(pane))
    covered, end = 0, 0
    for top, bottom in spans:
        top = max(top, end)
        if bottom > top:
            covered += bottom - top
            end = bottom
    return covered / height


@dataclass(frozen=True)
class CutCell:
    view: str
    row: int
    column: int
    text: str
    needed: int
    available: int

    def __str__(self) -> str:
        return (
            f"{self.view} row {self.row} column {self.column}: {self.text!r} needs "
            f"{self.needed} px, has {self.available} px"
        )


def cut_cells(view: QAbstractItemView) -> list[CutCell]:
    """Visible cells whose text is wider (or, wrapped, taller) than the cell."""
    model = view.model()
    problems: list[CutCell] = []
    if model is None:
        return problems
    fm = view.fontMetrics()
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    height = view.viewport().height()
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # QAbstractListModel keeps columnCount private: one column
        columns = 1
    for row in range(model.rowCount(QModelIndex())):
        for column in range(columns):
            index = model.index(row, column)
            rect = view.visualRect(index)
            if rect.isEmpty() or rect.top() > height or rect.bottom() < 0:
                continue
            if getattr(view, "isColumnHidden", lambda _c: False)(column):
                continue
            text = model.data(index, Qt.ItemDataRole.DisplayRole)
            if not isinstance(text, str) or not text:
                continue
            available = rect.width() - 2 * margin
            if getattr(view, "wordWrap", lambda: False)():
                bound = fm.boundingRect(
                    QRect(0, 0, available, 1 << 16), Qt.TextFlag.TextWordWrap, text
                )
                longest = max((fm.horizontalAdvance(w) for w in text.split()), default=0)
                if longest > available:
                    problems.append(
                        CutCell(view.objectName(), row, column, text, longest, available)
                    )
                elif bound.height() > rect.height():
                    problems.append(
                        CutCell(view.objectName(), row, column, text, bound.height(), rect.height())
                    )
            else:
                needed = max(fm.horizontalAdvance(line) for line in text.split("\n"))
                if needed > available:
                    problems.append(
                        CutCell(view.objectName(), row, column, text, needed, available)
                    )
    return problems


def _wrapped_cut(label: QLabel) -> tuple[int, int] | None:
    """(needed, available) when a wrapped label's text does not fit, laid out as QLabel does
    (breaking where Unicode allows, also after "/" in an address)."""
    inner = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    needed_height = 0
    for paragraph in label.text().split("\n"):
        layout = QTextLayout(paragraph, label.font())
        layout.setTextOption(option)
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(inner)
            if line.naturalTextWidth() > inner + 1:
                layout.endLayout()
                return round(line.naturalTextWidth()), inner
            needed_height += round(line.height())
        layout.endLayout()
    if needed_height > label.contentsRect().height() + 2:
        return needed_height, label.contentsRect().height()
    return None


def cut_labels(top: QWidget) -> list[str]:
    """Visible labels whose text is elided or cut: wider or taller than the label."""
    problems = []
    for label in top.findChildren(QLabel):
        if not label.isVisible() or not label.text() or not label.pixmap().isNull():
            continue
        fm = label.fontMetrics()
        text = label.text().replace("&&", "\0").replace("&", "") if label.buddy() else label.text()
        if label.wordWrap():
            found = _wrapped_cut(label)
        else:
            inner = label.contentsRect().width() - 2 * label.margin()
            needed = max(fm.horizontalAdvance(line) for line in text.split("\n"))
            found = (needed, inner) if needed > inner else None
        shown = _visible_rect(label, top)
        if found is None and shown.height() > 0 and shown.width() < label.width() - 1:
            # Scrolled or pushed sideways out of its pane: part of it is never seen at once.
            found = (label.width(), shown.width())
        if found is not None:
            name = f"{type(label).__name__}#{label.objectName() or '?'}"
            problems.append(f"{name}: {text!r} needs {found[0]} px, has {found[1]} px")
    return problems


def content_extent(pane: QWidget) -> float:
    """The share of the pane's height from the top of its first content to the bottom of its
    last: 1.0 for a pane whose content reaches its foot, small for one with a white field."""
    rects = content_rects(pane)
    if not rects or pane.height() <= 0:
        return 0.0
    bottom = max(r.bottom() + 1 for r in rects)
    return min(bottom, pane.height()) / pane.height()
