"""The database schema version, in a module of its own so that start-up can compare it
without importing SQLAlchemy (see db.startup_snapshot). History and migrations: db.schema."""

SCHEMA_VERSION = 6
