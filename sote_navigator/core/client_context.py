"""What the counsellor knows about the client: the context every placement rule reads.

Apart from core.placement because the choice set (core.choice_set) ranks places by it too,
and core.placement builds on the choice set.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sote_navigator.core.catalogue import Routing
from sote_navigator.core.client_groups import Circumstances
from sote_navigator.core.distance import Origin
from sote_navigator.core.fees import FeeInputs

NATIONAL_LANGUAGES = ("fi", "sv")


@dataclass(frozen=True)
class ClientContext:
    """What the counsellor knows about the client: no identity, only what placement needs."""

    routing: Routing
    age: int
    language: str  # "fi", "sv", or another language code (then an interpreter is needed)
    urgent: bool = False
    home_visit: bool = False
    accessible: bool = False
    evening: bool = False
    interpreter: bool = False
    circumstances: Circumstances = field(default_factory=Circumstances)
    fees: FeeInputs = field(default_factory=FeeInputs)  # for the fee estimate; never logged
    # The client's postal code if given (used for distance only), and the point distances are
    # measured from (postal area or home municipality; None when neither is known).
    postal_code: str = ""
    origin: Origin | None = None

    @property
    def needs_interpreter(self) -> bool:
        return self.interpreter or self.language not in NATIONAL_LANGUAGES

    @property
    def has_language_right(self) -> bool:
        """Whether the home municipality entitles the client to service in their language."""
        status = self.routing.municipality.language_status
        return self.language in NATIONAL_LANGUAGES and status.entitles_to(self.language)
