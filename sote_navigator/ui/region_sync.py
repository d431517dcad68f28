"""File → Sync with the region…: region sync (services.region_sync) off the GUI thread, with
progress and Cancel; what it changed goes to the views through the change feed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from sote_navigator.core.errors import UserFacingError
from sote_navigator.core.progress import Progress
from sote_navigator.settings import REGION, Settings
from sote_navigator.ui.background import Operation, run_with_progress_dialog
from sote_navigator.ui.changes import ChangeFeed
from sote_navigator.wording.errors import problem_text

if TYPE_CHECKING:
    from sote_navigator.services.region_sync import SyncResult
    from sote_navigator.services.workspace import Workspace


class RegionSync(QObject):
    """The sync action in a menu; one sync at a time."""

    def __init__(
        self, window: QMainWindow, menu: QWidget, workspace: Workspace, changes: ChangeFeed
    ) -> None:
        super().__init__(window)
        self._window = window
        self._workspace = workspace
        self._changes = changes
        self.running: Operation | None = None
        self.last_message = ""
        self.action = QAction(window)
        self.action.setObjectName("regionSyncAction")
        self.action.triggered.connect(self.start)
        menu.addAction(self.action)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("S&ync with the region\u2026"))

    def start(self, region: str | None = None) -> Operation | None:
        """Sync with ``region`` (default: the [region] setting, read here on the GUI thread)."""
        if self.running is not None:
            return None
        from sote_navigator.services import region_sync

        try:
            where = region_sync.region_database(
                region if region is not None else Settings().get(REGION)
            )
        except UserFacingError as error:
            self._tell(problem_text(error), failed=True)
            return None
        workspace = self._workspace

        def work(progress: Progress) -> SyncResult:
            return region_sync.sync(workspace, where, progress)

        def ended() -> None:
            self.running = None
            self.action.setEnabled(True)

        self.action.setEnabled(False)
        self.running = run_with_progress_dialog(
            self._window,
            self.tr("Sync with the region"),
            self.tr("Pushing the placements saved here\u2026"),
            work,
            succeeded=lambda result: self._synced(result, where.shown),
            failed=self._failed,
            cancelled=lambda: self._tell(
                self.tr("Sync cancelled: what was done before stays done; sync again later.")
            ),
            ended=ended,
            stage_text=self._stage,
        )
        return self.running

    def _stage(self, stage: str) -> str:
        if stage == "status":
            return self.tr("Fetching status changes from other desks\u2026")
        if stage == "push":
            return self.tr("Pushing the placements saved here\u2026")
        return self.tr("Fetching the region's catalogue\u2026")

    def _synced(self, result: SyncResult, shown: str) -> None:
        from sote_navigator.wording import region_sync as words

        self._changes.publish(result.changes)
        lines = [*words.pushed_lines(result, shown), words.catalogue_line(result)]
        self._tell("\n".join(lines))

    def _failed(self, error: BaseException) -> None:
        known = error if isinstance(error, UserFacingError) else self._workspace.failure(error)
        if known is None:
            raise error  # unexpected: the crash reporter logs and explains it
        self._tell(problem_text(known), failed=True)

    def _tell(self, text: str, *, failed: bool = False) -> None:
        self.last_message = text
        box = QMessageBox(
            QMessageBox.Icon.Warning if failed else QMessageBox.Icon.Information,
            self.tr("Sync with the region"),
            text,
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        box.setObjectName("regionSyncMessage")
        box.open()
