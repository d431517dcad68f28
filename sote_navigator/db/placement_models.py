"""The desk's placement records: apart from the catalogue, which imports replace as a whole.

These tables are not in ``models.CATALOGUE_TABLES`` and hold no foreign key into catalogue
rows: a record keeps ids and a snapshot of the names it shows, so that catalogue imports and
rollbacks never touch it and it still reads right afterwards.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    Select,
    String,
    Text,
    select,
    type_coerce,
)
from sqlalchemy.orm import Mapped, mapped_column

from sote_navigator.db.models import Base


class Placement(Base):
    __tablename__ = "placement"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # The record's stable id (a UUID) on every desk and in the region (schema 6 on), and the
    # desk that saved it (settings' [desk] id; "" for a record saved before desks were named).
    uid: Mapped[str] = mapped_column(String, unique=True, index=True)
    desk_id: Mapped[str] = mapped_column(String, default="")
    status: Mapped[str] = mapped_column(String, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    # True while the wizard has not been finished: such drafts are offered on the next start.
    wizard_open: Mapped[bool] = mapped_column(Boolean, index=True)
    wizard_step: Mapped[int] = mapped_column(Integer)
    catalogue_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    catalogue_id: Mapped[str | None] = mapped_column(String, nullable=True)
    catalogue_label: Mapped[str | None] = mapped_column(String, nullable=True)
    client_reference: Mapped[str | None] = mapped_column(String, nullable=True)
    client_language: Mapped[str] = mapped_column(String)
    summary_language: Mapped[str] = mapped_column(String)
    age: Mapped[int | None] = mapped_column(Integer, nullable=True)
    municipality_code: Mapped[str | None] = mapped_column(String, nullable=True, index=True)
    organiser_id: Mapped[str | None] = mapped_column(String, nullable=True)
    regional_unit_id: Mapped[str | None] = mapped_column(String, nullable=True, index=True)
    service_id: Mapped[str | None] = mapped_column(String, nullable=True, index=True)
    offering_id: Mapped[str | None] = mapped_column(String, nullable=True)
    provider_id: Mapped[str | None] = mapped_column(String, nullable=True, index=True)
    location_id: Mapped[str | None] = mapped_column(String, nullable=True)
    verdict: Mapped[str | None] = mapped_column(String, nullable=True)
    # Names in the summary language, for lists and reports; every language is in snapshot.
    municipality_name: Mapped[str] = mapped_column(String, default="")
    organiser_name: Mapped[str] = mapped_column(String, default="")
    regional_unit_name: Mapped[str] = mapped_column(String, default="")
    service_name: Mapped[str] = mapped_column(String, default="")
    provider_name: Mapped[str] = mapped_column(String, default="")
    location_name: Mapped[str] = mapped_column(String, default="")
    input: Mapped[dict[str, Any]]
    snapshot: Mapped[dict[str, Any]]


class PlacementNote(Base):
    """A counsellor's note on a placement, or the record of a change of its status."""

    __tablename__ = "placement_note"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    placement_id: Mapped[int] = mapped_column(
        ForeignKey("placement.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String, default="")
    # A note or status change is an event: its stable id and the desk that made it, as on
    # Placement. A placement's status is its latest status change by (created_at, uid).
    uid: Mapped[str] = mapped_column(String, unique=True, index=True)
    desk_id: Mapped[str] = mapped_column(String, default="")


class OutboxEntry(Base):
    """A placement or note saved on this desk and not yet in the region (services.region_sync).

    A row is queued in the transaction that saves the record and deleted only after the region
    committed it; the region takes each record once by its uid, so pushing a row twice (an
    answer lost on the way) changes nothing. Kept on a laptop's SQLite file only."""

    __tablename__ = "sync_outbox"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String)  # "placement" or "note"
    uid: Mapped[str] = mapped_column(String, index=True)
    queued_at: Mapped[dt.datetime] = mapped_column(DateTime)


PLACEMENT_TABLES = (Placement, PlacementNote)


class UnreadableColumn(ValueError):
    """A stored value that cannot be read back: broken JSON, a date that is not one."""

    def __init__(self, column: str) -> None:
        super().__init__(column)
        self.column = column


def _fragile(column: Any) -> bool:
    return isinstance(column.type, JSON | DateTime | Date)


def raw_select(model: type[Base]) -> Select[Any]:
    """Every column of ``model``'s table, its JSON and dates as the text stored: one damaged
    row then fails alone, in decode, instead of failing the whole query."""
    table = Base.metadata.tables[str(model.__tablename__)]
    return select(
        *(type_coerce(c, Text).label(c.name) if _fragile(c) else c for c in table.columns)
    )


def decode(con: Connection, model: type[Base], row: Any) -> dict[str, Any]:
    """The values of a row of ``raw_select(model)``, converted as SQLAlchemy converts them.

    Raises UnreadableColumn naming the first value that cannot be converted."""
    table = Base.metadata.tables[str(model.__tablename__)]
    values = dict(row._mapping)
    for column in table.columns:
        if not _fragile(column):
            continue
        value = values[column.name]
        convert = column.type.dialect_impl(con.dialect).result_processor(con.dialect, None)
        try:
            if value is not None and convert is not None:
                values[column.name] = convert(value)
        except (ValueError, TypeError) as exc:
            raise UnreadableColumn(column.name) from exc
        if value is None and not column.nullable:
            raise UnreadableColumn(column.name)
    return values
