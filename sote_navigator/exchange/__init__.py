"""Catalogue files: the native format, PTV, validation and differences."""
