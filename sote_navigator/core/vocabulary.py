"""The closed vocabularies of the catalogue, with the values used in files and the database."""

from __future__ import annotations

from enum import StrEnum


class LanguageStatus(StrEnum):
    FINNISH = "fi"
    SWEDISH = "sv"
    BILINGUAL_FINNISH_MAJORITY = "bilingual_fi"
    BILINGUAL_SWEDISH_MAJORITY = "bilingual_sv"

    @property
    def bilingual(self) -> bool:
        return self in (
            LanguageStatus.BILINGUAL_FINNISH_MAJORITY,
            LanguageStatus.BILINGUAL_SWEDISH_MAJORITY,
        )

    def entitles_to(self, language: str) -> bool:
        """Whether a resident has the right to be served in ``language`` (fi/sv)."""
        if self.bilingual:
            return language in ("fi", "sv")
        return language == self.value


class OrganiserKind(StrEnum):
    WELLBEING_SERVICES_COUNTY = "wellbeing_services_county"
    CITY = "city"
    AUTONOMOUS_REGION = "autonomous_region"


class ServiceLevel(StrEnum):
    BASIC_LOCAL = "basic_local"
    BASIC_REGIONAL = "basic_regional"
    CENTRALISED = "centralised"
    SPECIAL = "special"
    SUPPORT = "support"


class Access(StrEnum):
    DIRECT = "direct"
    REFERRAL = "referral"
    ASSESSMENT_DECISION = "assessment_decision"


class Choice(StrEnum):
    FREE_CHOICE = "free_choice"
    VOUCHER = "voucher"
    OWN_UNIT = "own_unit"


class Responsibility(StrEnum):
    COUNTY = "county"
    MUNICIPALITY = "municipality"


class ProviderKind(StrEnum):
    # The organiser's own production, when the catalogue does not say it is a liikelaitos.
    OWN_PRODUCTION = "own_production"
    LIIKELAITOS = "liikelaitos"
    SOTE_KESKUS_OY = "sote_keskus_oy"
    SUUN_TERVEYDENHUOLTO_OY = "suun_terveydenhuolto_oy"
    VOUCHER_PROVIDER = "voucher_provider"
    PROCURED_PROVIDER = "procured_provider"
    HOSPITAL_DISTRICT = "hospital_district"
    MUNICIPALITY = "municipality"
    NGO = "ngo"


class ProvisionType(StrEnum):
    SELF_PRODUCED = "self_produced"
    PROCURED = "procured"
    VOUCHER = "voucher"
    # Produced by a joint authority (hyvinvointiyhtymä) the organiser belongs to by law:
    # HUS-yhtymä for Helsinki and the Uusimaa counties (Act 615/2021).
    JOINT_AUTHORITY = "joint_authority"


class EntityKind(StrEnum):
    """What a search hit is."""

    MUNICIPALITY = "municipality"
    SERVICE = "service"
    PROVIDER = "provider"
    LOCATION = "location"
