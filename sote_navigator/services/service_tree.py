"""Grouping services into the navigator's tree: by service level, or by national class.

Groups are built with their service ids only; the services under a group are named and put
in order when the group is first opened (navigation.Children), so that the whole country's
tree costs no more than its handful of groups until someone looks inside.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import partial

from sote_navigator.core.navigation import (
    Children,
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
    entries = {s.id: s for s in services}
    groups: dict[ServiceLevel, list[str]] = {}
    for s in entries.values():
        groups.setdefault(s.level, []).append(s.id)
    return by_level_ids(groups, lambda: entries, language)


def by_level_ids(
    ids_by_level: Mapping[ServiceLevel, Sequence[str]],
    entries: Callable[[], Mapping[str, ServiceEntry]],
    language: str,
) -> tuple[TreeNode, ...]:
    """The same tree from service ids alone: ``entries`` is asked for the services only when a
    level is opened (at start-up they are not even decoded before the window shows)."""

    def leaves(ids: Sequence[str]) -> tuple[TreeNode, ...]:
        services = entries()
        return _leaves((services[i] for i in ids), language)

    return tuple(
        TreeNode(NodeKind.LEVEL, level.value, children=Children(ids, partial(leaves, ids)))
        for level in ServiceLevel
        if (ids := ids_by_level.get(level))
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
        own = members.get(c.uri, [])
        if not nodes and not own:
            return None
        ids = {i for n in nodes for i in n.service_ids()} | {s.id for s in own}
        grown = Children(ids, partial(_with_leaves, tuple(nodes), own, language))
        return TreeNode(NodeKind.SERVICE_CLASS, c.uri, service_class=c, children=grown)

    roots = sorted(children.get(None, []), key=lambda x: (x.code, x.uri))
    tree = [n for c in roots if (n := build(c, frozenset({c.uri})))]
    if UNCLASSIFIED in members:
        unclassified = members[UNCLASSIFIED]
        tree.append(
            TreeNode(
                NodeKind.SERVICE_CLASS,
                UNCLASSIFIED,
                children=Children(
                    (s.id for s in unclassified), partial(_leaves, unclassified, language)
                ),
            )
        )
    return tuple(tree)


def _with_leaves(
    subclasses: tuple[TreeNode, ...], services: Sequence[ServiceEntry], language: str
) -> tuple[TreeNode, ...]:
    """A class's subclasses first, then its own services in name order."""
    return (*subclasses, *_leaves(services, language))
