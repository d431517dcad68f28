"""The service tree as a Qt item model: levels or classes, with services as leaves.

Nodes are numbered once when the tree is set; an index carries the node's number as its
internal id, so no Python object has to outlive its reference inside Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt

from sote_navigator import i18n, messages
from sote_navigator.core.navigation import NodeKind, TreeNode
from sote_navigator.core.vocabulary import ServiceLevel
from sote_navigator.ui import wording
from sote_navigator.ui.list_models import EXAMPLE_ROLE, ID_ROLE, KIND_ROLE, ROOT, Index

_NO_PARENT = -1


class ServiceTreeModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._nodes: list[TreeNode] = []
        self._parents: list[int] = []
        self._rows: list[int] = []
        self._children: dict[int, list[int]] = {_NO_PARENT: []}
        self._counts: list[int] = []

    def set_tree(self, roots: Sequence[TreeNode]) -> None:
        self.beginResetModel()
        self._nodes, self._parents, self._rows, self._counts = [], [], [], []
        self._children = {_NO_PARENT: []}
        stack: list[tuple[TreeNode, int]] = [(n, _NO_PARENT) for n in reversed(roots)]
        while stack:
            node, parent = stack.pop()
            number = len(self._nodes)
            siblings = self._children[parent]
            self._nodes.append(node)
            self._parents.append(parent)
            self._rows.append(len(siblings))
            self._counts.append(node.count())
            siblings.append(number)
            self._children[number] = []
            stack.extend((child, number) for child in reversed(node.children))
        self.endResetModel()

    def node(self, index: Index) -> TreeNode | None:
        return self._nodes[int(index.internalId())] if index.isValid() else None

    def refresh_language(self) -> None:
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()

    def index(self, row: int, column: int = 0, parent: Index = ROOT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        key = int(parent.internalId()) if parent.isValid() else _NO_PARENT
        children = self._children.get(key, [])
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, 0, children[row])

    def parent(self, child: Index | None = None) -> Any:
        if child is None:  # QObject.parent()
            return super().parent()
        if not child.isValid():
            return QModelIndex()
        parent = self._parents[int(child.internalId())]
        if parent == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(self._rows[parent], 0, parent)

    def rowCount(self, parent: Index = ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        key = int(parent.internalId()) if parent.isValid() else _NO_PARENT
        return len(self._children.get(key, []))

    def columnCount(self, parent: Index = ROOT) -> int:
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        number = int(index.internalId())
        node = self._nodes[number]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self._label(node, self._counts[number])
        if role == ID_ROLE:
            return node.key
        if role == KIND_ROLE:
            return node.kind.value
        if role == EXAMPLE_ROLE:
            return bool(node.service and node.service.example)
        return None

    def _label(self, node: TreeNode, count: int) -> str:
        language = i18n.content_language()
        if node.service is not None:
            return node.service.name(language) + wording.example_suffix(node.service.example)
        if node.kind is NodeKind.LEVEL:
            title = messages.level_text(ServiceLevel(node.key))
            title = title[:1].upper() + title[1:]
        elif node.service_class is not None:
            title = node.service_class.name(language)
        else:
            title = self.tr("Other services")
        return f"{title} ({count})"
