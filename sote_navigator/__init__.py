"""Sote Navigator: a desk tool for Finnish social and health care service counsellors."""

__version__ = "0.1.0"
