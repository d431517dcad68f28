"""The placement record: what was offered, what the client chose, why, in which catalogue.

``PlacementInput`` is what the counsellor enters (the wizard's state, saved as a draft after
every step). ``snapshot()`` freezes what the catalogue said at the time, names in every
language, so that the record still reads right after the catalogue changes.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field, fields, replace
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from sote_navigator.core import placement_json as pj
from sote_navigator.core.contact_routes import route_json
from sote_navigator.core.errors import Problem, UserFacingError
from sote_navigator.core.fees import FeeInputs
from sote_navigator.core.hetu import IdentityMatch, find_identity_code
from sote_navigator.core.placement import Evaluation, NeedKind
from sote_navigator.core.placement_snapshot import SNAPSHOT_VERSION, PlacementSnapshot
from sote_navigator.core.placement_snapshot import CatalogueStamp as CatalogueStamp

SUMMARY_LANGUAGES = ("fi", "sv", "en")
# The ranked choice set is kept with the record; past this many the rest are only counted.
KEPT_ALTERNATIVES = 50


class PlacementStatus(StrEnum):
    DRAFT = "draft"
    REFERRED = "referred"
    DECIDED = "decided"
    CANCELLED = "cancelled"
    # A negative decision (kielteinen päätös, avslag); last, so that stored lists and the CSV
    # columns of the other statuses keep their order.
    REJECTED = "rejected"


def default_summary_language(client_language: str) -> str:
    return client_language if client_language in SUMMARY_LANGUAGES else "en"


@dataclass
class PlacementInput:
    """Everything the counsellor enters, step by step. Plain values: it is saved as JSON."""

    municipality: str = ""
    municipality_code: str = ""
    age: int | None = None
    language: str = "fi"
    interpreter: bool = False
    urgent: bool = False
    home_visit: bool = False
    accessible: bool = False
    evening: bool = False
    # The client's postal code: only to measure distances; kept only with a saved placement.
    postal_code: str = ""
    # The client's circumstances (core.client_groups codes; "" and None = not asked).
    education: str = ""
    work: str = ""
    children: str = ""
    expecting: bool | None = None
    veteran: bool | None = None
    client_reference: str = ""
    need_kind: str = NeedKind.WORDS.value
    need_value: str = ""
    need_text: str = ""
    service_id: str = ""
    offering_id: str = ""
    show_all_providers: bool = False
    client_choice: str = ""
    notes: str = ""
    status: str = PlacementStatus.DRAFT.value
    summary_language: str = ""
    step: int = 0
    # For the fee estimate (core.fees): optional, never logged, saved only with the placement.
    household_size: int | None = None
    gross_income: str = ""  # the household's gross euros a month, "2000.50"; "" = not given
    net_income: str = ""  # the client's own net euros a month
    care_hours: int | None = None

    @property
    def fee_inputs(self) -> FeeInputs:
        return FeeInputs(
            household_size=self.household_size,
            gross_income=money_value(self.gross_income),
            net_income=money_value(self.net_income),
            care_hours=self.care_hours,
        )

    def without_fees(self) -> PlacementInput:
        """A copy without the client's money: what a draft keeps."""
        return replace(self, household_size=None, gross_income="", net_income="", care_hours=None)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PlacementInput:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    @property
    def effective_summary_language(self) -> str:
        return self.summary_language or default_summary_language(self.language)


MAX_MONEY = Decimal("10000000")


def money_value(text: str) -> Decimal | None:
    """Euros as typed ("2 000,50", "2000.5") as a Decimal, None when empty or not a sum."""
    cleaned = "".join(text.split()).replace(",", ".").removesuffix("\u20ac")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    if not value.is_finite() or not 0 <= value < MAX_MONEY:
        return None
    return value.quantize(Decimal("0.01"))


def money_text(text: str) -> str:
    """Euros as typed, stored as "2000.50"; "" when empty or not a sum."""
    value = money_value(text)
    return "" if value is None else str(value)


