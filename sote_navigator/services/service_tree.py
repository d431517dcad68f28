"""Grouping services into the navigator's tree: by service level, or by national class."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sote_navigator.core.navigation import (
    ClassEntry,
    NodeKind,
    ServiceEntry,
    TreeNode,
    collation_key,
)
from sote_navigator.core.vocabulary import ServiceLevel

# The key of the group for services whose classes the catalogue does not list.
UNCLASSIFIED = ""


def _leaves(services: Iterable[ServiceEntry], language: str) -> tuple[TreeNode, ...]:
    ordered = sorted(services, key=lambda s: (collation_key(s.name(language)), s.id))
    return tuple(TreeNode(NodeKind.SERVICE, s.id, service=s) for s in ordered)


def by_level(services: Iterable[ServiceEntry], language: str) -> tuple[TreeNode, ...]:
    """One node per service level, in the order of the levels, empty levels left out."""
    groups: dict[ServiceLevel, list[ServiceEntry]] = {}
    for s in services:
        groups.setdefault(s.level, []).append(s)
    return tuple(
        TreeNode(NodeKind.LEVEL, level.value, children=_leaves(groups[level], language))
        for level in ServiceLevel
        if level in groups
    )


def by_class(
    services: Iterable[ServiceEntry], classes: Mapping[str, ClassEntry], language: str
) -> tuple[TreeNode, ...]:
    """The class hierarchy with each service under every class it lists; empty classes pruned.

    Services whose classes are all unknown go to a last group without a class.
    """
    members: dict[str, list[ServiceEntry]] = {}
    for s in services:
        known = [u for u in s.class_uris if u in classes] or [UNCLASSIFIED]
        for uri in dict.fromkeys(known):
            members.setdefault(uri, []).append(s)
    children: dict[str | None, list[ClassEntry]] = {}
    for c in classes.values():
        parent = c.parent_uri if c.parent_uri in classes else None
        children.setdefault(parent, []).append(c)

    def build(c: ClassEntry, seen: frozenset[str]) -> TreeNode | None:
        subclasses = sorted(children.get(c.uri, []), key=lambda x: (x.code, x.uri))
        nodes: list[TreeNode] = []
        for sub in subclasses:
            if sub.uri not in seen and (node := build(sub, seen | {sub.uri})) is not None:
                nodes.append(node)
        nodes.extend(_leaves(members.get(c.uri, []), language))
        if not nodes:
            return None
        return TreeNode(NodeKind.SERVICE_CLASS, c.uri, service_class=c, children=tuple(nodes))

    roots = sorted(children.get(None, []), key=lambda x: (x.code, x.uri))
    tree = [n for c in roots if (n := build(c, frozenset({c.uri})))]
    if UNCLASSIFIED in members:
        tree.append(
            TreeNode(
                NodeKind.SERVICE_CLASS,
                UNCLASSIFIED,
                children=_leaves(members[UNCLASSIFIED], language),
            )
        )
    return tuple(tree)
