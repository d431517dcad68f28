"""The Placement menu and the offer to continue an unfinished draft at start-up.

Kept out of the main window so that the window only wires components together.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QPushButton, QStyle, QWidget

from sote_navigator import follow_up_text, i18n
from sote_navigator.core import localized
from sote_navigator.core.placement_record import PlacementRecord
from sote_navigator.i18n import arg, translate
from sote_navigator.services.changes import Changes
from sote_navigator.settings import FOLLOW_UP_DAYS, Settings
from sote_navigator.ui.changes import ChangeFeed

if TYPE_CHECKING:
    from sote_navigator.services.workspace import Workspace

    # Loaded when first opened: the window answers searches before they are needed.
    from sote_navigator.ui.history import HistoryDialog
    from sote_navigator.ui.region_report import RegionReportDialog
    from sote_navigator.ui.wizard import PlacementWizard


class PlacementActions(QObject):
    """Owns the Placement menu of a main window and the windows it opens, which publish
    what they change to ``changes``."""

    def __init__(
        self, window: QMainWindow, workspace: Workspace, changes: ChangeFeed | None = None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.changes = changes if changes is not None else ChangeFeed(self)
        self.menu = QMenu(window)
        self.menu.setObjectName("placementMenu")
        self.new_action = QAction(window)
        self.new_action.setObjectName("newPlacementAction")
        self.history_action = QAction(window)
        self.history_action.setObjectName("placementHistoryAction")
        self.menu.addAction(self.new_action)
        self.menu.addAction(self.history_action)
        self.report_action = QAction(window)
        self.report_action.setObjectName("regionReportAction")
        self.menu.addAction(self.report_action)
        self.report_action.triggered.connect(lambda: self.show_region_report())
        window.menuBar().addMenu(self.menu)
        self.new_action.triggered.connect(lambda: self.new_placement())
        self.history_action.triggered.connect(lambda: self.show_history())
        self.wizard: PlacementWizard | None = None
        self.history: HistoryDialog | None = None
        self.report: RegionReportDialog | None = None
        # The referrals waiting for a decision, counted from the database: in the status bar,
        # a click away from the list of them.
        self.follow_ups = QPushButton(window)
        self.follow_ups.setObjectName("followUpCount")
        self.follow_ups.setFlat(True)
        self.follow_ups.clicked.connect(lambda: self.show_follow_ups())
        window.statusBar().addPermanentWidget(self.follow_ups)
        self.follow_up_count = 0
        # Days pass while the window stays open all day: count again every half hour.
        self._recount = QTimer(self)
        self._recount.setInterval(30 * 60 * 1000)
        self._recount.timeout.connect(lambda: self.refresh_follow_ups())
        self._recount.start()
        # A saved, changed or deleted placement counts again (once the history is built, it
        # counts its redrawn rows and hands the number over: records_changed).
        self.changes.published.connect(self._placements_changed)
        window.installEventFilter(self)
        self.retranslate()
        self.refresh_follow_ups()

    def _placements_changed(self, changes: Changes) -> None:
        if changes.placements and self.history is None:
            self.refresh_follow_ups()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.menu.setTitle(translate("PlacementActions", "&Placement"))
        self.new_action.setText(translate("PlacementActions", "&New placement\u2026"))
        self.history_action.setText(translate("PlacementActions", "Placement &history\u2026"))
        self.report_action.setText(translate("PlacementActions", "&Regional report\u2026"))
        self._show_follow_up_count()

    def refresh_follow_ups(self, count: int | None = None) -> None:
        """Count the referrals waiting for a decision again (or take ``count``, just read)."""
        if count is None:
            days = Settings().get(FOLLOW_UP_DAYS)
            count = self.workspace.history(days).follow_up_count()
        self.follow_up_count = count
        self._show_follow_up_count()

    def _show_follow_up_count(self) -> None:
        count = self.follow_up_count
        self.follow_ups.setText(follow_up_text.count_text(count))
        self.follow_ups.setToolTip(
            translate("PlacementActions", "Open the referrals that wait for a decision")
        )
        self.follow_ups.setAccessibleName(follow_up_text.count_text(count))
        # Not by colour alone: a warning sign and bold type when there are any.
        icon = QStyle.StandardPixmap.SP_MessageBoxWarning
        self.follow_ups.setIcon(self.window.style().standardIcon(icon) if count else QIcon())
        font = self.follow_ups.font()
        font.setBold(count > 0)
        self.follow_ups.setFont(font)

    def new_placement(self, draft: PlacementRecord | None = None) -> PlacementWizard:
        from sote_navigator.ui.wizard import PlacementWizard

        wizard = PlacementWizard(self.workspace, self.window, draft=draft, changes=self.changes)
        wizard.show()
        if draft is not None:
            wizard.restore()
        self.wizard = wizard
        return wizard

    def show_history(self) -> HistoryDialog:
        if self.history is None:
            from sote_navigator.ui.history import HistoryDialog

            self.history = HistoryDialog(self.workspace, self.window, changes=self.changes)
            self.history.records_changed.connect(lambda count: self.refresh_follow_ups(count))
        else:
            self.history.reload()
        self.history.show()
        self.history.raise_()
        return self.history

    def show_region_report(self) -> RegionReportDialog:
        if self.report is None:
            from sote_navigator.ui.region_report import RegionReportDialog

            self.report = RegionReportDialog(self.workspace, self.window)
        else:
            self.report.recount()
        self.report.show()
        self.report.raise_()
        return self.report

    def show_follow_ups(self) -> HistoryDialog:
        history = self.show_history()
        history.show_follow_ups()
        return history

    def offer_unfinished_draft(self) -> PlacementWizard | None:
        """If the last session left a placement unfinished, offer to continue it."""
        drafts = self.workspace.records.unfinished()
        if not drafts:
            return None
        draft = drafts[0]
        if ask_to_continue(self.window, draft, len(drafts)) != QMessageBox.StandardButton.Yes:
            return None
        return self.new_placement(draft)


def draft_description(draft: PlacementRecord) -> str:
    snap = draft.snapshot
    lang = i18n.content_language()
    parts = [
        localized.pick(snap.context.municipality.names if snap else [], lang)
        or draft.input.municipality,
        localized.pick(snap.service.names if snap and snap.service else [], lang)
        or draft.input.need_text,
    ]
    return ", ".join(p for p in parts if p)


def ask_to_continue(
    parent: QWidget, draft: PlacementRecord, count: int
) -> QMessageBox.StandardButton:
    text = arg(
        translate("PlacementActions", "A placement was left unfinished on %1 (%2)."),
        i18n.format_datetime(draft.updated_at),
        draft_description(draft) or translate("PlacementActions", "no details yet"),
    )
    text += " " + translate(
        "PlacementActions", "Continue it now? It stays in the placement history either way."
    )
    if count > 1:
        text += "\n" + translate(
            "PlacementActions",
            "%n more unfinished placement(s) are in the history.",
            None,
            count - 1,
        )
    return QMessageBox.question(
        parent,
        translate("PlacementActions", "Unfinished placement"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
