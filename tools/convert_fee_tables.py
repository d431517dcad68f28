#!/usr/bin/env python3
"""Convert Helsinki's published fee and voucher tables into data/fee-tables.json.

Usage (from the repository root)::

    python tools/convert_fee_tables.py [--shared ../shared] [--out data/fee-tables.json]

Reads ``<shared>/data/fees/helsinki_fee_voucher_settings_DERIVED.json`` (the settings of the
City of Helsinki's public fee and voucher calculators, repository
City-of-Helsinki/drupal-helfi-platform-config, commit 0d4f0f66) and writes the tables the
application applies, each with its source, its date and the services it prices. Amounts are
written as decimal strings so that no binary float touches money. Standard library only, no
network, deterministic output.

How each table is applied is the calculators' own logic (their JavaScript at the same commit),
which follows the Act on Client Fees in Social Welfare and Health Care (Laki sosiaali- ja
terveydenhuollon asiakasmaksuista 734/1992, as amended); see sote_navigator/core/fees.py.
"""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SOURCE_FILE = "data/fees/helsinki_fee_voucher_settings_DERIVED.json"
REPOSITORY = "City-of-Helsinki/drupal-helfi-platform-config"
COMMIT = "0d4f0f66bf500591f6f423c721cb86e3191ba5c4"
COMMIT_DATE = "2026-08-21"
LAW = {
    "fi": "Laki sosiaali- ja terveydenhuollon asiakasmaksuista (734/1992)",
    "sv": "Lag om klientavgifter inom social- och hälsovården (734/1992)",
    "en": "Act on Client Fees in Social Welfare and Health Care (734/1992)",
    "url": "https://www.finlex.fi/fi/lainsaadanto/1992/734",
}
HELSINKI = "org-90"
PUBLISHER = {
    "fi": "Helsingin kaupungin maksulaskurit",
    "sv": "Helsingfors stads avgiftskalkylatorer",
    "en": "City of Helsinki fee calculators",
}


def money(value: Any) -> str:
    """A euro amount as a decimal string with cents ("653.00"); "35,68" is read as 35.68."""
    text = str(value).replace(",", ".")
    return str(Decimal(text).quantize(Decimal("0.01")))


def source(path: str, changed: str) -> dict[str, str]:
    return {
        "publisher": PUBLISHER["fi"],
        "publisher_names": {k: PUBLISHER[k] for k in ("fi", "sv", "en")},
        "repository": REPOSITORY,
        "commit": COMMIT,
        "commit_date": COMMIT_DATE,
        "path": path,
        "url": f"https://github.com/{REPOSITORY}/blob/{COMMIT}/{path}",
        "date": changed,
    }


JS = "modules/helfi_calculator/assets/js/"
EXAMPLE_CALC = JS + "example-calc.html"


def home_care_fee(s: dict[str, Any]) -> dict[str, Any]:
    sizes = s["household_size"]
    hours = sorted(s["monthly_usage_max_payment"], key=int)
    return {
        "id": "helsinki-home-care-fee",
        "kind": "monthly_fee_by_hours",
        "organiser": HELSINKI,
        "services": ["SOTE-0088"],
        "income": "household_gross",
        "names": {
            "fi": "Jatkuvan kotihoidon kuukausimaksu",
            "sv": "Månadsavgift för kontinuerlig hemvård",
            "en": "Monthly fee for continuous home care",
        },
        # The calculator's settings (example-calc.html, amounts fixed 21.10.2025). Their income
        # limits are the national limits in force 1.1.2024-31.12.2025 (shared/data/README.md).
        "source": source(EXAMPLE_CALC, "2025-10-21"),
        "valid_from": "2024-01-01",
        "valid_to": "2025-12-31",
        "income_limits": {k: money(sizes[k]["gross_income_limit"]) for k in sorted(sizes)},
        "extra_person": money(s["household_size_beyond_defined_multiplier_euro"]),
        "bands": [
            {
                "from_hours": int(h),
                "max_fee": money(s["monthly_usage_max_payment"][h]),
                "percent": {k: sizes[k]["monthly_usage_percentage"][h] for k in sorted(sizes)},
            }
            for h in hours
        ],
    }


def communal_housing_fee(s: dict[str, Any]) -> dict[str, Any]:
    usage = s["monthly_usage"]
    return {
        "id": "helsinki-communal-and-supported-housing-fee",
        "kind": "monthly_fee_by_hours",
        "organiser": HELSINKI,
        "services": ["SOTE-0072", "SOTE-0073"],
        "income": "household_gross",
        "names": {
            "fi": "Yhteisöllisen ja tuetun asumisen kuukausimaksu",
            "sv": "Månadsavgift för gemenskapsboende och stött boende",
            "en": "Monthly fee for communal and supported housing",
        },
        # The comment block of communalAndSupportedHousingFee.js, last changed 25.2.2026; its
        # income limits are the national limits of 2026 (shared/data/README.md). The table names
        # no amount per person beyond six: larger households are not estimated.
        "source": source(
            JS + "communalAndSupportedHousingFee/communalAndSupportedHousingFee.js", "2026-02-25"
        ),
        "valid_from": "2026-01-01",
        "valid_to": None,
        "income_limits": {k: money(v) for k, v in sorted(s["income_limit"].items())},
        "extra_person": None,
        "bands": [
            {
                "from_hours": int(h),
                "max_fee": money(usage[h]["max"]),
                "percent": dict(sorted(usage[h]["percent"].items())),
            }
            for h in sorted(usage, key=int)
        ],
    }


