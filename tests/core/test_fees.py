"""The client's own share from Helsinki's published tables, against hand computations.

Issue 11 item 7. The tables are data/fee-tables.json (tools/convert_fee_tables.py, from the City
of Helsinki's fee calculators, drupal-helfi-platform-config commit 0d4f0f66). Every expected
amount below was computed by hand from those tables, the steps written beside it.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from sote_navigator.core.fees import (
    Estimate,
    FeeInputs,
    FeeTable,
    Needed,
    estimate,
    fee_reasons,
    load_tables,
    priced_services,
)
from sote_navigator.core.reasons import ReasonCode
from tests.paths import ROOT

TABLES = load_tables(json.loads((ROOT / "data/fee-tables.json").read_text("utf-8")))


def table(table_id: str) -> FeeTable:
    return next(t for t in TABLES if t.id == table_id)


def amount(table_id: str, **inputs: object) -> Decimal | None:
    values = {k: Decimal(str(v)) if k.endswith("income") else v for k, v in inputs.items()}
    return estimate(table(table_id), FeeInputs(**values)).amount  # type: ignore[arg-type]


HOME_CARE = "helsinki-home-care-fee"
VOUCHER = "helsinki-home-care-voucher"
HOUSING = "helsinki-communal-and-supported-housing-fee"
HOUSING_VOUCHER = "helsinki-24h-housing-voucher"
HOUSING_FEE = "helsinki-24h-housing-fee"


@pytest.mark.parametrize(
    ("size", "income", "hours", "expected"),
    [
        # 1 person, 2 000 € gross, 20 h a month: limit 653 €; hours band "17" (17 <= 20 < 21)
        # gives 24 % for one person (band maximum 1 974,40 €).
        # (2 000 - 653) x 24 % = 1 347 x 0,24 = 323,28 €.
        (1, 2000, 20, "323.28"),
        # 2 persons, 3 000 €, 10 h: limit 1 205 €; band "9" gives 14 % for two (max 1 017,12).
        # (3 000 - 1 205) x 14 % = 1 795 x 0,14 = 251,30 €.
        (2, 3000, 10, "251.30"),
        # 1 person, 600 €, 12 h: below the 653 € limit, (600 - 653) x 17 % < 0 -> 0,00 €.
        (1, 600, 12, "0.00"),
        # 1 person, 10 000 €, 4 h: band "0", 8 %: (10 000 - 653) x 0,08 = 747,76 €, more than
        # the band's maximum 119,66 € -> 119,66 €.
        (1, 10000, 4, "119.66"),
        # 8 persons, 5 000 €, 30 h: limit 3 251 € (six) + 2 x 389 € = 4 029 €; band "29", the
        # six-person column, 12 % (max 3 410,33): (5 000 - 4 029) x 0,12 = 971 x 0,12 = 116,52 €.
        (8, 5000, 30, "116.52"),
    ],
)
def test_continuous_home_care_monthly_fee(
    size: int, income: int, hours: int, expected: str
) -> None:
    got = amount(HOME_CARE, household_size=size, gross_income=income, care_hours=hours)
    assert got == Decimal(expected)


@pytest.mark.parametrize(
    ("size", "income", "expected"),
    [
        # 1 person, 2 000 € gross: limit 653 €, 35 %.
        # (34 - 1 347 x 35 / 100 / 60) x 1,20 = (34 - 471,45 / 60) x 1,20
        # = (34 - 7,8575) x 1,20 = 26,1425 x 1,20 = 31,371 -> 31,37 € an hour.
        (1, 2000, "31.37"),
        # 2 persons, 4 000 €: limit 1 205 €, 22 %. 2 795 x 0,22 = 614,90; / 60 = 10,248333...
        # (34 - 10,248333) x 1,20 = 23,751667 x 1,20 = 28,502 -> 28,50 € an hour.
        (2, 4000, "28.50"),
        # 1 person, 500 €: below the limit, (34 + 153 x 0,35 / 60) x 1,20 = 41,871 -> the
        # maximum 40,80 €.
        (1, 500, "40.80"),
        # 1 person, 9 000 €: (34 - 8 347 x 0,35 / 60) x 1,20 = (34 - 48,69) x 1,20 < 8,40 -> the
        # minimum 8,40 €.
        (1, 9000, "8.40"),
    ],
)
def test_home_care_voucher_an_hour(size: int, income: int, expected: str) -> None:
    assert amount(VOUCHER, household_size=size, gross_income=income) == Decimal(expected)


def test_communal_and_supported_housing_fee_uses_the_2026_limits() -> None:
    # 2 persons, 2 500 € gross, 12 h: 2026 limit 1 290 €; band "9", 14 % (max 1 017,12).
    # (2 500 - 1 290) x 0,14 = 1 210 x 0,14 = 169,40 €.
    got = amount(HOUSING, household_size=2, gross_income=2500, care_hours=12)
    assert got == Decimal("169.40")
    # The table names no amount a person beyond six: a household of seven is not estimated.
    result = estimate(
        table(HOUSING), FeeInputs(household_size=7, gross_income=Decimal(5000), care_hours=12)
    )
    assert result == Estimate(table(HOUSING), None, (), "household")


@pytest.mark.parametrize(
    ("net", "expected"),
    [
        ("900.00", "3300"),  # band "0": up to 900,00 €, 3 300 € a month
        ("900.01", "3200"),  # band "900.01"
        ("1450", "2700"),  # band "1400.01" (1 400,01-1 500,00)
        ("3700", "500"),  # band "3600.01" and above
    ],
)
def test_24_hour_housing_voucher_by_net_income_band(net: str, expected: str) -> None:
    assert amount(HOUSING_VOUCHER, net_income=net) == Decimal(expected)


def test_24_hour_housing_fee_for_a_client_living_alone() -> None:
    # 1 500 € net: 1 500 - 52,76 (medication costs) = 1 447,24; x 85 % = 1 230,154; what is
    # left, 217,086, is at least the 195 € minimum -> 1 230,15 € a month.
    assert amount(HOUSING_FEE, net_income=1500, household_size=1) == Decimal("1230.15")
    # 1 200 € net: 1 147,24 x 0,85 = 975,154 leaves 172,086 < 195 -> 1 147,24 - 195 = 952,24 €.
    assert amount(HOUSING_FEE, net_income=1200) == Decimal("952.24")
    # With a spouse the rule needs the spouse's income: not estimated.
    result = estimate(table(HOUSING_FEE), FeeInputs(household_size=2, net_income=Decimal(1500)))
    assert result.amount is None and result.not_estimated == "spouse"


def test_a_table_says_which_answers_it_still_needs() -> None:
    result = estimate(table(HOME_CARE), FeeInputs(household_size=1))
    assert result.amount is None
    assert result.needed == (Needed.GROSS_INCOME, Needed.CARE_HOURS)


def test_reasons_helsinki_estimates_other_organisers_not_known() -> None:
    names = [{"language": "fi", "value": "Helsingin kaupunki"}]
    inputs = FeeInputs(household_size=1, gross_income=Decimal(2000), care_hours=20)
    fee, voucher = fee_reasons(TABLES, "org-90", names, "SOTE-0088", inputs)
    assert fee.code is ReasonCode.FEE_ESTIMATE and fee.params["amount_cents"] == 32328
    assert fee.params["source_date"] == "2025-10-21" and fee.params["valid_to"] == "2025-12-31"
    assert voucher.code is ReasonCode.FEE_ESTIMATE and voucher.params["amount_cents"] == 3137
    kuopio = [{"language": "fi", "value": "Pohjois-Savon hyvinvointialue"}]
    (unknown,) = fee_reasons(TABLES, "org-13", kuopio, "SOTE-0088", inputs)
    assert unknown.code is ReasonCode.FEE_NOT_KNOWN and unknown.params["organiser"] == kuopio
    # A service no table prices gets nothing said about its fee.
    assert fee_reasons(TABLES, "org-13", kuopio, "SOTE-0066", inputs) == ()
    assert priced_services(TABLES) == {"SOTE-0072", "SOTE-0073", "SOTE-0074", "SOTE-0088"}
