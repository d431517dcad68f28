"""What a wizard page asks of the placement flow it belongs to.

The pages are built by the wizard, so they cannot import it; they see this protocol instead,
which also keeps each page's dependencies on the flow written down in one place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from sote_navigator.core.placement import Evaluation
    from sote_navigator.core.placement_record import PlacementInput
    from sote_navigator.core.placement_snapshot import PlacementSnapshot
    from sote_navigator.services.placement import Placer


class FlowPage(Protocol):
    """A page as the flow sees it when it reports back."""

    def show_error(self, text: str) -> None: ...


class PlacementFlow(Protocol):
    """The wizard as its pages see it: the client's answers so far and the evaluation of them."""

    state: PlacementInput
    placer: Placer

    def evaluation(self) -> Evaluation | None: ...

    def organiser_id(self) -> str | None: ...

    def snapshot(self) -> PlacementSnapshot | None: ...

    def page_done(self, page: FlowPage) -> bool: ...

    def next(self) -> None: ...
