"""Persistence: SQLAlchemy 2 models, engine factory, schema version, search index."""
