"""The catalogue and the desk's own records as SQLAlchemy 2 typed models.

Localized text is kept as the PTV-style list of ``{language, value, type}`` in JSON columns,
so that a catalogue exports exactly as it was imported. Columns that queries filter on are
real columns.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

Texts = list[dict[str, Any]]


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        Texts: JSON,
        dict[str, Any]: JSON,
        list[str]: JSON,
        list[Any]: JSON,
    }


class CatalogueTable(Base):
    """Marker base: rows that a catalogue import replaces as a whole."""

    __abstract__ = True


class Organiser(CatalogueTable):
    __tablename__ = "organiser"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    code: Mapped[str] = mapped_column(String, index=True)
    kind: Mapped[str] = mapped_column(String)
    in_reform: Mapped[bool] = mapped_column(Boolean)
    names: Mapped[Texts]
    business_id: Mapped[str | None] = mapped_column(String, nullable=True)


class RegionalUnit(CatalogueTable):
    __tablename__ = "regional_unit"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    organiser_id: Mapped[str] = mapped_column(ForeignKey("organiser.id"), index=True)
    code: Mapped[str] = mapped_column(String)
    names: Mapped[Texts]


class Municipality(CatalogueTable):
    __tablename__ = "municipality"
    code: Mapped[str] = mapped_column(String(3), primary_key=True)
    names: Mapped[Texts]
    language_status: Mapped[str] = mapped_column(String)
    region_code: Mapped[str] = mapped_column(String)
    region_names: Mapped[Texts]


class Membership(CatalogueTable):
    """Which regional unit serves a municipality, and when: this changes over time."""

    __tablename__ = "membership"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    municipality_code: Mapped[str] = mapped_column(ForeignKey("municipality.code"), index=True)
    regional_unit_id: Mapped[str] = mapped_column(ForeignKey("regional_unit.id"), index=True)
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class FormerMunicipality(CatalogueTable):
    __tablename__ = "former_municipality"
    code: Mapped[str] = mapped_column(String(3), primary_key=True)
    names: Mapped[Texts]
    merged_into: Mapped[str] = mapped_column(ForeignKey("municipality.code"))
    merged_on: Mapped[dt.date] = mapped_column(Date)


class ServiceClass(CatalogueTable):
    __tablename__ = "service_class"
    uri: Mapped[str] = mapped_column(String, primary_key=True)
    code: Mapped[str] = mapped_column(String, index=True)
    parent_uri: Mapped[str | None] = mapped_column(String, nullable=True)
    names: Mapped[Texts]
    descriptions: Mapped[Texts]


class Service(CatalogueTable):
    __tablename__ = "service"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    names: Mapped[Texts]
    descriptions: Mapped[Texts]
    keywords: Mapped[Texts]
    classes: Mapped[list[str]]
    target_groups: Mapped[list[str]]
    level: Mapped[str] = mapped_column(String)
    access: Mapped[str] = mapped_column(String)
    choice: Mapped[str] = mapped_column(String)
    responsibility: Mapped[str] = mapped_column(String)
    min_age: Mapped[int | None] = mapped_column(Integer, nullable=True)
    max_age: Mapped[int | None] = mapped_column(Integer, nullable=True)
    residence_required: Mapped[bool] = mapped_column(Boolean)
    charge: Mapped[str] = mapped_column(String)
    voucher: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    legal_basis: Mapped[list[Any]]
    example: Mapped[bool] = mapped_column(Boolean)
    extra: Mapped[dict[str, Any]]


class ServiceClassLink(CatalogueTable):
    __tablename__ = "service_class_link"
    service_id: Mapped[str] = mapped_column(ForeignKey("service.id"), primary_key=True)
    class_uri: Mapped[str] = mapped_column(ForeignKey("service_class.uri"), primary_key=True)


class Provider(CatalogueTable):
    __tablename__ = "provider"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    names: Mapped[Texts]
    kind: Mapped[str] = mapped_column(String, index=True)
    business_id: Mapped[str | None] = mapped_column(String, nullable=True)
    organiser_id: Mapped[str | None] = mapped_column(ForeignKey("organiser.id"), nullable=True)
    web: Mapped[str | None] = mapped_column(String, nullable=True)
    example: Mapped[bool] = mapped_column(Boolean)
    extra: Mapped[dict[str, Any]]


class Location(CatalogueTable):
    __tablename__ = "location"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    provider_id: Mapped[str | None] = mapped_column(
        ForeignKey("provider.id"), nullable=True, index=True
    )
    names: Mapped[Texts]
    descriptions: Mapped[Texts]
    street: Mapped[Texts]
    postal_code: Mapped[str | None] = mapped_column(String, nullable=True)
    post_office: Mapped[Texts]
    municipality_code: Mapped[str | None] = mapped_column(
        ForeignKey("municipality.code"), nullable=True, index=True
    )
    lat: Mapped[float | None] = mapped_column(nullable=True)
    lon: Mapped[float | None] = mapped_column(nullable=True)
    phones: Mapped[list[Any]]
    emails: Mapped[list[str]]
    web: Mapped[list[str]]
    hours: Mapped[list[Any]]
    hours_note: Mapped[Texts]
    languages: Mapped[list[str]]
    accessible: Mapped[bool] = mapped_column(Boolean)
    accessibility: Mapped[Texts]
    open_evenings: Mapped[bool] = mapped_column(Boolean)
    open_weekends: Mapped[bool] = mapped_column(Boolean)
    example: Mapped[bool] = mapped_column(Boolean)
    extra: Mapped[dict[str, Any]]


class Offering(CatalogueTable):
    """This service, at this location (or none), by this provider, for these regional units."""

    __tablename__ = "offering"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    service_id: Mapped[str] = mapped_column(ForeignKey("service.id"), index=True)
    location_id: Mapped[str | None] = mapped_column(
        ForeignKey("location.id"), nullable=True, index=True
    )
    provider_id: Mapped[str] = mapped_column(ForeignKey("provider.id"), index=True)
    provision_type: Mapped[str] = mapped_column(String)
    languages: Mapped[list[str]]
    home_visits: Mapped[bool] = mapped_column(Boolean)
    waiting_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    voucher: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    example: Mapped[bool] = mapped_column(Boolean)
    extra: Mapped[dict[str, Any]]


class OfferingUnit(CatalogueTable):
    __tablename__ = "offering_unit"
    offering_id: Mapped[str] = mapped_column(ForeignKey("offering.id"), primary_key=True)
    regional_unit_id: Mapped[str] = mapped_column(ForeignKey("regional_unit.id"), primary_key=True)
    __table_args__ = (Index("ix_offering_unit_unit", "regional_unit_id"),)


class ContactRoute(CatalogueTable):
    """A way in that is not a building: a phone line, an e-service, a web page or a printable
    form, of a service and/or its organiser or provider (schema 5)."""

    __tablename__ = "contact_route"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    kind: Mapped[str] = mapped_column(String)
    service_id: Mapped[str | None] = mapped_column(
        ForeignKey("service.id"), nullable=True, index=True
    )
    organiser_id: Mapped[str | None] = mapped_column(
        ForeignKey("organiser.id"), nullable=True, index=True
    )
    provider_id: Mapped[str | None] = mapped_column(
        ForeignKey("provider.id"), nullable=True, index=True
    )
    purposes: Mapped[list[str]]
    names: Mapped[Texts]
    descriptions: Mapped[Texts]
    number: Mapped[str | None] = mapped_column(String, nullable=True)
    charge: Mapped[str | None] = mapped_column(String, nullable=True)
    charge_info: Mapped[Texts]
    urls: Mapped[Texts]
    hours: Mapped[list[Any]]
    around_the_clock: Mapped[bool] = mapped_column(Boolean)
    hours_note: Mapped[Texts]
    languages: Mapped[list[str]]
    source: Mapped[str | None] = mapped_column(String, nullable=True)
    verified_on: Mapped[str | None] = mapped_column(String, nullable=True)
    example: Mapped[bool] = mapped_column(Boolean)
    extra: Mapped[dict[str, Any]]


class CatalogueVersion(Base):
    """Every import or rollback: enough to tell where a catalogue came from and to restore it."""

    __tablename__ = "catalogue_version"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    catalogue_id: Mapped[str] = mapped_column(String)
    version: Mapped[str] = mapped_column(String)
    publisher: Mapped[str] = mapped_column(String)
    header: Mapped[dict[str, Any]]
    valid_from: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime)
    source_hash: Mapped[str] = mapped_column(String)
    source_format: Mapped[str] = mapped_column(String)
    source_name: Mapped[str] = mapped_column(String)
    counts: Mapped[dict[str, Any]]
    is_current: Mapped[bool] = mapped_column(Boolean, index=True)
    # The catalogue as a gzip-compressed native document, so rollback restores it exactly.
    snapshot: Mapped[bytes] = mapped_column(LargeBinary)


CATALOGUE_TABLES: tuple[type[CatalogueTable], ...] = (
    Organiser,
    RegionalUnit,
    Municipality,
    Membership,
    FormerMunicipality,
    ServiceClass,
    Service,
    ServiceClassLink,
    Provider,
    Location,
    Offering,
    OfferingUnit,
    ContactRoute,
)
