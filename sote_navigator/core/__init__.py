"""Qt-free domain: catalogue dataclasses, text handling, placement rules."""
