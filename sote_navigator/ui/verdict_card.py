"""The answer at a glance: the chosen service's verdict for the home municipality as a card.

Colour, an icon and words together, never colour alone: each verdict kind has its own icon
shape and its own colour, and the verdict's words (wording.reasons, the same words as the
wizard, the command line and the printout) are always shown. Below them the way in (the
access reason) and the service's phone lines and e-services. All text is plain text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sote_navigator.core.reasons import Verdict
from sote_navigator.i18n import arg
from sote_navigator.ui.widgets import plain_label
from sote_navigator.wording.catalogue_facts import charge_text
from sote_navigator.wording.display import shown as shown_name
from sote_navigator.wording.vocabulary import choice_text

if TYPE_CHECKING:
    from sote_navigator.core.catalogue import Routing
    from sote_navigator.core.item_views import ServiceView

# Colour of the stripe and icon, tint of the card: dark enough for white on it (WCAG AA).
COLOURS: dict[Verdict, tuple[str, str]] = {
    Verdict.ELIGIBLE: ("#2e7d32", "#edf7ee"),
    Verdict.ASSESSMENT_DECISION: ("#1565c0", "#eaf2fc"),
    Verdict.REFERRAL: ("#00695c", "#e7f4f2"),
    Verdict.CONDITIONAL: ("#9a5b00", "#fdf4e6"),
    Verdict.MUNICIPAL: ("#6a1b9a", "#f5ecf9"),
    Verdict.OUTSIDE_REFORM: ("#6a1b9a", "#f5ecf9"),
    Verdict.NOT_ELIGIBLE: ("#c62828", "#fdecec"),
}
# The icon's shape, drawn (no icon theme needed offscreen or in the bundle).
SHAPES: dict[Verdict, str] = {
    Verdict.ELIGIBLE: "check",
    Verdict.ASSESSMENT_DECISION: "steps",
    Verdict.REFERRAL: "arrow",
    Verdict.CONDITIONAL: "question",
    Verdict.MUNICIPAL: "house",
    Verdict.OUTSIDE_REFORM: "house",
    Verdict.NOT_ELIGIBLE: "cross",
}
ICON_SIZE = 34
OTHER_ICON = 18


def verdict_icon(verdict: Verdict, size: int = ICON_SIZE, ratio: float = 1.0) -> QPixmap:
    """A filled circle in the verdict's colour with a white shape for its kind."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(COLOURS[verdict][0]))
    painter.drawEllipse(QRectF(0, 0, size, size))
    pen = QPen(QColor("white"), size * 0.11)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    s = size

    def p(x: float, y: float) -> QPointF:
        return QPointF(x * s, y * s)

    shape = SHAPES[verdict]
    path = QPainterPath()
    if shape == "check":
        path.moveTo(p(0.27, 0.52))
        path.lineTo(p(0.44, 0.68))
        path.lineTo(p(0.74, 0.34))
    elif shape == "cross":
        path.moveTo(p(0.32, 0.32))
        path.lineTo(p(0.68, 0.68))
        path.moveTo(p(0.68, 0.32))
        path.lineTo(p(0.32, 0.68))
    elif shape == "arrow":
        path.moveTo(p(0.25, 0.5))
        path.lineTo(p(0.73, 0.5))
        path.moveTo(p(0.55, 0.32))
        path.lineTo(p(0.73, 0.5))
        path.lineTo(p(0.55, 0.68))
    elif shape == "steps":
        path.moveTo(p(0.25, 0.70))
        path.lineTo(p(0.42, 0.70))
        path.lineTo(p(0.42, 0.52))
        path.lineTo(p(0.58, 0.52))
        path.lineTo(p(0.58, 0.34))
        path.lineTo(p(0.75, 0.34))
    elif shape == "house":
        path.moveTo(p(0.28, 0.48))
        path.lineTo(p(0.5, 0.28))
        path.lineTo(p(0.72, 0.48))
        path.moveTo(p(0.34, 0.45))
        path.lineTo(p(0.34, 0.72))
        path.lineTo(p(0.66, 0.72))
        path.lineTo(p(0.66, 0.45))
    else:  # question
        path.moveTo(p(0.38, 0.38))
        path.cubicTo(p(0.38, 0.22), p(0.64, 0.22), p(0.63, 0.38))
        path.cubicTo(p(0.62, 0.48), p(0.5, 0.47), p(0.5, 0.58))
        path.moveTo(p(0.5, 0.74))
        path.lineTo(p(0.5, 0.745))
    painter.drawPath(path)
    painter.end()
    return pixmap


