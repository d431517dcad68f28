"""The typed placement snapshot: every field through JSON and back, every record an earlier
version wrote read with its values and written back unchanged, damaged JSON named as damaged
(stored and listed: tests/services/test_placement_snapshot_storage.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

import pytest

from sote_navigator.core.catalogue import OpeningHours, Phone, RecordSource, Voucher
from sote_navigator.core.contact_routes import ContactRoute, RouteHours, RouteKind, RoutePhone
from sote_navigator.core.distance import Origin, OriginBasis
from sote_navigator.core.opening_hours import HoursException
from sote_navigator.core.placement_snapshot import (
    SNAPSHOT_VERSION,
    CatalogueStamp,
    CircumstanceAnswers,
    DamagedSnapshot,
    PlacementSnapshot,
    SnapshotChoiceSet,
    SnapshotContext,
    SnapshotMunicipality,
    SnapshotNeed,
    SnapshotOrganiser,
    SnapshotRegionalUnit,
    SnapshotService,
    snapshot_from_json,
    snapshot_to_json,
)
from sote_navigator.core.reasons import Effect, Reason, ReasonCode, Verdict
from sote_navigator.core.snapshot_offering import (
    ChosenProvider,
    OfferedProvider,
    SnapshotLocation,
    SnapshotProvider,
)
from tests.stored_snapshots import FIXTURES, stored_snapshots

LAST_UNVERSIONED = json.loads((FIXTURES / "placement-snapshots-v1.json").read_text("utf-8"))[
    "snapshots"
]


def _names(fi: str, sv: str) -> tuple[dict[str, Any], ...]:
    return (
        {"language": "fi", "value": fi, "type": "name"},
        {"language": "sv", "value": sv, "type": "name"},
    )


def _reason(code: ReasonCode, **params: Any) -> Reason:
    return Reason(code, Effect.FOR, params)


VOUCHER = Voucher(
    kind="palveluseteli",
    value_cents=3137,
    self_share_cents=500,
    unit="hour",
    min_value_cents=840,
    max_value_cents=4080,
    self_share_rule="price_minus_value",
    source="Helsingin kaupunki",
    source_url="https://example.org/laskuri",
    source_date="2025-10-21",
)
SOURCE = RecordSource("Terveysasemat 2019", "https://example.org/terveysasemat")
ROUTE = ContactRoute(
    id="route-1",
    kind=RouteKind.PHONE,
    service_id="S-SOCIAL",
    organiser_id="org-01",
    provider_id="prov-1",
    purposes=("social_emergency",),
    names=list(_names("Sosiaalipäivystys", "Socialjour")),
    descriptions=[],  # not kept in a snapshot
    number="+358 40 000 0106",
    charge="free",
    charge_info=list(_names("Maksuton", "Avgiftsfri")),
    urls=list(_names("https://example.org/fi", "https://example.org/sv")),
    hours=(RouteHours((0, 1, 2, 3, 4), "08:00", "16:00"),),
    around_the_clock=True,
    hours_note=list(_names("Myös pyhinä", "Även på helger")),
    languages=("fi", "sv"),
    source="PTV",
    verified_on="2026-11-01",
    example=True,
    phones=(
        RoutePhone(
            "+358 40 000 0106", "+358", "free", list(_names("Maksuton", "Avgiftsfri")), "fi"
        ),
        RoutePhone("+358 40 000 0107", "+358", "charged", list(_names("8 snt", "8 cent")), "sv"),
    ),
    # Every field set (a closed day with hours makes no sense, but each must survive).
    hours_exceptions=(
        HoursException(
            dt.date(2026, 12, 24),
            dt.date(2026, 12, 26),
            closed=True,
            days=(3,),
            opens="08:00",
            closes="12:00",
            by_appointment=True,
            note=list(_names("Joulu", "Jul")),
        ),
    ),
    by_appointment=True,
)

# A snapshot with every field set, none to its default: a field that to_json or from_json
# loses or mixes up makes the round trip differ.
FULL = PlacementSnapshot(
    catalogue=CatalogueStamp(
        3, "fi.test", "2026.4", _names("Testiluettelo", "Testkatalog"), "2026-01-01"
    ),
    context=SnapshotContext(
        municipality=SnapshotMunicipality("638", _names("Porvoo", "Borgå"), "bilingual_fi"),
        organiser=SnapshotOrganiser("org-01", "01", _names("Itä-Uusimaa", "Östra Nyland"), True),
        regional_unit=SnapshotRegionalUnit("unit-u6", "U6", _names("Itäinen", "Östra")),
        age=82,
        language="sv",
        interpreter=True,
        urgent=True,
        home_visit=True,
        accessible=True,
        evening=True,
        circumstances=CircumstanceAnswers("higher", "employed", "under_7", True, True),
        postal_code="06100",
        origin=Origin(60.39, 25.66, OriginBasis.POSTAL_AREA, "06100", list(_names("P", "B")), 4),
    ),
    need=SnapshotNeed("service", "S-HOMECARE"),
    client_reasons=(_reason(ReasonCode.LANGUAGE_RIGHT, language="sv", bilingual=True),),
    urgent_routes=(_reason(ReasonCode.ROUTE_EMERGENCY, line={"number": "112"}),),
    service=SnapshotService(
        id="S-HOMECARE",
        names=_names("Kotihoito", "Hemvård"),
        level="basic_regional",
        access="assessment_decision",
        choice="voucher",
        responsibility="county",
        min_age=18,
        max_age=120,
        client_groups=("older_people",),
        charge="charged",
        voucher=VOUCHER,
        example=True,
        verdict=Verdict.ASSESSMENT_DECISION,
        on_call=True,
        reasons=(_reason(ReasonCode.ASSESSMENT_REQUIRED),),
        contact_routes=(ROUTE,),
    ),
    choice_set=SnapshotChoiceSet(
        choice="voucher",
        voucher=dataclasses.replace(VOUCHER, unit="visit"),
        reasons=(_reason(ReasonCode.VOUCHER_CHOICE, organiser=list(_names("I", "Ö"))),),
        size=61,
        offered=(
            OfferedProvider(
                rank=1,
                offering_id="off-1",
                provider_names=_names("Omsorg Oy", "Omsorg Ab"),
                location_names=_names("Keskusta", "Centrum"),
                reasons=(_reason(ReasonCode.SERVES_IN_LANGUAGE, language="sv", right=True),),
            ),
        ),
    ),
    provider=ChosenProvider(
        rank=1,
        offering_id="off-1",
        provider=SnapshotProvider(
            "prov-1", _names("Omsorg Oy", "Omsorg Ab"), "voucher", "1234567-1", "https://o.fi", True
        ),
        location=SnapshotLocation(
            id="loc-1",
            names=_names("Keskusta", "Centrum"),
            street=_names("Kauppatori 1", "Salutorget 1"),
            postal_code="06100",
            post_office=_names("Porvoo", "Borgå"),
            municipality_code="638",
            phones=(Phone("+358 19 000 0001", _names("vaihde", "växel")),),
            emails=("info@example.org",),
            web=("https://example.org",),
            hours=(OpeningHours((0, 1, 2), "08:00", "20:00"),),
            languages=("fi", "sv"),
            accessible=True,
            example=True,
            lat=60.393,
            lon=25.664,
            verified_on="2026-10-01",
            source=SOURCE,
        ),
        regional_unit_ids=("unit-u6", "unit-u5"),
        provision_type="voucher",
        languages=("sv",),
        home_visits=True,
        waiting_days=3,
        voucher=dataclasses.replace(VOUCHER, kind="asiakasseteli"),
        example=True,
        verified_on="2026-09-30",
        source=dataclasses.replace(SOURCE, name="Omsorg"),
        stale=True,
        distance_km=1.2,
        reasons=(_reason(ReasonCode.DISTANCE, km=1.2),),
    ),
    version=SNAPSHOT_VERSION,
)

# Fields no snapshot keeps: the classes they belong to are shared with the live catalogue.
# A record's source languages decide a catalogue finding and a window note, not the record.
NOT_KEPT = {
    (ContactRoute, "descriptions"),
    (Voucher, "organiser_id"),
    (Voucher, "by_organiser"),
    (RecordSource, "languages"),
}


def unset_fields(value: object, path: str = "snapshot") -> list[str]:
    """Every field of every dataclass in ``value`` that is None, empty or false."""
    if isinstance(value, tuple | list) and value and not isinstance(value[0], dict):
        return [m for i, v in enumerate(value) for m in unset_fields(v, f"{path}[{i}]")]
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return []
    found = []
    for f in dataclasses.fields(value):
        if (type(value), f.name) in NOT_KEPT or f.name == "unrecorded":
            continue
        v = getattr(value, f.name)
        if v is None or v is False or v == "" or v == () or v == []:
            found.append(f"{path}.{f.name}")
        found += unset_fields(v, f"{path}.{f.name}")
    return found


def test_every_field_survives_json_and_back() -> None:
    assert unset_fields(FULL) == []
    stored = json.loads(json.dumps(FULL.to_json()))
    assert stored["version"] == SNAPSHOT_VERSION == 2
    read = PlacementSnapshot.from_json(stored)
    assert read == FULL
    assert read.to_json() == stored


def test_the_sample_leaves_no_field_unset() -> None:
    """The check above sees a field left at its default (so it cannot pass by omission)."""
    assert FULL.provider is not None
    bare = dataclasses.replace(FULL.provider, waiting_days=None)
    assert unset_fields(dataclasses.replace(FULL, provider=bare)) == [
        "snapshot.provider.waiting_days"
    ]


EARLIER = [
    pytest.param(stored_snapshots(v)[pid], id=f"schema-v{v}-placement-{pid}")
    for v in (2, 3, 4, 5)
    for pid in (1, 2)
] + [pytest.param(s["snapshot"], id=f"last-unversioned-{k}") for k, s in LAST_UNVERSIONED.items()]


@pytest.mark.parametrize("stored", EARLIER)
def test_every_earlier_record_reads_as_version_1_and_writes_back_unchanged(stored: Any) -> None:
    snapshot = PlacementSnapshot.from_json(stored)
    assert snapshot.version == 1
    # Byte for byte, key order included: `placements show --json` prints it as it was stored.
    assert json.dumps(snapshot.to_json()) == json.dumps(stored)


def test_the_oldest_record_reads_with_its_values() -> None:
    """Schema 2's fixture: the first shape (22.11.2026), before circumstances, client groups,
    urgent routes, contact routes and distances."""
    snap = PlacementSnapshot.from_json(stored_snapshots(2)[1])
    assert snap.catalogue == CatalogueStamp(2, "test.small", "2")
    c = snap.context
    assert (c.municipality.code, c.municipality.language_status) == ("638", "bilingual_fi")
    assert [n["value"] for n in c.municipality.names] == ["Porvoo", "Borgå", "Porvoo"]
    assert (c.organiser.id, c.organiser.code, c.organiser.in_reform) == ("org-01", "01", True)
    assert (c.regional_unit.id, c.regional_unit.code) == ("unit-u6", "U6")
    assert (c.age, c.language, c.home_visit, c.interpreter, c.urgent) == (
        82,
        "sv",
        True,
        False,
        False,
    )
    # Not recorded then: read as not known.
    assert c.circumstances == CircumstanceAnswers()
    assert (c.postal_code, c.origin) == ("", None)
    assert c.unrecorded == {"circumstances", "postal_code", "origin"}
    assert snap.need == SnapshotNeed("service", "S-DENTAL")
    assert [r.code for r in snap.client_reasons] == [ReasonCode.LANGUAGE_RIGHT]
    assert snap.client_reasons[0].params["language"] == "sv"
    assert snap.urgent_routes is None
    s = snap.service
    assert s is not None
    assert (s.id, s.verdict, s.level, s.access, s.choice) == (
        "S-DENTAL",
        Verdict.ELIGIBLE,
        "basic_local",
        "direct",
        "free_choice",
    )
    assert (s.responsibility, s.charge, s.min_age, s.max_age, s.voucher) == (
        "county",
        "charged",
        None,
        None,
        None,
    )
    assert [n["value"] for n in s.names][:2] == [
        "Suun terveydenhuolto (2)",
        "Mun- och tandvård (2)",
    ]
    assert (s.client_groups, s.contact_routes, s.on_call, s.example) == ((), (), False, False)
    assert s.unrecorded == {"client_groups", "contact_routes"}
    assert [r.code for r in s.reasons] == [ReasonCode.DIRECT_ACCESS]
    cs = snap.choice_set
    assert cs is not None
    assert (cs.choice, cs.voucher, cs.size) == ("free_choice", None, 2)
    assert [(o.rank, o.offering_id) for o in cs.offered] == [
        (1, "off-dent-porvoo"),
        (2, "off-ll-dental"),
    ]
    assert cs.offered[1].location_names == ()
    p = snap.provider
    assert p is not None
    assert (p.rank, p.offering_id, p.location, p.provision_type) == (
        2,
        "off-ll-dental",
        None,
        "self_produced",
    )
    assert (p.provider.id, p.provider.kind, p.provider.business_id) == (
        "prov-ll",
        "liikelaitos",
        None,
    )
    assert (p.regional_unit_ids, p.languages, p.home_visits, p.waiting_days) == (
        ("unit-u6",),
        ("fi", "sv"),
        False,
        None,
    )
    assert (p.verified_on, p.source, p.stale, p.distance_km) == (None, None, False, None)
    assert p.unrecorded == {"verified_on", "source", "stale", "distance_km"}
    assert ReasonCode.OWN_PRODUCTION in [r.code for r in p.reasons]


@pytest.mark.parametrize(
    ("schema", "unrecorded_context", "unrecorded_service", "urgent_routes"),
    [
        (3, {"circumstances", "postal_code", "origin"}, {"client_groups", "contact_routes"}, None),
        (4, {"postal_code", "origin"}, {"contact_routes"}, None),
        (5, {"postal_code", "origin"}, {"contact_routes"}, ()),
    ],
)
def test_later_fixtures_read_what_they_recorded(
    schema: int,
    unrecorded_context: set[str],
    unrecorded_service: set[str],
    urgent_routes: tuple[Reason, ...] | None,
) -> None:
    finished, draft = (PlacementSnapshot.from_json(stored_snapshots(schema)[i]) for i in (1, 2))
    assert finished.context.unrecorded == unrecorded_context
    assert finished.service is not None and finished.service.unrecorded == unrecorded_service
    assert finished.urgent_routes == urgent_routes
    assert finished.context.circumstances == CircumstanceAnswers()
    assert finished.provider is not None and finished.provider.offering_id == "off-ll-dental"
    # The draft: the client known, the need not yet.
    assert (draft.context.age, draft.context.language) == (35, "fi")
    assert draft.need == SnapshotNeed("words", "")
    assert (draft.service, draft.choice_set, draft.provider) == (None, None, None)
    assert draft.urgent_routes == urgent_routes


def _last(name: str) -> PlacementSnapshot:
    return PlacementSnapshot.from_json(LAST_UNVERSIONED[name]["snapshot"])


def test_the_last_unversioned_shape_reads_places_distances_and_sources() -> None:
    snap = _last("real_place_by_postal_code")
    assert snap.context.unrecorded == frozenset()
    assert snap.context.postal_code == "96100"
    assert snap.context.origin == Origin(
        66.50061,
        25.72242,
        OriginBasis.POSTAL_AREA,
        "96100",
        [
            {"language": "fi", "type": "name", "value": "Rovaniemi"},
            {"language": "sv", "type": "name", "value": "Rovaniemi"},
            {"language": "en", "type": "name", "value": "Rovaniemi"},
        ],
        2,
    )
    p = snap.provider
    assert p is not None and p.location is not None
    assert p.offering_id == "off-hs2019-698-rinteenkulman-terveysasema-SOTE-0035"
    assert (p.verified_on, p.stale, p.distance_km) == ("2019", True, 0.2)
    assert p.source is not None and p.source.name.startswith("Health stations in Finland")
    assert (p.location.lat, p.location.lon) == (66.502489, 25.724188)
    assert (p.location.postal_code, p.location.municipality_code) == ("96100", "698")
    assert p.location.verified_on == "2019" and p.location.source == p.source
    assert p.provider.kind == "own_production"
    assert snap.choice_set is not None
    assert (snap.choice_set.size, len(snap.choice_set.offered)) == (30, 10)


def test_the_last_unversioned_shape_reads_urgent_routes_vouchers_and_phone_lines() -> None:
    urgent = _last("urgent_shelter")
    assert urgent.context.urgent
    assert [r.code for r in urgent.urgent_routes or ()] == [
        ReasonCode.ROUTE_EMERGENCY,
        ReasonCode.ROUTE_SOCIAL_EMERGENCY,
        ReasonCode.ROUTE_SHELTER,
    ]
    fees = _last("voucher_and_fees")
    assert fees.choice_set is not None
    assert fees.choice_set.voucher == Voucher(
        kind="palveluseteli",
        value_cents=None,
        self_share_cents=None,
        unit="hour",
        min_value_cents=840,
        max_value_cents=4080,
        self_share_rule="price_minus_value",
        source="Helsingin kaupunki / Helsingfors stad: hel.fi-maksulaskurit / avgiftskalkylatorer",
        source_url=fees.choice_set.voucher.source_url if fees.choice_set.voucher else None,
        source_date="2025-10-21",
    )
    assert fees.provider is not None and fees.provider.distance_km == 2.0
    phone = _last("phone_line")
    assert phone.service is not None
    (route,) = phone.service.contact_routes
    assert (route.kind, route.number, route.around_the_clock, route.charge) == (
        RouteKind.PHONE,
        "+358 40 000 0106",
        True,
        "free",
    )
    assert phone.choice_set is not None and phone.choice_set.size == 0
    aland = _last("organised_by_aland")
    assert aland.service is not None and aland.service.verdict is Verdict.OUTSIDE_REFORM
    assert (aland.choice_set, aland.provider) == (None, None)


def test_a_draft_without_a_client_has_no_snapshot() -> None:
    assert snapshot_from_json({}) is None
    assert snapshot_to_json(None) == {}


def _fixture_v5_with(change: Any) -> dict[str, Any]:
    data = json.loads(json.dumps(stored_snapshots(5)[1]))
    change(data)
    return data


DAMAGED = {
    "not JSON": "[not json",
    "a list": "[]",
    "a number for the context": json.dumps({**stored_snapshots(5)[1], "context": 5}),
    "no need": json.dumps({k: v for k, v in stored_snapshots(5)[1].items() if k != "need"}),
    "a verdict no version knows": json.dumps(
        _fixture_v5_with(lambda d: d["service"].update(verdict="maybe"))
    ),
    "a reason no version knows": json.dumps(
        _fixture_v5_with(lambda d: d["client_reasons"][0].update(code="no_such_reason"))
    ),
    "an age in words": json.dumps(_fixture_v5_with(lambda d: d["context"].update(age="82"))),
    "a name that is not an object": json.dumps(
        _fixture_v5_with(lambda d: d["service"].update(names=["Porvoo"]))
    ),
    "version 2 without a key version 1 could lack": json.dumps(
        {
            **FULL.to_json(),
            "context": {k: v for k, v in FULL.context.to_json().items() if k != "postal_code"},
        }
    ),
    "a version newer than this application": json.dumps({**FULL.to_json(), "version": 3}),
}


@pytest.mark.parametrize("stored", list(DAMAGED.values()), ids=list(DAMAGED))
def test_damaged_json_is_named_damaged_not_a_key_or_type_error(stored: str) -> None:
    """What no version wrote (tests/services/test_placement_snapshot_storage.py: such a record
    is listed as damaged)."""
    with pytest.raises((DamagedSnapshot, json.JSONDecodeError)):
        snapshot_from_json(json.loads(stored))
