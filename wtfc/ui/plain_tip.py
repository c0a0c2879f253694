"""A user's words shown exactly as typed where Qt guesses rich text, and tooltips kept narrow.

Tooltips and message boxes have no plain-text switch for their static functions: Qt renders
any text that ``Qt.mightBeRichText`` likes as HTML, so a card reading "I get <b>no</b> help"
showed a bold "no", and a file named "<b>x</b>.wtfc" was named in bold. Such text is escaped
and kept in a pre-wrap paragraph (line breaks kept, long lines still wrapped); anything else is
returned unchanged, so ordinary boxes and tips look as before.

A plain tip is as wide as its longest line until that passes the screen's width, and no tip
wraps inside a word: a 2,000-letter word was one 14,000 px line. A tip with a word too long for
a line is made a wrapping paragraph in which the word may break every ``WORD_LIMIT`` letters.
"""

from __future__ import annotations

import re

from PySide6.QtGui import Qt

WORD_LIMIT = 40  # letters (~40 ems of the widest) a word runs to before it may break
_BREAK = "\u200b"  # zero-width space: where Qt may end a line, drawn as nothing
_LONG_WORD = re.compile(rf"\S{{{WORD_LIMIT + 1},}}")


def escaped(text: str) -> str:
    """``text`` with the three characters HTML reads replaced. Not ``html.escape``: the ``html``
    package builds its table of 2,000 entities on import (start-up instructions)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def as_typed(text: str) -> str:
    """``text`` for a message box (or a label left to guess), shown as typed: a file's or a
    theme's name that looks like HTML is escaped; any other text is returned as it is."""
    if not text or not Qt.mightBeRichText(text):
        return text
    return f"<p style='white-space:pre-wrap'>{escaped(text)}</p>"


def _breakable(word: re.Match[str]) -> str:
    whole = word.group()
    return _BREAK.join(whole[i:i + WORD_LIMIT] for i in range(0, len(whole), WORD_LIMIT))


def plain_tip(text: str) -> str:
    """``text`` for ``setToolTip`` / a ToolTipRole, shown as typed, a word too long for a line
    broken where it must be (the tip wraps at ~40 ems as Qt sizes a rich tip)."""
    if not text:
        return text
    if _LONG_WORD.search(text) is None and not Qt.mightBeRichText(text):
        return text
    return f"<p style='white-space:pre-wrap'>{escaped(_LONG_WORD.sub(_breakable, text))}</p>"
