"""The service tree as a Qt item model: levels or classes, with services as leaves.

Nodes are numbered as the view first asks for them (a group's services when it is opened);
an index carries the node's number as its internal id, so no Python object has to outlive
its reference inside Qt. A folded group is never built: hasChildren and its count come from
the ids it holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt

from sote_navigator import i18n
from sote_navigator.core.navigation import NodeKind, TreeNode
from sote_navigator.core.vocabulary import ServiceLevel
from sote_navigator.ui.list_models import EXAMPLE_ROLE, ID_ROLE, KIND_ROLE, ROOT, Index
from sote_navigator.ui.tooltips import plain_tooltip
from sote_navigator.wording.catalogue_facts import example_suffix
from sote_navigator.wording.display import shown
from sote_navigator.wording.vocabulary import level_text

_NO_PARENT = -1


class ServiceTreeModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._roots: Sequence[TreeNode] = ()
        self._nodes: list[TreeNode] = []
        self._parents: list[int] = []
        self._rows: list[int] = []
        # Numbers of a node's children, once they were asked for.
        self._children: dict[int, list[int]] = {}
        self._counts: dict[int, int] = {}
        self._service_count: int | None = None

    def set_tree(self, roots: Sequence[TreeNode]) -> None:
        self.beginResetModel()
        self._roots = roots
        self._nodes, self._parents, self._rows = [], [], []
        self._children, self._counts = {}, {}
        self._service_count = None
        self.endResetModel()

    def _numbers(self, parent: int) -> list[int]:
        """The numbers of ``parent``'s children, numbering them on first use."""
        numbers = self._children.get(parent)
        if numbers is None:
            nodes = self._roots if parent == _NO_PARENT else self._nodes[parent].children
            numbers = []
            for row, child in enumerate(nodes):
                numbers.append(len(self._nodes))
                self._nodes.append(child)
                self._parents.append(parent)
                self._rows.append(row)
            self._children[parent] = numbers
        return numbers

    def node(self, index: Index) -> TreeNode | None:
        return self._nodes[int(index.internalId())] if index.isValid() else None

    def service_count(self) -> int:
        """How many services the tree holds (one listed under several classes counts once)."""
        if self._service_count is None:
            self._service_count = len({i for node in self._roots for i in node.service_ids()})
        return self._service_count

    def refresh_language(self) -> None:
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()

    def _key(self, parent: Index) -> int:
        return int(parent.internalId()) if parent.isValid() else _NO_PARENT

    def index(self, row: int, column: int = 0, parent: Index = ROOT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        children = self._numbers(self._key(parent))
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
        return len(self._numbers(self._key(parent)))

    def hasChildren(self, parent: Index = ROOT) -> bool:
        if not parent.isValid():
            return bool(self._roots)
        if parent.column() != 0:
            return False
        return bool(self._nodes[int(parent.internalId())].children)

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
            if (count := self._counts.get(number)) is None:
                count = self._counts[number] = node.count()
            label = self._label(node, count)
            return plain_tooltip(label) if role == Qt.ItemDataRole.ToolTipRole else label
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
            return shown(node.service.name(language)) + example_suffix(node.service.example)
        if node.kind is NodeKind.LEVEL:
            title = level_text(ServiceLevel(node.key))
            title = title[:1].upper() + title[1:]
        elif node.service_class is not None:
            title = shown(node.service_class.name(language))
        else:
            title = self.tr("Other services")
        return f"{title} ({count})"