# Every field of PlacementInput that holds text the counsellor typed.
FREE_TEXT_FIELDS = (
    "client_reference",
    "municipality",
    "need_value",
    "need_text",
    "client_choice",
    "notes",
)


def refuse_identity_codes(entered: PlacementInput | None = None, **texts: str) -> None:
    """Raise when a typed text holds a personal identity code, or what looks like one: the
    record is pseudonymous (core.hetu). ``texts`` are further fields, such as a note."""
    fields_ = {name: getattr(entered, name) for name in FREE_TEXT_FIELDS} if entered else {}
    for name, text in {**fields_, **texts}.items():
        if text and find_identity_code(text) is not IdentityMatch.NONE:
            raise UserFacingError(Problem.IDENTITY_CODE_IN_RECORD, {"field": name})


@dataclass(frozen=True)
class PlacementNote:
    created_at: dt.datetime
    text: str
    status: str = ""  # set when the note records a change of status
    uid: str = ""  # its stable id on every desk and in the region
    desk_id: str = ""  # the desk that wrote it ("" before desks were recorded)


@dataclass(frozen=True)
class PlacementRecord:
    id: int
    status: PlacementStatus
    created_at: dt.datetime
    updated_at: dt.datetime
    input: PlacementInput
    snapshot: PlacementSnapshot | None  # None: a draft whose client is not known yet
    wizard_open: bool
    catalogue: CatalogueStamp | None
    notes: tuple[PlacementNote, ...] = field(default=())
    uid: str = ""  # its stable id on every desk and in the region
    desk_id: str = ""  # the desk that saved it ("" before desks were recorded)


def snapshot(
    evaluation: Evaluation,
    service_id: str,
    offering_id: str,
    catalogue: CatalogueStamp | None,
) -> PlacementSnapshot:
    """The record's frozen view of the evaluation for the chosen service and provider, equal to
    what is read back from the database (through JSON: a tuple in a reason becomes a list)."""
    data = snapshot_json(evaluation, service_id, offering_id, catalogue)
    return PlacementSnapshot.from_json(json.loads(json.dumps(data)))


def snapshot_json(
    evaluation: Evaluation,
    service_id: str,
    offering_id: str,
    catalogue: CatalogueStamp | None,
) -> dict[str, Any]:
    """The snapshot as the JSON it is stored as (core.placement_snapshot reads it): built from
    the same pieces as ``place --json``."""
    data: dict[str, Any] = {
        "version": SNAPSHOT_VERSION,
        "catalogue": None if catalogue is None else catalogue.to_json(),
        "context": pj.context_json(evaluation.context),
        "need": {"kind": evaluation.need.kind.value, "value": evaluation.need.value},
        "client_reasons": pj.reasons_json(evaluation.client_reasons),
        "urgent_routes": pj.reasons_json(evaluation.urgent_routes),
        "service": None,
        "choice_set": None,
        "provider": None,
    }
    assessment = evaluation.assessment(service_id)
    if assessment is None:
        return data
    data["service"] = {
        **pj.service_json(assessment.service),
        "verdict": assessment.verdict.value,
        "on_call": assessment.on_call,
        "reasons": pj.reasons_json(assessment.reasons),
        "contact_routes": [route_json(r) for r in assessment.routes],
    }
    choice_set = assessment.choice_set
    if choice_set is None:
        return data
    data["choice_set"] = {
        "choice": choice_set.choice.value,
        "voucher": pj.voucher_json(choice_set.voucher),
        "reasons": pj.reasons_json(choice_set.reasons),
        "size": choice_set.total,
        "offered": [
            {
                "rank": p.rank,
                "offering_id": p.offering.id,
                "provider_names": pj.names(p.offering.provider.names),
                "location_names": pj.names(p.offering.location.names)
                if p.offering.location
                else [],
                "reasons": pj.reasons_json(p.reasons),
            }
            for p in choice_set.providers[:KEPT_ALTERNATIVES]
        ],
    }
    chosen = choice_set.provider(offering_id)
    if chosen is not None:
        data["provider"] = pj.offering_json(chosen)
    return data
