"""Where the window's parts hear what another part changed.

What writes (the import dialog, the wizard, the history) publishes the ``Changes`` its
operation returned; each view that shows something subscribes and redraws only what the
summary touches (see services.changes). One feed per main window, handed to the parts that
write or show; a dialog built on its own makes its own.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from sote_navigator.services.changes import Changes


class ChangeFeed(QObject):
    published = Signal(object)  # Changes

    def publish(self, changes: Changes) -> None:
        if changes.catalogue or changes.placements:
            self.published.emit(changes)