class VerdictCard(QFrame):
    """The verdict on the chosen service for the client's municipality, or nothing (hidden)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictCard")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.verdict: Verdict | None = None
        self._view: ServiceView | None = None
        self._routing: Routing | None = None
        self.icon = QLabel(self)
        self.icon.setObjectName("verdictIcon")
        self.icon.setFixedSize(ICON_SIZE, ICON_SIZE)
        self.words = plain_label(self, selectable=False)
        self.words.setObjectName("verdictWords")
        font = QFont(self.words.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.words.setFont(font)
        self.way_in = plain_label(self, selectable=False)
        self.way_in.setObjectName("verdictWayIn")
        self.routes = plain_label(self, selectable=False)
        self.routes.setObjectName("verdictRoutes")
        self.facts = plain_label(self, selectable=False)
        self.facts.setObjectName("verdictFacts")
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.words)
        text.addWidget(self.way_in)
        text.addWidget(self.routes)
        text.addWidget(self.facts)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 8, 10, 8)
        row.setSpacing(10)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        self.hide()

    def show_service(self, view: ServiceView | None, routing: Routing | None) -> None:
        self._view, self._routing = view, routing
        self._render()

    def set_routing(self, routing: Routing | None) -> None:
        """Another home municipality: the same service's verdict for it."""
        self._routing = routing
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)

    def _render(self) -> None:
        if self._view is None:
            self.verdict = None
            self.hide()
            return
        # Imported here: the window's first paint does without the catalogue's records.
        from sote_navigator.core.contact_routes import route_json
        from sote_navigator.core.glance import glance
        from sote_navigator.wording.contact_routes import route_line
        from sote_navigator.wording.reasons import reason_text, verdict_text

        found = glance(self._view.service, self._routing)
        self.verdict = found.verdict
        strong, tint = COLOURS[found.verdict]
        self.setStyleSheet(
            f"QFrame#verdictCard {{ background:{tint}; border:1px solid {strong}; "
            f"border-left:6px solid {strong}; border-radius:4px; }}"
            f"QFrame#verdictCard QLabel {{ background:transparent; border:none; color:#1a1a1a; }}"
        )
        self.icon.setPixmap(verdict_icon(found.verdict, ratio=self.devicePixelRatioF()))
        words = verdict_text(found.verdict, found.reasons)
        self.words.setText(words)
        self.icon.setAccessibleName(words)
        way_in = [reason_text(r) for r in found.reasons]
        self.way_in.setText("\n".join(way_in))
        organiser = self._routing.organiser.id if self._routing else None
        routes = [
            route_line(route_json(r))
            for r in self._view.routes
            if organiser is None or r.organiser_id in (None, organiser)
        ]
        self.routes.setText("\n".join("\u2022 " + line for line in routes))
        self.routes.setVisible(bool(routes))
        service = self._view.service
        facts = [
            arg(self.tr("Choice: %1"), choice_text(service.choice)),
            arg(self.tr("Charge: %1"), charge_text(service.charge)),
        ]
        self.facts.setText("   \u2022   ".join(facts))
        self.setAccessibleName(arg(self.tr("Verdict: %1"), words))
        self.setAccessibleDescription("\n".join([*way_in, *routes, *facts]))
        self.show()


class OtherVerdicts(QListWidget):
    """The other services the search found, each with its verdict's icon and words: the
    services that fit, at a glance. Choosing one shows it (``chosen``: its id)."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("otherVerdicts")
        self.setIconSize(QSize(OTHER_ICON, OTHER_ICON))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._shown: list[tuple[ServiceView, Routing | None]] = []
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Other services found"))
        self.setAccessibleDescription(
            self.tr(
                "The other services the search found, with their verdicts; choose one to see it"
            )
        )

    def show_services(self, shown: list[tuple[ServiceView, Routing | None]]) -> None:
        self._shown = shown
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._render()
        super().changeEvent(event)

    def _render(self) -> None:
        from sote_navigator import i18n
        from sote_navigator.core.glance import glance  # not before the first paint
        from sote_navigator.wording.reasons import verdict_text

        self.clear()
        language = i18n.content_language()
        for view, routing in self._shown:
            found = glance(view.service, routing)
            words = verdict_text(found.verdict, found.reasons)
            name = shown_name(view.service.name(language))
            item = QListWidgetItem(arg(self.tr("%1: %2"), name, words))
            item.setIcon(QIcon(verdict_icon(found.verdict, OTHER_ICON, self.devicePixelRatioF())))
            item.setData(Qt.ItemDataRole.UserRole, view.service.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, arg(self.tr("%1: %2"), name, words))
            self.addItem(item)
        self.setVisible(bool(self._shown))
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        height = sum(self.sizeHintForRow(r) for r in range(self.count()))
        self.setFixedHeight(height + 2 * self.frameWidth() + 2 if self.count() else 0)

    def _activated(self, item: QListWidgetItem) -> None:
        # After the click is handled: choosing redraws this list, and its items with it.
        service_id = str(item.data(Qt.ItemDataRole.UserRole))
        QTimer.singleShot(0, lambda: self.chosen.emit(service_id))
