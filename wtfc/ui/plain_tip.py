"""A user's words shown exactly as typed where Qt guesses rich text.

Tooltips have no plain-text switch: Qt renders any tip that ``Qt.mightBeRichText`` likes as
HTML, so a card reading "I get <b>no</b> help" showed a bold "no", and a tip's own line breaks
ran into one paragraph. Such text is escaped and kept in a pre-wrap paragraph (line breaks kept,
long lines still wrapped); anything else is returned unchanged, so ordinary tips look as before.
"""

from __future__ import annotations

from PySide6.QtGui import Qt


def escaped(text: str) -> str:
    """``text`` with the three characters HTML reads replaced. Not ``html.escape``: the ``html``
    package builds its table of 2,000 entities on import (start-up instructions)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def plain_tip(text: str) -> str:
    """``text`` for ``setToolTip`` / a ToolTipRole, shown as typed."""
    if not text or not Qt.mightBeRichText(text):
        return text
    return f"<p style='white-space:pre-wrap'>{escaped(text)}</p>"
