"""Tooltips that show text as text.

Qt shows a tooltip as rich text when it looks like markup (``Qt.mightBeRichText``), so a
provider named ``<img src="/some/file.png">`` would load and draw a local file. Every tooltip
of catalogue text goes out as escaped rich text instead: exactly its characters, nothing
loaded, nothing a link.
"""

from __future__ import annotations

import html

from sote_navigator.wording.display import TOOLTIP_LIMIT, elide


def plain_tooltip(text: str) -> str:
    """``text`` (cut to ``TOOLTIP_LIMIT``) as rich text that shows exactly these characters."""
    if not text:
        return ""
    body = html.escape(elide(text, TOOLTIP_LIMIT), quote=False).replace("\n", "<br>")
    return f"<qt>{body}</qt>"