def home_care_voucher(s: dict[str, Any], fee: dict[str, Any]) -> dict[str, Any]:
    limits = s["voucher_limits"]
    return {
        "id": "helsinki-home-care-voucher",
        "kind": "hourly_voucher_by_income",
        "organiser": HELSINKI,
        "services": ["SOTE-0088"],
        "income": "household_gross",
        "unit": "hour",
        "names": {
            "fi": "Kotihoidon palveluseteli",
            "sv": "Servicesedel för hemvård",
            "en": "Home care service voucher",
        },
        "source": source(EXAMPLE_CALC, "2025-10-21"),
        "valid_from": fee["valid_from"],
        "valid_to": fee["valid_to"],
        # homeCareServiceVoucher.js: value = (old_max - (income - limit) * percent / divisor)
        # * (100 + increase) / 100, kept between min and max and rounded to cents; the income
        # limits are the home-care fee table's.
        "income_limits": fee["income_limits"],
        "extra_person": fee["extra_person"],
        "percent": {k: v["percent"] for k, v in sorted(s["household_size"].items())},
        "extra_person_percent": s["household_size_beyond_defined_multiplier_percent"],
        "base": money(limits["old_max"]),
        "min_value": money(limits["min"]),
        "max_value": money(limits["max"]),
        "increase_percent": s["increase_percentage"],
        "divisor": s["voucher_divisor"],
        # The client pays the provider's hourly price above the voucher's value (omavastuu).
        "self_share": "price_minus_value",
    }


def housing_voucher(s: dict[str, Any]) -> dict[str, Any]:
    table = s["voucher_from_net_income"]
    bands = [
        {"from_income": money(k), "value": money(table[k])} for k in sorted(table, key=Decimal)
    ]
    return {
        "id": "helsinki-24h-housing-voucher",
        "kind": "voucher_by_net_income",
        "organiser": HELSINKI,
        "services": ["SOTE-0074"],
        "income": "client_net",
        "unit": "month",
        "names": {
            "fi": "Ympärivuorokautisen palveluasumisen palveluseteli",
            "sv": "Servicesedel för serviceboende med heldygnsomsorg",
            "en": "Service voucher for 24-hour service housing",
        },
        "source": source(EXAMPLE_CALC, "2025-10-21"),
        "valid_from": None,
        "valid_to": None,
        "min_value": min((b["value"] for b in bands), key=Decimal),
        "max_value": max((b["value"] for b in bands), key=Decimal),
        "bands": bands,
        "self_share": "price_minus_value",
    }


def assisted_living_fee(s: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": "helsinki-24h-housing-fee",
        "kind": "share_of_net_income",
        "organiser": HELSINKI,
        "services": ["SOTE-0074"],
        "income": "client_net",
        "names": {
            "fi": "Pitkäaikaisen ympärivuorokautisen palveluasumisen maksu",
            "sv": "Avgift för långvarigt serviceboende med heldygnsomsorg",
            "en": "Fee for long-term 24-hour service housing",
        },
        # The comment block of longtermAssistedLivingFee.js, last changed 10.3.2026. Applied to
        # a client living alone (a spouse's income changes the rule: not estimated here).
        "source": source(
            JS + "longtermAssistedLivingFee/longtermAssistedLivingFee.js", "2026-03-10"
        ),
        "valid_from": None,
        "valid_to": None,
        "percent": str(Decimal(str(s["payment_percentage_high"])) * 100),
        "minimum_funds": money(s["minimum_funds"]),
        "max_fee": money(s["maximum_payment"]),
        "medication_deduction": money(s["reimbursed_medication_costs"]),
    }


def convert(settings: dict[str, Any]) -> dict[str, Any]:
    fee = home_care_fee(settings["home_care_client_fee"]["settings"])
    return {
        "about": (
            "Published client-fee and voucher tables, by organiser. Generated by "
            "tools/convert_fee_tables.py from the City of Helsinki's fee calculators: do not "
            "edit by hand. An organiser without a table here has no published value known to "
            "the application: it says so and names the organiser to ask."
        ),
        "law": LAW,
        "tables": [
            fee,
            home_care_voucher(settings["home_care_service_voucher"]["settings"], fee),
            communal_housing_fee(settings["communal_and_supported_housing_fee"]["settings"]),
            housing_voucher(settings["continuous_housing_service_voucher"]["settings"]),
            assisted_living_fee(settings["long_term_assisted_living_fee"]["settings"]),
        ],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default="../shared", help="shared reference material")
    parser.add_argument("--out", default="data/fee-tables.json", help="output file")
    args = parser.parse_args(argv)
    shared = Path(args.shared)
    shared = shared if shared.is_absolute() else (REPO / shared).resolve()
    out = Path(args.out)
    out = out if out.is_absolute() else REPO / out
    settings = json.loads((shared / SOURCE_FILE).read_text(encoding="utf-8"))
    if settings["_provenance"]["commit"] != COMMIT:
        print(f"unexpected source commit {settings['_provenance']['commit']}", file=sys.stderr)
        return 1
    text = json.dumps(convert(settings), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
