"""The frozen application's entry point: the same command line as ``sote-navigator``."""

from sote_navigator.cli import main

raise SystemExit(main())
