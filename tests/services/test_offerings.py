"""Reading services, providers, locations and offerings for display and placement."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from sote_navigator.core.vocabulary import Access, Choice, ProviderKind
from sote_navigator.services.offerings import CatalogueReader

pytestmark = pytest.mark.both_engines


def test_service_details(small_engine: Engine) -> None:
    reader = CatalogueReader(small_engine)
    home_care = reader.service("S-HOMECARE")
    assert home_care is not None
    assert home_care.access is Access.ASSESSMENT_DECISION
    assert home_care.choice is Choice.VOUCHER
    assert home_care.voucher is not None
    assert (home_care.voucher.value_cents, home_care.voucher.self_share_cents) == (3250, 850)
    assert reader.service("nope") is None


def test_offerings_for_a_unit_carry_provider_and_location(small_engine: Engine) -> None:
    reader = CatalogueReader(small_engine)
    offers = reader.offerings(service_ids=["S-DENTAL"], regional_unit_id="unit-u6")
    assert [o.id for o in offers] == ["off-dent-porvoo", "off-ll-dental"]
    dent, own = offers
    assert dent.provider.kind is ProviderKind.SUUN_TERVEYDENHUOLTO_OY
    assert dent.location is not None and dent.location.open_evenings and dent.location.open_weekends
    assert dent.any_example
    assert own.location is None and not own.any_example
    assert reader.offerings(service_ids=["S-DENTAL"], regional_unit_id="unit-u3") == []


def test_location_address_in_each_language(small_engine: Engine) -> None:
    location = CatalogueReader(small_engine).location("loc-porvoo-dent")
    assert location is not None
    assert location.address("fi") == "Mannerheiminkatu 1, 06100 Porvoo"
    assert location.address("sv") == "Mannerheimgatan 1, 06100 Borgå"
