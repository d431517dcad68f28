"""What a change to the workspace changed: the catalogue version, and which placements.

Every operation that writes (an import, a rollback, a saved or updated placement) says what it
changed with one of these, so that each view redraws only what concerns it: a saved placement
leaves the catalogue views alone, an import leaves the placement history alone.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    """The catalogue version before and after (equal: the catalogue did not change), and the
    ids of the placements added, changed and deleted."""

    catalogue_before: int | None = None
    catalogue_after: int | None = None
    placements_added: tuple[int, ...] = ()
    placements_changed: tuple[int, ...] = ()
    placements_deleted: tuple[int, ...] = ()

    @property
    def catalogue(self) -> bool:
        """Whether another catalogue version is now current."""
        return self.catalogue_before != self.catalogue_after

    @property
    def placements(self) -> bool:
        """Whether any placement was added, changed or deleted."""
        return bool(self.placements_added or self.placements_changed or self.placements_deleted)

    @classmethod
    def catalogue_version(cls, before: int | None, after: int | None) -> Changes:
        return cls(catalogue_before=before, catalogue_after=after)

    @classmethod
    def placement_saved(cls, placement_id: int, *, new: bool) -> Changes:
        if new:
            return cls(placements_added=(placement_id,))
        return cls(placements_changed=(placement_id,))

    @classmethod
    def placement_deleted(cls, placement_id: int) -> Changes:
        return cls(placements_deleted=(placement_id,))
