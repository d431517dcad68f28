"""The ``place`` options for the client's circumstances: who the services are for."""

from __future__ import annotations

from typing import Any

from sote_navigator.core.client_groups import Children, Education, Work
from sote_navigator.i18n import translate


def add_circumstances(parser: Any) -> None:
    """What the counsellor confirmed about the client: only what decides who a service is for."""
    group = parser.add_argument_group(
        translate("Cli", "the client's circumstances (leave out what was not asked)")
    )
    group.add_argument(
        "--education",
        choices=[e.value for e in Education],
        help=translate(
            "Cli",
            "studies now: none, basic (pre-primary or basic education), secondary (upper "
            "secondary or vocational) or higher (university)",
        ),
    )
    group.add_argument(
        "--work",
        choices=[w.value for w in Work],
        help=translate(
            "Cli",
            "work now: employed, self_employed, seafarer, unemployed or not_working (retired, "
            "at home)",
        ),
    )
    group.add_argument(
        "--children",
        choices=[c.value for c in Children],
        help=translate(
            "Cli",
            "children under 18 in the family: none, under_school_age (at least one) or "
            "school_age (all of school age)",
        ),
    )
    group.add_argument(
        "--expecting",
        choices=YES_NO,
        help=translate("Cli", "pregnant, or the family is expecting a baby"),
    )
    group.add_argument(
        "--veteran", choices=YES_NO, help=translate("Cli", "the client is a war veteran")
    )


YES_NO = ("yes", "no")


def yes_no(value: str | None) -> bool | None:
    return None if value is None else value == "yes"
