"""The placement wizard: client context, need, services, provider choice, summary."""

from sote_navigator.ui.wizard.wizard import PAGES, PlacementWizard

__all__ = ["PAGES", "PlacementWizard"]
