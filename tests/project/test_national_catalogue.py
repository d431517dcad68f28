"""The national-scale benchmark catalogue is big enough, deterministic and well-formed."""

from __future__ import annotations

from bench.national_catalogue import generate, generate_ptv
from sote_navigator.core import business_id


def test_national_catalogue_has_the_promised_scale_and_is_deterministic() -> None:
    doc = generate(seed=1)
    assert len(doc["municipalities"]) == 308
    assert len(doc["services"]) >= 2000
    assert len(doc["locations"]) >= 20_000
    assert len(doc["offerings"]) >= 100_000
    assert all(business_id.is_valid(p["business_id"]) for p in doc["providers"] if p["business_id"])
    assert generate(seed=1)["offerings"][-1] == doc["offerings"][-1]


def test_ptv_form_has_one_channel_per_location() -> None:
    ptv = generate_ptv(seed=1)
    assert len(ptv["channels"]) == 20_000
    assert {c["serviceChannelType"] for c in ptv["channels"]} == {"ServiceLocation"}
    assert sum(len(s["serviceChannels"]) for s in ptv["services"]) == 100_000
