"""The client's own share where a published table fixes it: fees and voucher values by income.

The tables (``data/fee-tables.json``, from the City of Helsinki's fee calculators) follow the Act
on Client Fees in Social Welfare and Health Care (Laki sosiaali- ja terveydenhuollon
asiakasmaksuista 734/1992, as amended). Each is applied as the calculator that publishes it
applies it (their JavaScript, cited per function). Money is Decimal, rounded half up to cents.
An organiser without a table gets no number: the answer says it is not known and whom to ask.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any

from sote_navigator.core.reasons import Effect, Reason, ReasonCode, reason

CENT = Decimal("0.01")
HUNDRED = Decimal(100)


class FeeKind(StrEnum):
    MONTHLY_FEE_BY_HOURS = "monthly_fee_by_hours"
    HOURLY_VOUCHER_BY_INCOME = "hourly_voucher_by_income"
    VOUCHER_BY_NET_INCOME = "voucher_by_net_income"
    SHARE_OF_NET_INCOME = "share_of_net_income"

    @property
    def is_voucher(self) -> bool:
        return self in (FeeKind.HOURLY_VOUCHER_BY_INCOME, FeeKind.VOUCHER_BY_NET_INCOME)


class Needed(StrEnum):
    """An answer the estimate needs."""

    HOUSEHOLD_SIZE = "household_size"
    GROSS_INCOME = "gross_income"
    NET_INCOME = "net_income"
    CARE_HOURS = "care_hours"


@dataclass(frozen=True)
class FeeInputs:
    """What the client tells about money. Optional; never logged; saved only with a placement."""

    household_size: int | None = None
    gross_income: Decimal | None = None  # the household's gross income a month, euros
    net_income: Decimal | None = None  # the client's own net income a month, euros
    care_hours: int | None = None  # hours of care a month (the care and service plan)

    @property
    def given(self) -> bool:
        return any(
            v is not None
            for v in (self.household_size, self.gross_income, self.net_income, self.care_hours)
        )


@dataclass(frozen=True)
class FeeTable:
    id: str
    kind: FeeKind
    organiser_id: str
    service_ids: tuple[str, ...]
    names: Mapping[str, str]
    source: Mapping[str, Any]
    valid_from: str | None
    valid_to: str | None
    data: Mapping[str, Any] = field(repr=False)

    @property
    def unit(self) -> str:
        return str(self.data.get("unit") or "month")


@dataclass(frozen=True)
class Estimate:
    """A fee or a voucher value from a table, or what the table still needs (amount None)."""

    table: FeeTable
    amount: Decimal | None
    needed: tuple[Needed, ...] = ()
    # Why no amount although nothing is missing (e.g. a household larger than the table).
    not_estimated: str = ""


def load_tables(document: Mapping[str, Any]) -> tuple[FeeTable, ...]:
    return tuple(
        FeeTable(
            id=str(t["id"]),
            kind=FeeKind(t["kind"]),
            organiser_id=str(t["organiser"]),
            service_ids=tuple(t["services"]),
            names=dict(t["names"]),
            source=dict(t["source"]),
            valid_from=t.get("valid_from"),
            valid_to=t.get("valid_to"),
            data=t,
        )
        for t in document.get("tables", [])
    )


def cents(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def _clamp(low: Decimal, value: Decimal, high: Decimal) -> Decimal:
    return max(low, min(value, high))


def _d(value: Any) -> Decimal:
    return Decimal(str(value))


def income_limit(table: FeeTable, household_size: int) -> Decimal | None:
    """The income limit for the household size; beyond the table, plus the amount a person."""
    limits = table.data["income_limits"]
    largest = max(int(k) for k in limits)
    if household_size <= largest:
        return _d(limits[str(household_size)])
    extra = table.data.get("extra_person")
    if extra is None:
        return None
    return _d(limits[str(largest)]) + (household_size - largest) * _d(extra)


def _band(bands: Sequence[Mapping[str, Any]], key: str, value: Decimal) -> Mapping[str, Any]:
    """The last band whose lower bound is at or below ``value`` (getMinimumRange in JS)."""
    found = bands[0]
    for band in bands:
        if _d(band[key]) <= value:
            found = band
    return found


def monthly_fee_by_hours(
    table: FeeTable, household_size: int, gross_income: Decimal, hours: int
) -> Decimal | None:
    """Continuous home care or communal/supported housing, a month.

    (gross income - income limit) x percentage for the household size and the hours, between 0
    and the band's maximum (homeCareClientFee.js calculateClientFee;
    communalAndSupportedHousingFee.js). None when the table has no limit for the household.
    """
    limit = income_limit(table, household_size)
    if limit is None:
        return None
    band = _band(table.data["bands"], "from_hours", Decimal(hours))
    percents = band["percent"]
    percent = _d(percents[str(min(household_size, max(int(k) for k in percents)))])
    fee = cents((gross_income - limit) * percent / HUNDRED)
    return _clamp(Decimal(0), fee, _d(band["max_fee"]))


def hourly_voucher_by_income(
    table: FeeTable, household_size: int, gross_income: Decimal
) -> Decimal | None:
    """Home care service voucher, an hour (homeCareServiceVoucher.js):
    (base - (income - limit) x percent / 100 / divisor) x (100 + increase) / 100, kept between
    the minimum and the maximum value, rounded to cents."""
    d = table.data
    limit = income_limit(table, household_size)
    if limit is None:
        return None
    percents = d["percent"]
    largest = max(int(k) for k in percents)
    percent = _d(percents[str(min(household_size, largest))])
    if household_size > largest:
        percent += (household_size - largest) * _d(d["extra_person_percent"])
    raw = (_d(d["base"]) - (gross_income - limit) * percent / HUNDRED / _d(d["divisor"])) * (
        (HUNDRED + _d(d["increase_percent"])) / HUNDRED
    )
    return cents(_clamp(_d(d["min_value"]), raw, _d(d["max_value"])))


def voucher_by_net_income(table: FeeTable, net_income: Decimal) -> Decimal:
    """24-hour service housing voucher, a month, by the client's net income band
    (continuousHousingServiceVoucher.js)."""
    return _d(_band(table.data["bands"], "from_income", net_income)["value"])


def share_of_net_income(table: FeeTable, net_income: Decimal) -> Decimal:
    """Long-term 24-hour service housing fee for a client living alone
    (longtermAssistedLivingFee.js): 85 % of (net income - medication costs), leaving the client
    at least the minimum funds, between 0 and the maximum fee, rounded to cents."""
    d = table.data
    income = net_income - _d(d["medication_deduction"])
    fee = income * _d(d["percent"]) / HUNDRED
    if income - fee < _d(d["minimum_funds"]):
        fee = income - _d(d["minimum_funds"])
    return _clamp(Decimal(0), cents(fee), _d(d["max_fee"]))


_NEEDS = {
    FeeKind.MONTHLY_FEE_BY_HOURS: (Needed.HOUSEHOLD_SIZE, Needed.GROSS_INCOME, Needed.CARE_HOURS),
    FeeKind.HOURLY_VOUCHER_BY_INCOME: (Needed.HOUSEHOLD_SIZE, Needed.GROSS_INCOME),
    FeeKind.VOUCHER_BY_NET_INCOME: (Needed.NET_INCOME,),
    FeeKind.SHARE_OF_NET_INCOME: (Needed.NET_INCOME,),
}


def _missing(kind: FeeKind, inputs: FeeInputs) -> tuple[Needed, ...]:
    return tuple(n for n in _NEEDS[kind] if getattr(inputs, n.value) is None)


def estimate(table: FeeTable, inputs: FeeInputs) -> Estimate:
    missing = _missing(table.kind, inputs)
    if missing:
        return Estimate(table, None, missing)
    size = inputs.household_size or 1
    amount: Decimal | None
    if table.kind is FeeKind.MONTHLY_FEE_BY_HOURS:
        assert inputs.gross_income is not None and inputs.care_hours is not None
        amount = monthly_fee_by_hours(table, size, inputs.gross_income, inputs.care_hours)
    elif table.kind is FeeKind.HOURLY_VOUCHER_BY_INCOME:
        assert inputs.gross_income is not None
        amount = hourly_voucher_by_income(table, size, inputs.gross_income)
    elif table.kind is FeeKind.VOUCHER_BY_NET_INCOME:
        assert inputs.net_income is not None
        amount = voucher_by_net_income(table, inputs.net_income)
    else:
        assert inputs.net_income is not None
        if size > 1:  # a spouse's income changes the rule: the table is not applied
            return Estimate(table, None, (), "spouse")
        amount = share_of_net_income(table, inputs.net_income)
    if amount is None:
        return Estimate(table, None, (), "household")
    return Estimate(table, amount)


def tables_for(
    tables: Sequence[FeeTable], organiser_id: str, service_id: str
) -> tuple[FeeTable, ...]:
    return tuple(
        t for t in tables if t.organiser_id == organiser_id and service_id in t.service_ids
    )


def priced_services(tables: Sequence[FeeTable]) -> frozenset[str]:
    """Services some organiser publishes a table for: elsewhere the fee is "not known"."""
    return frozenset(sid for t in tables for sid in t.service_ids)


def _texts(names: Mapping[str, str]) -> list[dict[str, str]]:
    return [{"language": k, "value": v} for k, v in sorted(names.items())]


def _table_params(table: FeeTable) -> dict[str, Any]:
    source = table.source
    return {
        "table": table.id,
        "kind": table.kind.value,
        "voucher": table.kind.is_voucher,
        "unit": table.unit,
        "names": _texts(table.names),
        "source": _texts(source.get("publisher_names") or {}),
        "source_url": source.get("url", ""),
        "source_date": source.get("date", ""),
        "valid_from": table.valid_from or "",
        "valid_to": table.valid_to or "",
    }


def _cents(amount: Decimal | None) -> int | None:
    return None if amount is None else int(cents(amount) * 100)


def fee_reasons(
    tables: Sequence[FeeTable],
    organiser_id: str,
    organiser_names: Any,
    service_id: str,
    inputs: FeeInputs,
) -> tuple[Reason, ...]:
    """What the client pays (or the voucher is worth) for ``service_id``, as reasons.

    A table of the client's organiser: the estimate from the client's answers, or the answers it
    needs. A service some other organiser prices but this one has not published: not known, ask
    the organiser. A service no table prices: nothing is said here.
    """
    own = tables_for(tables, organiser_id, service_id)
    if not own:
        if service_id in priced_services(tables):
            return (reason(ReasonCode.FEE_NOT_KNOWN, Effect.INFO, organiser=organiser_names),)
        return ()
    out = []
    for table in own:
        result = estimate(table, inputs)
        params = {**_table_params(table), "organiser": organiser_names}
        if result.amount is not None:
            params.update(
                amount_cents=_cents(result.amount),
                household_size=inputs.household_size,
                gross_income_cents=_cents(inputs.gross_income),
                net_income_cents=_cents(inputs.net_income),
                care_hours=inputs.care_hours,
            )
            out.append(reason(ReasonCode.FEE_ESTIMATE, Effect.INFO, **params))
        else:
            params.update(
                needed=[n.value for n in result.needed],
                not_estimated=result.not_estimated,
            )
            out.append(reason(ReasonCode.FEE_TABLE, Effect.INFO, **params))
    return tuple(out)
